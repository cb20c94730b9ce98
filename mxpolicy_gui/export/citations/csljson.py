"""CSL-JSON (the citation data of Zotero, Pandoc and citeproc): an array of items.

The format is plain JSON, so no library is needed; `json` escapes everything. The array must
stay an array for readers to accept it, so the provenance goes in a sidecar file beside it
(`provenance.sidecar_path`). Item types and variables follow the CSL 1.0.2 data schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from mxpolicy_gui.citation_style import is_person, plain_name
from mxpolicy_gui.store.records import Source

TYPES = {
    "academic article": "article-journal",
    "press": "article-newspaper",
    "report": "report",
    "official text": "legislation",
    "court ruling": "legal_case",
    "web page": "webpage",
    "mirror": "webpage",
}


def _date(iso: str) -> dict[str, list[list[int]]]:
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def _name(author: str) -> dict[str, str]:
    """A person as family/given; an issuing body as a literal name."""
    if is_person(author):
        family, given = (part.strip() for part in author.split(",", 1))
        return {"family": family, "given": given}
    return {"literal": plain_name(author)}


def item(s: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"id": s.id, "type": TYPES.get(s.kind or "", "document")}
    if s.authors:
        data["author"] = [_name(a) for a in s.authors]
    data["title"] = s.title
    optional = {
        "container-title": s.container, "volume": s.volume, "issue": s.issue,
        "page": s.pages, "number": s.article_number, "DOI": s.doi, "URL": s.url,
        "language": s.language, "note": s.note,
    }
    data.update({key: value for key, value in optional.items() if value})
    if s.published and not s.no_date:
        data["issued"] = _date(s.published)
    if s.accessed:
        data["accessed"] = _date(s.accessed)
    return data


def render(sources: Iterable[Source]) -> str:
    return json.dumps([item(s) for s in sources], ensure_ascii=False, indent=2) + "\n"
