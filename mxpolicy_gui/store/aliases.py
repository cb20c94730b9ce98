"""The names people use for the same thing (AMLO, López Obrador; huachicol, fuel theft;
CFE, Comisión Federal de Electricidad), as groups read from the database's `aliases` table.

A search word or phrase found in a group also searches every other member of the group. This
happens when the query is built, so the policies' text is stored once, as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

_TOKEN = re.compile(r"[^\W_]+")
MAX_ALIAS_TOKENS = 8


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, as the full-text tokenizer compares (energía → energia).
    Cached: the same few words are folded for every keystroke, row and snippet."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(unicodedata.normalize("NFC", text)))


class Aliases:
    """Alias groups, looked up by their members' folded word sequences. Built once per
    store; what a query needs of a group (its other members as FTS5 phrases, the words to
    highlight) is worked out once and kept, not again at every keystroke."""

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self._members: list[tuple[tuple[str, ...], ...]] = []
        self._group_of: dict[tuple[str, ...], int] = {}
        self._longest = 0
        for terms in groups:
            members = []
            for term in terms:
                tokens = tuple(_TOKEN.findall(unicodedata.normalize("NFC", term)))
                if tokens and len(tokens) <= MAX_ALIAS_TOKENS:
                    members.append(tokens)
            if len(members) < 2:
                continue
            index = len(self._members)
            self._members.append(tuple(members))
            for tokens in members:
                key = tuple(fold(t) for t in tokens)
                self._group_of.setdefault(key, index)
                self._longest = max(self._longest, len(key))

    @classmethod
    def empty(cls) -> Aliases:
        return cls(())

    def __len__(self) -> int:
        return len(self._members)

    def group_of(self, tokens: Sequence[str]) -> int | None:
        """The group whose member is exactly `tokens` (compared folded), if any."""
        return self._group_of.get(tuple(fold(t) for t in tokens))

    def longest_match(self, tokens: Sequence[str]) -> tuple[int | None, int]:
        """(group, how many tokens) of the longest member that `tokens` starts with."""
        folded = tuple(fold(t) for t in tokens[: self._longest])
        for size in range(len(folded), 0, -1):
            group = self._group_of.get(folded[:size])
            if group is not None:
                return group, size
        return None, 0

    @functools.cache  # noqa: B019  # one Aliases per store, kept as long as the store
    def others(
        self, group: int, typed: tuple[str, ...]
    ) -> tuple[tuple[str, ...], ...]:
        """The members of `group` other than `typed` (compared folded), as written."""
        key = tuple(fold(t) for t in typed)
        return tuple(
            m for m in self._members[group] if tuple(fold(w) for w in m) != key
        )

    @functools.cache  # noqa: B019  # see `others`
    def highlight_words(self, group: int, shortest: int) -> tuple[str, ...]:
        """The folded words of every member of `group` at least `shortest` letters long."""
        return tuple(
            fold(t) for member in self._members[group] for t in member if len(t) >= shortest
        )

    def expansions(self, group: int) -> tuple[tuple[str, ...], ...]:
        """Every member of `group`, as word tokens in their written form."""
        return self._members[group]
