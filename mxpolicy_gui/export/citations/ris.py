"""RIS, written by hand (the format is one "TAG  - value" line per field).

Why not rispy's writer: it numbers records with lines of its own and passes line breaks in a
value through, which would end the field early; the tests read every export back with rispy.
Values are put on one line (runs of white space, line breaks included, become one space);
nothing else needs escaping in RIS. Lines end in CR LF, as the RIS specification asks. The
provenance comes first, before the first TY line, where RIS readers skip text.
"""

from __future__ import annotations

from collections.abc import Iterable

from mxpolicy_gui.citation_style import plain_name
from mxpolicy_gui.export.provenance import Provenance
from mxpolicy_gui.store.records import Source

TYPES = {
    "academic article": "JOUR",
    "press": "NEWS",
    "report": "RPRT",
    "official text": "GOVDOC",
    "court ruling": "CASE",
    "web page": "ELEC",
    "mirror": "ELEC",
}
EOL = "\r\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _date(iso: str) -> str:
    """ISO (partial allowed) → RIS's "YYYY/MM/DD" (as many parts as known)."""
    return iso.replace("-", "/")


def tags(s: Source) -> list[tuple[str, str]]:
    """The (tag, value) pairs of one record, TY first and ER last."""
    pairs = [("TY", TYPES.get(s.kind or "", "GEN")), ("ID", s.id)]
    pairs += [("AU", plain_name(a)) for a in s.authors]
    pairs.append(("TI", s.title))
    if s.container:
        pairs.append(("T2", s.container))
    if s.published and not s.no_date:
        pairs += [("PY", s.published[:4]), ("DA", _date(s.published))]
    for tag, value in (("VL", s.volume), ("IS", s.issue), ("C7", s.article_number)):
        if value:
            pairs.append((tag, value))
    if s.pages:
        start, _, end = s.pages.replace("–", "-").partition("-")
        pairs.append(("SP", start.strip()))
        if end.strip():
            pairs.append(("EP", end.strip()))
    if s.doi:
        pairs.append(("DO", s.doi))
    if s.url:
        pairs.append(("UR", s.url))
    if s.accessed:
        pairs.append(("Y2", _date(s.accessed)))
    if s.language:
        pairs.append(("LA", s.language))
    if s.note:
        pairs.append(("N1", s.note))
    pairs.append(("ER", ""))
    return [(tag, _one_line(value)) for tag, value in pairs]


def record(s: Source) -> str:
    return "".join(f"{tag}  - {value}{EOL}" for tag, value in tags(s))


def render(sources: Iterable[Source], provenance: Provenance) -> str:
    head = ["mxpolicy citation export (RIS); this header is not part of any record."]
    head += [_one_line(line) for line in provenance.lines()]
    return EOL.join(head) + EOL + EOL + EOL.join(record(s) for s in sources)
