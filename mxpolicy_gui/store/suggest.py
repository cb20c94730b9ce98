""""Did you mean…?" for a search that finds nothing, from the database's own words.

The candidates are the words of the full-text index itself (`policies_vocab`, an fts5vocab
view, already accent-folded and lower case), so a suggestion always exists in the data; it is
shown as the data writes it (accents and all), read back from a few policies holding it. Only
words near the typed one in length and sharing its first letter are compared, which keeps
this to a few hundred edit distances even at 100,000 records.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from mxpolicy_gui.store.aliases import fold
from mxpolicy_gui.store.query import PolicyQuery

if TYPE_CHECKING:
    from mxpolicy_gui.store.database import Store

_TOKEN = re.compile(r"[^\W_]+")
MIN_WORD = 3
MAX_CANDIDATES = 20_000
#: Policies read to learn how the data writes a suggested word.
FORM_ROWS = 20


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of `a` and `b`, or `limit + 1` once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _limit(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def _known(store: Store, word: str) -> bool:
    """True if some indexed word starts with `word` (search words are prefixes)."""
    return bool(
        store._run(
            "SELECT 1 FROM policies_vocab WHERE term >= ? AND term < ? LIMIT 1",
            [word, word + "\U0010ffff"],
        )
    )


def closest_word(store: Store, word: str) -> str | None:
    """The indexed word nearest to `word` (fewest edits, then most policies), if near."""
    limit = _limit(word)
    best: tuple[int, int, str] | None = None
    rows = store._run(
        "SELECT term, doc FROM policies_vocab WHERE term >= ? AND term < ? "
        "AND length(term) BETWEEN ? AND ? LIMIT ?",
        [word[0], word[0] + "\U0010ffff", len(word) - limit, len(word) + limit, MAX_CANDIDATES],
    )
    for term, doc in rows:
        distance = edit_distance(word, term, limit)
        if distance <= limit and (best is None or (distance, -doc) < best[:2]):
            best = (distance, -doc, term)
    return best[2] if best else None


def written_form(store: Store, term: str, like: str = "") -> str:
    """`term` (an indexed word: folded, lower case) as the data writes it: the commonest
    spelling among a few policies holding it, accents and all ("jovenes" → "jóvenes"), in
    the case of the typed word `like` (lower case unless it was capitalised or upper)."""
    columns = ", ".join(store.fts_columns)
    forms: Counter[str] = Counter()
    rows = store._run(
        f"SELECT {columns} FROM policies_fts WHERE policies_fts MATCH ? LIMIT ?",
        ['"' + term.replace('"', "") + '"', FORM_ROWS],
    )
    for row in rows:
        for value in row:
            for token in _TOKEN.findall(unicodedata.normalize("NFC", str(value or ""))):
                if fold(token) == term:
                    forms[token.lower()] += 1
    written = max(forms, key=lambda f: (forms[f], f != term)) if forms else term
    if like.isupper() and len(like) > 1:
        return written.upper()
    return written.capitalize() if like[:1].isupper() else written


def did_you_mean(store: Store, text: str, kind: str | None = None) -> str | None:
    """`text` with each unknown word replaced by the nearest indexed word, if that finds
    something (of `kind`, or of any kind); None when there is nothing better to offer."""
    if not store.has_vocabulary:
        return None
    parsed = store.parse(text)
    replacements: dict[str, str] = {}
    for word in parsed.words:
        if len(word) < MIN_WORD or word.isdigit() or _known(store, word):
            continue
        if store.aliases.group_of((word,)) is not None:
            continue
        better = closest_word(store, word)
        if better is not None and better != word:
            replacements[word] = better
    if not replacements:
        return None
    typed = {
        fold(m.group()): m.group() for m in _TOKEN.finditer(unicodedata.normalize("NFC", text))
    }
    for word, better in replacements.items():
        replacements[word] = written_form(store, better, typed.get(word, ""))
    suggestion = _TOKEN.sub(
        lambda m: replacements.get(fold(m.group()), m.group()),
        unicodedata.normalize("NFC", text),
    )
    if suggestion == text or store.count(PolicyQuery(kind=kind, text=suggestion)) == 0:
        return None
    return suggestion
