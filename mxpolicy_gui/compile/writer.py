"""Write validated records into a new SQLite file with sqlite-utils.

Also used by the benchmark generator, so a synthetic 100,000-record database has exactly the
schema, indexes and full-text index of the real one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from mxpolicy_gui.compile.aliases import AliasGroup
from mxpolicy_gui.compile.csv_lines import write_csv_lines
from mxpolicy_gui.compile.record_tables import InstitutionRecord
from mxpolicy_gui.compile.record_writer import (
    create_record_indexes,
    create_record_tables,
    record_rows,
    write_institutions,
)
from mxpolicy_gui.compile.records import PolicyRecord
from mxpolicy_gui.compile.schema import (
    ALIASES,
    FIGURES,
    POLICIES,
    POLICY_TABLES,
    SOURCES,
    create_tables,
)
from mxpolicy_gui.compile.sources import SourceRecord
from mxpolicy_gui.dataset import SCHEMA_VERSION
from mxpolicy_gui.vocabulary import LIST_SEPARATOR, join_list

#: Accent-folding tokenizer (energia finds energía, nino finds niño); the prefix indexes make
#: search-as-you-type prefix queries cheap: a prefix longer than the longest index merges the
#: list of every word it starts (all of "trans…") before the first match comes out, so the
#: indexes reach the word stems people pause on (docs/performance.md, "Third round").
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
FTS_PREFIX = "1 2 3 4 5 6"
#: Every field a person may search, English and Spanish text of a field in one column (the
#: store weighs columns for ranking: names first, see `store.search_syntax.COLUMN_WEIGHTS`).
FTS_COLUMNS = (
    "name_en", "name_es", "administration", "sectors", "agencies", "status",
    "summary", "objective", "measures", "figure_labels", "instruments", "institutions",
)


def _both(p: object, name: str, sep: str = "\n") -> str:
    """A field's English text and, once the records carry it, its Spanish (`name_es`)."""
    parts: list[str] = []
    for attr in (name, f"{name}_es"):
        value = getattr(p, attr, None)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple | list):
            parts.append(sep.join(str(v) for v in value))
    return sep.join(x for x in parts if x)


def _texts_of(items: Iterable[object], attrs: Sequence[str]) -> str:
    """The named text attributes of each item (instruments, institutions, figures), joined."""
    return "\n".join(
        str(value)
        for item in items
        for value in (getattr(item, a, None) for a in attrs)
        if isinstance(value, str) and value
    )


def fts_row(
    seq: int, p: PolicyRecord, institutions: Mapping[str, InstitutionRecord] | None = None
) -> tuple[Any, ...]:
    """The full-text row of a policy, in `FTS_COLUMNS` order (`institutions` by id, for the
    names and acronyms of the institutions the policy created or changed)."""
    named = [
        institutions[role.institution]
        for role in p.institutions
        if institutions and role.institution in institutions
    ]
    return (
        seq,
        p.name_en,
        p.name_es,
        join_list((p.administration, p.president)),
        join_list(p.sectors),
        join_list(p.agencies),
        p.status,
        _both(p, "summary"),
        _both(p, "objective"),
        _both(p, "measures"),
        _texts_of(p.figures, ("label", "label_es")),
        _texts_of(p.instruments, ("title_en", "title_es")),
        _texts_of(named, ("name_en", "name_es", "acronym")),
    )


def _policy_row(seq: int, p: PolicyRecord) -> dict[str, Any]:
    return POLICIES.row(
        p,
        seq=seq,
        sectors=join_list(p.sectors),
        agencies=join_list(p.agencies),
        measures="\n".join(p.measures),
        measures_es="\n".join(p.measures_es) or None,
    )


#: Joins the names in `sources.authors`; the build rejects a name that contains it.
AUTHOR_SEPARATOR = LIST_SEPARATOR


def source_row(s: SourceRecord) -> dict[str, Any]:
    """One `sources` row: empty optional fields are NULL, the citation is rendered here."""
    return SOURCES.row(s, authors=AUTHOR_SEPARATOR.join(s.authors) or None, citation=s.citation)


def create_schema(db: sqlite_utils.Database) -> None:
    create_tables(db, POLICY_TABLES)
    create_record_tables(db)
    db.execute(
        f"CREATE VIRTUAL TABLE policies_fts USING fts5({', '.join(FTS_COLUMNS)}, "
        f"tokenize = '{FTS_TOKENIZE}', prefix = '{FTS_PREFIX}')"
    )
    # The index's own word list, for "did you mean" (a view of the index: no stored rows).
    db.execute("CREATE VIRTUAL TABLE policies_vocab USING fts5vocab(policies_fts, 'row')")
    ALIASES.create(db)


def create_indexes(db: sqlite_utils.Database) -> None:
    db.table("policies").create_index(["seq"], unique=True)
    for column in ("number", "name_en", "name_es", "date", "status", "administration", "year"):
        db.table("policies").create_index(["kind", column])
    db.table("policy_sectors").create_index(["sector", "policy_id"])
    db.table("figures").create_index(["policy_id", "position"])
    db.table("policy_sources").create_index(["source_id"])
    # Each policy's sources in order, from the index alone (records, stored CSV lines).
    db.table("policy_sources").create_index(["policy_id", "position", "source_id"])
    create_record_indexes(db)


def write_database(
    path: Path,
    meta: dict[str, str],
    sources: Iterable[SourceRecord],
    policies: Iterable[PolicyRecord],
    institutions: Iterable[InstitutionRecord] = (),
    *,
    batch_size: int = 1000,
    aliases: Sequence[AliasGroup] = (),
) -> None:
    """Create a fresh database at `path` (which must not exist) from the records."""
    db = sqlite_utils.Database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        create_schema(db)
        with db.conn:
            db.table("meta").insert_all(
                ({"key": k, "value": v} for k, v in sorted(meta.items())), batch_size=batch_size
            )
            db.table("sources").insert_all(
                (source_row(s) for s in sorted(sources, key=lambda s: s.id)),
                batch_size=batch_size,
            )
            institutions = list(institutions)
            write_institutions(db, institutions, batch_size)
            runs = _write_policies(db, policies, batch_size, {i.id: i for i in institutions})
            out_of_step = "SELECT EXISTS (SELECT 1 FROM policies WHERE seq <> rowid)"
            if db.execute(out_of_step).fetchone()[0]:
                runs.runs.clear()  # the store's ranges are of rowids: seq must be the rowid
            db.table("meta").insert_all(
                ({"key": k, "value": v} for k, v in sorted(runs.meta().items())),
                batch_size=batch_size,
            )
            db.table("aliases").insert_all(
                (
                    {"group_id": g, "position": i, "term": term}
                    for g, group in enumerate(aliases, 1)
                    for i, term in enumerate(group.terms, 1)
                ),
                batch_size=batch_size,
            )
        create_indexes(db)
        with db.conn:
            write_csv_lines(db.conn)
        db.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        db.execute("ANALYZE")
    finally:
        db.close()


class KindRuns:
    """Each kind's count and, when its policies came one after another in number order, its
    run of seq numbers (first, last): written to `meta` so the store need not scan 100,000
    rows to learn them (`Store.search_layout`, `Store.info`)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.runs: dict[str, list[int]] = {}
        self._numbers: dict[str, int] = {}
        self._broken: set[str] = set()

    def add(self, seq: int, kind: str, number: int) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind in self._broken:
            return
        run = self.runs.get(kind)
        if run is None:
            self.runs[kind] = [seq, seq]
        elif run[1] == seq - 1 and number > self._numbers[kind]:
            run[1] = seq
        else:  # not the next in number order: the store finds this kind's rows another way
            self._broken.add(kind)
            del self.runs[kind]
        self._numbers[kind] = number

    def meta(self) -> dict[str, str]:
        return {
            "kind_counts": json.dumps(self.counts, sort_keys=True),
            "seq_runs": json.dumps(self.runs, sort_keys=True),
        }


def _write_policies(
    db: sqlite_utils.Database,
    policies: Iterable[PolicyRecord],
    batch: int,
    institutions: Mapping[str, InstitutionRecord],
) -> KindRuns:
    figure_id = 0
    policy_rows: list[dict[str, Any]] = []
    sector_rows: list[dict[str, Any]] = []
    figure_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    fts_rows: list[tuple[Any, ...]] = []
    record_tables: dict[str, list[dict[str, Any]]] = {}

    def flush() -> None:
        db.table("policies").insert_all(policy_rows, batch_size=batch)
        db.table("policy_sectors").insert_all(sector_rows, batch_size=batch)
        db.table("figures").insert_all(figure_rows, batch_size=batch)
        db.table("policy_sources").insert_all(link_rows, batch_size=batch)
        for table, rows in record_tables.items():
            db.table(table).insert_all(rows, batch_size=batch)
            rows.clear()
        db.conn.executemany(
            f"INSERT INTO policies_fts(rowid, {', '.join(FTS_COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(FTS_COLUMNS))})",
            fts_rows,
        )
        for pending in (policy_rows, sector_rows, figure_rows, link_rows, fts_rows):
            pending.clear()

    runs = KindRuns()
    for seq, p in enumerate(policies, 1):
        runs.add(seq, p.kind, p.number)
        policy_rows.append(_policy_row(seq, p))
        sector_rows.extend({"policy_id": p.id, "sector": s} for s in p.sectors)
        for table, rows in record_rows(p).items():
            record_tables.setdefault(table, []).extend(rows)
        linked = p.cited()
        link_rows.extend(
            {"policy_id": p.id, "source_id": sid, "position": i} for i, sid in enumerate(linked, 1)
        )
        for position, f in enumerate(p.figures, 1):
            figure_id += 1
            figure_rows.append(
                FIGURES.row(
                    f,
                    id=figure_id,
                    policy_id=p.id,
                    position=position,
                )
            )
        fts_rows.append(fts_row(seq, p, institutions))
        if len(policy_rows) >= batch:
            flush()
    flush()
    return runs
