"""Read and validate the works cited (`citations/*.toml`) into bibliographic records.

The record is what Zotero would import from us, so the build is strict: a required field
missing for the kind of work, an address or DOI that is not well formed, two records with
the same address, or a missing date or author that is not flagged as such stops the build,
naming the file and the record. The citation text is never written by hand: it is rendered
from the fields (`mxpolicy_gui.citation_style`, APA 7).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from mxpolicy_gui.citation_style import (
    SOURCE_KINDS,
    CitationFields,
    apa_citation,
    is_braced,
    is_person,
)
from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.fields import SLUG, Fields, load_toml

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
#: The characters RFC 3986 allows in an address, plus the letters an IRI (RFC 3987) may hold
#: unencoded (`…/sector-eléctrico`); spaces, quotes, <>, {}, | and \ must be %-encoded.
_URL_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]|[^\x00-\x7f\s])+$")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

#: Kinds that must have a container (journal, gazette, newspaper, site, upload site).
NEEDS_CONTAINER = frozenset({"official text", "academic article", "press", "web page", "mirror"})
#: Kinds that always carry a date: a ruling is handed down on a day, an article appears in a
#: volume. `no_date = true` is refused for them (not for an official text: an agency's page,
#: such as a list of reforms, can be undated).
NEEDS_DATE = frozenset({"court ruling", "academic article"})
#: Kinds that always name who wrote or issued them.
NEEDS_AUTHOR = frozenset({"court ruling", "academic article"})

@dataclass(frozen=True, kw_only=True)
class SourceRecord(CitationFields):
    """One work cited, in the fields of data/sources/README.md ("the bibliographic form"):
    the fields the citation style reads, and the record's id, language and note."""

    id: str
    no_author: bool = False
    language: str = ""
    note: str = ""
    source_file: str = ""

    @property
    def citation(self) -> str:
        """The APA 7 reference, made from the fields (never stored separately in the TOML)."""
        return apa_citation(self)


def check_url(f: Fields, url: str) -> None:
    """An absolute http(s) address (RFC 3986, or an IRI with accented letters) with a real
    ASCII host name: no spaces, quotes or braces, no broken %-escapes, one scheme."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if (
        parts.scheme not in ("http", "https")
        or not _HOST.match(host)
        or not _URL_CHARS.match(url)
        or _BAD_ESCAPE.search(url)
        or url.count("://") != 1
    ):
        raise f.fail(f"'url' is not a well-formed http(s) address: {url!r}")


def url_key(url: str) -> str:
    """An address as compared for duplicates: scheme and host in lower case, no trailing /,
    http and https alike."""
    parts = urlsplit(url)
    rest = url[len(parts.scheme) + 3 + len(parts.netloc) :].rstrip("/")
    return parts.netloc.lower() + rest


def _optional_text(f: Fields, key: str) -> str:
    """Volume, issue, pages, article number: text, or a whole number written bare."""
    value = f.data.get(key, "")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f.text(key, required=False)


def _authors(f: Fields) -> tuple[str, ...]:
    raw = f.data.get("authors", [])
    if not isinstance(raw, list) or not all(isinstance(a, str) and a.strip() for a in raw):
        raise f.fail("'authors' must be a list of names (persons as \"Family, Given\")")
    authors = tuple(a.strip() for a in raw)
    for name in authors:
        inner = name[1:-1] if is_braced(name) else name
        if ";" in name or (is_person(name) and name.count(",") != 1) or (
            "{" in inner or "}" in inner
        ):
            raise f.fail(
                f"author {name!r}: write a person as \"Family, Given\" (one comma) and an "
                "issuing body by its name, in braces if the name has a comma"
            )
    return authors


#: A field that may be left empty only when a flag says so, and the words of its errors: what
#: the flag is, what a given value does, what to do when it is missing, what a kind of work
#: that may not set the flag always does, and those kinds.
_FLAGGED = {
    "authors": (
        "no_author", "names someone", "name the author or issuing body, or set no_author",
        "always names its author", NEEDS_AUTHOR,
    ),
    "published": (
        "no_date", "gives a date", "give the date, or set no_date = true", "always has a date",
        NEEDS_DATE,
    ),
}


def _given_or_flagged(f: Fields, kind: str, key: str, given: bool) -> bool:
    """The flag that says `key` is missing on purpose: set exactly when `key` is empty."""
    flag, gives, missing, always, kinds_needing = _FLAGGED[key]
    flagged = f.flag(flag)
    if given and flagged:
        raise f.fail(f"'{flag} = true' but '{key}' {gives}")
    if not given and not flagged:
        raise f.fail(f"'{key}' is empty: {missing}")
    if flagged and kind in kinds_needing:
        raise f.fail(f"a {kind} {always}: '{flag}' is not allowed")
    return flagged


#: The keys a [[source]] table may hold: the record's fields (the file name is the build's).
_KEYS = {f.name for f in fields(SourceRecord)} - {"source_file"}


def bibliographic_source(f: Fields) -> SourceRecord:
    """Validate one [[source]] table of the bibliographic form."""
    f.unknown_keys(_KEYS)
    sid = f.text("id")
    kind = f.text("kind")
    if kind not in SOURCE_KINDS:
        raise f.fail(f"'kind' must be one of {', '.join(SOURCE_KINDS)}, got {kind!r}")
    authors, published = _authors(f), f.date("published")
    no_author = _given_or_flagged(f, kind, "authors", bool(authors))
    no_date = _given_or_flagged(f, kind, "published", bool(published))
    container = f.text("container", required=kind in NEEDS_CONTAINER)
    accessed = f.text("accessed")
    try:
        dt.date.fromisoformat(accessed)
    except ValueError:
        raise f.fail(f"'accessed' must be a full ISO date (YYYY-MM-DD), got {accessed!r}") from None
    language = f.text("language")
    if not _LANGUAGE.match(language):
        raise f.fail(f"'language' must be an ISO 639-1 code like es or en, got {language!r}")
    url, doi = f.text("url", required=False), f.text("doi", required=False)
    if not url and not doi:
        raise f.fail("a source needs a 'url' or a 'doi' so a reader can find it")
    if url:
        check_url(f, url)
    if doi and not _DOI.match(doi):
        raise f.fail(f"'doi' must be a bare DOI like 10.1186/s13731-023-00347-3, got {doi!r}")
    return SourceRecord(
        id=sid, kind=kind, authors=authors, title=f.text("title"), container=container,
        published=published, no_date=no_date, no_author=no_author, accessed=accessed,
        url=url, doi=doi, language=language, volume=_optional_text(f, "volume"),
        issue=_optional_text(f, "issue"), pages=_optional_text(f, "pages"),
        article_number=_optional_text(f, "article_number"), note=f.text("note", required=False),
    )


def load_sources(paths: list[Path]) -> dict[str, SourceRecord]:
    """Every work in `paths`, by id; ids and addresses unique across all the files."""
    sources: dict[str, SourceRecord] = {}
    urls: dict[str, tuple[str, str]] = {}
    for path in paths:
        tables = load_toml(path).get("source", [])
        if not isinstance(tables, list):
            raise BuildError(path, None, "expected [[source]] tables")
        for i, table in enumerate(tables, 1):
            f = Fields(path, str(table.get("id") or f"#{i}"), table)
            record = bibliographic_source(f)
            if not SLUG.match(record.id):
                raise f.fail("'id' must be a lower-case slug (a-z, 0-9, hyphens)")
            if record.id in sources:
                where = sources[record.id].source_file
                raise f.fail(f"duplicate source id (also defined in {where})")
            if record.url:
                key = url_key(record.url)
                if key in urls:
                    other_file, other_id = urls[key]
                    raise f.fail(
                        f"duplicate url {record.url!r}: also the address of '{other_id}' "
                        f"in {other_file}"
                    )
                urls[key] = (path.name, record.id)
            sources[record.id] = replace(record, source_file=path.name)
    return sources


def check_all_cited(
    sources: dict[str, SourceRecord], cited: Iterable[str]
) -> None:
    """A work nothing cites would still be exported with the dataset's citations, as if it
    backed something: when a record moves to a better source, the old one must go too."""
    unused = sorted(set(sources) - set(cited))
    if unused:
        first = sources[unused[0]]
        raise BuildError(
            first.source_file, unused[0],
            f"cited by no policy, figure, history row, instrument, institution or link"
            f" ({len(unused)} such: {', '.join(unused)})",
        )
