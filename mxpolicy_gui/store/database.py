"""Read-only access to a policy database file.

Every query goes through `_run`, which turns SQLite failures into `StoreError` with a message
for people; a bug (wrong SQL, wrong types) still surfaces as the exception it is.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from mxpolicy_gui.dataset import REQUIRED_TABLES, SCHEMA_VERSION
from mxpolicy_gui.store import sql
from mxpolicy_gui.store.errors import StoreError
from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.records import (
    DatasetInfo,
    FacetValue,
    Figure,
    Policy,
    PolicyRow,
    Source,
)

_DAMAGED = (
    "The policy database at {path} is damaged or is not a policy database. "
    "Reinstall mxpolicy, or pass a valid file with --db."
)


def _split(text: str | None, sep: str) -> tuple[str, ...]:
    return tuple(part for part in (text or "").split(sep) if part)


class Store:
    """One open, read-only database. Not shared between threads: open one per thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn = self._connect(self.path)
        try:
            self._check_schema()
        except BaseException:
            self._conn.close()
            raise

    # -- opening -------------------------------------------------------------------------

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        if not path.exists():
            raise StoreError(
                f"The policy database was not found at {path}. "
                "Reinstall mxpolicy, or pass an existing file with --db."
            )
        if not path.is_file():
            raise StoreError(f"{path} is a folder, not a policy database file.")
        try:
            with path.open("rb"):
                pass
        except OSError as exc:
            raise StoreError(
                f"The policy database at {path} cannot be read ({exc.strerror}). "
                "Check the file's permissions."
            ) from exc
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise StoreError(f"The policy database at {path} cannot be opened: {exc}.") from exc
        conn.execute("PRAGMA query_only = ON")
        return conn

    def _check_schema(self) -> None:
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0]
                for row in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
        except sqlite3.DatabaseError as exc:
            raise StoreError(_DAMAGED.format(path=self.path)) from exc
        if not tables:
            raise StoreError(
                f"The file at {self.path} is empty or holds no policy data. "
                "Reinstall mxpolicy, or pass a valid file with --db."
            )
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise StoreError(
                f"The file at {self.path} is a database of another kind "
                f"(it has no {', '.join(missing)} table). Pass an mxpolicy database with --db."
            )
        if version != SCHEMA_VERSION:
            newer = version > SCHEMA_VERSION
            raise StoreError(
                f"The policy database at {self.path} was made by "
                f"{'a newer' if newer else 'an older'} version of mxpolicy (format {version}; "
                f"this version reads format {SCHEMA_VERSION}). "
                + ("Update mxpolicy." if newer else "Rebuild or reinstall the database.")
            )
        # A truncated copy passes the header checks; touch the data to find out early.
        self._run("SELECT COUNT(*), MAX(seq) FROM policies")
        self._run("SELECT COUNT(*) FROM figures")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------

    def _run(self, statement: str, params: Sequence = ()) -> list[tuple]:
        try:
            return self._conn.execute(statement, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc).lower():  # should be unreachable: fts.py quotes all input
                raise
            raise StoreError(_DAMAGED.format(path=self.path) + f" ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(_DAMAGED.format(path=self.path)) from exc

    # -- queries -------------------------------------------------------------------------

    def info(self) -> DatasetInfo:
        meta = dict(self._run("SELECT key, value FROM meta"))
        counts = dict(self._run("SELECT kind, COUNT(*) FROM policies GROUP BY kind"))
        return DatasetInfo(
            dataset_version=meta.get("dataset_version", "unknown"),
            schema_version=SCHEMA_VERSION,
            title=meta.get("title", ""),
            licence=meta.get("licence", ""),
            counts={"innovation": counts.get("innovation", 0), "reform": counts.get("reform", 0)},
            path=str(self.path),
        )

    def count(self, query: PolicyQuery) -> int:
        statement, params = sql.count_sql(query)
        return self._run(statement, params)[0][0]

    def rows(self, query: PolicyQuery, offset: int = 0, limit: int = 256) -> list[PolicyRow]:
        statement, params = sql.rows_sql(query)
        return [PolicyRow(*r) for r in self._run(statement, [*params, limit, offset])]

    def facet(self, query: PolicyQuery, facet: Facet) -> list[FacetValue]:
        """Values of one facet with counts under all the *other* filters of `query`."""
        statement, params = sql.facet_sql(query, facet)
        return [FacetValue(str(value), count) for value, count in self._run(statement, params)]

    def policy(self, policy_id: str) -> Policy | None:
        found = self.policies([policy_id])
        return found[0] if found else None

    def policies(self, ids: Sequence[str]) -> list[Policy]:
        """Full records for `ids`, in the order given; unknown ids are left out."""
        if not ids:
            return []
        id_list = json.dumps(list(ids))
        rows = self._run(
            "SELECT id, kind, number, name_en, name_es, administration, president, sectors, "
            "agencies, date, date_kind, status, summary, objective, measures FROM policies "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [id_list],
        )
        figures: dict[str, list[Figure]] = {}
        for r in self._run(
            "SELECT policy_id, label, value, value_max, unit, currency, year, source_id, note "
            "FROM figures WHERE policy_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY policy_id, position",
            [id_list],
        ):
            figures.setdefault(r[0], []).append(Figure(*r[1:]))
        sources: dict[str, list[Source]] = {}
        for r in self._run(
            "SELECT l.policy_id, s.id, s.citation, s.url, s.doi, s.note FROM policy_sources l "
            "JOIN sources s ON s.id = l.source_id "
            "WHERE l.policy_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY l.policy_id, l.position",
            [id_list],
        ):
            sources.setdefault(r[0], []).append(Source(*r[1:]))
        by_id = {}
        for r in rows:
            by_id[r[0]] = Policy(
                id=r[0],
                kind=r[1],
                number=r[2],
                name_en=r[3],
                name_es=r[4],
                administration=r[5],
                president=r[6],
                sectors=_split(r[7], "; "),
                agencies=_split(r[8], "; "),
                date=r[9],
                date_kind=r[10],
                status=r[11],
                summary=r[12],
                objective=r[13],
                measures=_split(r[14], "\n"),
                figures=tuple(figures.get(r[0], ())),
                sources=tuple(sources.get(r[0], ())),
            )
        return [by_id[i] for i in ids if i in by_id]

    def iter_policies(self, query: PolicyQuery, batch: int = 500) -> Iterator[Policy]:
        """All matching policies in sort order, fetched in batches (exports stream these)."""
        offset = 0
        while True:
            page = self.rows(query, offset, batch)
            if not page:
                return
            yield from self.policies([r.id for r in page])
            offset += len(page)

    def unknown_ids(self, ids: Sequence[str]) -> list[str]:
        known = {
            r[0]
            for r in self._run(
                "SELECT id FROM policies WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(ids))],
            )
        }
        return [i for i in ids if i not in known]
