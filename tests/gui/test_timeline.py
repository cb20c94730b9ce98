"""The Timeline tab, driven as a person would: markers, bars, clicks, links, search, export."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from mxpolicy_gui.store.timeline import (
    InstitutionBar,
    PolicyLink,
    PolicyMarker,
    StatusMark,
    TimelineData,
    day_of,
)
from mxpolicy_gui.timeline import paint_timeline
from mxpolicy_gui.timeline.paint import colours_for
from mxpolicy_gui.views.timeline_tab import TimelineTab
from mxpolicy_gui.views.timeline_view import TimelineView
from tests.gui.test_main_window import type_search
from tests.helpers import TimelineOver

TODAY = dt.date(2026, 1, 15)
ENERGY = "reforma-energetica"
#: The innovations the energy reform's links reach in the synthetic data (as issue 10 asks).
ENERGY_LINKED = {"renegociacion-contratos-energia", "cfe-tarifas-transmision"}


def marker(pid: str, kind: str, number: int, name: str, date: str) -> PolicyMarker:
    return PolicyMarker(pid, kind, number, name, "", date, day_of(date), "In force")


def bar(iid, acronym, created, ended, successor, policies=()) -> InstitutionBar:
    return InstitutionBar(
        iid, acronym, acronym, created, ended, day_of(created), day_of(ended), successor,
        tuple(policies),
    )


@pytest.fixture
def data() -> TimelineData:
    """Synthetic timeline data on the real database's ids (the record tables come later)."""
    markers = [
        marker("reforma-educativa", "reform", 2, "Education reform", "2013-02-26"),
        marker("reforma-telecomunicaciones", "reform", 3, "Telecoms reform", "2013-06-11"),
        marker(ENERGY, "reform", 7, "Energy reform", "2013-12-20"),
        marker("reforma-transparencia", "reform", 8, "Transparency reform", "2014-02-07"),
        marker("jovenes-construyendo-el-futuro", "innovation", 4, "Young People", "2019-01"),
        marker("renegociacion-contratos-energia", "innovation", 9, "Contracts", "2019-08-27"),
        marker("cfe-tarifas-transmision", "innovation", 11, "Tariffs", "2020-06-10"),
        marker("imss-bienestar", "innovation", 2, "IMSS-Bienestar", "2022-08-31"),
    ]
    return TimelineData(
        markers=tuple(sorted(markers, key=lambda m: m.day)),
        statuses=(
            StatusMark(ENERGY, "2013-12-20", day_of("2013-12-20"), "In force", ""),
            StatusMark(ENERGY, "2025-03-18", day_of("2025-03-18"), "Partly in force", ""),
        ),
        institutions=(
            bar("ift", "IFT", "2013-09-10", "2025-10-17", "crt", ["reforma-telecomunicaciones"]),
            bar("crt", "CRT", "2025-10-17", None, None),
            bar("cre", "CRE", "2014-08-11", "2025-03-18", "cne", [ENERGY]),
            bar("cnh", "CNH", "2014-08-11", "2025-03-18", "cne", [ENERGY]),
            bar("cne", "CNE", "2025-03-18", None, None),
        ),
        links=tuple(PolicyLink(ENERGY, pid, "undone by", "") for pid in sorted(ENERGY_LINKED)),
        today=TODAY.toordinal(),
    )


@pytest.fixture
def timeline_tab(qtbot, store, data, opened_urls):
    tab = TimelineTab(TimelineOver(store, data), opened_urls)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_one_marker_per_dated_policy_and_one_bar_per_institution(timeline_tab, data):
    view = timeline_tab.view
    assert view.marker_ids() == [m.id for m in data.markers]
    assert sorted(view.bar_ids()) == sorted(b.id for b in data.institutions)
    inside = QRectF(view.rect())
    for pid in view.marker_ids():
        assert inside.contains(view.marker_rect(pid)), pid  # the fitted view shows them all


def test_the_real_database_has_a_marker_for_each_dated_policy(qtbot, store):
    data = store.timeline()
    with_history = {s.policy_id for s in data.statuses}
    dated = [p for p in store.iter_policies(store_query()) if p.date or p.id in with_history]
    assert sorted(m.id for m in data.markers) == sorted(p.id for p in dated)
    view = TimelineView(data)
    qtbot.addWidget(view)
    assert len(view.marker_ids()) == len(dated)
    assert len(view.bar_ids()) == len(data.institutions)


def store_query():
    from mxpolicy_gui.store import PolicyQuery

    return PolicyQuery()


def test_clicking_a_marker_selects_the_policy_in_the_detail_pane(qtbot, timeline_tab):
    view = timeline_tab.view
    with qtbot.waitSignal(view.policySelected) as blocker:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.marker_rect(ENERGY).center().toPoint()
        )
    assert blocker.args == [ENERGY]
    assert timeline_tab.detail.policy.id == ENERGY
    assert timeline_tab.detail.title.text() == "Energy reform"


def near_colour(image: QImage, rect: QRectF, colour: QColor, tolerance: int = 40) -> bool:
    for x in range(int(rect.left()), int(rect.right()) + 1):
        for y in range(int(rect.top()), int(rect.bottom()) + 1):
            if not (0 <= x < image.width() and 0 <= y < image.height()):
                continue
            c = image.pixelColor(x, y)
            if max(abs(c.red() - colour.red()), abs(c.green() - colour.green()),
                   abs(c.blue() - colour.blue())) <= tolerance:
                return True
    return False


def test_selecting_the_energy_reform_highlights_its_linked_innovations(qtbot, timeline_tab):
    view = timeline_tab.view
    view.select(ENERGY)
    assert view.related_ids() == ENERGY_LINKED
    for pid in ENERGY_LINKED:
        assert not view.is_dimmed(pid)
    assert view.is_dimmed("imss-bienestar") and view.is_dimmed("reforma-educativa")
    image = view.grab().toImage()
    link = colours_for(view.palette()).link
    for pid in ENERGY_LINKED:  # the highlight ring is painted around each linked marker
        ring = view.marker_rect(pid).adjusted(-6, -6, 6, 6)
        assert near_colour(image, ring, link), pid
    other = view.marker_rect("imss-bienestar").adjusted(-6, -6, 6, 6)
    assert not near_colour(image, other, link, tolerance=25)
    view.select(None)
    assert view.related_ids() == set() and not view.is_dimmed("imss-bienestar")


def test_a_search_dims_non_matching_markers(qtbot, window):
    timeline = window.tabs_widget.widget(window.tabs_widget.count() - 1)
    assert isinstance(timeline, TimelineTab)
    reforms = next(t for t in window.tabs if t.kind == "reform")
    window.tabs_widget.setCurrentWidget(reforms)
    type_search(qtbot, reforms, "energetica")
    window.tabs_widget.setCurrentWidget(timeline)
    view = timeline.view
    qtbot.waitUntil(lambda: view.is_filtered_out("reforma-laboral"), timeout=3000)
    assert not view.is_filtered_out(ENERGY)
    assert not view.is_filtered_out("jovenes-construyendo-el-futuro")  # other tab: no search
    view.select(None)  # no selection: what the search leaves out is what is dimmed
    assert view.is_dimmed("reforma-laboral") and not view.is_dimmed(ENERGY)
    assert not view.is_dimmed("jovenes-construyendo-el-futuro")
    reforms.clear_search()
    qtbot.waitUntil(lambda: not view.is_dimmed("reforma-laboral"), timeout=3000)


def test_selecting_a_policy_in_a_tab_centres_it_on_the_timeline(qtbot, window):
    timeline = window.tabs_widget.widget(window.tabs_widget.count() - 1)
    window.tabs_widget.setCurrentWidget(timeline)
    view = timeline.view
    view.show_range(day_of("2020-01-01"), day_of("2022-12-31"))  # the reform out of view
    assert view.marker_rect(ENERGY).right() < 0
    reforms = next(t for t in window.tabs if t.kind == "reform")
    window.tabs_widget.setCurrentWidget(reforms)
    reforms.select_row(reforms.model.row_of(ENERGY))
    window.tabs_widget.setCurrentWidget(timeline)
    qtbot.waitUntil(lambda: view.selected_id() == ENERGY, timeout=3000)
    assert abs(view.marker_rect(ENERGY).center().x() - view.width() / 2) < 2
    assert timeline.detail.policy.id == ENERGY
    innovations = next(t for t in window.tabs if t.kind == "innovation")
    window.tabs_widget.setCurrentWidget(innovations)
    innovations.select_row(innovations.model.row_of("imss-bienestar"))
    window.tabs_widget.setCurrentWidget(timeline)
    assert view.selected_id() == "imss-bienestar"  # the last tab visited leads


def test_ctrl_3_and_the_view_menu_bring_up_the_timeline(qtbot, window):
    timeline = window.tabs_widget.widget(window.tabs_widget.count() - 1)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs_widget.currentWidget() is timeline
    view_menu = next(
        a.menu() for a in window.menuBar().actions()
        if a.menu() and window.actions["timeline"] in a.menu().actions()
    )
    assert window.actions["tab2"] in view_menu.actions()


def test_enter_opens_the_policy_in_its_tab(qtbot, window):
    timeline = window.tabs_widget.widget(window.tabs_widget.count() - 1)
    window.tabs_widget.setCurrentWidget(timeline)
    view = timeline.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select(ENERGY)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    reforms = next(t for t in window.tabs if t.kind == "reform")
    assert window.tabs_widget.currentWidget() is reforms
    assert reforms.current_policy_id() == ENERGY
    assert window.current_tab() is reforms


def test_keyboard_walks_policies_in_date_order_and_zooms(qtbot, timeline_tab, data):
    view = timeline_tab.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    seen = [view.selected_id()]
    for _ in range(len(data.markers) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        seen.append(view.selected_id())
    assert seen == [m.id for m in data.markers]
    assert timeline_tab.detail.policy.id == data.markers[-1].id
    before = view.state.scale.px_per_day
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.state.scale.px_per_day > before
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.state.scale.px_per_day == pytest.approx(before)


def test_ctrl_wheel_zooms_about_the_pointer_and_drag_pans(qtbot, timeline_tab):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    view = timeline_tab.view
    anchor = QPointF(300, 200)
    day = view.state.scale.day(anchor.x())
    before = view.state.scale.px_per_day
    event = QWheelEvent(
        anchor, view.mapToGlobal(anchor), P(), P(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view, event)
    assert view.state.scale.px_per_day > before
    assert view.state.scale.day(anchor.x()) == pytest.approx(day)
    first = view.state.scale.first_day
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseMove(view, QPoint(700, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(700, 300))
    assert view.state.scale.first_day < first  # dragged right: earlier dates come in


def test_crowded_markers_cluster_into_counts(qtbot):
    base = day_of("2015-01-01")
    markers = tuple(
        PolicyMarker(f"p{i:04d}", "innovation", i, f"Policy {i}", "", "2015", base + i % 400, "x")
        for i in range(2000)
    )
    data = TimelineData(markers=tuple(sorted(markers, key=lambda m: m.day)),
                        today=TODAY.toordinal())
    view = TimelineView(data)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.fit()
    found = view.hit(QPointF(view.marker_rect(data.markers[0].id).center()))
    assert found and found[0] == "cluster"
    _lane, cluster = found[1]
    assert cluster.count > 1
    assert str(cluster.count) in view.tooltip_text(found)
    centre = view.marker_rect(data.markers[0].id).center().toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)  # zooms in on it
    first, last = view.visible_days()
    assert last - first < 400


def test_svg_and_png_export(timeline_tab, tmp_path):
    timeline_tab.view.select(ENERGY)
    svg = tmp_path / "timeline.svg"
    timeline_tab.export_svg(svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    assert "Energy reform" in texts and "Peña Nieto" in texts and "IFT" in texts
    png = tmp_path / "timeline.png"
    timeline_tab.export_png(png)
    image = QImage(str(png))
    assert image.width() == 2 * timeline_tab.export_size().width()


def test_paint_timeline_draws_a_report_page(data):
    image = QImage(800, 500, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_timeline(painter, QRectF(0, 0, 800, 500), data, filtered_ids={ENERGY})
    painter.end()
    reform = colours_for().reform
    assert near_colour(image, QRectF(0, 0, 800, 500), reform, tolerance=10)


def test_tab_reaches_the_timeline_from_its_tool_bar(qtbot, timeline_tab):
    timeline_tab.export_button.setFocus()
    qtbot.waitUntil(timeline_tab.export_button.hasFocus)
    qtbot.keyClick(timeline_tab.export_button, Qt.Key.Key_Tab)
    assert timeline_tab.view.hasFocus()


def ink(image: QImage) -> float:
    """Share of pixels that are not white (sampled)."""
    step = max(1, image.width() // 200)
    hits = total = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            total += 1
            hits += image.pixelColor(x, y).lightness() < 240
    return hits / total


def test_paint_timeline_looks_the_same_at_print_resolution(data):
    """A 300-dpi page gets the same drawing as a 96-dpi one, not text three times too big."""
    images = []
    for dpi, size in ((96, (800, 500)), (300, (2500, 1562))):
        image = QImage(*size, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_timeline(painter, QRectF(0, 0, *size), data)
        painter.end()
        images.append(image)
    low, high = ink(images[0]), ink(images[1])
    assert low > 0.02
    assert abs(high - low) / low < 0.35


def test_the_real_energy_reform_reaches_innovations_9_to_12_and_its_regulators(qtbot, store):
    """On the real record tables: the links of issue 10 drawn from the 2013 energy reform."""
    view = TimelineView(store.timeline())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.select(ENERGY)
    innovations_9_to_12 = {
        "renegociacion-contratos-energia",
        "cfe-generacion",
        "cfe-tarifas-transmision",
        "pemex-refinacion",
    }
    assert innovations_9_to_12 <= view.related_ids()
    for pid in innovations_9_to_12:
        assert view.marker_rect(pid) is not None, pid  # undated ones sit at their first change
        assert not view.is_dimmed(pid)
    assert view.is_dimmed("imss-bienestar")
    created = {b.id for b in view.data.institutions if ENERGY in b.policy_ids}
    assert {"cre", "cnh", "cenace"} <= created
    assert set(view.bar_ids()) == {b.id for b in view.data.institutions}
    image = view.grab().toImage()
    link = colours_for(view.palette()).link
    for pid in innovations_9_to_12:
        ring = view.marker_rect(pid).adjusted(-6, -6, 6, 6)
        assert near_colour(image, ring, link), pid
