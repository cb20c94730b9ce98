"""`mxpolicy-gui export --format bibtex|ris|csljson`: the works behind the chosen records."""

from __future__ import annotations

import json
import sqlite3

import bibtexparser
import rispy

from mxpolicy_gui.cli import main
from tests.conftest import DB_PATH
from tests.export.conftest import ENERGY, JCF


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def works_of(kind: str | None = None, ids: tuple[str, ...] = ()) -> set[str]:
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    sql = "SELECT ps.source_id FROM policy_sources ps JOIN policies p ON p.id = ps.policy_id"
    if kind:
        rows = conn.execute(sql + " WHERE p.kind = ?", [kind]).fetchall()
    elif ids:
        rows = conn.execute(sql + f" WHERE p.id IN ({', '.join('?' * len(ids))})", ids).fetchall()
    else:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return {r[0] for r in rows}


def test_bibtex_of_the_reforms(capsys, tmp_path):
    out = tmp_path / "reforms.bib"
    code, stdout, stderr = run(capsys, "--format", "bibtex", "--output", str(out),
                               "--kind", "reform")
    keys = [e.key for e in bibtexparser.parse_string(out.read_text("utf-8")).entries]
    assert (code, stderr) == (0, "")
    assert stdout == f"wrote {len(keys)} citations to {out}\n"
    assert set(keys) == works_of("reform") and len(keys) == len(set(keys))


def test_ris_of_two_ids_and_csljson_of_a_search(capsys, tmp_path):
    ris = tmp_path / "two.ris"
    assert run(capsys, "-f", "ris", "-o", str(ris), "--ids", f"{JCF},{ENERGY}")[0] == 0
    assert {r["id"] for r in rispy.loads(ris.read_text("utf-8"))} == works_of(ids=(JCF, ENERGY))
    found = tmp_path / "search.json"
    code, stdout, _ = run(capsys, "-o", str(found), "--search", "jovenes")
    assert code == 0 and stdout.startswith("wrote ")
    assert {i["id"] for i in json.loads(found.read_text("utf-8"))} == works_of(ids=(JCF,))
    assert (tmp_path / "search.json.provenance.json").exists()


def test_whole_dataset_from_the_extension(capsys, tmp_path):
    out = tmp_path / "all.RIS"
    code, stdout, _ = run(capsys, "-o", str(out))
    assert code == 0 and stdout == f"wrote {len(works_of())} citations to {out}\n"
    assert {r["id"] for r in rispy.loads(out.read_text("utf-8"))} == works_of()


def test_unknown_extension_and_figures_note(capsys, tmp_path):
    code, _, err = run(capsys, "-o", str(tmp_path / "x.txt"))
    assert code == 2 and ".bib, .ris or .json" in err
    code, _, err = run(capsys, "-f", "csljson", "-o", str(tmp_path / "x.json"), "--figures")
    assert code == 0 and "--figures only changes CSV exports" in err
