"""Records for the export tests: the real 25, and hand-made hostile ones."""

from __future__ import annotations

import pytest

from mxpolicy_gui.store import PolicyQuery
from mxpolicy_gui.store.records import Figure, Policy, Source
from tests.helpers import make_policy


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory, monkeypatch):
    """Exports keep database hashes in the user's cache folder: a folder of the test run's
    own, never the real one (`provenance.hash_cache_file`)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


@pytest.fixture(scope="session")
def all_policies(store) -> list[Policy]:
    return list(store.iter_policies(PolicyQuery()))


@pytest.fixture(scope="session")
def info(store):
    return store.info()


@pytest.fixture
def hostile() -> Policy:
    """Every text field tries to be a formula or markup."""
    return make_policy(
        id="hostile",
        name_en='=HYPERLINK("http://evil.example","click")',
        name_es="<b>negrita</b> & <script>alert(1)</script> <img src=x>",
        administration="+SUM(1,2)",
        president="-2+3",
        sectors=("@SUM(A1)",),
        agencies=("\tTabbed agency",),
        summary="\rcarriage <i>not italic</i>",
        objective='He said "quoted", with, commas\nand a line break',
        measures=("=1+1", "plain"),
        figures=(
            Figure("=cmd|' /C calc'!A0", -5.0, None, "-%", "@MXN", 2014, "src-1", "+note"),
            Figure("Range", 18.0, 29.0, "years of age", None, None, "src-1"),
        ),
        sources=(Source("src-1", "=IMPORTXML(CONCAT(\"http://evil\"))", None, None),),
    )
