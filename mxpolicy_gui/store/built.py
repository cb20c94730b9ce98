"""What the build wrote for the store to read instead of working it out: the `meta` table,
and the per-policy CSV lines (`policy_csv`).

A mixin of `Store`, which keeps one connection and one `_run`; it relies on `Store`'s
`_run`, `_meta`, `parse`, `search_layout` and `_rank`.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

from mxpolicy_gui.dataset import KINDS
from mxpolicy_gui.store import sql
from mxpolicy_gui.store.query import PolicyQuery, SortKey


class BuiltFacts:
    _run: Any
    _meta: dict[str, str] | None
    _rank: Any
    parse: Any
    search_layout: Any

    def meta(self) -> dict[str, str]:
        """The `meta` table (dataset facts the build wrote), read once."""
        if self._meta is None:
            self._meta = dict(self._run("SELECT key, value FROM meta"))
        return dict(self._meta)

    def _built(self, key: str) -> Any:
        """A JSON value the build wrote into `meta` under `key`, or None (an older build)."""
        text = self.meta().get(key)
        try:
            return json.loads(text) if text else None
        except ValueError:
            return None

    def iter_policy_csv(
        self, query: PolicyQuery, batch: int = 500
    ) -> Generator[tuple[bytes, int], None, None]:
        """The per-policy CSV lines of all matching policies, in order, as (UTF-8 block,
        records in it) per `batch`: this connection finds their rowids (from an index, in any
        sort order), then copies the lines the build stored in `policy_csv`."""
        rowids = self._rowids_in_build_order(query)
        if rowids is None:
            parsed = self.parse(query.text)
            statement, params = sql.policies_sql(query, parsed, self._rank, "p.rowid")
            rowids = [row[0] for row in self._run(statement, params)]
        for start in range(0, len(rowids), batch):
            chunk = rowids[start : start + batch]
            first, last = chunk[0], chunk[-1]
            if last - first == len(chunk) - 1 and chunk == list(range(first, last + 1)):
                # A run of consecutive rowids (the whole dataset in its default order): a
                # range of the table, without a JSON list to write and to read.
                lines = self._run(sql.CSV_LINE_RANGE, [first, last])
            else:
                lines = self._run(sql.CSV_LINES, [json.dumps(chunk)])
            yield b"".join([line for (line,) in lines]), len(chunk)

    def _rowids_in_build_order(self, query: PolicyQuery) -> list[int] | None:
        """The rowids of a query for every policy (of its kind) in number order, from the
        kinds' runs (`search_layout`): the order the build wrote them in, so no index needs
        to be read (40 ms at 100,000 records). None for any other query."""
        parsed = self.parse(query.text)
        if (
            query.ids is not None
            or query.sort != SortKey.NUMBER
            or query.descending
            or not parsed.empty
            or sql.has_filters(query, parsed)
        ):
            return None
        layout = self.search_layout()
        kinds = [query.kind] if query.kind else sorted(KINDS)  # ORDER BY p.kind, p.number
        if any(kind not in layout for kind in kinds):
            return None
        return [rowid for kind in kinds for rowid in range(layout[kind][0], layout[kind][1] + 1)]
