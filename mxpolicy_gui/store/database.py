"""Read-only access to a policy database file.

Every query goes through `_run`, which turns SQLite failures into `StoreError` with a message
for people; a bug (wrong SQL, wrong types) still surfaces as the exception it is.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mxpolicy_gui.dataset import KINDS, REQUIRED_TABLES, SCHEMA_VERSION
from mxpolicy_gui.store import sql
from mxpolicy_gui.store.built import BuiltFacts
from mxpolicy_gui.store.errors import QueryInterrupted, StoreError
from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey
from mxpolicy_gui.store.reader import AnswersNow
from mxpolicy_gui.store.records import DatasetInfo, FacetValue, PolicyRow
from mxpolicy_gui.store.searching import RANK_LIMIT, SearchMixin

__all__ = ["RANK_LIMIT", "Store"]
from mxpolicy_gui.vocabulary import split_list

_DAMAGED = (
    "The policy database at {path} is damaged or is not a policy database. "
    "Reinstall mxpolicy, or pass a valid file with --db."
)


if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Figure, Policy, Source
    from mxpolicy_gui.store.search_syntax import ParsedSearch
    from mxpolicy_gui.store.timeline import TimelineData

_T = TypeVar("_T")


def _split_lines(text: str | None) -> tuple[str, ...]:
    return tuple(part for part in text.split("\n") if part) if text else ()


class Store(SearchMixin, BuiltFacts, AnswersNow):
    """One open, read-only database. Not shared between threads: open one per thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn = self.open_read_only(self.path)
        self._counts: dict[str | None, int] = {}
        self._meta: dict[str, str] | None = None
        self._sources_by_id: dict[str, Source] = {}  # read as records need them
        self._layout: dict[str, tuple[int, int]] | None = None
        self._parsed: dict[str, ParsedSearch] = {}
        self._match_counts: dict[PolicyQuery, int] = {}
        try:
            self._check_schema()
            self._load_search_vocabulary()
        except BaseException:
            self._conn.close()
            raise

    # -- opening -------------------------------------------------------------------------

    @staticmethod
    def open_read_only(path: Path) -> sqlite3.Connection:
        """The connection a store reads through: SQLite refuses every write on it."""
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
        # A truncated copy already fails above (SQLite compares the page count in the header
        # with the file). Touch the last pages of the two biggest tables too: an index seek
        # each, so opening stays instant at any size.
        self._run("SELECT MAX(seq) FROM policies")
        self._run("SELECT MAX(id) FROM figures")

    def close(self) -> None:
        self._conn.close()

    def interrupt(self) -> None:
        """Stop the query running now, if any, making it raise `QueryInterrupted`. The one
        method another thread may call."""
        self._conn.interrupt()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------

    def _run(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._guarded(lambda: self._conn.execute(statement, params).fetchall())

    def _guarded(self, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc).lower():  # should be unreachable: fts.py quotes all input
                raise
            if str(exc) == "interrupted":
                raise QueryInterrupted from exc
            raise StoreError(_DAMAGED.format(path=self.path) + f" ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(_DAMAGED.format(path=self.path)) from exc

    # -- queries -------------------------------------------------------------------------

    def _kind_count(self, kind: str | None) -> int:
        """How many policies of `kind` (of any kind for None); cached, the file is read-only.
        The build writes the counts (`kind_counts`); at 100,000 records counting a kind
        scans half the table's index (2–7 ms)."""
        if not self._counts:
            built = self._built("kind_counts")
            if isinstance(built, dict) and all(isinstance(n, int) for n in built.values()):
                self._counts = {k: built.get(k, 0) for k in KINDS}
                self._counts[None] = sum(built.values())
        if kind not in self._counts:
            if kind is None:
                self._counts[kind] = self._run("SELECT COUNT(*) FROM policies")[0][0]
            else:
                self._counts[kind] = self._run(
                    "SELECT COUNT(*) FROM policies WHERE kind = ?", [kind]
                )[0][0]
        return self._counts[kind]

    def search_layout(self) -> dict[str, tuple[int, int]]:
        """Kinds whose policies are exactly seq `first`..`last` in number order.

        That is how the build writes them (sorted by kind and number, seq counting up from
        1 as rows are inserted, so seq is also the rowid), and it records each kind's run in
        `meta` (`seq_runs`). A file without that record (an older build) is checked here,
        once, in a few index scans (too slow for start-up at scale, see docs/performance.md:
        `adopt_search_layout` takes the answer from a store on another thread). A kind
        missing from the answer is searched the general way.
        """
        built = self._built("seq_runs") if self._layout is None else None
        if isinstance(built, dict):
            # The build wrote each kind's run as it wrote the policies (compile.writer.KindRuns).
            self._layout = {
                kind: (run[0], run[1])
                for kind, run in built.items()
                if kind in KINDS and isinstance(run, list) and len(run) == 2
            }
        if self._layout is None:
            layout: dict[str, tuple[int, int]] = {}
            if not self._run("SELECT EXISTS (SELECT 1 FROM policies WHERE seq <> rowid)")[0][0]:
                for kind in KINDS:
                    count = self._kind_count(kind)
                    offset_min, offset_max, number_min, number_max = self._run(
                        "SELECT MIN(rowid - number), MAX(rowid - number), MIN(number), "
                        "MAX(number) FROM policies WHERE kind = ?",
                        [kind],
                    )[0]
                    # rowid - number constant: rowids follow numbers one for one; numbers
                    # without gaps: the rowids (= seq) are one unbroken run.
                    if count and offset_min == offset_max and number_max - number_min + 1 == count:
                        first = number_min + offset_min
                        layout[kind] = (first, first + count - 1)
            self._layout = layout
        return dict(self._layout)

    def adopt_search_layout(self, layout: dict[str, tuple[int, int]]) -> None:
        """Use `search_layout()` as computed by another `Store` on the same file."""
        if self._layout is None:
            self._layout = dict(layout)

    def _text_range(self, query: PolicyQuery) -> tuple[int, int] | None:
        """The seq range to search in full-text order, if `query` can be answered that way."""
        if (
            not query.kind
            or query.ids is not None
            or query.sort != SortKey.NUMBER
            or self.parse(query.text).match is None
        ):
            return None
        return self.search_layout().get(query.kind)

    def info(self) -> DatasetInfo:
        meta = self.meta()
        counts = {kind: self._kind_count(kind) for kind in KINDS}
        return DatasetInfo(
            dataset_version=meta.get("dataset_version", "unknown"),
            schema_version=SCHEMA_VERSION,
            title=meta.get("title", ""),
            licence=meta.get("licence", ""),
            counts=counts,
            path=str(self.path),
            title_es=meta.get("title_es", ""),
            licence_es=meta.get("licence_es", ""),
        )

    def count(self, query: PolicyQuery) -> int:
        return self._counted(query, None)

    def count_at_most(self, query: PolicyQuery, limit: int) -> int:
        """`min(count(query), limit)`: SQLite stops at `limit` matches, so deciding whether a
        result is small costs little when it is large ("a" matches half of 100,000 rows)."""
        return self._counted(query, limit)

    def _counted(self, query: PolicyQuery, limit: int | None) -> int:
        """The count, or with a `limit` the count stopped there (kept only when full)."""
        if self._excluded(query):
            return 0
        query = self._by_number_if_relevance(query)
        parsed = self.parse(query.text)
        if parsed.empty and not sql.has_filters(query):
            count = self._kind_count(query.kind or None)
        elif (cached := self._match_counts.get(query)) is not None:
            count = cached
        elif limit is not None:
            statement, params = self._count_sql(query, parsed)
            found: int = self._run(sql.capped(statement), [*params, limit])[0][0]
            return found
        else:
            count = self._run(*self._count_sql(query, parsed))[0][0]
            if len(self._match_counts) >= 8:
                self._match_counts.pop(next(iter(self._match_counts)))
            self._match_counts[query] = count
        return count if limit is None else min(count, limit)

    def _count_sql(self, query: PolicyQuery, parsed: ParsedSearch) -> tuple[str, list[Any]]:
        seq_range = self._text_range(query)
        if seq_range is not None:
            return sql.text_count_sql(query, parsed, *seq_range)
        layout = self.search_layout() if query.kind and query.sectors else {}
        return sql.count_sql(query, parsed, layout.get(query.kind or ""))

    @staticmethod
    def _by_number_if_relevance(query: PolicyQuery) -> PolicyQuery:
        """Counts do not depend on the order: count as in number order (the fast path)."""
        return query.with_(sort=SortKey.NUMBER) if query.sort == SortKey.RELEVANCE else query

    def rows(self, query: PolicyQuery, offset: int = 0, limit: int = 256) -> list[PolicyRow]:
        if self._excluded(query):
            return []
        if query.sort == SortKey.RELEVANCE:
            if self.ranks(query):
                statement, params = sql.rows_sql(
                    query, self.parse(query.text), self._rank, self._kind_range(query)
                )
                found = self._run(statement, [*params, limit, offset])
                return [PolicyRow.from_row(r) for r in found]
            query = query.with_(sort=SortKey.NUMBER)
        parsed = self.parse(query.text)
        seq_range = self._text_range(query)
        if seq_range is not None:
            statement, params = sql.text_rows_sql(query, parsed, *seq_range)
        else:
            statement, params = sql.rows_sql(query, parsed)
        return [PolicyRow.from_row(r) for r in self._run(statement, [*params, limit, offset])]

    def facet(self, query: PolicyQuery, facet: Facet) -> list[FacetValue]:
        """Values of one facet with counts under all the *other* filters of `query`."""
        if self._excluded(query):
            return []
        query = self._by_number_if_relevance(query)
        statement, params = sql.facet_sql(
            query, self.parse(query.text), facet, self._text_range(query)
        )
        return [FacetValue(str(value), count) for value, count in self._run(statement, params)]

    def facets(self, query: PolicyQuery, facets: Sequence[Facet]) -> dict[Facet, list[FacetValue]]:
        """`facet(query, f)` for each of `facets` (what the facet panel shows at once)."""
        return {f: self.facet(query, f) for f in facets}

    def year_bounds(self, kind: str | None = None) -> tuple[int, int] | None:
        """The first and last year of the policies of `kind` (all if None), None if none has
        a date. Two index seeks, where the year facet counts every year."""
        kind_clause = "kind = ? AND " if kind else ""
        params = [kind] if kind else []
        low, high = self._run(
            f"SELECT (SELECT MIN(year) FROM policies WHERE {kind_clause}year IS NOT NULL), "
            f"(SELECT MAX(year) FROM policies WHERE {kind_clause}year IS NOT NULL)",
            params * 2,
        )[0]
        return None if low is None else (int(low), int(high))

    def policy(self, policy_id: str) -> Policy | None:
        found = self.policies([policy_id])
        return found[0] if found else None

    def policies(self, ids: Sequence[str]) -> list[Policy]:
        """Full records for `ids`, in the order given; unknown ids are left out."""
        if not ids:
            return []
        rows = self._run(
            f"SELECT {sql.POLICY_COLUMNS} FROM policies p "
            "WHERE p.id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )
        by_id = {p.id: p for p in self._records(rows, figures=True)}
        return [by_id[i] for i in ids if i in by_id]

    def iter_policies(
        self, query: PolicyQuery, batch: int = 500, *, figures: bool = True
    ) -> Iterator[Policy]:
        """All matching policies in sort order, fetched in batches (exports stream these).

        One cursor walks the records in order (paging with OFFSET would re-read every
        skipped row, quadratic in the size of the export); each batch then gets its sources
        and, unless `figures` is False (a per-policy CSV has no use for them, and there are
        several per record), its figures. Records without figures have
        `figures == ()`.
        """
        statement, params = sql.policies_sql(query, self.parse(query.text), self._rank)
        cursor = self._guarded(lambda: self._conn.execute(statement, params))
        try:
            while True:
                rows = self._guarded(lambda: cursor.fetchmany(batch))
                if not rows:
                    return
                yield from self._records(rows, figures=figures)
        finally:
            cursor.close()

    def _sources(self, ids: Iterable[str]) -> dict[str, Source]:
        """The sources with `ids`, each read once and kept for later records.

        Only what is asked for: the first record's detail pane cites a few sources, and
        reading all of them (5,000 rows at 100,000 records, 35 ms) delayed it. An export asks
        batch by batch and so still reads each source once."""
        from mxpolicy_gui.store.policy_record import Source  # (made on first use)

        kept = self._sources_by_id
        missing = sorted({i for i in ids if i not in kept})
        if missing:
            for r in self._run(
                "SELECT id, citation, url, doi, note, kind, authors, no_author, title, "
                "container, published, no_date, accessed, language, volume, issue, pages, "
                "article_number FROM sources WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(missing)],
            ):
                kept[r[0]] = Source(  # type: ignore[call-arg]  # mypy cannot count a slice
                    *r[:6], split_list(r[6]), bool(r[7]), r[8], *r[9:11], bool(r[11]), *r[12:],
                )
        return kept

    def _records(self, rows: list[tuple[Any, ...]], *, figures: bool) -> list[Policy]:
        """`Policy` records for rows of `sql.POLICY_COLUMNS`, in the same order."""
        # Made on first use: the first paint reads no full record (records.py).
        from mxpolicy_gui.store.policy_record import Figure, Policy
        from mxpolicy_gui.store.record_tables import read_record_tables

        id_list = json.dumps([r[0] for r in rows])
        figures_of: dict[str, list[Figure]] = {}
        if figures:
            for r in self._run(
                f"SELECT {sql.FIGURE_COLUMNS} FROM figures "
                "WHERE policy_id IN (SELECT value FROM json_each(?)) ORDER BY policy_id, position",
                [id_list],
            ):
                figures_of.setdefault(r[0], []).append(
                    # Positional, as below; mypy cannot count the fields a slice fills.
                    Figure(*r[1:13], bool(r[13]), *r[14:17])  # type: ignore[call-arg]
                )
        links = self._run(
            "SELECT policy_id, source_id FROM policy_sources "
            "WHERE policy_id IN (SELECT value FROM json_each(?)) ORDER BY policy_id, position",
            [id_list],
        )
        sources = self._sources(source_id for _, source_id in links)
        sources_of: dict[str, list[Source]] = {}
        for policy_id, source_id in links:
            source = sources.get(source_id)
            if source is not None:  # as the join did: a link to no source is left out
                sources_of.setdefault(policy_id, []).append(source)
        records = read_record_tables(self._run, id_list)
        no_figures: tuple[Figure, ...] = ()
        # Positional arguments, in `Policy`'s field order (the order of POLICY_COLUMNS):
        # measurably faster than keywords at 100,000 records.
        return [
            Policy(  # type: ignore[call-arg]  # (mypy cannot count the fields a slice fills)
                *r[:5],
                split_list(r[5]),
                split_list(r[6]),
                *r[7:14],
                _split_lines(r[14]),
                tuple(figures_of.get(r[0], no_figures)),
                tuple(sources_of.get(r[0], ())),
                *r[15:18],
                _split_lines(r[18]),
                tuple(records.history.get(r[0], ())),
                tuple(records.instruments.get(r[0], ())),
                tuple(records.institutions.get(r[0], ())),
                tuple(records.links.get(r[0], ())),
            )
            for r in rows
        ]

    def unknown_ids(self, ids: Sequence[str]) -> list[str]:
        known = {
            r[0]
            for r in self._run(
                "SELECT id FROM policies WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(ids))],
            )
        }
        return [i for i in ids if i not in known]

    # -- timeline ------------------------------------------------------------------------

    def timeline(self) -> TimelineData:
        """Everything the timeline shows."""
        from mxpolicy_gui.store.timeline import load_timeline

        return load_timeline(self._run)

    def matching_ids(self, query: PolicyQuery) -> set[str]:
        """Ids of every policy `query` matches, for dimming the rest on the timeline."""
        from mxpolicy_gui.store.timeline import matching_ids

        if self._excluded(query):
            return set()
        return matching_ids(self._run, query, self.parse(query.text))
