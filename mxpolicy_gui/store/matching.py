"""Why a row matched: where the searched words occur in a policy's text, as spans to
highlight and a one-line snippet of the best field the table does not show.

Words are compared as the full-text index compares them (no case, no accents, a searched
word matches every word it starts), so what is highlighted is what was found.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mxpolicy_gui.store.aliases import fold

if TYPE_CHECKING:
    from mxpolicy_gui.store.database import Store

_TOKEN = re.compile(r"[^\W_]+")
#: Fields a snippet may come from, best first (what the table shows is left out).
SNIPPET_FIELDS = (
    "name_es",
    "administration",
    "agencies",
    "summary",
    "objective",
    "measures",
    "figure_labels",
    "instruments",
    "institutions",
    "sectors",
    "status",
)
SNIPPET_CHARS = 90
#: Characters of context kept before the first matched word.
LEAD_CHARS = 16

Span = tuple[int, int]


@dataclass(frozen=True)
class MatchNote:
    """A snippet of `field` with the `spans` of matched words in `text`."""

    field: str
    text: str
    spans: tuple[Span, ...]


def _folded_tokens(text: str) -> Iterable[tuple[int, int, str]]:
    for token in _TOKEN.finditer(text):
        yield token.start(), token.end(), fold(token.group())


def normalise_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """Search terms as they are compared: each word of each term, folded."""
    words: list[str] = []
    for term in terms:
        words.extend(fold(t) for t in _TOKEN.findall(unicodedata.normalize("NFC", term)))
    return tuple(dict.fromkeys(w for w in words if w))


#: Precomposed accented letters → their base letter: folds a text without changing its
#: length, so positions in the folded text are positions in the text.
_QUICK_FOLD = {
    c: unicodedata.normalize("NFD", chr(c))[0]
    for c in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(c))) > 1
}


_COMBINING = re.compile("[\u0300-\u036f]")


@functools.lru_cache(maxsize=64)
def _starts_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def match_spans(text: str, terms: Sequence[str]) -> list[Span]:
    """Where words of `text` start with a (folded) term of `terms`."""
    if not terms or not text:
        return []
    folded = text.translate(_QUICK_FOLD).lower()
    if len(folded) == len(text) and not _COMBINING.search(folded):
        # Fast path (a paint asks for some thirty rows' worth of fields per keystroke).
        return [m.span() for m in _starts_pattern(tuple(terms)).finditer(folded)]
    return [(s, e) for s, e, word in _folded_tokens(text) if word.startswith(tuple(terms))]


def _window(text: str, spans: list[Span], width: int) -> tuple[str, tuple[Span, ...]]:
    """About `width` characters from just before the first span (a table cell shows only
    the start of the line), cut at spaces, with ellipses."""
    first = spans[0][0]
    start = max(0, first - LEAD_CHARS)
    if start > 0:
        # Start at the matched word itself when there is a space before it: the cell may be
        # narrow, and the word is what explains the match.
        space = text.rfind(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space - end < 15 else end
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    piece = text[start:end]
    shift = len(head) - start
    kept = tuple(
        (s + shift, min(e, end) + shift) for s, e in spans if s >= start and s < end
    )
    return head + piece + tail, kept


def match_note(
    fields: dict[str, str], terms: Sequence[str], shown: str = "name_en"
) -> MatchNote | None:
    """The snippet that explains a match not visible in the `shown` field: from the first of
    `SNIPPET_FIELDS` holding a searched word. None if `shown` itself holds one (it is
    highlighted there, and a second line would only repeat the name in other words)."""
    if match_spans(fields.get(shown, "") or "", terms):
        return None
    for name in SNIPPET_FIELDS:
        text = " · ".join(line.strip() for line in (fields.get(name) or "").splitlines() if line)
        spans = match_spans(text, terms)
        if spans:
            snippet, kept = _window(text, spans, SNIPPET_CHARS)
            words = tuple(terms)
            return MatchNote(name, snippet, tuple(match_spans(snippet, words)) or kept)
    return None


MARK_BEFORE = '<span style="background-color:#ffe58a; color:#000000;">'
MARK_AFTER = "</span>"


def highlight_terms(
    markup: str, terms: Iterable[str], before: str = MARK_BEFORE, after: str = MARK_AFTER
) -> str:
    """`markup` (HTML) with every word starting with a searched term wrapped in `before` …
    `after` (a background colour Qt's rich text draws, by default).

    Only text between tags is touched, never tag names, attributes or entities, so the
    result is as well-formed as the input. Meant for the detail pane: call it with the pane's
    HTML and `Store.parse(text).highlight` (or the words as typed).
    """
    import html  # (on first use, like `marked_markup`: a start needs no markup)

    words = normalise_terms(terms)
    if not words:
        return markup
    parts = re.split(r"(<[^>]*>)", markup)
    for i, part in enumerate(parts):
        if not part or part.startswith("<"):
            continue
        text = html.unescape(part)
        spans = match_spans(text, words)
        if spans:
            parts[i] = marked_markup(text, spans, before, after)
    return "".join(parts)


def marked_markup(
    text: str, spans: Iterable[Span], before: str = MARK_BEFORE, after: str = MARK_AFTER
) -> str:
    """Plain `text` as escaped HTML with each of `spans` wrapped in `before` … `after`."""
    import html  # on first use: the window's first paint marks no words

    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start], quote=False))
        out.append(before + html.escape(text[start:end], quote=False) + after)
        last = end
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def match_notes(store: Store, text: str, ids: Sequence[str]) -> dict[str, MatchNote]:
    """`match_note` of each policy of `ids` under the search `text` (ids without one are
    left out): one read of the full-text rows, by rowid."""
    terms = store.parse(text).highlight
    if not terms or not ids:
        return {}
    columns = store.fts_columns
    rows = store._run(
        f"SELECT p.id, {', '.join('f.' + c for c in columns)} FROM policies p "
        "JOIN policies_fts f ON f.rowid = p.seq WHERE p.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )
    notes: dict[str, MatchNote] = {}
    for row in rows:
        note = match_note(dict(zip(columns, row[1:], strict=True)), terms)
        if note is not None:
            notes[row[0]] = note
    return notes
