"""Sources folder → database file, atomically and reproducibly.

Inputs are read in sorted order and nothing time- or machine-dependent is written, so two
builds of the same sources have identical SQL dumps.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from mxpolicy_gui.compile.aliases import load_aliases
from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.record_tables import (
    check_references,
    cited_sources,
    load_institutions,
)
from mxpolicy_gui.compile.records import load_policies
from mxpolicy_gui.compile.sources import check_all_cited, load_sources
from mxpolicy_gui.compile.writer import write_database
from mxpolicy_gui.dataset import KINDS, SCHEMA_VERSION

_REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuildSummary:
    path: Path
    policies: dict[str, int]
    figures: int
    sources: int


def default_paths() -> tuple[Path, Path]:
    """(sources folder, output database) of this checkout."""
    return _REPO / "data" / "sources", _REPO / "data" / "policy.db"


def _dataset_meta(sources_dir: Path) -> dict[str, str]:
    path = sources_dir / "dataset.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BuildError(path, None, "missing: it holds the dataset version and licence") from exc
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(path, None, f"not valid TOML: {exc}") from exc
    meta = {k: str(v) for k, v in data.items() if isinstance(v, str | int | float)}
    for key in ("dataset_version", "title", "licence"):
        if not meta.get(key):
            raise BuildError(path, None, f"'{key}' is missing")
    meta["schema_version"] = str(SCHEMA_VERSION)
    return meta


def build_database(sources_dir: Path, output: Path) -> BuildSummary:
    """Build `output` from `sources_dir`; on any error the existing `output` is left as it was."""
    meta = _dataset_meta(sources_dir)
    sources = load_sources(sorted((sources_dir / "citations").glob("*.toml")))
    policy_files = sorted((sources_dir / "policies").glob("*.toml"))
    if not policy_files:
        raise BuildError(sources_dir / "policies", None, "no policy files found")
    policies = load_policies(policy_files, sources)
    institutions = load_institutions(
        sorted((sources_dir / "institutions").glob("*.toml")), set(sources)
    )
    check_references(policies, institutions)
    check_all_cited(sources, cited_sources(policies, institutions.values()))
    policies.sort(key=lambda p: (p.kind, p.number))
    aliases = load_aliases(sources_dir / "aliases.toml")
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".policy-", suffix=".db.tmp", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        write_database(
            tmp, meta, sources.values(), policies, institutions.values(), aliases=aliases
        )
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    counts = {kind: sum(p.kind == kind for p in policies) for kind in KINDS}
    return BuildSummary(
        path=output,
        policies=counts,
        figures=sum(len(p.figures) for p in policies),
        sources=len(sources),
    )
