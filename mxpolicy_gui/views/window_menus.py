"""The main window's menus: File, Edit, View, Help; keys come from `views.shortcuts`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from mxpolicy_gui import APP_NAME
from mxpolicy_gui.views.citation_export import add_citation_export
from mxpolicy_gui.views.language_menu import LanguageMenu
from mxpolicy_gui.views.shortcuts import sequence_for
from mxpolicy_gui.views.theme import THEMES, theme_label
from mxpolicy_gui.vocabulary import translate

if TYPE_CHECKING:
    from mxpolicy_gui.views.main_window import MainWindow


def add_action(window: MainWindow, key: str, text: str, slot: Callable) -> QAction:
    """A window action; its shortcut, if any, is the one `SHORTCUTS` gives `key`."""
    action = QAction(text, window)
    sequence = sequence_for(key)
    if sequence is not None:
        action.setShortcut(sequence)
    action.triggered.connect(slot)
    window.addAction(action)
    window.actions[key] = action
    return action


def build_menus(window: MainWindow) -> None:
    """The menus, in the interface's language: the window calls this again, after clearing
    them, on every LanguageChange. Texts are `translate("MainWindow", …)` with literal
    arguments, so lupdate files them under the window's context."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.file_menu = file_menu
    file_menu.addAction(
        add_action(
            window,
            "export_selection",
            translate("MainWindow", "&Export selection…"),
            window.export_selection,
        )
    )
    file_menu.addAction(
        add_action(
            window,
            "export_shown",
            translate("MainWindow", "Export all &shown…"),
            window.export_shown,
        )
    )
    add_citation_export(window, file_menu)
    excel = add_action(
        window,
        "excel",
        translate("MainWindow", "E&xcel-compatible CSV (UTF-8 with BOM)"),
        lambda: None,
    )
    excel.setCheckable(True)
    excel.setChecked(window.settings.value("export/excel", "true") not in ("false", False))
    excel.toggled.connect(lambda on: window.settings.setValue("export/excel", on))
    file_menu.addAction(excel)
    file_menu.addSeparator()
    file_menu.addAction(
        add_action(
            window,
            "print_preview",
            translate("MainWindow", "Print pre&view…"),
            window.print_preview,
        )
    )
    file_menu.addAction(
        add_action(window, "print", translate("MainWindow", "&Print…"), window.print_report)
    )
    file_menu.addSeparator()
    file_menu.addAction(add_action(window, "quit", translate("MainWindow", "&Quit"), window.close))

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    edit.addAction(
        add_action(
            window, "copy_rows", translate("MainWindow", "&Copy selected rows"), window.copy_rows
        )
    )
    edit.addAction(
        add_action(window, "find", translate("MainWindow", "&Find…"), window.focus_search)
    )
    edit.addAction(
        add_action(
            window, "select_all", translate("MainWindow", "Select &all rows"), window.select_all
        )
    )
    edit.addAction(
        add_action(
            window,
            "clear_search",
            translate("MainWindow", "C&lear search and filters"),
            window.clear_filters,
        )
    )

    view = bar.addMenu(translate("MainWindow", "&View"))
    for i, tab in enumerate(window.tabs):
        view.addAction(
            add_action(
                window,
                f"tab{i + 1}",
                window.tab_title(tab),
                lambda _checked=False, n=i: window.tabs_widget.setCurrentIndex(n),
            )
        )
    view.addSeparator()
    view.addAction(
        add_action(
            window,
            "next_pane",
            translate("MainWindow", "&Next pane"),
            lambda: window.cycle_panes(1),
        )
    )
    view.addAction(
        add_action(
            window,
            "previous_pane",
            translate("MainWindow", "Pre&vious pane"),
            lambda: window.cycle_panes(-1),
        )
    )
    window.addAction(
        add_action(
            window,
            "context_menu",
            translate("MainWindow", "Context menu"),
            window.context_menu_of_focus,
        )
    )
    view.addSeparator()
    theme_menu = view.addMenu(translate("MainWindow", "&Theme"))
    group = QActionGroup(window)
    for key in THEMES:
        action = add_action(
            window, f"theme_{key}", theme_label(key), lambda _c=False, k=key: window.set_theme(k)
        )
        action.setCheckable(True)
        group.addAction(action)
        theme_menu.addAction(action)
    welcome = add_action(
        window, "welcome", translate("MainWindow", "&Welcome line"), window.welcome.choose
    )
    welcome.setCheckable(True)
    welcome.setChecked(window.welcome.isVisibleTo(window))
    window.welcome.visibilityChosen.connect(welcome.setChecked)
    view.addAction(welcome)

    view.addSeparator()
    window.language_menu = LanguageMenu(window.settings, view)
    view.addMenu(window.language_menu)
    for code, action in window.language_menu.language_actions.items():
        window.actions[f"language_{code}"] = action

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        add_action(window, "user_guide", translate("MainWindow", "&User guide"), window.show_guide)
    )
    help_menu.addAction(
        add_action(
            window,
            "shortcuts",
            translate("MainWindow", "&Keyboard shortcuts"),
            window.show_shortcuts,
        )
    )
    help_menu.addSeparator()
    help_menu.addAction(
        add_action(
            window,
            "about",
            translate("MainWindow", "&About {app}").format(app=APP_NAME),
            window.show_about,
        )
    )
