"""The detail pane: plain text only, safe links, chart of comparable figures, copy citation."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mxpolicy_gui.store.matching import MARK_AFTER, MARK_BEFORE
from mxpolicy_gui.store.records import Figure, Source
from mxpolicy_gui.views.detail_pane import DetailPane
from mxpolicy_gui.views.figure_chart import comparable_figures
from mxpolicy_gui.views.links import safe_web_url


def test_safe_web_url_accepts_only_http_with_host():
    assert safe_web_url("https://doi.org/10.1186/x").toString() == "https://doi.org/10.1186/x"
    assert safe_web_url("http://example.org") is not None
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://x.org",
        "http://",
        "://",
        "not a url",
        "",
        None,
        "data:text/html,hi",
        "JAVASCRIPT:alert(1)",
    ):
        assert safe_web_url(bad) is None, bad


def pane(qtbot, opened):
    widget = DetailPane(opened)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    return widget


def test_links_open_only_when_clicked_and_only_http(qtbot, store, opened_urls):
    policy = store.policy("jovenes-construyendo-el-futuro")
    hostile = replace(
        policy,
        sources=(
            *policy.sources,
            Source("evil", "Evil citation", "javascript:alert(1)", None),
            Source("local", "Local file", "file:///etc/passwd", None),
        ),
    )
    widget = pane(qtbot, opened_urls)
    widget.show_policy(hostile)
    assert opened_urls.opened == [], "nothing opens without a click"
    rows = {row.source.id: row for row in widget.source_rows}
    assert not rows["evil"].open_button.isEnabled()
    assert not rows["local"].open_button.isEnabled()
    rows["evil"].open_link()
    rows["local"].open_link()
    assert opened_urls.opened == []
    first = widget.source_rows[0]
    qtbot.mouseClick(first.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls.opened and opened_urls.opened[0].startswith("http")


def test_html_in_fields_is_shown_as_text(qtbot, store, opened_urls):
    policy = replace(store.policy("mananeras"), summary="<b>bold</b><img src=x onerror=alert(1)>")
    widget = pane(qtbot, opened_urls)
    widget.show_policy(policy)
    assert widget.summary.textFormat() == Qt.TextFormat.PlainText
    assert widget.summary.text() == "<b>bold</b><img src=x onerror=alert(1)>"


def test_copy_citation_puts_full_citation_on_clipboard(qtbot, store, opened_urls):
    widget = pane(qtbot, opened_urls)
    widget.show_policy(store.policy("sembrando-vida"))
    row = widget.source_rows[0]
    with qtbot.waitSignal(widget.message, timeout=1000):
        qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == row.source.citation


def test_chart_shows_refinery_percentages(qtbot, store, opened_urls):
    widget = pane(qtbot, opened_urls)
    widget.show_policy(store.policy("pemex-refinacion"))
    assert widget.chart.isVisible()
    bars = widget.chart.figures()
    assert len(bars) >= 6 and {f.unit for f in bars} == {"%"}
    image = widget.chart.grab().toImage()
    assert image.width() > 100 and image.height() > 50


def test_comparable_figures_needs_a_shared_stem_or_a_series():
    def fig(label, value, unit, currency=None, year=None):
        return Figure(label, value, None, unit, currency, year, "s")

    # Different quantities in one unit: no chart.
    assert comparable_figures([fig("GDP boost", 1, "%"), fig("Oil share", 5, "%")]) == []
    parts = comparable_figures([fig("Progress: A", 1, "%"), fig("Progress: B", 2, "%"),
                                fig("Budget", 5, "", "MXN")])
    assert [f.value for f in parts] == [1, 2]
    series = comparable_figures([fig("Stipend", 1, "", "MXN", 2020),
                                 fig("Stipend", 2, "", "USD", 2020),
                                 fig("Stipend", 3, "", "MXN", 2021)])
    assert [f.value for f in series] == [1, 3]


def test_empty_state_when_no_policy(qtbot, opened_urls):
    widget = pane(qtbot, opened_urls)
    widget.show_policy(None)
    assert widget.empty.isVisible() and not widget.content.isVisible()


def test_clicking_a_figures_source_number_scrolls_to_and_marks_that_source(qtbot, store,
                                                                          opened_urls):
    from mxpolicy_gui.models.figures import COL_SOURCE

    widget = pane(qtbot, opened_urls)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    policy = store.policy("reforma-hacendaria")
    widget.show_policy(policy)
    row = widget.figures_model.rowCount() - 1
    index = widget.figures_model.index(row, COL_SOURCE)
    figure = policy.figures[row]
    rect = widget.figures.visualRect(index)
    widget.ensureWidgetVisible(widget.figures, 0, 0)
    qtbot.mouseClick(widget.figures.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    marked = [r for r in widget.source_rows if r.property("highlighted")]
    assert [r.source.id for r in marked] == [figure.source_id]
    assert widget.figures_model.data(index) == f"[{widget.source_rows.index(marked[0]) + 1}]"
    target = marked[0]
    top = target.mapTo(widget.widget(), target.rect().topLeft()).y()
    scroll = widget.verticalScrollBar().value()
    assert scroll <= top <= scroll + widget.viewport().height()


def test_searched_words_are_marked_but_html_in_fields_still_is_not_rendered(
    qtbot, store, opened_urls
):
    policy = replace(store.policy("mananeras"), summary="<b>bold</b> words & more")
    widget = pane(qtbot, opened_urls)
    widget.show_policy(policy)
    widget.set_highlight(("bold",))
    qtbot.waitUntil(lambda: widget.summary.textFormat() == Qt.TextFormat.RichText)
    text = widget.summary.text()
    assert "&lt;b&gt;" + MARK_BEFORE + "bold" + MARK_AFTER + "&lt;/b&gt;" in text
    assert "<b>" not in text and "&amp; more" in text
    widget.set_highlight(())
    qtbot.waitUntil(lambda: widget.summary.textFormat() == Qt.TextFormat.PlainText)
    assert widget.summary.text() == "<b>bold</b> words & more"


def test_an_undated_policy_reads_only_a_dash(qtbot, store, opened_urls):
    widget = pane(qtbot, opened_urls)
    widget.show_policy(replace(store.policy("mananeras"), date=None))
    assert widget.facts["date"].text() == "—"
    widget.show_policy(store.policy("mananeras"))
    assert widget.facts["date"].text() == "3 Dec 2018 (started)"
