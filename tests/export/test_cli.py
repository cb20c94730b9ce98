"""`mxpolicy-gui export`: success paths, every failure path and its exit code."""

from __future__ import annotations

import csv
import errno
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from mxpolicy_gui.cli import main
from tests.helpers import ENERGY, JCF

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def csv_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def test_csv_of_everything(capsys, tmp_path, db_path):
    out = tmp_path / "all.csv"
    code, stdout, stderr = run(
        capsys, "--format", "csv", "--output", str(out), "--db", str(db_path)
    )
    assert (code, stderr) == (0, "")
    assert stdout == f"wrote 25 records to {out}\n"
    assert len(csv_ids(out)) == 25
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_format_from_extension_and_no_bom(capsys, tmp_path):
    out = tmp_path / "plain.CSV"
    code, stdout, _ = run(capsys, "-o", str(out), "--no-excel-bom")
    assert code == 0 and stdout.startswith("wrote 25 records")
    assert out.read_bytes().startswith(b"id,kind,")


def test_kind_search_and_ids(capsys, tmp_path, all_policies):
    reforms = tmp_path / "reforms.csv"
    assert run(capsys, "-o", str(reforms), "--kind", "reform")[0] == 0
    assert len(csv_ids(reforms)) == 13
    innovations = tmp_path / "innovations.csv"
    assert run(capsys, "-o", str(innovations), "--kind", "innovation")[0] == 0
    assert len(csv_ids(innovations)) == 12

    found = tmp_path / "search.csv"
    code, stdout, _ = run(capsys, "-o", str(found), "--search", "jovenes")
    assert code == 0 and JCF in csv_ids(found)

    chosen = tmp_path / "ids.csv"
    code, stdout, _ = run(capsys, "-o", str(chosen), "--ids", f"{ENERGY},{JCF}", "--ids", JCF)
    assert code == 0 and stdout == f"wrote 2 records to {chosen}\n"
    assert sorted(csv_ids(chosen)) == sorted([ENERGY, JCF])


def test_db_option_before_the_command_too(capsys, tmp_path, db_path):
    out = tmp_path / "a.csv"
    assert main(["--db", str(db_path), "export", "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith("wrote 25 records")


def test_figures_csv(capsys, tmp_path, store):
    out = tmp_path / "figures.csv"
    code, stdout, _ = run(capsys, "-o", str(out), "--figures", "--ids", JCF)
    expected = len(store.policy(JCF).figures)
    assert code == 0 and stdout == f"wrote {expected} figure rows to {out}\n"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["policy_id"] for r in rows} == {JCF}
    assert any(r["value"] == "4310" and r["currency"] == "MXN" for r in rows)


def test_no_match_still_writes_a_file(capsys, tmp_path):
    out = tmp_path / "none.csv"
    code, stdout, _ = run(capsys, "-o", str(out), "--search", "zzzqqqxxx")
    assert code == 0
    assert stdout.startswith(f"wrote 0 records to {out} (nothing matches:")
    assert csv_ids(out) == []


def test_pdf(capsys, qapp, tmp_path):
    out = tmp_path / "report.pdf"
    code, stdout, stderr = run(capsys, "--format", "pdf", "-o", str(out), "--kind", "reform",
                               "--search", "name:energia")
    assert (code, stderr) == (0, "")
    assert stdout == f"wrote 1 record to {out}\n"
    reader = pypdf.PdfReader(out)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert 'Filters and search reforms; search "name:energia"' in cover
    contents = " ".join(reader.pages[1].extract_text().split())
    assert "Energy reform" in contents


def test_pdf_with_figures_flag_is_noted_not_refused(capsys, qapp, tmp_path):
    out = tmp_path / "jcf.pdf"
    code, stdout, stderr = run(capsys, "-o", str(out), "--ids", JCF, "--figures")
    assert code == 0 and stdout == f"wrote 1 record to {out}\n"
    assert "PDF report always includes every figure" in stderr


# -- failures ---------------------------------------------------------------------------


def test_bad_format_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "xls", "-o", str(tmp_path / "x.xls")])
    assert caught.value.code == 2
    assert "invalid choice: 'xls'" in capsys.readouterr().err


def test_missing_output_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "csv"])
    assert caught.value.code == 2


def test_empty_ids_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["export", "-o", str(tmp_path / "x.csv"), "--ids", " , "])
    assert caught.value.code == 2


def test_unknown_extension_without_format(capsys, tmp_path):
    code, _, stderr = run(capsys, "-o", str(tmp_path / "x.txt"))
    assert code == 2
    assert stderr.startswith("mxpolicy-gui export: Cannot tell the export format from the name")
    assert not (tmp_path / "x.txt").exists()


def test_unknown_id(capsys, tmp_path):
    out = tmp_path / "x.csv"
    code, stdout, stderr = run(capsys, "-o", str(out), "--ids", f"{JCF},no-such-policy")
    assert code == 1 and stdout == ""
    first, hint = stderr.splitlines()
    assert first == "mxpolicy-gui export: unknown policy id(s): no-such-policy"
    assert hint.startswith("valid ids: ") and JCF in hint
    assert not out.exists()


def test_missing_folder(capsys, tmp_path):
    out = tmp_path / "no" / "such" / "folder" / "x.csv"
    code, stdout, stderr = run(capsys, "-o", str(out))
    assert code == 1 and stdout == ""
    assert stderr == (
        f"mxpolicy-gui export: Cannot write {out}: the folder {out.parent} does not exist.\n"
    )


def test_output_is_a_folder(capsys, tmp_path):
    code, _, stderr = run(capsys, "--format", "pdf", "-o", str(tmp_path))
    assert code == 1
    assert stderr == (
        f"mxpolicy-gui export: Cannot write {tmp_path}: it is a folder. Choose a file name.\n"
    )


def test_bad_database(capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    code, _, stderr = run(capsys, "-o", str(tmp_path / "x.csv"), "--db", str(bad))
    assert code == 1
    assert stderr.startswith("mxpolicy-gui export: ") and stderr.count("\n") == 1
    code, _, stderr = run(capsys, "-o", str(tmp_path / "x.csv"), "--db", str(tmp_path / "none.db"))
    assert code == 1 and "was not found" in stderr


def test_disk_full(capsys, tmp_path, monkeypatch):
    from mxpolicy_gui.export import atomic

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    out = tmp_path / "x.csv"
    code, _, stderr = run(capsys, "-o", str(out))
    assert code == 1
    assert stderr == (f"mxpolicy-gui export: Cannot write {out}: the disk is full. "
                      "Free some space or choose another folder.\n")
    assert os.listdir(tmp_path) == []


def fail_at_block(monkeypatch, number: int, error: BaseException) -> None:
    """The store's CSV lines stop with `error` at block `number` (blocks of 4 records, each
    written at once, so earlier rows reach the temp file)."""
    from mxpolicy_gui.export import csv_writer
    from mxpolicy_gui.store import Store

    monkeypatch.setattr(csv_writer, "CHUNK", 4)
    real = Store.iter_policy_csv

    def failing(self, *args, **kwargs):
        for index, block in enumerate(real(self, *args, **kwargs), start=1):
            if index == number:
                raise error
            yield block

    monkeypatch.setattr(Store, "iter_policy_csv", failing)


def test_failure_mid_write_keeps_the_old_file(capsys, tmp_path, monkeypatch):
    """The writer dies after some rows: the old file is byte-identical, no temp is left."""
    out = tmp_path / "keep.csv"
    out.write_bytes(b"precious old export\r\n")
    fail_at_block(monkeypatch, 3, OSError(errno.EIO, "Input/output error"))
    code, stdout, stderr = run(capsys, "-o", str(out))
    assert code == 1 and stdout == ""
    assert stderr == f"mxpolicy-gui export: Cannot write {out}: Input/output error.\n"
    assert out.read_bytes() == b"precious old export\r\n"
    assert sorted(os.listdir(tmp_path)) == ["keep.csv"]


def test_failure_mid_write_after_rows_reached_the_disk(capsys, tmp_path, monkeypatch):
    out = tmp_path / "keep.csv"
    out.write_bytes(b"old")
    fail_at_block(monkeypatch, 3, RuntimeError("simulated crash"))
    with pytest.raises(RuntimeError, match="simulated crash"):
        main(["export", "-o", str(out)])
    assert out.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["keep.csv"]


def test_interrupt_keeps_the_old_file(capsys, tmp_path, monkeypatch):
    out = tmp_path / "keep.csv"
    out.write_bytes(b"old")
    fail_at_block(monkeypatch, 1, KeyboardInterrupt())
    code, _, stderr = run(capsys, "-o", str(out))
    assert code == 130 and "was not changed" in stderr
    assert out.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["keep.csv"]


# -- end to end, in a real process ------------------------------------------------------


def run_process(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mxpolicy_gui", "export", *args],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_exit_codes_in_a_real_process(tmp_path):
    ok = run_process("-o", str(tmp_path / "a.csv"), "--kind", "reform")
    assert (ok.returncode, ok.stdout, ok.stderr) == (
        0, f"wrote 13 records to {tmp_path / 'a.csv'}\n", "")
    pdf = run_process("-o", str(tmp_path / "a.pdf"), "--ids", ENERGY)
    assert pdf.returncode == 0 and pdf.stderr == ""
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    usage = run_process("--format", "docx", "-o", str(tmp_path / "x"))
    assert usage.returncode == 2 and "invalid choice" in usage.stderr
    unknown = run_process("-o", str(tmp_path / "b.csv"), "--ids", "nope")
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("mxpolicy-gui export: unknown policy id(s): nope\n")
    missing = run_process("-o", str(tmp_path / "nope" / "x.pdf"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "a.csv.provenance.json", "a.pdf"]


def test_csv_never_loads_qtgui(tmp_path):
    """The CSV path is plain Python: a headless server without Qt's GUI libraries can use it."""
    code = (
        "import sys\n"
        "from mxpolicy_gui.cli import main\n"
        f"assert main(['export', '-o', {str(tmp_path / 'a.csv')!r}]) == 0\n"
        "assert 'PySide6.QtGui' not in sys.modules, 'QtGui was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
