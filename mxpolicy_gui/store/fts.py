"""Turn whatever a person types into a safe FTS5 query.

Raw input in `MATCH` raises syntax errors on quotes, `*`, `(`, `NEAR`, `-` and friends, so the
text is reduced to word tokens, each wrapped in double quotes (the only character that could
break out of a quoted FTS5 string is a double quote, and tokens never contain one) and made a
prefix query, so results follow each keystroke. Terms are ANDed. The full syntax (phrases,
field prefixes, aliases) is in `search_syntax`; this is its alias-free form.
"""

from __future__ import annotations

import unicodedata

from mxpolicy_gui.store.search_syntax import MAX_TERM_LENGTH, MAX_TERMS, TOKEN, parse_search

__all__ = ["MAX_TERMS", "MAX_TERM_LENGTH", "fts_expression", "search_terms"]


def search_terms(text: str) -> list[str]:
    """The word tokens of `text`, NFC-normalised, bounded in count and length."""
    normalised = unicodedata.normalize("NFC", text[:10_000])
    terms: list[str] = []
    for token in TOKEN.findall(normalised):
        term = token[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    return parse_search(text).match
