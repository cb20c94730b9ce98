"""Read `aliases.toml`: groups of names people use for the same thing (see that file).

Checked strictly like every source file: a group needs two distinct terms, and a term may
belong to one group only (otherwise which names a search widens to would depend on order).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.fields import Fields, load_toml

_WORD = re.compile(r"[^\W_]+")
_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class AliasGroup:
    terms: tuple[str, ...]
    note: str
    checked: str


def _key(term: str) -> tuple[str, ...]:
    """The words of `term` as search compares them: no case, no accents."""
    decomposed = unicodedata.normalize("NFD", term)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(_WORD.findall(bare))


def load_aliases(path: Path) -> list[AliasGroup]:
    """The groups of `path`, in file order; no file means no aliases."""
    if not path.exists():
        return []
    data = load_toml(path)
    extra = sorted(set(data) - {"alias"})
    if extra:
        raise BuildError(path, None, f"unknown key(s): {', '.join(extra)}")
    entries = data.get("alias", [])
    if not isinstance(entries, list):
        raise BuildError(path, None, "'alias' must be an array of tables ([[alias]])")
    groups: list[AliasGroup] = []
    owner: dict[tuple[str, ...], str] = {}
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise BuildError(path, f"alias {number}", "must be a table")
        name = str(entry.get("terms", [f"alias {number}"])[0]) if entry.get("terms") else None
        fields = Fields(path, name or f"alias {number}", entry)
        fields.unknown_keys({"terms", "note", "checked"})
        terms = fields.texts("terms")
        keys = [_key(t) for t in terms]
        if any(not k for k in keys):
            raise fields.fail("every term needs at least one letter or digit")
        if len(set(keys)) < 2:
            raise fields.fail("a group needs at least two different terms")
        if len(set(keys)) != len(keys):
            raise fields.fail("a term is listed twice (case and accents are ignored)")
        for term, key in zip(terms, keys, strict=True):
            if key in owner:
                raise fields.fail(f"'{term}' is already in the group of '{owner[key]}'")
            owner[key] = terms[0]
        checked = fields.text("checked", required=False)
        if checked and not _URL.match(checked):
            raise fields.fail("'checked' must be an http(s) address or empty")
        groups.append(AliasGroup(terms, fields.text("note"), checked))
    return groups
