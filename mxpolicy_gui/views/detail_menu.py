"""Right-click menu of the detail pane: Copy (the selected text) and Copy all citations.

Selectable labels bring their own small menu; they are told to defer to the pane so one menu
serves the whole pane wherever the person clicks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

if TYPE_CHECKING:
    from mxpolicy_gui.views.detail_pane import DetailPane


def defer_label_menus(pane: QWidget) -> None:
    """Labels' own menus give way to the pane's (call again after labels are added)."""
    for label in pane.findChildren(QLabel):
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def selected_text(pane: QWidget, at: QPoint | None = None) -> str:
    """The text selected in the pane: under `at` first, then the focused label, then any."""
    labels = [w for w in pane.findChildren(QLabel) if w.isVisible() and w.hasSelectedText()]
    if at is not None:
        under = pane.childAt(at) if pane.rect().contains(at) else None
        for label in labels:
            if under is label:
                return label.selectedText()
    focus = QApplication.focusWidget()
    for label in labels:
        if label is focus:
            return label.selectedText()
    return labels[0].selectedText() if labels else ""


def all_citations(pane: DetailPane) -> str:
    policy = pane.policy
    if policy is None:
        return ""
    return "\n".join(f"[{n}] {s.citation}" for n, s in enumerate(policy.sources, 1))


def detail_menu(pane: DetailPane, at: QPoint | None = None) -> QMenu:
    menu = QMenu(pane)
    menu.setAccessibleName(QCoreApplication.translate("DetailMenu", "Detail menu"))
    text = selected_text(pane, at)
    copy = menu.addAction(
        QCoreApplication.translate("DetailMenu", "&Copy"),
        lambda: _copy(pane, text, QCoreApplication.translate("DetailMenu", "Selection copied")),
    )
    copy.setEnabled(bool(text))
    citations = all_citations(pane)
    cite = menu.addAction(
        QCoreApplication.translate("DetailMenu", "Copy all &citations"),
        lambda: _copy(
            pane, citations + "\n", QCoreApplication.translate("DetailMenu", "All citations copied")
        ),
    )
    cite.setEnabled(bool(citations))
    return menu


def _copy(pane: DetailPane, text: str, message: str) -> None:
    QGuiApplication.clipboard().setText(text)
    pane.message.emit(message)


def install_detail_menu(pane: DetailPane) -> None:
    """Right-click (or the Menu key) anywhere on the pane opens `detail_menu`."""
    pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    defer_label_menus(pane)

    def show(pos: QPoint) -> None:
        menu = detail_menu(pane, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pane.mapToGlobal(pos))

    pane.customContextMenuRequested.connect(show)
