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
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.records import DatasetInfo

SIDECAR_SUFFIX = ".provenance.json"
_CHUNK = 1 << 20

#: (resolved path, stat key) → hash, for this process.
_hash_cache: dict[tuple[str, tuple[int, ...]], str] = {}
#: The file in the user's cache folder that keeps hashes across runs (`hash_cache_file`).
HASH_CACHE_NAME = "database-sha256.json"


def hash_cache_file() -> Path:
    """Where hashes are kept between runs: the user's cache folder (XDG_CACHE_HOME or
    ~/.cache; %LOCALAPPDATA% on Windows; ~/Library/Caches on macOS). Plain paths, no Qt:
    the CSV export runs without a window."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_NAME / HASH_CACHE_NAME


def _stat_key(st: os.stat_result) -> tuple[int, ...]:
    """What must match for a kept hash to be the file's: the same file (device, inode), the
    same size and modification time, and the same change time, which every write and every
    `touch` back to an old mtime moves and no user can set."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _kept_hash(path: str, key: tuple[int, ...]) -> str | None:
    try:
        entry = json.loads(hash_cache_file().read_text(encoding="utf-8")).get(path)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(entry, dict) or entry.get("stat") != list(key):
        return None
    digest = entry.get("sha256")
    return digest if isinstance(digest, str) and len(digest) == 64 else None


def _keep_hash(path: str, key: tuple[int, ...], digest: str) -> None:
    """Best effort: a cache folder that cannot be written only costs the next run a hash."""
    target = hash_cache_file()
    try:
        try:
            kept = json.loads(target.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            kept = {}
        if not isinstance(kept, dict):
            kept = {}
        kept[path] = {"stat": list(key), "sha256": digest}
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        temp.write_text(json.dumps(kept, indent=1), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass


def database_sha256(path: os.PathLike[str] | str) -> str:
    """Hex SHA-256 of the database file's bytes (what `sha256sum policy.db` prints).

    Kept per file in the user's cache folder, keyed on the file's identity, size, and
    modification and change times (`_stat_key`): hashing a 100,000-record database costs
    about 0.5 s of CPU, once per export otherwise, for a file that never changes. Anything
    that does not match (or cannot be read) is hashed again.
    """
    p = Path(path).resolve()
    key = (str(p), _stat_key(p.stat()))
    if key in _hash_cache:
        return _hash_cache[key]
    digest = _kept_hash(*key)
    if digest is None:
        sha = hashlib.sha256()
        with p.open("rb") as fh:
            while block := fh.read(_CHUNK):
                sha.update(block)
        digest = sha.hexdigest()
        if _stat_key(p.stat()) != key[1]:
            return digest  # the file changed while it was read: keep nothing
        _keep_hash(*key, digest)
    _hash_cache[key] = digest
    return digest


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
        # `result` holds a str under "hash" or an exception under "error" (one dict, two types).
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

    def as_dict(self) -> dict[str, Any]:
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
