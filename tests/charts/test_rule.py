"""The comparability rule on the real records: a chart only where like is compared with like."""

from __future__ import annotations

import pytest

from mxpolicy_gui.charts.paint import chart_title, nice_top
from mxpolicy_gui.charts.rule import COMPARISON, SERIES, chart_specs
from mxpolicy_gui.formatting import format_figure_value, unit_for
from mxpolicy_gui.store.records import Figure


def specs_of(store, policy_id):
    policy = store.policy(policy_id)
    assert policy is not None
    return chart_specs(list(policy.figures))


def test_competition_reform_has_no_chart(store):
    # "New statutes issued 1" and "Statutes amended 1": two different things, equal values.
    assert specs_of(store, "reforma-competencia-economica") == []


def test_energy_reform_does_not_compare_a_gdp_boost_with_an_oil_share(store):
    for spec in specs_of(store, "reforma-energetica"):
        labels = {bar.figure.label for bar in spec.bars}
        assert not ({"Expected boost to GDP growth"} & labels and len(labels) > 1)


def test_a_repeated_figure_becomes_a_time_series(store):
    series = [s for s in specs_of(store, "jovenes-construyendo-el-futuro") if s.kind == SERIES]
    assert series, "the stipend is stated for several years"
    years = [int(bar.label) for bar in series[0].bars]
    assert years == sorted(years) and len(set(years)) == len(years) >= 2
    assert {bar.figure.currency for bar in series[0].bars} == {"MXN"}
    assert "by year" in chart_title(series[0])


def test_a_value_in_two_currencies_is_drawn_once(store):
    for policy_id in ("sembrando-vida", "jovenes-construyendo-el-futuro"):
        for spec in specs_of(store, policy_id):
            assert len({bar.figure.currency for bar in spec.bars}) == 1
            labels = [bar.label for bar in spec.bars]
            assert len(labels) == len(set(labels)), labels


def test_refinery_progress_is_a_comparison_of_places(store):
    comparisons = [s for s in specs_of(store, "pemex-refinacion") if s.kind == COMPARISON]
    progress = next(s for s in comparisons if s.subject == "Rehabilitation progress")
    assert len(progress.bars) == 6
    assert {bar.figure.unit for bar in progress.bars} == {"%"}
    assert "Tula, Hidalgo" in [bar.label for bar in progress.bars]


def test_equal_values_or_one_figure_make_no_chart():
    def fig(label, value, year=None):
        return Figure(label, value, None, "votes", None, year, "s")

    assert chart_specs([fig("Votes: A", 1), fig("Votes: B", 1)]) == []
    assert chart_specs([fig("Votes: A", 3)]) == []
    assert chart_specs([fig("Votes", 3, 2020), fig("Votes", 5, 2020)]) == []  # one year twice


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (1, "statutes", "statute"), (1, "votes", "vote"), (2, "votes", "votes"),
    (1, "barrels per day", "barrel per day"), (1, "branches", "branch"),
    (1, "constitutional articles", "constitutional article"), (1, "per month", "per month"),
])
def test_units_agree_with_their_number(value, unit, expected):
    assert unit_for(value, unit) == expected


def test_one_statute_reads_singular():
    assert format_figure_value(Figure("x", 1, None, "statutes", None, None, "s")) == "1 statute"


def test_axis_top_is_a_round_number_at_or_above_the_largest_bar():
    assert nice_top(90) == 100
    assert nice_top(0.27857) == 0.5
    assert nice_top(9582) == 10_000
    assert nice_top(2.0) == 2.0
