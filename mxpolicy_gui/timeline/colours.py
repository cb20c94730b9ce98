"""The timeline's colours: from the widget's palette (light or dark theme), or the light
defaults for files and the report. Categorical colours are lightened on dark backgrounds."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

from mxpolicy_gui.vocabulary import STATUSES


@dataclass(frozen=True)
class TimelineColours:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    terms: tuple[QColor, QColor]
    reform: QColor
    innovation: QColor
    institution: QColor
    highlight: QColor
    link: QColor
    status: dict = field(default_factory=dict)


#: One colour per status, in the order of `vocabulary.STATUSES` (In force, Partly in force,
#: Superseded, Repealed, In operation, Continued, Ended, Blocked, Completed, Under construction).
_STATUS_HEX = (
    "#2e8b57", "#d08a00", "#b5523b", "#a33a3a", "#2e8b57",
    "#1f8a8a", "#8a8a8a", "#8e44ad", "#5a7fa8", "#b8860b",
)


def _status_colours(dark: bool) -> dict[str, QColor]:
    table = dict(zip(STATUSES, _STATUS_HEX, strict=True))
    colours = {k: QColor(v) for k, v in table.items()}
    return {k: c.lighter(130) for k, c in colours.items()} if dark else colours


def _blend(under: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(under.red() + (over.red() - under.red()) * amount),
        round(under.green() + (over.green() - under.green()) * amount),
        round(under.blue() + (over.blue() - under.blue()) * amount),
    )


def colours_for(palette: QPalette | None = None) -> TimelineColours:
    """Colours from a widget's palette (light or dark); the light defaults without one."""
    if palette is None:
        background, text = QColor("#ffffff"), QColor("#1a1a1a")
        highlight = QColor("#2a6fdb")
    else:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = background.lightness() < 128
    muted = QColor(text)
    muted.setAlpha(150)
    grid = QColor(text)
    grid.setAlpha(40)
    # Opaque blends, not translucent fills: four full-height alpha blends were a third of a
    # crowded paint.
    term_a, term_b = _blend(background, text, 0.03), _blend(background, text, 0.085)

    def pick(light: str, dark_: str) -> QColor:
        return QColor(dark_ if dark else light)

    return TimelineColours(
        background=background,
        text=text,
        muted=muted,
        grid=grid,
        terms=(term_a, term_b),
        reform=pick("#2457a6", "#7fa8ef"),
        innovation=pick("#2e7d64", "#6cc6a6"),
        institution=pick("#8d6e3f", "#c9a66b"),
        highlight=highlight if palette is not None else QColor("#e07b00"),
        link=pick("#e07b00", "#ffb04d"),
        status=_status_colours(dark),
    )



def with_alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
