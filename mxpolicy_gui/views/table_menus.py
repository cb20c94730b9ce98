"""Right-click menus of the policy table: on rows and on the column header.

Each builder returns the menu without showing it, so tests (and Shift+F10) can use the same
menu a right-click shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from mxpolicy_gui.models.policy_table import COL_NAME
from mxpolicy_gui.views.links import safe_web_url
from mxpolicy_gui.views.table_copy import copy_selected_rows, selected_rows

if TYPE_CHECKING:
    from mxpolicy_gui.store.records import Policy
    from mxpolicy_gui.views.policy_tab import PolicyTab


def citations_of(policies: list[Policy]) -> list[str]:
    """Each distinct citation once, in the order the policies cite them."""
    seen: dict[str, None] = {}
    for policy in policies:
        for source in policy.sources:
            seen.setdefault(source.citation, None)
    return list(seen)


def _selected_policies(tab: PolicyTab) -> list[Policy]:
    found = (tab.load_policy(policy_id) for policy_id in tab.selected_ids())
    return [p for p in found if p is not None]


def copy_citations(tab: PolicyTab) -> int:
    citations = citations_of(_selected_policies(tab))
    if citations:
        QGuiApplication.clipboard().setText("\n".join(citations) + "\n")
        tab.message.emit(
            QCoreApplication.translate("TableMenus", "{n} citation(s) copied").format(
                n=len(citations)
            )
        )
    return len(citations)


def copy_rows(tab: PolicyTab) -> int:
    count = copy_selected_rows(tab.table)
    if count:
        tab.message.emit(
            QCoreApplication.translate("TableMenus", "{n} row(s) copied with a header line").format(
                n=count
            )
        )
    return count


def row_menu(tab: PolicyTab) -> QMenu:
    """Open, Copy row(s), Copy citation(s), Open source link, Export selected…"""
    menu = QMenu(tab.table)
    menu.setAccessibleName(QCoreApplication.translate("TableMenus", "Row menu"))
    count = len(selected_rows(tab.table))
    has_rows = count > 0
    open_action = menu.addAction(
        QCoreApplication.translate("TableMenus", "&Open"), tab.open_current
    )
    open_action.setEnabled(has_rows)
    menu.setDefaultAction(open_action)
    menu.addSeparator()
    copy = menu.addAction(
        QCoreApplication.translate("TableMenus", "&Copy row")
        if count <= 1
        else QCoreApplication.translate("TableMenus", "&Copy {n} rows").format(n=count),
        lambda: copy_rows(tab),
    )
    copy.setEnabled(has_rows)
    cite = menu.addAction(
        QCoreApplication.translate("TableMenus", "Copy c&itation(s)"), lambda: copy_citations(tab)
    )
    cite.setEnabled(has_rows)
    links = menu.addMenu(QCoreApplication.translate("TableMenus", "Open source &link"))
    current = tab.detail.policy
    for number, source in enumerate(current.sources if current else (), 1):
        url = safe_web_url(source.url) or (
            safe_web_url(f"https://doi.org/{source.doi}") if source.doi else None
        )
        if url is None:
            continue
        label = source.citation if len(source.citation) < 70 else source.citation[:67] + "…"
        links.addAction(f"[{number}] {label}", lambda u=url: tab.open_link(u))
    links.setEnabled(not links.isEmpty())
    menu.addSeparator()
    export = menu.addAction(
        QCoreApplication.translate("TableMenus", "&Export selected…"), tab.exportRequested.emit
    )
    export.setEnabled(has_rows)
    return menu


def header_menu(tab: PolicyTab) -> QMenu:
    """Show or hide each column (Name always shows) and Reset column widths."""
    header = tab.table.horizontalHeader()
    model = tab.table.model()
    menu = QMenu(header)
    menu.setAccessibleName(QCoreApplication.translate("TableMenus", "Column menu"))
    for column in range(header.count()):
        title = str(model.headerData(column, header.orientation()))
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != COL_NAME)
        action.toggled.connect(lambda on, c=column: tab.set_column_shown(c, on))
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("TableMenus", "&Reset column widths"), tab.columns.reset
    )
    return menu


def show_at(menu: QMenu, widget, pos: QPoint) -> None:
    """Pop up a menu built for one use; it deletes itself once closed."""
    from PySide6.QtCore import Qt

    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(widget.mapToGlobal(pos))
