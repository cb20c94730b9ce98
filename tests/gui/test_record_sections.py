"""The detail pane shows the dated status, history, instruments, institutions and related
policies; clicking a related policy selects it in the window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt

from mxpolicy_gui.app import build_main_window
from mxpolicy_gui.store import Store
from mxpolicy_gui.views.detail_pane import DetailPane
from tests.records_fixture import build_fixture_db


@pytest.fixture(scope="module")
def record_store(tmp_path_factory):
    out = build_fixture_db(tmp_path_factory.mktemp("records") / "policy.db")
    with Store(out) as store:
        yield store


@pytest.fixture
def alpha_pane(qtbot, record_store, opened_urls):
    pane = DetailPane(opened_urls)
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    pane.show_policy(record_store.policy("alpha-reform"))
    return pane


def texts(section) -> list[str]:
    return [row.text() for row in section.rows]


def test_status_is_dated_and_history_is_listed(alpha_pane):
    assert alpha_pane.facts["status"].text() == "Superseded (as of 16 Jul 2025)"
    record = alpha_pane.record
    assert record.history.isVisible()
    assert texts(record.history) == [
        "11 Jun 2013 · In force · Test decree",
        "16 Jul 2025 · Superseded · New test law [partly confirmed]",
    ]
    assert record.history.rows[1].toolTip() == "A new law replaces it"


def test_instruments_show_dof_dates_and_open_official_text_on_click(alpha_pane, opened_urls):
    rows = alpha_pane.record.instruments.rows
    assert [row.text.text() for row in rows] == [
        "Constitutional decree · Decreto de prueba (Test decree) · DOF 11 Jun 2013",
        "Law · Ley nueva de prueba (New test law) · DOF 16 Jul 2025",
    ]
    assert opened_urls.opened == []
    rows[1].open_button.click()
    assert opened_urls.opened == ["https://www.diputados.gob.mx/LeyesBiblio/ref/test.htm"]


def test_institutions_show_lifespan_and_successor(alpha_pane):
    assert texts(alpha_pane.record.institutions) == [
        "Old Institute (IV) · created · 11 Jun 2013 – 17 Jul 2025 · succeeded by New Commission"
    ]


def test_related_policy_emits_its_id_and_kind(qtbot, alpha_pane):
    (button,) = alpha_pane.record.related_buttons
    assert button.text() == "Undone by: Innovation 1 — Beta programme"
    with qtbot.waitSignal(alpha_pane.relatedSelected) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["beta-programme", "innovation"]


def test_sections_hide_for_a_policy_without_a_record(qtbot, store, opened_urls):
    pane = DetailPane(opened_urls)
    qtbot.addWidget(pane)
    pane.show()
    policy = replace(
        store.policy("jovenes-construyendo-el-futuro"),
        status_as_of=None, history=(), instruments=(), institutions=(), links=(),
    )
    pane.show_policy(policy)
    record = pane.record
    assert not any(
        s.isVisible() for s in (record.history, record.instruments, record.institutions,
                                record.related)
    )
    assert pane.facts["status"].text() == policy.current_status


def test_clicking_a_related_policy_selects_it_in_its_tab(qtbot, record_store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(record_store, settings, open_url=lambda url: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reforms = next(t for t in window.tabs if t.kind == "reform")
    window.tabs_widget.setCurrentWidget(reforms)
    reforms.search.setText("zzz-nothing-matches")
    reforms.apply_query()
    assert reforms.select_policy("alpha-reform"), "a hidden policy is found by clearing search"
    assert reforms.search.text() == ""
    assert reforms.detail.policy.id == "alpha-reform"
    (button,) = reforms.detail.record.related_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    innovations = next(t for t in window.tabs if t.kind == "innovation")
    assert window.current_tab() is innovations
    assert innovations.current_policy_id() == "beta-programme"
    qtbot.waitUntil(lambda: innovations.detail.policy is not None)
    assert innovations.detail.policy.id == "beta-programme"
    (back,) = innovations.detail.record.related_buttons
    assert back.text() == "Undoes: Reform 1 — Alpha reform"


def test_about_states_the_methodology(qtbot, store):
    from mxpolicy_gui.views.about_dialog import AboutDialog

    dialog = AboutDialog(store.info())
    qtbot.addWidget(dialog)
    assert "13 reforms is this project's reconstruction" in dialog.text.text()
    assert "as of" in dialog.text.text()


def test_figure_tooltip_states_kind_period_derived_and_confidence(alpha_pane):
    model = alpha_pane.figures_model
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kind: legal parameter" in tip
    assert "Holds: 11 Jun 2013 – 16 Jul 2025" in tip
    assert "Derived: computed from the form the source states" in tip
    assert "Confidence" not in tip  # confirmed is the default and goes unsaid
