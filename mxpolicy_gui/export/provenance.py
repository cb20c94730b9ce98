"""Where an exported file came from, so a reader can reproduce it or check it was not altered.

Every export states the dataset version, the filters and search that chose the records, the
time of the export (UTC) and the SHA-256 of the database file it was read from: in a `.json`
sidecar next to a CSV or CSL-JSON file, in a comment at the top of a BibTeX or RIS file, and
(through `provenance_lines`) on the PDF report. This module is the one place that hashes the
database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.records import DatasetInfo

SIDECAR_SUFFIX = ".provenance.json"
_CHUNK = 1 << 20

#: (resolved path, size, mtime_ns) → hash: the database is read-only, and a 100,000-record file
#: takes a noticeable fraction of a second to hash, once per export otherwise.
_hash_cache: dict[tuple[str, int, int], str] = {}


def database_sha256(path: os.PathLike[str] | str) -> str:
    """Hex SHA-256 of the database file's bytes (what `sha256sum policy.db` prints)."""
    p = Path(path).resolve()
    st = p.stat()
    key = (str(p), st.st_size, st.st_mtime_ns)
    if key not in _hash_cache:
        digest = hashlib.sha256()
        with p.open("rb") as fh:
            while block := fh.read(_CHUNK):
                digest.update(block)
        _hash_cache[key] = digest.hexdigest()
    return _hash_cache[key]


def hash_in_background(path: os.PathLike[str] | str) -> Callable[[], str]:
    """Start hashing `path` on a daemon thread; the returned function waits for the hash.

    hashlib and file reads release the GIL, so on a second core the hash (some 0.4 s for a
    100,000-record database) runs alongside the export instead of adding to it. An error
    (the file vanished) is raised by the returned function, in the caller's thread.
    """
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["hash"] = database_sha256(path)
        except BaseException as exc:  # handed to the caller
            result["error"] = exc

    thread = threading.Thread(target=work, name="mxpolicy-hash", daemon=True)
    thread.start()

    def wait() -> str:
        thread.join()
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        return result["hash"]  # type: ignore[return-value]

    return wait


@dataclass(frozen=True)
class Provenance:
    """What an export states about itself; `as_dict` is the sidecar's JSON object."""

    dataset: str
    dataset_version: str
    schema_version: int
    exported_by: str
    exported_at: str
    filters: str
    search: str
    kind: str
    ids: tuple[str, ...] | None
    database_file: str
    database_sha256: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["ids"] = list(self.ids) if self.ids is not None else None
        return data

    def lines(self) -> list[str]:
        """The same facts as short "label: value" lines, for comments and the PDF."""
        return [
            f"Dataset: {self.dataset}, version {self.dataset_version} "
            f"(schema {self.schema_version})",
            f"Records: {self.filters}",
            f"Search: {self.search or '(none)'}",
            f"Exported: {self.exported_at} by {self.exported_by}",
            f"Database: {self.database_file}, SHA-256 {self.database_sha256}",
        ]


def make_provenance(
    info: DatasetInfo,
    query: PolicyQuery,
    now: dt.datetime | None = None,
    sha256: str | None = None,
) -> Provenance:
    """The provenance of an export of `query` from the database `info` describes (`sha256`:
    its hash when already known, e.g. from `hash_in_background`)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    return Provenance(
        dataset=info.title,
        dataset_version=info.dataset_version,
        schema_version=info.schema_version,
        exported_by=f"{APP_NAME} {__version__}",
        exported_at=moment.isoformat().replace("+00:00", "Z"),
        filters=query.describe(),
        search=query.text.strip(),
        kind=query.kind or "all",
        ids=query.ids,
        database_file=Path(info.path).name,
        database_sha256=sha256 or database_sha256(info.path),
    )


def provenance_lines(
    info: DatasetInfo, query: PolicyQuery, now: dt.datetime | None = None
) -> list[str]:
    """For the PDF cover and footer: the provenance of an export of `query`, as lines."""
    return make_provenance(info, query, now).lines()


def sidecar_path(path: os.PathLike[str] | str) -> Path:
    """`policies.csv` → `policies.csv.provenance.json` (the full name, so a CSV and a JSON
    export of the same stem never share one)."""
    p = Path(path)
    return p.with_name(p.name + SIDECAR_SUFFIX)


def write_sidecar(path: os.PathLike[str] | str, provenance: Provenance) -> Path:
    """Write the provenance of the export at `path` beside it; return the sidecar's path."""
    target = sidecar_path(path)
    data = {"export": Path(path).name, **provenance.as_dict()}
    with atomic_write(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return target
