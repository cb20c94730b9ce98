"""Help ▸ About: version, the data's version, its sources and licence."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.content import text_in
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.records import DatasetInfo
from mxpolicy_gui.vocabulary import Kind

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
        self.info = info
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("About text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.text = label
        self.retranslate_ui()
        self.resize(560, 420)

    def retranslate_ui(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.windowTitle())
        esc = html.escape
        sources = "".join(f"<li>{esc(s)}</li>" for s in PRIMARY_SOURCES)
        counts = ", ".join(kind.count_text(info.counts.get(kind, 0)) for kind in Kind)
        self.text.setText(
            f"<h2>{esc(APP_NAME)} {esc(__version__)}</h2><p>"
            + self.tr(
                "An offline reference on Mexican public policy: the 12 public service "
                "innovations of 2019–2022 and the 13 structural reforms of 2012–2018. "
                "It makes no network connection."
            )
            + "</p><p><b>"
            + self.tr("Dataset")
            + f"</b> {esc(info.dataset_version)} "
            + self.tr("(format {n})").format(n=info.schema_version)
            + f": {esc(counts)}.<br><small>{esc(info.path)}</small></p><p><b>"
            + self.tr("Main sources")
            + f"</b></p><ul>{sources}</ul><p>"
            + self.tr("Every figure in the app names its own source in the detail pane.")
            + f"</p><p>{html.escape(self.methodology_line(), quote=False)}</p><p><b>"
            + self.tr("Licence")
            + f"</b><br>{esc(text_in(info, 'licence', current_language()))}<br>"
            + self.tr("Application code: MIT licence. Font: DejaVu Sans (Bitstream Vera licence).")
            + "</p>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def methodology_line(self) -> str:
        return self.tr(
            "Each status is dated: \"as of\" is the day it was last checked against sources, "
            "and how sure we are of a fact is marked as confirmed, partly confirmed or "
            "unconfirmed. The list of 13 reforms is this project's reconstruction: no single "
            "source lists thirteen (see docs/methodology.md)."
        )
