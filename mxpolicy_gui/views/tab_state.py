"""A policy tab's saved state: its splitter, its table's header (order, widths, sort) and
whether its columns are sized automatically, per tab in the person's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from mxpolicy_gui.settings import TAB_AUTO_COLUMNS, TAB_HEADER, TAB_SPLITTER

if TYPE_CHECKING:
    from mxpolicy_gui.views.policy_tab import PolicyTab


def save_tab_state(tab: PolicyTab, settings: QSettings) -> None:
    splitter = tab.splitter_state()
    if splitter is not None:  # a tab never shown keeps what it was given
        TAB_SPLITTER.set(settings, splitter, tab=tab.kind)
    TAB_HEADER.set(settings, tab.table.horizontalHeader().saveState(), tab=tab.kind)
    TAB_AUTO_COLUMNS.set(settings, tab.columns.auto, tab=tab.kind)


def restore_tab_state(tab: PolicyTab, settings: QSettings) -> None:
    """Anything corrupt or foreign is ignored. A tab not built yet restores its splitter
    when it is."""
    tab.columns.auto = TAB_AUTO_COLUMNS.get(settings, tab=tab.kind)
    tab.set_splitter_state(TAB_SPLITTER.get(settings, tab=tab.kind))
    header = TAB_HEADER.get(settings, tab=tab.kind)
    if header is not None:
        _restore_header(tab, header)
    tab.columns.fit()


def _restore_header(tab: PolicyTab, state: QByteArray) -> None:
    view_header = tab.table.horizontalHeader()
    if not view_header.restoreState(state) or view_header.count() != tab.model.columnCount():
        return
    tab.model.sort(view_header.sortIndicatorSection(), view_header.sortIndicatorOrder())
