"""`mxpolicy-gui export`: write policy records to CSV or PDF, or the works they cite to
BibTeX, RIS or CSL-JSON, without opening a window.

Exit codes: 0 written; 1 a problem a person can fix (bad database, unknown id, unwritable
path, full disk), reported as one line on stderr; 2 bad arguments (from argparse);
130 interrupted. The CSV path never loads QtGui, so it starts fast; a PDF needs a
QGuiApplication, which is made here on the headless "offscreen" platform if none exists.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mxpolicy_gui.catalogues import LANGUAGES
from mxpolicy_gui.export.csv_writer import HEADERS
from mxpolicy_gui.vocabulary import KINDS

PROG = "mxpolicy-gui export"

_DESCRIPTION = """\
Write policy records to a CSV file (one row per policy, or with --figures one row per
figure) or to a PDF report (a cover with the filters used, then every record with its
figures and sources); or write the works those records cite, each once, as BibTeX, RIS or
CSL-JSON for a reference manager. Records come in policy-number order; filters combine with
AND. The target file is replaced only when the export succeeds.

Every export states where it came from: dataset version, filters and search, export time
(UTC) and the SHA-256 of the database file, in a comment at the top of a BibTeX or RIS file
and in a sidecar NAME.provenance.json beside a CSV or CSL-JSON file."""

_EPILOG = """\
examples:
  mxpolicy-gui export --format csv --output policies.csv
  mxpolicy-gui export --output reforms.pdf --kind reform
  mxpolicy-gui export -o jcf.csv --ids jovenes-construyendo-el-futuro --figures
  mxpolicy-gui export -o search.csv --search "energía"
  mxpolicy-gui export -o epn.csv --kind reform --search "Peña Nieto"
  mxpolicy-gui export -o cfe.csv --search "agency:CFE year:2019-2022"
  mxpolicy-gui export --format bibtex --output reforms.bib --kind reform
  mxpolicy-gui export -f ris -o jcf.ris --ids jovenes-construyendo-el-futuro
  mxpolicy-gui export -o all.json          (CSL-JSON, from the .json extension)
  mxpolicy-gui export -o reformas.pdf --kind reform --lang es
  mxpolicy-gui export -o politicas.csv --lang es --headers es

CSV columns (policies): id, kind, number, name_en, name_es, administration, president,
sectors, agencies, date, date_kind, status, summary, objective, measures, sources.
CSV columns (--figures): policy_id, policy_name_en, label, value, value_max, unit,
currency, year, source_id, source_citation, note.
These names are stable; --headers es names them in Spanish instead. With --lang es the
summary, objective, measures and figure label, unit and note are the Spanish text, and
status and sectors their Spanish labels; id, kind (innovation | reform), date_kind
(dof | start), numbers and ISO dates are the same codes in both languages.
exit status: 0 written, 1 error (one line on stderr), 2 bad arguments."""


def _id_list(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("expected one or more policy ids separated by commas")
    return ids


def add_export_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `export` command to the top-level parser's subcommands."""
    parser = subparsers.add_parser(
        "export",
        help="write records to CSV or PDF, or their citations to BibTeX, RIS or CSL-JSON, "
        "without opening the window",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--format", "-f", choices=("csv", "pdf", "bibtex", "ris", "csljson"), type=str.lower,
        help="file format; default: from the extension of --output (.csv, .pdf, .bib, .ris "
        "or .json for CSL-JSON)",
    )
    parser.add_argument(
        "--output", "-o", required=True, type=Path, metavar="PATH",
        help="file to write; replaced only if the export succeeds",
    )
    parser.add_argument(
        "--kind", choices=(*KINDS, "all"), default="all",
        help="only public service innovations (2019–2022) or only structural reforms "
        "(2012–2018); default: all",
    )
    parser.add_argument(
        "--search", metavar="TEXT", default="",
        help="only records matching this search, as in the window: every field, "
        "accents optional, names people use (AMLO, huachicol), \"quoted phrases\" and "
        "field prefixes agency: year: status: sector: kind: (see docs/user-guide.md)",
    )
    parser.add_argument(
        "--ids", type=_id_list, action="append", metavar="ID[,ID...]",
        help="only these policy ids, e.g. reforma-energetica; comma-separated, repeatable",
    )
    parser.add_argument(
        "--figures", action="store_true",
        help="CSV only: write the figures in long form, one row per figure, instead of "
        "one row per policy (the PDF always includes the figures)",
    )
    parser.add_argument(
        "--no-excel-bom", dest="excel_bom", action="store_false",
        help="CSV only: leave out the UTF-8 byte-order mark that Excel needs to show "
        "accents correctly",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None,
        help="language of the text, labels and PDF headings: es (Spanish, with Mexican "
        "dates and money) or en; default: es if the system's language (LC_ALL, "
        "LC_MESSAGES, LANG) is Spanish, else en",
    )
    parser.add_argument(
        "--headers", choices=HEADERS, default="en",
        help="CSV only: column names; en (default) gives the stable machine names listed "
        "below, whatever --lang is; es gives them in Spanish",
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
        help="read this policy database instead of the bundled one",
    )
    return parser


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 1


def system_language(environ: dict[str, str] | None = None) -> str:
    """ "es" if the POSIX locale variables name Spanish, else "en" (no Qt needed: the CSV
    path starts without it)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def _install_language(language: str, pdf: bool):
    """The application the export needs (a QGuiApplication for a PDF) with `language`
    installed; None for an English CSV, which needs no Qt at all."""
    if not pdf and language == "en":
        return None
    if pdf:
        app = _ensure_gui_application()
    else:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] or PROG])
    from mxpolicy_gui.i18n import install_language

    install_language(language)
    return app


def _ensure_gui_application():
    """A QGuiApplication for the PDF's fonts and layout: the running one, or a headless one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "mxpolicy-gui"])
    return app


def run_export_command(args: argparse.Namespace) -> int:
    from mxpolicy_gui.export.errors import ExportCancelled, ExportError
    from mxpolicy_gui.export.run import export_to_path, format_for_path
    from mxpolicy_gui.paths import default_db_path
    from mxpolicy_gui.store import PolicyQuery, Store, StoreError

    output: Path = args.output
    try:
        fmt = args.format or format_for_path(output)
    except ExportError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    if args.figures and fmt == "pdf":
        print(f"{PROG}: note: --figures only changes CSV exports; the PDF report always "
              "includes every figure.", file=sys.stderr)
    elif args.figures and fmt != "csv":
        print(f"{PROG}: note: --figures only changes CSV exports; a citation export lists "
              "the works cited by the records and their figures.", file=sys.stderr)
    db_path = getattr(args, "db", None) or default_db_path()
    ids = [i for group in (args.ids or []) for i in group]
    query = PolicyQuery(
        kind=None if args.kind == "all" else args.kind,
        text=args.search or "",
        ids=tuple(dict.fromkeys(ids)) if ids else None,
    )
    app = None
    try:
        with Store(db_path) as store:
            if query.ids:
                unknown = store.unknown_ids(query.ids)
                if unknown:
                    known = [row.id for row in store.rows(PolicyQuery(), 0, 10_000)]
                    _fail(f"unknown policy id(s): {', '.join(unknown)}")
                    print(f"valid ids: {', '.join(known)}", file=sys.stderr)
                    return 1
            language = args.lang or system_language()
            app = _install_language(language, fmt == "pdf")
            count = export_to_path(
                store, query, output, fmt, figures=args.figures,
                excel_compatible=args.excel_bom, language=language, headers=args.headers,
            )
    except (StoreError, ExportError) as exc:
        return _fail(str(exc))
    except (KeyboardInterrupt, ExportCancelled):
        print(f"{PROG}: interrupted; {output} was not changed", file=sys.stderr)
        return 130
    finally:
        del app
    what = "figure rows" if args.figures and fmt == "csv" else "records"
    if fmt not in ("csv", "pdf"):
        what = "citations"
    if count == 1:
        what = what[:-1]
    line = f"wrote {count} {what} to {output}"
    if count == 0:
        line += f" (nothing matches: {query.describe()})"
    print(line)
    return 0
