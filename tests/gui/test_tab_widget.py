"""A search key retitles the tabs; only the tab bar may repaint for it, never the pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from mxpolicy_gui.views.tab_widget import TitledTabWidget


class PaintCounter(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.painted: list[QObject] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched)
        return False


def shown_tabs(qtbot, widget_class: type[QTabWidget]) -> tuple[QTabWidget, QWidget, QWidget]:
    holder = QWidget()
    tabs = widget_class()
    tabs.setDocumentMode(True)  # as in the window: the bar spans the whole width
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel("a page with something to paint"))
    tabs.addTab(page, "Innovations (12)")
    tabs.addTab(QWidget(), "Reforms (13)")
    QVBoxLayout(holder).addWidget(tabs)
    qtbot.addWidget(holder)
    holder.resize(800, 400)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.wait(50)
    return tabs, page, holder


def retitle_and_settle(qtbot, tabs: QTabWidget, texts: list[str]) -> None:
    for text in texts:
        tabs.setTabText(0, text)
        qtbot.wait(20)


TITLES = ["Innovations (3/12)", "Innovations (12)", "Innovations (1,203/50,104)"]


def test_retitling_repaints_the_bar_and_not_the_page(qtbot):
    tabs, page, _ = shown_tabs(qtbot, TitledTabWidget)
    counter = PaintCounter(page, tabs.tabBar())
    retitle_and_settle(qtbot, tabs, TITLES)
    assert tabs.tabText(0) == TITLES[-1]
    assert tabs.tabBar().tabText(0) == TITLES[-1]
    assert tabs.tabBar() in counter.painted  # the new title is shown
    assert page not in counter.painted


def test_plain_qtabwidget_repaints_the_page_which_is_why_the_subclass_exists(qtbot):
    """If Qt stops repainting the pages for a new title, the subclass can go."""
    tabs, page, _ = shown_tabs(qtbot, QTabWidget)
    counter = PaintCounter(page)
    retitle_and_settle(qtbot, tabs, TITLES)
    assert page in counter.painted


def test_a_title_that_needs_a_taller_bar_still_lays_the_pages_out(qtbot):
    tabs, page, _ = shown_tabs(qtbot, TitledTabWidget)
    stack = page.parentWidget()  # where the pages sit, under the bar
    before = stack.geometry()
    font = tabs.tabBar().font()
    font.setPointSize(font.pointSize() * 3)
    tabs.tabBar().setFont(font)  # the bar asks for more height than it has
    qtbot.waitUntil(lambda: stack.geometry().top() > before.top(), timeout=2000)
    bar = tabs.tabBar()
    assert bar.height() == bar.sizeHint().height()
    assert stack.geometry().top() > bar.geometry().bottom()


def test_the_window_tabs_follow_the_counts(window, qtbot):
    tab = window.tabs[0]
    counter = PaintCounter(tab)
    qtbot.wait(100)
    counter.painted.clear()
    window.tabs_widget.setTabText(0, "Innovations (1/12)")
    qtbot.wait(50)
    assert window.tabs_widget.tabText(0) == "Innovations (1/12)"
    assert tab not in counter.painted
