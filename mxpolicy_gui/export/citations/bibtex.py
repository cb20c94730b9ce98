"""BibTeX, written by hand: ASCII-safe LaTeX escapes, so classic BibTeX with pdfLaTeX, biber,
Zotero and JabRef all read the same text.

Why no library: bibtexparser's writer copies values verbatim (an "&" or "%" in a title breaks
LaTeX) and would bring pylatexenc (1.3 MB) into the bundle for nothing we need. The tests read
every export back with bibtexparser and compare it with the database.

Escaping: the ten LaTeX special characters become commands (`\\&`, `\\%`, `\\textbackslash{}`…);
accented letters become accent commands in braces (`{\\'e}`, `{\\~n}`); dashes, quotes and
Spanish ¿ ¡ become their LaTeX forms; a literal "--" becomes "-{}-" so it stays two hyphens
(likewise ``, '', ?` and !`);
any other non-ASCII character is written as UTF-8 (the file is UTF-8). Titles are wrapped in a
second pair of braces so styles keep their capitalisation (Spanish titles, acronyms). URLs and
DOIs are written verbatim, as the url package and biblatex expect.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from mxpolicy_gui.citation_style import is_person, plain_name
from mxpolicy_gui.export.provenance import Provenance
from mxpolicy_gui.store.records import Source

ENTRY_TYPES = {
    "academic article": "article",
    "press": "article",
    "report": "techreport",
    "official text": "misc",
    "court ruling": "misc",
    "web page": "misc",
    "mirror": "misc",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SYMBOLS = {
    "–": "--",
    "—": "---",
    "“": "``",
    "”": "''",
    "‘": r"\textquoteleft{}",
    "’": r"\textquoteright{}",
    "¿": r"\textquestiondown{}",
    "¡": r"\textexclamdown{}",
    "«": r"\guillemotleft{}",
    "»": r"\guillemotright{}",
    "°": r"\textdegree{}",
    "\u00a0": "~",
}
#: Character pairs LaTeX joins into another character (--, ``, '', ?`, !`).
_LIGATURES = frozenset({("-", "-"), ("`", "`"), ("'", "'"), ("?", "`"), ("!", "`")})
#: Combining marks (after NFD) and the LaTeX accent command for each.
_ACCENTS = {
    "\u0301": "'",
    "\u0300": "`",
    "\u0302": "^",
    "\u0303": "~",
    "\u0308": '"',
    "\u0327": "c ",
    "\u030c": "v ",
}


def _letter(char: str) -> str:
    """An accented Latin letter as `{\\'e}`; any other character unchanged."""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if len(marks) != 1 or marks not in _ACCENTS or not base.isascii() or not base.isalpha():
        return char
    return "{\\" + _ACCENTS[marks] + base + "}"


def escape(text: str) -> str:
    """`text` as the value of a BibTeX field (see the module docstring)."""
    out: list[str] = []
    for char in " ".join(text.split()):
        if char in _SPECIAL:
            piece = _SPECIAL[char]
        elif char in _SYMBOLS:
            piece = _SYMBOLS[char]
        else:
            piece = char if char.isascii() else _letter(char)
        if out and (out[-1][-1], piece[0]) in _LIGATURES:
            out.append("{}")  # keep them apart: LaTeX reads "--" as a dash, "?`" as "¿"…
        out.append(piece)
    return "".join(out)


def _name(author: str) -> str:
    """A person as "Family, Given"; an issuing body in braces, so it is not split."""
    return escape(author) if is_person(author) else "{" + escape(plain_name(author)) + "}"


def _fields(s: Source) -> list[tuple[str, str]]:
    kind = s.kind or ""
    container_field = {"academic article": "journal", "press": "journal",
                       "report": "institution"}.get(kind, "howpublished")
    fields: list[tuple[str, str]] = []
    if s.authors:
        fields.append(("author", " and ".join(_name(a) for a in s.authors)))
    fields.append(("title", "{" + escape(s.title) + "}"))
    if s.container:
        fields.append((container_field, escape(s.container)))
    if s.published and not s.no_date:
        parts = s.published.split("-")
        fields.append(("year", parts[0]))
        if len(parts) > 1:
            fields.append(("month", MONTHS[int(parts[1]) - 1]))
        fields.append(("date", s.published))
    for key, value in (("volume", s.volume), ("number", s.issue), ("pages", s.pages),
                       ("eid", s.article_number)):
        if value:
            fields.append((key, escape(value)))
    if s.doi:
        fields.append(("doi", s.doi))
    if s.url:
        fields.append(("url", s.url))
    if s.accessed:
        fields.append(("urldate", s.accessed))
    if s.language:
        fields.append(("langid", s.language))
    if s.note:
        fields.append(("note", escape(s.note)))
    return fields


def entry(s: Source) -> str:
    """One `@type{id, …}` entry; `month` is a bare BibTeX macro, the rest in braces."""
    lines = []
    for key, value in _fields(s):
        lines.append(f"  {key} = {value}" if key == "month" else f"  {key} = {{{value}}}")
    return f"@{ENTRY_TYPES.get(s.kind or '', 'misc')}{{{s.id},\n" + ",\n".join(lines) + "\n}\n"


def _comment_text(line: str) -> str:
    """A provenance line safe inside @comment{…}: braces and @ would end or start an entry."""
    return line.replace("{", "(").replace("}", ")").replace("@", "(at)")


def render(sources: Iterable[Source], provenance: Provenance) -> str:
    head = ["% Encoding: UTF-8", "@comment{mxpolicy citation export"]
    head += [_comment_text(line) for line in provenance.lines()]
    head[-1] += "}"
    return "\n".join(head) + "\n\n" + "\n".join(entry(s) for s in sources)
