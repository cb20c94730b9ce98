"""The vocabulary is defined once: no kind, date kind, status, sector, their English labels or
the list separator is spelled out anywhere in mxpolicy_gui/ but in vocabulary.py."""

from __future__ import annotations

import ast
from pathlib import Path

from mxpolicy_gui import vocabulary
from mxpolicy_gui.vocabulary import (
    DATE_KINDS,
    KINDS,
    LIST_SEPARATOR,
    SECTORS,
    STATUSES,
    DateKind,
    Kind,
)

PACKAGE = Path(vocabulary.__file__).resolve().parent


def _labels() -> set[str]:
    labels = set()
    for kind in Kind:
        labels |= {kind.label, kind.plural, kind.tab_title, kind.years}
    for date_kind in DateKind:
        labels |= {date_kind.label, date_kind.phrase}
    return labels


FORBIDDEN = {*KINDS, *DATE_KINDS, *STATUSES, *SECTORS, LIST_SEPARATOR, *_labels()}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (prose may name a term)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def stray_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [
        f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and node.value in FORBIDDEN
    ]


def test_no_vocabulary_literal_outside_the_vocabulary_module():
    strays = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "vocabulary.py"
        for hit in stray_literals(path)
    ]
    assert strays == []


def test_the_checker_finds_a_stray(tmp_path):
    module = PACKAGE / "views" / "_stray_probe.py"
    try:
        module.write_text('"""Doc: innovation."""\nKIND = "innovation"\nSEP = "; "\n')
        hits = stray_literals(module)
    finally:
        module.unlink()
    assert [h.split(": ", 1)[1] for h in hits] == ["'innovation'", "'; '"]


def test_the_terms_the_data_uses():
    assert KINDS == ("innovation", "reform")
    assert DATE_KINDS == ("dof", "start")
    assert len(STATUSES) == len(set(STATUSES)) and len(SECTORS) == len(set(SECTORS))


def test_labels_read_as_english_without_qt_catalogues():
    assert Kind.INNOVATION.tab_title == "Innovations 2019–2022"
    assert Kind.REFORM.label == "Structural reform"
    assert Kind.REFORM.count_text(1) == "1 reform"
    assert Kind.REFORM.count_text(13) == "13 reforms"
    assert DateKind.DOF.phrase == "published in the DOF"
    assert vocabulary.date_kind_of("dof") is DateKind.DOF
    assert vocabulary.status_label("In force") == "In force"
    assert vocabulary.status_label("not a status") == "not a status"


def test_list_fields_split_back_to_tuples():
    assert vocabulary.split_list("Energy; Economy") == ("Energy", "Economy")
    assert vocabulary.split_list("") == ()
    assert vocabulary.split_list(None) == ()
    assert vocabulary.split_list(vocabulary.join_list(("a", "b"))) == ("a", "b")
