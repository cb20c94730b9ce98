"""The one citation style of the dataset: APA 7th edition, rendered from bibliographic fields.

The build stores the result in `sources.citation`, so the text can never disagree with the
fields it is made from; the exports and the window only ever show that text. Plain text (no
italics). The rules we apply, and where we simplify APA, are listed in
docs/data-dictionary.md ("How the citation text is made"). No imports from the rest of the
package: the build and the run-time code both use this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: The kinds of work a source can be (data/sources/README.md); the build rejects any other.
SOURCE_KINDS = (
    "official text",
    "court ruling",
    "academic article",
    "report",
    "press",
    "web page",
    "mirror",
)

#: Kinds dated by year alone in APA 7 (periodical articles and reports); the others, which
#: change or appear on a given day (gazettes, rulings, news, pages), get the full date.
YEAR_ONLY_KINDS = frozenset({"academic article", "report"})

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

DOI_PREFIX = "https://doi.org/"


@dataclass(frozen=True)
class CitationFields:
    """What the style reads; the build's `SourceRecord` extends it with the record's id,
    language and note."""

    kind: str
    authors: Sequence[str]
    title: str
    container: str = ""
    published: str = ""
    no_date: bool = False
    accessed: str = ""
    url: str = ""
    doi: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    article_number: str = ""


def is_person(author: str) -> bool:
    """A person is written "Family, Given"; an issuing body has no comma in its name, or is
    written in braces when its real name has one ("{Rivadeneyra, Treviño & De Campo}")."""
    return "," in author and not is_braced(author)


def is_braced(author: str) -> bool:
    return author.startswith("{") and author.endswith("}")


def plain_name(author: str) -> str:
    """The name as printed: a braced body without its braces."""
    author = author.strip()
    return author[1:-1].strip() if is_braced(author) else author


def initials(given: str) -> str:
    """APA initials of given names: "José Luis" → "J. L.", "Jean-Paul" → "J.-P.", "L." stays."""
    words = []
    for word in given.split():
        parts = [p for p in word.split("-") if p]
        words.append("-".join(f"{p[0]}." for p in parts))
    return " ".join(words)


def apa_author(author: str) -> str:
    """One name as APA shows it in a reference: "Family, G." or the body's name."""
    if not is_person(author):
        return plain_name(author)
    family, given = (part.strip() for part in author.split(",", 1))
    given_initials = initials(given)
    return f"{family}, {given_initials}" if given_initials else family


def apa_author_list(authors: Sequence[str]) -> str:
    """APA 7 list: "A", "A, & B", "A, B, & C"; from 21 names, the first 19, "…", the last."""
    names = [apa_author(a) for a in authors if a.strip()]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa_date(published: str, kind: str, no_date: bool) -> str:
    """The date in brackets: "(n.d.)" only for a work flagged `no_date`; year only for
    articles and reports; "2013, December 20" or "2014, August" for the other kinds."""
    if no_date or not published:
        return "(n.d.)"
    year, *rest = published.split("-")
    if kind in YEAR_ONLY_KINDS or not rest:
        return f"({year})"
    month = MONTHS[int(rest[0]) - 1]
    if len(rest) == 1:
        return f"({year}, {month})"
    return f"({year}, {month} {int(rest[1])})"


def long_date(iso: str) -> str:
    """"2026-12-01" → "December 1, 2026" (APA's form for a retrieval date)."""
    year, month, day = iso.split("-")
    return f"{MONTHS[int(month) - 1]} {int(day)}, {year}"


def doi_url(doi: str) -> str:
    return DOI_PREFIX + doi if doi else ""


def _sentence(text: str) -> str:
    """`text` ending in one full stop (or its own ? or !)."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _container_part(f: CitationFields) -> str:
    """"Journal, 12(1), Article 47." for articles; the site, gazette or publisher otherwise,
    left out when it only repeats the single author (APA: a site named after its author)."""
    container = f.container.strip()
    if f.kind == "academic article" and container:
        text = container
        if f.volume:
            text += f", {f.volume}" + (f"({f.issue})" if f.issue else "")
        elif f.issue:
            text += f", ({f.issue})"
        if f.pages:
            text += f", {f.pages}"
        elif f.article_number:
            text += f", Article {f.article_number}"
        return _sentence(text)
    names = [plain_name(a) for a in f.authors if a.strip()]
    if not container or (len(names) == 1 and names[0] == container):
        return ""
    return _sentence(container)


def _locator(f: CitationFields) -> str:
    """The DOI as a link when there is one (APA: then no URL); else the URL, with a retrieval
    date for an undated page (APA: for pages that may change)."""
    if f.doi:
        return doi_url(f.doi)
    if not f.url:
        return ""
    if f.no_date and f.accessed:
        return f"Retrieved {long_date(f.accessed)}, from {f.url}"
    return f.url


def apa_citation(f: CitationFields) -> str:
    """The full APA 7 reference for one work, as plain text.

    Author. (Date). Title. Container. Locator. — without authors, the title takes the
    author's place: Title. (Date). Container. Locator.
    """
    authors = apa_author_list(f.authors)
    date = apa_date(f.published, f.kind, f.no_date)
    title = _sentence(f.title)
    head = f"{_sentence(authors)} {date}. {title}" if authors else f"{title} {date}."
    parts = [head, _container_part(f), _locator(f)]
    return " ".join(p for p in parts if p)
