"""Starting paints the tab on screen first: the other tabs, the timeline and the detail pane
are built when they are first shown, and still work as before once they are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mxpolicy_gui import i18n
from mxpolicy_gui.models.policy_table import IdRole


def test_a_hidden_tab_is_built_when_first_shown_and_shows_its_rows(qtbot, window):
    shown, hidden = window.tabs
    assert shown.is_built() and shown.has_detail()
    assert not hidden.is_built() and not hidden.has_detail()
    # Its rows and counts are there for the tab title before it is built.
    assert window.tabs_widget.tabText(1) == "Reforms 2012–2018 (13)"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is hidden and hidden.is_built()
    qtbot.waitUntil(hidden.has_detail, timeout=5000)
    assert hidden.table.isVisible() and hidden.model.rowCount() == 13
    assert hidden.detail.policy is not None
    assert hidden.detail.policy.id == hidden.current_policy_id()
    first = hidden.model.index(0, 0).data(IdRole)
    assert hidden.current_policy_id() == first
    # Its filters work as in a tab built at start.
    sector = hidden.facet_panel.models["sector"]
    qtbot.waitUntil(lambda: sector.rowCount() > 0, timeout=5000)
    sector.setData(sector.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert 0 < hidden.model.total < 13


def test_the_timeline_is_built_when_first_shown(qtbot, window):
    timeline = window.tabs_widget.widget(2)
    assert not timeline.is_built() and not hasattr(timeline, "view")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs_widget.currentWidget() is timeline
    assert timeline.view.marker_ids()  # built and loaded on its first show


def test_the_timeline_buttons_follow_a_language_switch(qtbot, window):
    window.tabs_widget.setCurrentIndex(2)
    timeline = window.tabs_widget.widget(2)
    assert timeline.fit_button.text() == "Fit"
    try:
        window.set_language("es")
        qtbot.waitUntil(lambda: timeline.export_button.text() == "Exportar…", timeout=5000)
        assert timeline.fit_button.text() != "Fit"
        assert timeline.save_svg.text() != "Save as SVG…"
        assert "reforma" in timeline.legend.text()
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: timeline.export_button.text() == "Export…", timeout=5000)
    assert timeline.fit_button.text() == "Fit"
    assert i18n.current_language() == "en"


def test_a_detail_pane_made_after_a_search_marks_its_words(qtbot, window):
    """The other tab's detail pane is made when that tab is first shown: the search words
    typed before must be marked in it too, not only from the next keystroke on."""
    _shown, hidden = window.tabs
    field = window.search_bar.field()
    field.setText("energía")
    window.current_tab().apply_query()
    qtbot.waitUntil(lambda: window.current_tab().model.query.text == "energía", timeout=3000)
    assert not hidden.has_detail()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(hidden.has_detail, timeout=5000)
    qtbot.waitUntil(lambda: bool(hidden.detail.terms), timeout=5000)
    assert any(term.startswith("energ") for term in hidden.detail.terms), hidden.detail.terms


def test_the_timeline_names_policies_and_links_in_spanish(qtbot, window):
    """Seen under X11: the Spanish timeline labelled every policy and link in English."""
    window.tabs_widget.setCurrentIndex(2)
    view = window.tabs_widget.widget(2).view
    bank = view.layout_.marker_of["banco-del-bienestar"]
    try:
        window.set_language("es")
        qtbot.waitUntil(lambda: i18n.current_language() == "es", timeout=5000)
        text = view.tooltip_text(("policy", "banco-del-bienestar"))
        assert text.startswith("Banco del Bienestar\n") and "En operación" in text
        view.state.selected = "jovenes-construyendo-el-futuro"
        view.state.related = {"banco-del-bienestar"}
        linked = view.tooltip_text(("policy", "banco-del-bienestar"))
        assert "Jóvenes Construyendo el Futuro" in linked and "pays through" not in linked
        ift = next(b for b in view.layout_.data.institutions if b.id == "ift")
        assert view.tooltip_text(("bar", ift)) == (
            "Instituto Federal de Telecomunicaciones (IFT)\n11 jun 2013 – 17 oct 2025"
        )
    finally:
        window.set_language("en")
    assert view.tooltip_text(("policy", bank.id)).startswith("Welfare Bank\n")
