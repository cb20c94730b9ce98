"""The names people use for the same thing (AMLO, López Obrador; huachicol, fuel theft;
CFE, Comisión Federal de Electricidad), as groups read from the database's `aliases` table.

A search word or phrase found in a group also searches every other member of the group. This
happens when the query is built, so the policies' text is stored once, as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_TOKEN = re.compile(r"[^\W_]+")
MAX_ALIAS_TOKENS = 8


def fold(text: str) -> str:
    """Lower case without accents, as the full-text tokenizer compares (energía → energia)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(unicodedata.normalize("NFC", text)))


class Aliases:
    """Alias groups, looked up by their members' folded word sequences."""

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
        for size in range(min(self._longest, len(tokens)), 0, -1):
            group = self.group_of(tokens[:size])
            if group is not None:
                return group, size
        return None, 0

    def expansions(self, group: int) -> tuple[tuple[str, ...], ...]:
        """Every member of `group`, as word tokens in their written form."""
        return self._members[group]
