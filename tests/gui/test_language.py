"""The window in Spanish: started with --lang es, and switched while it runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QGroupBox, QMenu

from mxpolicy_gui import catalogues, i18n
from mxpolicy_gui.cli.main import window_arguments
from mxpolicy_gui.models.policy_table import COL_NAME
from tests.test_i18n import messages


def english_only() -> set[str]:
    """Source texts whose Spanish differs: English that must not show in a Spanish window."""
    return {
        src.replace("&", "")
        for _ctx, src, tr in messages(catalogues.ts_path("es"))
        if tr.text != src
    }


def menu_texts(window) -> list[str]:
    texts = []

    def walk(menu: QMenu) -> None:
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                texts.append(action.text())

    for entry in window.menuBar().actions():
        walk(entry.menu())
    return [t.replace("&", "") for t in texts]


def shown_texts(window) -> list[str]:
    """Menus, tab titles (without their counts), table headers, filter titles."""
    tab = window.current_tab()
    tabs = [
        window.tabs_widget.tabText(i).rsplit(" (", 1)[0]
        for i in range(window.tabs_widget.count())
    ]
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    boxes = [box.title() for box in tab.facet_panel.findChildren(QGroupBox)]
    return [*menu_texts(window), *tabs, *headers, *boxes, tab.search.placeholderText()]


def test_started_with_lang_es_shows_no_english(qtbot, store, tmp_path, make_window):
    args = window_arguments(["--lang", "es"])
    assert args is not None
    lang = args.lang
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, "en")  # --lang overrides the remembered choice
    try:
        i18n.install_language(i18n.chosen_language(settings, lang))
        window = make_window()
        texts = shown_texts(window)
        assert "Archivo" in texts and "Innovaciones 2019–2022" in texts
        assert sorted(set(texts) & english_only()) == []
        assert window.tabs_widget.tabText(1) == "Reformas 2012–2018 (13)"
    finally:
        i18n.install_language("en")


def test_view_language_switches_at_once_and_is_remembered(qtbot, window, settings_path):
    tab = window.tabs[1]
    window.tabs_widget.setCurrentIndex(1)
    tab.select_row(0)
    english = shown_texts(window)
    try:
        window.actions["language_es"].trigger()
        # Qt posts LanguageChange to every window: the texts change on the next event turn.
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Archivo")
        assert window.tabs_widget.tabText(1) == "Reformas 2012–2018 (13)"
        assert sorted(set(shown_texts(window)) & english_only()) == []
        assert tab.detail.headings["summary"].text() == "Resumen"
        assert tab.count_label.text() == "13 de 13"
        assert window.actions["language_es"].isChecked()
        assert QSettings(str(settings_path), QSettings.Format.IniFormat).value(
            i18n.SETTINGS_KEY
        ) == "es"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert shown_texts(window) == english
    assert tab.detail.headings["summary"].text() == "Summary"


def test_spanish_detail_reads_mexican_dates_and_labels(qtbot, window, spanish):
    tab = window.tabs[1]
    row = tab.model.row_of("reforma-energetica")
    tab.select_row(row)
    detail = tab.detail
    assert detail.facts["kind"].text() == "Reforma estructural núm. 7"
    assert detail.facts["date"].text() == "20 dic 2013 (publicada en el DOF)"
    assert detail.facts["status"].text().startswith(("Vigente", "Sustituida"))
    assert " (al " in detail.facts["status"].text()
    assert "Energía" in detail.facts["sectors"].text()
    policy = detail.policy
    assert detail.title.text() == policy.name_es and detail.subtitle.text() == policy.name_en
    assert tab.model.index(row, COL_NAME).data() == policy.name_es


def test_spanish_history_rows_read_spanish(qtbot, window, spanish):
    tab = window.tabs[1]
    tab.select_row(tab.model.row_of("reforma-laboral"))
    rows = tab.detail.record.history.rows
    first = tab.detail.policy.history[0]
    assert rows[0].text() == f"30 nov 2012 · Vigente · {first.note_es}"
    assert "Federal Labour Law" not in " ".join(r.text() for r in rows)
    decree = tab.detail.policy.instrument(first.instrument_id)
    assert decree is not None and rows[0].toolTip() == decree.title_es


def test_standard_dialogs_speak_spanish(spanish):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_spanish_layout_holds_at_1280x800(qtbot, window, spanish):
    """Longer Spanish text wraps or elides; it never widens the detail pane past its view
    (which cut every paragraph) nor the filter titles past the panel."""
    window.resize(1280, 800)
    for tab in window.tabs:
        window.tabs_widget.setCurrentWidget(tab)
        tab.splitter.setSizes([200, 648, 392])  # the table wide, the details narrow
        for row in range(tab.model.rowCount()):
            tab.select_row(row)
            needed = tab.detail.widget().minimumSizeHint().width()
            assert needed <= tab.detail.viewport().width(), tab.model.row_record(row).id
        panel = tab.facet_panel
        for box in panel.boxes.values():
            assert box.fontMetrics().horizontalAdvance(box.title()) < tab.facet_scroll.width()


def test_spanish_charts_are_titled_and_labelled_in_spanish(qtbot, window, spanish):
    tab = window.tabs[0]
    tab.select_row(tab.model.row_of("pemex-refinacion"))
    described = tab.detail.chart.accessibleDescription()
    assert "Avance de la rehabilitación" in described
    assert "Rehabilitation" not in described


def test_spanish_title_bar_and_sector_snippets(qtbot, window, spanish):
    from PySide6.QtGui import QGuiApplication

    from mxpolicy_gui.i18n import install_language
    from mxpolicy_gui.store.matching import MatchNote
    from mxpolicy_gui.views.match_delegate import MatchDelegate

    # Qt appends the display name to window titles.
    assert QGuiApplication.applicationDisplayName() == (
        "mxpolicy — referencia de política pública mexicana"
    )
    # A sectors snippet holds the stored codes; it reads as the Spanish labels.
    note = MatchNote("sectors", "Security; Energy", ())
    assert MatchDelegate.note_text(note) == "Seguridad; Energía"
    install_language("en")
    assert QGuiApplication.applicationDisplayName() == "mxpolicy — Mexican public policy reference"
    assert MatchDelegate.note_text(note) == "Security; Energy"


def test_spanish_institutions_and_related_policies_read_spanish(qtbot, window, spanish):
    tab = window.tabs[1]
    tab.select_row(tab.model.row_of("reforma-energetica"))
    record = tab.detail.record
    bodies = " | ".join(row.text() for row in record.institutions.rows)
    assert "Comisión Reguladora de Energía (CRE)" in bodies
    assert "Comisión Nacional de Energía" in bodies and "National Energy" not in bodies
    related = " | ".join(button.text() for button in record.related_buttons)
    assert "Alternativa al mercado eléctrico mayorista (CFE)" in related
    assert "wholesale" not in related
