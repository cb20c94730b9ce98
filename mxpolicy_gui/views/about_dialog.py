"""Help ▸ About: version, the data's version, its sources and licence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.store.records import DatasetInfo

PRIMARY_SOURCES = (
    "Corona-Treviño, L. (2023). Public service innovation to fight corruption: metrics and "
    "policy in Mexico 2019–2022. Journal of Innovation and Entrepreneurship 12. "
    "doi:10.1186/s13731-023-00347-3",
    "Saavedra, O. (2017). Mexico on the move: inside the office of the President. "
    "Centre for Public Impact.",
)


class AboutDialog(QDialog):
    def __init__(self, info: DatasetInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setAccessibleName(f"About {APP_NAME}")
        esc = html.escape
        sources = "".join(f"<li>{esc(s)}</li>" for s in PRIMARY_SOURCES)
        text = (
            f"<h2>{esc(APP_NAME)} {esc(__version__)}</h2>"
            "<p>An offline reference on Mexican public policy: the 12 public service "
            "innovations of 2019–2022 and the 13 structural reforms of 2012–2018. "
            "It makes no network connection.</p>"
            f"<p><b>Dataset</b> {esc(info.dataset_version)} (format {info.schema_version}): "
            f"{info.counts.get('innovation', 0)} innovations, "
            f"{info.counts.get('reform', 0)} reforms.<br><small>{esc(info.path)}</small></p>"
            f"<p><b>Main sources</b></p><ul>{sources}</ul>"
            "<p>Every figure in the app names its own source in the detail pane.</p>"
            f"<p>{html.escape(self.methodology_line(), quote=False)}</p>"
            f"<p><b>Licence</b><br>{esc(info.licence)}<br>Application code: MIT licence. "
            "Font: DejaVu Sans (Bitstream Vera licence).</p>"
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName("About text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.text = label
        self.resize(560, 420)

    def methodology_line(self) -> str:
        return self.tr(
            "Each status is dated: \"as of\" is the day it was last checked against sources, "
            "and how sure we are of a fact is marked as confirmed, partly confirmed or "
            "unconfirmed. The list of 13 reforms is this project's reconstruction: no single "
            "source lists thirteen (see docs/methodology.md)."
        )
