"""The filter pane's width follows its widest label, measured cheaply but exactly."""

from __future__ import annotations

from mxpolicy_gui.store import FacetValue
from mxpolicy_gui.views.facet_panel import FacetPanel


def exact_width(panel: FacetPanel, key: str) -> int:
    view = panel.views[key]
    return view.sizeHintForColumn(0) + 2 * view.frameWidth()


def shown_panel(qtbot) -> tuple[FacetPanel, list[int]]:
    """A filter pane on screen, and the widths it asks for, in order."""
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show()
    needed: list[int] = []
    panel.widthNeeded.connect(needed.append)
    return panel, needed


def test_the_width_needed_is_what_the_views_would_measure_row_by_row(qtbot):
    panel, needed = shown_panel(qtbot)
    rounds = [
        {"sector": [FacetValue("Energy", 9), FacetValue("Health", 12)],
         "status": [FacetValue("In force", 3)]},
        # Same values, wider counts: measured again without a reset.
        {"sector": [FacetValue("Energy", 90_210), FacetValue("Health", 12)],
         "status": [FacetValue("In force", 31_004)]},
        # A much longer label appears.
        {"sector": [FacetValue("Energy", 1), FacetValue("Science, technology and innovation", 7)],
         "status": [FacetValue("Partly in force", 1)]},
    ]
    for values in rounds:
        before = len(needed)
        for key, facet_values in values.items():
            panel.models[key].set_values(facet_values)
        qtbot.waitUntil(lambda before=before: len(needed) > before, timeout=2000)
        expected = max(exact_width(panel, key) for key in values) + 24
        assert needed[-1] == expected
    assert needed[0] < needed[1] < needed[2]


def test_the_three_lists_are_measured_once_when_their_counts_arrive_together(qtbot):
    panel, needed = shown_panel(qtbot)
    panel.models["sector"].set_values([FacetValue("Energy", 1)])
    panel.models["status"].set_values([FacetValue("In force", 1)])
    panel.models["administration"].set_values([FacetValue("López Obrador (2018–2024)", 1)])
    qtbot.wait(50)
    assert len(needed) == 1
