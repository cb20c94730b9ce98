"""Layers import in one direction: store → models → views → app/cli; compile stands apart."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mxpolicy_gui"

# For each layer, the mxpolicy_gui layers it must never import.
FORBIDDEN = {
    "store": {"models", "views", "app", "cli", "compile", "export"},
    "export": {"models", "views", "app", "cli", "compile"},
    "models": {"views", "app", "cli", "compile"},
    "views": {"app", "cli", "compile"},
    "compile": {"store", "models", "views", "app", "cli", "export"},
    "charts": {"models", "views", "app", "cli", "compile", "export"},
    "timeline": {"models", "views", "app", "cli", "compile", "export"},
    "dataset": {"store", "models", "views", "app", "cli", "export", "compile"},
    "paths": {"store", "models", "views", "app", "cli", "export", "compile"},
    "background": {"models", "views", "app", "cli", "compile", "export"},
    "settings": {"store", "models", "views", "app", "cli", "export", "compile"},
    "catalogues": {"store", "models", "views", "app", "cli", "export", "compile", "i18n"},
    "i18n": {"store", "models", "views", "app", "cli", "export", "compile"},
    "content": {"store", "models", "views", "app", "cli", "export", "compile", "i18n"},
    "vocabulary": {
        "store", "models", "views", "app", "cli", "export", "compile", "dataset"
    },
}


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "mxpolicy_gui" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_import_direction():
    violations = []
    for path in PACKAGE.rglob("*.py"):
        layer = layer_of(path)
        bad = imported_layers(path) & FORBIDDEN.get(layer, set())
        if bad:
            violations.append(f"{path.relative_to(PACKAGE)} imports {sorted(bad)}")
    assert violations == []


def top_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_only_store_and_compile_touch_sqlite():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if layer_of(path) not in {"store", "compile"}
        and top_modules(path) & {"sqlite3", "sqlite_utils"}
    ]
    assert offenders == []


def test_views_and_models_never_import_the_store_sql():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if layer_of(path) in {"views", "models"}
        and "mxpolicy_gui.store.sql" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from mxpolicy_gui.views import main_window\nimport mxpolicy_gui.cli\n")
    assert imported_layers(bad) == {"views", "cli"}


def test_tests_import_helpers_not_conftest_files():
    """Shared test code lives in tests/helpers.py; conftest files hold fixtures only."""
    tests = PACKAGE.parent / "tests"
    offenders = [
        str(path.relative_to(tests))
        for path in tests.rglob("*.py")
        if any(name.split(".")[-1] == "conftest" for name in imported_modules(path))
    ]
    assert offenders == []


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


PRIVATE_ACCESS = re.compile(r"\b\w+\._[a-z]\w*")


def test_tests_use_public_seams_not_private_names():
    """Tests that reach into `obj._name` break with every refactor that keeps behaviour:
    each such reach got a public seam (a method, a documented attribute) instead."""
    tests = Path(__file__).parent
    found = [
        f"{path.relative_to(tests)}:{n}: {match}"
        for path in sorted(tests.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in PRIVATE_ACCESS.findall(line.split("#", 1)[0])
        if path.name != "test_architecture.py"
    ]
    assert not found, found
