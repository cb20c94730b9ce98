"""Keyboard paths through a tab: Tab order, F6 between panes, and where focus starts.

Qt's default chain follows creation order, so without help Tab visited a bare scroll area,
and a table with tab-key navigation kept Tab for itself cell by cell: a keyboard user could
never reach the detail pane's buttons. This module states the order once.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (Shift+Tab in reverse)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def release_tab_key(*views: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave these views instead of moving cell by cell."""
    for view in views:
        view.setTabKeyNavigation(False)


def _contains(pane: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is pane or pane.isAncestorOf(widget))


def focus_target(pane: QWidget) -> QWidget:
    """The widget inside `pane` that should take focus: the pane, or its first Tab stop."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if (
            pane.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return pane


def cycle_panes(panes: Sequence[QWidget], step: int) -> QWidget | None:
    """Move focus to the next (step 1) or previous (step -1) visible pane; return it.

    Panes are searched from the one holding focus now; with focus outside them all, F6 starts
    at the first pane and Shift+F6 at the last.
    """
    visible = [p for p in panes if p.isVisible()]
    if not visible:
        return None
    focus = QApplication.focusWidget()
    current = next((i for i, p in enumerate(visible) if _contains(p, focus)), None)
    if current is None:
        index = 0 if step > 0 else len(visible) - 1
    else:
        index = (current + step) % len(visible)
    target = focus_target(visible[index])
    target.setFocus(
        Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
    )
    return visible[index]
