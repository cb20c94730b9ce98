"""The search half of `Store`: the database's search vocabulary (full-text columns, alias
groups, word list), parsing what is typed, when to rank, suggestions and match notes.

A mixin, so `Store` keeps one connection and one `_run` while this file holds what issue 12
added; it relies on `Store`'s `_run`, `_match_counts`, `_parsed`, `search_layout` and
`count`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from mxpolicy_gui.store.aliases import Aliases
from mxpolicy_gui.store.matching import MatchNote, match_notes
from mxpolicy_gui.store.query import PolicyQuery, SortKey
from mxpolicy_gui.store.search_syntax import ParsedSearch, parse_search, rank_expression

if TYPE_CHECKING:
    from mxpolicy_gui.store.database import Store

#: Above this many matches a search sorted by best match is shown in number order instead:
#: bm25 is computed for every match before the first page can be shown, 5 µs a match for a
#: plain word and up to 30 µs for an alias's phrases on the benchmark machine (`cfe tar`:
#: 719 matches, 30 ms ranked against 11 ms in number order), and for so broad a query a
#: ranking says little. Measured at 100,000 records; see docs/performance.md.
RANK_LIMIT = 300
_PARSED_KEPT = 64


class SearchMixin:
    _run: Any
    _match_counts: dict[PolicyQuery, int]
    _parsed: dict[str, ParsedSearch]
    search_layout: Any
    count: Any
    count_at_most: Any
    _by_number_if_relevance: Any

    def _load_search_vocabulary(self) -> None:
        """The full-text columns (a file built before a column existed still answers) and
        the alias groups (none in a file without the table)."""
        self.fts_columns = tuple(r[1] for r in self._run("PRAGMA table_info(policies_fts)"))
        self._rank = rank_expression(self.fts_columns)
        groups: dict[int, list[str]] = {}
        tables = {r[0] for r in self._run("SELECT name FROM sqlite_master")}
        if "aliases" in tables:
            for group, term in self._run(
                "SELECT group_id, term FROM aliases ORDER BY group_id, position"
            ):
                groups.setdefault(group, []).append(term)
        self.aliases = Aliases(groups.values())
        self.has_vocabulary = "policies_vocab" in tables

    def parse(self, text: str) -> ParsedSearch:
        """`text` parsed with this database's aliases and columns (cached: the same text is
        parsed for the rows, the count and each facet of one keystroke)."""
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = parse_search(text, self.aliases, self.fts_columns)
            if len(self._parsed) >= _PARSED_KEPT:
                self._parsed.pop(next(iter(self._parsed)))
            self._parsed[text] = parsed
        return parsed

    def suggest(self, text: str, kind: str | None = None) -> str | None:
        """A corrected search that finds something when `text` finds nothing ("sembrado" →
        "sembrando"), or None. See `store.suggest`."""
        from mxpolicy_gui.store.suggest import did_you_mean

        return did_you_mean(cast("Store", self), text, kind)  # the mixin is only ever a Store

    def match_notes(self, text: str, ids: Sequence[str]) -> dict[str, MatchNote]:
        """Why each of `ids` matches `text` where the table cannot show it: a snippet of the
        best other field, with the matched words' spans (`store.matching`)."""
        return match_notes(cast("Store", self), text, ids)

    def _kind_range(self, query: PolicyQuery) -> tuple[int, int] | None:
        """The kind's run of seq numbers (see `search_layout`), if the query has one kind."""
        return self.search_layout().get(query.kind) if query.kind and query.ids is None else None

    def _excluded(self, query: PolicyQuery) -> bool:
        """True if a typed `kind:` rules out the query's kind: nothing to look up."""
        kinds = self.parse(query.text).kinds
        return kinds is not None and (not kinds or bool(query.kind and query.kind not in kinds))

    def ranks(self, query: PolicyQuery) -> bool:
        """True if `rows(query)` comes best match first, False if in number order (no words
        to match, or more than `RANK_LIMIT` matches). Counted only as far as the limit: the
        full count of a short word's matches waits until the rows are on screen."""
        if query.sort != SortKey.RELEVANCE or self.parse(query.text).match is None:
            return False
        return bool(self.count_at_most(query, RANK_LIMIT + 1) <= RANK_LIMIT)
