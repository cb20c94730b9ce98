"""What a person types into search, parsed into one safe FTS5 expression and plain filters.

The syntax is forgiving on purpose: words (each one a prefix, so results follow each
keystroke), "quoted phrases", and field prefixes (`agency:CFE`, `year:2019`,
`status:superseded`, `sector:energy`, `kind:reform`, and their Spanish names). A prefix the
app does not know is read as plain text, an unclosed quote runs to the end. Each word or
phrase that is a known alias (AMLO, huachicol, CFE...) also searches the other names of its
group (`Aliases`), at query time, so the text in the database is never duplicated.

Every piece of user text reaches FTS5 inside double quotes as word tokens that cannot hold a
double quote, so nothing typed can be read as FTS5 syntax; column names come from a fixed
table and are used only if the database has them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from mxpolicy_gui.store.aliases import Aliases, fold
from mxpolicy_gui.vocabulary import Kind

#: Letters and digits of any script; underscores and marks separate words as in unicode61.
TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 16
MAX_TERM_LENGTH = 64
MAX_TEXT = 10_000
#: Words of an alias shorter than this are not highlighted ("de" in "Secretaría de Energía").
MIN_ALIAS_HIGHLIGHT = 3

#: Full-text columns of the database, with their bm25 weight: a match in a name counts most,
#: then who ran it and who implements it, then the body text.
COLUMN_WEIGHTS: dict[str, float] = {
    "name_en": 10.0,
    "name_es": 10.0,
    "administration": 5.0,
    "agencies": 4.0,
    "sectors": 4.0,
    "status": 3.0,
    "instruments": 2.0,
    "institutions": 2.0,
    "summary": 1.0,
    "objective": 1.0,
    "measures": 1.0,
    "figure_labels": 1.0,
}

#: Field prefix (folded) → full-text columns it searches.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {}
for _names, _columns in (
    (("name", "nombre", "title", "titulo"), ("name_en", "name_es")),
    (("agency", "agencies", "agencia", "agencias", "dependencia"), ("agencies",)),
    (("sector", "sectors", "sectores"), ("sectors",)),
    (("status", "estado", "estatus"), ("status",)),
    (
        ("administration", "admin", "administracion", "president", "presidente", "sexenio"),
        ("administration",),
    ),
    (("summary", "resumen"), ("summary",)),
    (("objective", "objetivo"), ("objective",)),
    (("measure", "measures", "medida", "medidas"), ("measures",)),
    (("figure", "figures", "cifra", "cifras", "dato", "datos"), ("figure_labels",)),
    (("instrument", "instruments", "instrumento", "instrumentos", "law", "ley"), ("instruments",)),
    (("institution", "institutions", "institucion", "instituciones"), ("institutions",)),
):
    for _name in _names:
        TEXT_FIELDS[_name] = _columns
YEAR_FIELDS = {"year", "ano", "anio", "years"}
KIND_FIELDS = {"kind", "tipo", "type"}
#: Values of `kind:` (folded), English and Spanish, singular and plural.
KIND_VALUES = {
    Kind.INNOVATION: (Kind.INNOVATION, f"{Kind.INNOVATION}s", "innovacion", "innovaciones"),
    Kind.REFORM: (Kind.REFORM, f"{Kind.REFORM}s", "reforma", "reformas"),
}
FIELD_NAMES = frozenset(TEXT_FIELDS) | YEAR_FIELDS | KIND_FIELDS
_FIELD = re.compile(r"([^\W\d_]+):")
_CHUNK = re.compile(r'[^\s"]*')
_YEAR = re.compile(r"^(\d{1,4})(?:\s*(?:-|–|\.\.)\s*(\d{4}))?$")


@dataclass(frozen=True)
class Clause:
    """One thing typed: a word, a phrase, or either under a field prefix."""

    tokens: tuple[str, ...]
    phrase: bool = False
    field: str | None = None  # folded field name, only if known


@dataclass(frozen=True)
class ParsedSearch:
    """A query's text turned into what SQL needs, plus what views need to explain a match."""

    #: The FTS5 MATCH expression, None when the text holds nothing to match.
    match: str | None = None
    #: Kinds allowed by `kind:` prefixes (None: any); an empty set means nothing can match.
    kinds: frozenset[str] | None = None
    #: Year ranges from `year:` prefixes, all of which must hold.
    years: tuple[tuple[int, int], ...] = ()
    #: Folded word starts to highlight (typed words and their aliases' words).
    highlight: tuple[str, ...] = ()
    #: Folded words typed outside field prefixes and phrases, for "did you mean".
    words: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = field(default=(), repr=False)

    @property
    def empty(self) -> bool:
        return self.match is None and self.kinds is None and not self.years


def _tokens(text: str) -> list[str]:
    return [t[:MAX_TERM_LENGTH] for t in TOKEN.findall(text)]


def parse_clauses(text: str) -> list[Clause]:
    """Split `text` into clauses: quoted phrases, words, and known `field:` prefixes."""
    text = unicodedata.normalize("NFC", text[:MAX_TEXT])
    clauses: list[Clause] = []
    count = 0
    pos, end = 0, len(text)
    while pos < end and count < MAX_TERMS:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        name = None
        found = _FIELD.match(text, pos)
        if found and fold(found.group(1)) in FIELD_NAMES:
            name = fold(found.group(1))
            pos = found.end()
        if pos < end and text[pos] == '"':
            close = text.find('"', pos + 1)
            close = end if close < 0 else close
            raw, phrase = text[pos + 1 : close], True
            pos = close + 1
        else:
            chunk = _CHUNK.match(text, pos)
            assert chunk is not None  # the pattern matches the empty string too
            raw, phrase = chunk.group(), False
            pos = chunk.end()
            if not raw and name is None:  # a lone quote's neighbour: skip one character
                pos += 1
        if name in YEAR_FIELDS:
            clauses.append(Clause((raw.strip(),), field=name))
            count += 1
            continue
        tokens = _tokens(raw)
        if not tokens:
            continue
        if name is None and not phrase:
            # Plain words (also "foo:bar" with an unknown prefix): one clause per word.
            for token in tokens:
                clauses.append(Clause((token,)))
                count += 1
        else:
            clauses.append(Clause(tuple(tokens), phrase=phrase or len(tokens) > 1, field=name))
            count += 1
    return clauses[:MAX_TERMS]


def _quote(tokens: tuple[str, ...] | list[str], prefix: bool) -> str:
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


def _acronym(tokens: tuple[str, ...]) -> bool:
    """True if an alias member must match exactly: one written in capitals (CFE, SEP) is
    not every word it starts (SEP is not September), and a name of several words is a
    phrase (an exact phrase costs a fraction of a prefix one at 100,000 records). Other
    single words are prefixes like typed ones, so "energía" and "energy" search exactly the
    same words."""
    return len(tokens) > 1 or tokens[0].isupper()


def _alias_options(aliases: Aliases, group: int, typed: tuple[str, ...]) -> list[str]:
    """The other names of the group `typed` belongs to, as FTS5 strings."""
    return [_quote(t, not _acronym(t)) for t in aliases.others(group, typed)]


def _year_range(value: str) -> tuple[int, int] | None:
    """`2019` → (2019, 2019); `2013-2015` → (2013, 2015); a start being typed, `20` →
    (2000, 2099), so results narrow as the year is typed instead of vanishing."""
    found = _YEAR.match(value)
    if not found:
        return None
    first, last = found.group(1), found.group(2)
    if last is not None:
        if len(first) != 4:
            return None
        low, high = int(first), int(last)
        return (low, high) if low <= high else (high, low)
    pad = 4 - len(first)
    return int(first) * 10**pad, (int(first) + 1) * 10**pad - 1


def _kinds(tokens: tuple[str, ...]) -> frozenset[str]:
    """Kinds whose names start with the typed value (`kind:r` is already reforms)."""
    typed = fold(" ".join(tokens))
    return frozenset(
        kind for kind, names in KIND_VALUES.items() if any(n.startswith(typed) for n in names)
    )


def parse_search(
    text: str, aliases: Aliases | None = None, columns: Collection[str] | None = None
) -> ParsedSearch:
    """Parse `text` into a `ParsedSearch`. `columns` are the full-text columns the database
    has (all of `COLUMN_WEIGHTS` if None): a field whose columns are missing is read as
    plain text, so an older file still answers without an FTS error."""
    aliases = aliases or Aliases.empty()
    have = set(COLUMN_WEIGHTS) if columns is None else set(columns)
    clauses = parse_clauses(text)
    parts: list[str] = []
    kinds: frozenset[str] | None = None
    years: list[tuple[int, int]] = []
    highlight: list[str] = []
    words: list[str] = []
    plain: list[str] = []  # a run of plain words, for multi-word aliases

    def flush_plain() -> None:
        i = 0
        while i < len(plain):
            group, used = aliases.longest_match(plain[i:])
            if group is None:
                token = plain[i]
                parts.append(_quote([token], True))
                highlight.append(fold(token))
                words.append(fold(token))
                i += 1
                continue
            typed = tuple(plain[i : i + used])
            options = [_quote(typed, True), *_alias_options(aliases, group, typed)]
            parts.append("(" + " OR ".join(options) + ")")
            highlight.extend(fold(t) for t in typed)
            highlight.extend(aliases.highlight_words(group, MIN_ALIAS_HIGHLIGHT))
            i += used
        plain.clear()

    for clause in clauses:
        if clause.field is None and not clause.phrase:
            plain.append(clause.tokens[0])
            continue
        flush_plain()
        if clause.field in YEAR_FIELDS:
            span = _year_range(clause.tokens[0])
            if span is not None:
                years.append(span)
            continue
        if clause.field in KIND_FIELDS:
            found = _kinds(clause.tokens)
            kinds = found if kinds is None else kinds & found
            continue
        target = [c for c in TEXT_FIELDS.get(clause.field or "", ()) if c in have]
        group = aliases.group_of(clause.tokens)
        options = [_quote(clause.tokens, True)]
        if group is not None:
            options += _alias_options(aliases, group, clause.tokens)
            highlight.extend(aliases.highlight_words(group, MIN_ALIAS_HIGHLIGHT))
        expression = options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"
        if clause.field is not None and target:
            expression = "{" + " ".join(target) + "} : " + (
                expression if expression.startswith("(") else f"({expression})"
            )
        elif clause.field is not None:
            words.extend(fold(t) for t in clause.tokens)
        parts.append(expression)
        highlight.extend(fold(t) for t in clause.tokens)
    flush_plain()
    return ParsedSearch(
        match=" AND ".join(parts) if parts else None,
        kinds=kinds,
        years=tuple(years),
        highlight=tuple(dict.fromkeys(h for h in highlight if h)),
        words=tuple(dict.fromkeys(words)),
        clauses=tuple(clauses),
    )


def rank_expression(columns: Collection[str], table: str = "policies_fts") -> str:
    """`bm25(...)` with each column's weight, in the order the table declares them."""
    weights = ", ".join(repr(COLUMN_WEIGHTS.get(c, 1.0)) for c in columns)
    return f"bm25({table}, {weights})"
