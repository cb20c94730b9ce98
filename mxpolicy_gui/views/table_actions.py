"""The policy table's right-click menus and Ctrl+C, wired without importing them.

`table_menus` (and the copy, links and clipboard code it brings) is imported when a menu is
first asked for: the window's first paint needs none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:
    from mxpolicy_gui.views.policy_tab import PolicyTab


def wire_table_menus(tab: PolicyTab) -> None:
    """Row menu on the table, column menu on its header, Ctrl+C copies the selected rows."""
    table = tab.table
    header = table.horizontalHeader()
    menu_policy = Qt.ContextMenuPolicy.CustomContextMenu
    table.setContextMenuPolicy(menu_policy)
    table.customContextMenuRequested.connect(lambda pos: _row_menu(tab, pos))
    header.setContextMenuPolicy(menu_policy)
    header.customContextMenuRequested.connect(lambda pos: _header_menu(tab, pos))
    copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), table)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: _copy_rows(tab))


def _row_menu(tab: PolicyTab, pos: QPoint) -> None:
    from mxpolicy_gui.views.table_menus import row_menu, show_at

    show_at(row_menu(tab), tab.table.viewport(), pos)


def _header_menu(tab: PolicyTab, pos: QPoint) -> None:
    from mxpolicy_gui.views.table_menus import header_menu, show_at

    show_at(header_menu(tab), tab.table.horizontalHeader(), pos)


def _copy_rows(tab: PolicyTab) -> None:
    from mxpolicy_gui.views.table_menus import copy_rows

    copy_rows(tab)
