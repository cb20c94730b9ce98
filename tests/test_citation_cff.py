"""CITATION.cff: CFF 1.2.0, in step with the program version and the dataset title."""

from __future__ import annotations

import re
import tomllib

from mxpolicy_gui import __version__
from tests.conftest import REPO, SOURCES_DIR

CFF = REPO / "CITATION.cff"


def top_level() -> dict[str, str]:
    """The scalar top-level keys (CFF is YAML; these lines are plain `key: value`)."""
    pairs = re.findall(r"^([a-z-]+): ?(.*)$", CFF.read_text(encoding="utf-8"), re.MULTILINE)
    return {key: value.strip().strip('"') for key, value in pairs}


def test_cff_version_title_and_program_version():
    data = top_level()
    assert data["cff-version"] == "1.2.0"
    assert data["version"] == __version__
    dataset = tomllib.loads((SOURCES_DIR / "dataset.toml").read_text(encoding="utf-8"))
    assert data["title"] == dataset["title"]
    for required in ("message", "authors", "type", "license", "references"):
        assert required in data


def test_cff_and_readme_cite_the_two_works():
    text = CFF.read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "## How to cite" in readme
    for needle in ("10.1186/s13731-023-00347-3",
                   "https://www.centreforpublicimpact.org/insights/mexico-on-the-move"):
        assert needle in text and needle in readme
