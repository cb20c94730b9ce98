"""PNGs of the PDF report and of the charts, for docs/screenshots/ (issue 14's evidence).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/report_shots.py

Writes report-cover.png, report-contents.png and report-continued.png (the first page whose
running header says "(continued)") from the full report, rendered with pdftoppm, and
chart-comparison.png, chart-time-series.png and chart-none.png from the detail pane's charts.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def page_png(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(stem)], check=True)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import pypdf

    from mxpolicy_gui.export.run import export_to_path
    from mxpolicy_gui.paths import bundled_db_path
    from mxpolicy_gui.store import PolicyQuery
    from mxpolicy_gui.store.database import Store
    from mxpolicy_gui.views.figure_chart import FigureChart

    store = Store(bundled_db_path())
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        export_to_path(store, PolicyQuery(), pdf)
        reader = pypdf.PdfReader(pdf)
        page_png(pdf, 1, OUT / "report-cover.png")
        page_png(pdf, 2, OUT / "report-contents.png")
        continued = next(i for i in range(3, len(reader.pages))
                         if "(continued)" in reader.pages[i].extract_text()[:200])
        page_png(pdf, continued + 1, OUT / "report-continued.png")
    for policy_id, name in (("pemex-refinacion", "chart-comparison"),
                            ("jovenes-construyendo-el-futuro", "chart-time-series"),
                            ("reforma-competencia-economica", "chart-none")):
        chart = FigureChart()
        policy = store.policy(policy_id)
        assert policy is not None
        shown = chart.set_figures(policy.figures)
        chart.resize(560, max(chart.sizeHint().height(), 60))
        image = chart.grab()
        if not shown:  # the pane hides the chart: say so in the picture
            from PySide6.QtGui import QPainter

            painter = QPainter(image)
            painter.drawText(10, 30, f"{policy.name_en}: no chart (nothing comparable)")
            painter.end()
        image.save(str(OUT / f"{name}.png"))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
