"""Citation exports of the works behind a set of policies: BibTeX, RIS and CSL-JSON.

Each work is written once, in the order the policies first cite it. Plain Python: no Qt, so
the command line stays light. `citations_text` gives the window's "Copy all citations".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from itertools import islice

from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.citations import bibtex, csljson, ris
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.export.provenance import Provenance, write_sidecar
from mxpolicy_gui.store.records import Policy, Source

#: Format name → file extension (also how the format is told from a file name).
EXTENSIONS = {"bibtex": ".bib", "ris": ".ris", "csljson": ".json"}
FORMATS = tuple(EXTENSIONS)
_CHUNK = 500

__all__ = ["EXTENSIONS", "FORMATS", "citations_text", "collect_sources", "write_citations"]


def collect_sources(
    policies: Iterable[Policy],
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Source]:
    """The works behind `policies`, each once, in first-cited order."""
    seen: dict[str, Source] = {}
    it = iter(policies)
    done = 0
    while True:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        chunk = list(islice(it, _CHUNK))
        if not chunk:
            return list(seen.values())
        for policy in chunk:
            for source in policy.sources:
                seen.setdefault(source.id, source)
        done += len(chunk)
        if progress is not None:
            progress(done)


def render(fmt: str, sources: list[Source], provenance: Provenance) -> str:
    """The text of a citation file; CSL-JSON leaves the provenance to its sidecar."""
    if fmt == "bibtex":
        return bibtex.render(sources, provenance)
    if fmt == "ris":
        return ris.render(sources, provenance)
    if fmt == "csljson":
        return csljson.render(sources)
    raise ValueError(f"unknown citation format {fmt!r}")


def write_citations(
    path: os.PathLike[str] | str,
    fmt: str,
    policies: Iterable[Policy],
    provenance: Provenance,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the works behind `policies` to `path` in `fmt`; return how many works.

    The file is replaced atomically; a CSL-JSON file gets its provenance sidecar after it.
    """
    sources = collect_sources(policies, progress, cancelled)
    text = render(fmt, sources, provenance)
    with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    if fmt == "csljson":
        write_sidecar(path, provenance)
    return len(sources)


def citations_text(policy: Policy) -> str:
    """Every citation of `policy`, numbered as the detail pane numbers them, one per line
    (for "Copy all citations")."""
    return "\n".join(f"[{n}] {s.citation}" for n, s in enumerate(policy.sources, 1))
