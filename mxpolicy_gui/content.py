"""Record text in the reader's language: a field's Spanish (`summary_es`, `label_es`, …) when
the reader reads Spanish and the record has it, else the English; the names of a policy exist
in both (`name_en`, `name_es`).

Qt-free, so the CSV writer can use it too; the language is passed in ("en" or "es"), the GUI
and the PDF passing the interface's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mxpolicy_gui.vocabulary import sector_labels, status_label

SPANISH = "es"


def text_in(record: Any, field: str, language: str) -> Any:
    """`record.<field>_es` for Spanish when it is there and not empty, else `record.<field>`."""
    if language == SPANISH:
        spanish = getattr(record, f"{field}_es", None)
        if spanish:
            return spanish
    return getattr(record, field)


def named_in(record: Any, stem: str, language: str) -> Any:
    """`record.<stem>_es` for Spanish when it is there and not empty, else `record.<stem>_en`
    (names stored in both languages: a policy's, a body's, a successor's, a linked policy's)."""
    if language == SPANISH:
        spanish = getattr(record, f"{stem}_es", None)
        if spanish:
            return spanish
    return getattr(record, f"{stem}_en")


def name_in(record: Any, language: str) -> str:
    """The record's name in `language`."""
    return str(named_in(record, "name", language))


def other_name(record: Any, language: str) -> str:
    """The name in the other language (shown under the first)."""
    return record.name_en if language == SPANISH and record.name_es else record.name_es


def history_label(entry: Any, language: str) -> str | None:
    """What a history row says after its date and status. In English, the short name of its
    instrument, else its note; in Spanish, its Spanish note first (instruments have short
    names in English only: their Spanish names are the full official titles)."""
    if language == SPANISH and getattr(entry, "note_es", None):
        return str(entry.note_es)
    return entry.instrument_title or entry.note or None


def unit_override(figure: Any, language: str) -> str | None:
    """The Spanish unit of a figure to pass to `formatting.format_figure_value`, or None to
    let it use (and make singular where needed) the English one."""
    if language == SPANISH:
        return getattr(figure, "unit_es", None) or None
    return None


def localized(policy: Any, language: str) -> Any:
    """`policy` with its text fields and labels in `language`, for writers that read the
    plain fields (the CSV): Spanish summary, objective, measures and figure text where the
    record has them, statuses and sectors as their Spanish labels. English: unchanged."""
    if language != SPANISH:
        return policy
    return replace(
        policy,
        summary=text_in(policy, "summary", language),
        objective=text_in(policy, "objective", language),
        measures=tuple(text_in(policy, "measures", language)),
        status=status_label(policy.status),
        sectors=sector_labels(policy.sectors),
        figures=localized_figures(policy.figures, language),
    )


def localized_figures(figures: Any, language: str) -> tuple[Any, ...]:
    """`figures` with label, unit and note in `language`, for what reads the plain fields
    (the CSV, and the charts, whose titles and bars are made from labels and units)."""
    if language != SPANISH:
        return tuple(figures)
    return tuple(
        replace(
            f,
            label=text_in(f, "label", language),
            unit=unit_override(f, language) or f.unit,
            note=text_in(f, "note", language),
        )
        for f in figures
    )
