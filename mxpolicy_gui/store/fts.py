"""Turn whatever a person types into a safe FTS5 query.

Raw input in `MATCH` raises syntax errors on quotes, `*`, `(`, `NEAR`, `-` and friends, so the
text is reduced to word tokens, each wrapped in double quotes (the only character that could
break out of a quoted FTS5 string is a double quote, and tokens never contain one) and made a
prefix query, so results follow each keystroke. Terms are ANDed.
"""

from __future__ import annotations

import re
import unicodedata

#: Letters and digits of any script; underscores and marks separate words as in unicode61.
_TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 16
MAX_TERM_LENGTH = 64


def search_terms(text: str) -> list[str]:
    """The word tokens of `text`, NFC-normalised, bounded in count and length."""
    normalised = unicodedata.normalize("NFC", text[:10_000])
    terms: list[str] = []
    for token in _TOKEN.findall(normalised):
        term = token[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    terms = search_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)
