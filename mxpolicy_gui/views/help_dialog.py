"""Help inside the app: the user guide (F1) and the list of keyboard shortcuts.

The guide is `docs/user-guide.md`, the same file the repository shows, rendered as Markdown
in a QTextBrowser; the shortcuts come from `views.shortcuts`, the table the menus use.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mxpolicy_gui.paths import bundled_dir
from mxpolicy_gui.views.links import safe_web_url
from mxpolicy_gui.views.shortcuts import SHORTCUTS


def user_guide_path():
    return bundled_dir() / "docs" / "user-guide.md"


class _TextDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        # Links inside the guide stay inside; web links are never followed from here.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.host():
            self.browser.scrollToAnchor(url.fragment())
        elif safe_web_url(url.toString()) is None:
            return


class UserGuideDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User guide"), parent)
        path = user_guide_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The user guide is missing from this installation ({path}).").format(
                path=path
            )
        self.browser.setMarkdown(text)
        self.resize(720, 760)


def shortcuts_html(title: str, keys_heading: str, action_heading: str) -> str:
    rows = "".join(
        f"<tr><td style='padding:3px 14px 3px 0'><b>{html.escape(s.keys)}</b></td>"
        f"<td style='padding:3px 0'>{html.escape(s.translated_action())}</td></tr>"
        for s in SHORTCUTS
    )
    return (
        f"<h3>{html.escape(title)}</h3><table><tr><th align='left'>{html.escape(keys_heading)}"
        f"</th><th align='left'>{html.escape(action_heading)}</th></tr>{rows}</table>"
    )


class ShortcutsDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keyboard shortcuts"), parent)
        self.browser.setHtml(
            shortcuts_html(self.tr("Keyboard shortcuts"), self.tr("Keys"), self.tr("Action"))
        )
        self.resize(620, 560)
