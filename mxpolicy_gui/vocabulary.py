"""The closed vocabulary of the data, defined once: kinds of policy, kinds of date, statuses,
sectors, and the separator of list fields in storage.

Each term has a stored value (English, fixed: the TOML sources, the database and the CSV's
machine columns use it) and labels a person reads, which go through Qt's translation. The
labels are plain functions and need no Qt: `translate` asks Qt only when Qt is already
loaded, so the store, the data build and the CSV command line can use this module without
paying for Qt, and read English there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

#: Translation context of every label here (one context: a translator sees the set together).
CONTEXT = "Vocabulary"

#: How list fields (sectors, agencies) are joined in one text column of the database and the
#: CSV. Records split them back into tuples: no caller above the store sees the joined form.
LIST_SEPARATOR = "; "


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` when Qt is loaded; otherwise `text` as it stands.

    Counts are not passed as Qt's `%n` (lupdate does not mark a plural for `translate` in
    Python): a count has one message for 1 and one for other numbers, which is the rule of
    both English and Spanish (see `Kind.count_text`).
    """
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return text
    return core.QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction by `pyside6-lupdate`; translated later by `translate`."""
    return text


def split_list(text: str | None) -> tuple[str, ...]:
    """A stored list field back into its items; empty items (a stray separator) dropped."""
    if not text:
        return ()
    return tuple(part for part in text.split(LIST_SEPARATOR) if part)


def join_list(items: Iterable[str]) -> str:
    """Items of a list field in their stored form."""
    return LIST_SEPARATOR.join(items)


def join_for_reading(items: Iterable[str]) -> str:
    """Items for a person to read in one line ("Energy, Economy")."""
    return translate("Vocabulary", ", ").join(items)


def join_clauses(items: Iterable[str]) -> str:
    """Clauses of a summary for a person ("reforms; status: In force")."""
    return translate("Vocabulary", "; ").join(items)


# -- kinds of policy -----------------------------------------------------------------------


class _KindText(NamedTuple):
    """A kind's words in English, marked for translation (`years` is not translated)."""

    label: str
    plural: str
    years: str
    tab_title: str
    one: str
    many: str
    heading: str


class Kind(StrEnum):
    """The two bodies of policy; the value is what the data stores."""

    INNOVATION = "innovation"
    REFORM = "reform"

    @property
    def _text(self) -> _KindText:
        return _KIND_TEXT[self]

    @property
    def label(self) -> str:
        """ "Public service innovation": what a record is, in a detail pane or report."""
        return translate(CONTEXT, self._text.label)

    @property
    def heading(self) -> str:
        """ "Innovations": a group heading (the report's contents and bookmarks)."""
        return translate(CONTEXT, self._text.heading)

    @property
    def plural(self) -> str:
        """ "innovations": the noun inside a sentence ("Search innovations …")."""
        return translate(CONTEXT, self._text.plural)

    @property
    def years(self) -> str:
        """ "2019–2022": the span of years the body of policy covers."""
        return self._text.years

    @property
    def tab_title(self) -> str:
        """ "Innovations 2019–2022": a tab, a menu entry."""
        return translate(CONTEXT, self._text.tab_title)

    def count_text(self, n: int) -> str:
        """ "1 innovation", "12 innovations"."""
        if n == 1:
            return translate(CONTEXT, self._text.one)
        return translate(CONTEXT, self._text.many).format(n=n)


KINDS: tuple[str, ...] = tuple(k.value for k in Kind)

#: In the order of `_KindText`: label, plural, years, tab title, count of one and of many,
#: heading.
_KIND_TEXT = {
    Kind.INNOVATION: _KindText(
        QT_TRANSLATE_NOOP("Vocabulary", "Public service innovation"),
        QT_TRANSLATE_NOOP("Vocabulary", "innovations"),
        "2019–2022",
        QT_TRANSLATE_NOOP("Vocabulary", "Innovations 2019–2022"),
        QT_TRANSLATE_NOOP("Vocabulary", "1 innovation"),
        QT_TRANSLATE_NOOP("Vocabulary", "{n} innovations"),
        QT_TRANSLATE_NOOP("Vocabulary", "Innovations"),
    ),
    Kind.REFORM: _KindText(
        QT_TRANSLATE_NOOP("Vocabulary", "Structural reform"),
        QT_TRANSLATE_NOOP("Vocabulary", "reforms"),
        "2012–2018",
        QT_TRANSLATE_NOOP("Vocabulary", "Reforms 2012–2018"),
        QT_TRANSLATE_NOOP("Vocabulary", "1 reform"),
        QT_TRANSLATE_NOOP("Vocabulary", "{n} reforms"),
        QT_TRANSLATE_NOOP("Vocabulary", "Reforms"),
    ),
}


def kind_of(value: str | None) -> Kind | None:
    """The `Kind` stored as `value`, or None for none or an unknown one."""
    try:
        return Kind(value) if value else None
    except ValueError:
        return None


def kind_label(value: str) -> str:
    kind = kind_of(value)
    return kind.label if kind else value


def kind_plural(value: str | None) -> str:
    """Plural noun of a kind; "all policies" for None (both kinds)."""
    kind = kind_of(value)
    if kind:
        return kind.plural
    return value or translate("Vocabulary", "all policies")


# -- kinds of date -------------------------------------------------------------------------


class DateKind(StrEnum):
    """What a policy's date marks: publication in the Diario Oficial (a law, a decree), or
    the start (a programme, a body)."""

    DOF = "dof"
    START = "start"

    @property
    def label(self) -> str:
        """ "Published in the DOF": a caption before a date."""
        return translate(CONTEXT, _DATE_TEXT[self][0])

    @property
    def phrase(self) -> str:
        """ "published in the DOF": after a date, in brackets."""
        return translate(CONTEXT, _DATE_TEXT[self][1])


DATE_KINDS: tuple[str, ...] = tuple(k.value for k in DateKind)

_DATE_TEXT = {
    DateKind.DOF: (
        QT_TRANSLATE_NOOP("Vocabulary", "Published in the DOF"),
        QT_TRANSLATE_NOOP("Vocabulary", "published in the DOF"),
    ),
    DateKind.START: (
        QT_TRANSLATE_NOOP("Vocabulary", "Started"),
        QT_TRANSLATE_NOOP("Vocabulary", "started"),
    ),
}


def date_kind_of(value: str | None) -> DateKind:
    """The stored date kind; an unknown one reads as a start date."""
    return DateKind.DOF if value == DateKind.DOF.value else DateKind.START


# -- statuses and sectors ------------------------------------------------------------------

#: Statuses a policy may have, as stored, in the order the facet lists them
#: (docs/methodology.md explains each word); `status_label` gives what a person reads.
STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "In force"),  # the law or decree applies as enacted
    # some of its provisions were replaced, struck down or never applied
    QT_TRANSLATE_NOOP("Vocabulary", "Partly in force"),
    # replaced by a later instrument that covers the same ground
    QT_TRANSLATE_NOOP("Vocabulary", "Superseded"),
    QT_TRANSLATE_NOOP("Vocabulary", "Repealed"),  # abrogated without a successor
    QT_TRANSLATE_NOOP("Vocabulary", "In operation"),  # a programme or body that is running
    # carried on, renamed or absorbed, under the next government
    QT_TRANSLATE_NOOP("Vocabulary", "Continued"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ended"),  # a programme or body that stopped
    QT_TRANSLATE_NOOP("Vocabulary", "Blocked"),  # stopped by a court ruling or suspension
    QT_TRANSLATE_NOOP("Vocabulary", "Completed"),  # a one-off whose work is done
    # an infrastructure project not yet finished
    QT_TRANSLATE_NOOP("Vocabulary", "Under construction"),
)

#: Statuses after which nothing more happens to a policy (a timeline's line stops there).
FINAL_STATUS_SET: frozenset[str] = frozenset(
    (STATUSES[2], STATUSES[3], STATUSES[6], STATUSES[8])  # Superseded, Repealed, Ended, Completed
)

#: Sectors a policy may belong to, as stored; `sector_label` gives what a person reads.
SECTORS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "Economy"),
    QT_TRANSLATE_NOOP("Vocabulary", "Energy"),
    QT_TRANSLATE_NOOP("Vocabulary", "Finance"),
    QT_TRANSLATE_NOOP("Vocabulary", "Health"),
    QT_TRANSLATE_NOOP("Vocabulary", "Education"),
    QT_TRANSLATE_NOOP("Vocabulary", "Employment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Social welfare"),
    QT_TRANSLATE_NOOP("Vocabulary", "Agriculture"),
    QT_TRANSLATE_NOOP("Vocabulary", "Environment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Telecommunications"),
    QT_TRANSLATE_NOOP("Vocabulary", "Competition"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fiscal policy"),
    QT_TRANSLATE_NOOP("Vocabulary", "Justice"),
    QT_TRANSLATE_NOOP("Vocabulary", "Security"),
    QT_TRANSLATE_NOOP("Vocabulary", "Transparency"),
    QT_TRANSLATE_NOOP("Vocabulary", "Anti-corruption"),
    QT_TRANSLATE_NOOP("Vocabulary", "Elections"),
    QT_TRANSLATE_NOOP("Vocabulary", "Communication"),
    QT_TRANSLATE_NOOP("Vocabulary", "Youth"),
    QT_TRANSLATE_NOOP("Vocabulary", "Public finance"),
)

#: How sure the project is of a fact: a field on figures, history rows, instruments, links
#: and institutions, never a remark in prose. Absent means "confirmed".
CONFIDENCE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "partly confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "unconfirmed"),
)

#: What a legal instrument is.
INSTRUMENT_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "constitutional decree"),
    QT_TRANSLATE_NOOP("Vocabulary", "law"),
    QT_TRANSLATE_NOOP("Vocabulary", "regulation"),
    QT_TRANSLATE_NOOP("Vocabulary", "rules of operation"),
    QT_TRANSLATE_NOOP("Vocabulary", "court ruling"),
    QT_TRANSLATE_NOOP("Vocabulary", "agreement"),
)

#: How one policy relates to another (read "this policy <relation> that one").
LINK_RELATIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "builds on"),
    QT_TRANSLATE_NOOP("Vocabulary", "undone by"),
    QT_TRANSLATE_NOOP("Vocabulary", "undoes"),
    QT_TRANSLATE_NOOP("Vocabulary", "replaces"),
    QT_TRANSLATE_NOOP("Vocabulary", "replaced by"),
    QT_TRANSLATE_NOOP("Vocabulary", "pays through"),
    QT_TRANSLATE_NOOP("Vocabulary", "continues"),
    QT_TRANSLATE_NOOP("Vocabulary", "related"),
)

#: What a policy did to an institution.
INSTITUTION_ROLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "created"),
    QT_TRANSLATE_NOOP("Vocabulary", "transformed"),
    QT_TRANSLATE_NOOP("Vocabulary", "extinguished"),
    QT_TRANSLATE_NOOP("Vocabulary", "implements"),
)

#: What a figure is.
FIGURE_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "legal parameter"),
    QT_TRANSLATE_NOOP("Vocabulary", "target"),
    QT_TRANSLATE_NOOP("Vocabulary", "reported result"),
    QT_TRANSLATE_NOOP("Vocabulary", "government claim"),
    QT_TRANSLATE_NOOP("Vocabulary", "estimate"),
)

_LABELLED = frozenset(STATUSES) | frozenset(SECTORS)
_TERMS = frozenset(
    (*CONFIDENCE, *INSTRUMENT_KINDS, *LINK_RELATIONS, *INSTITUTION_ROLES, *FIGURE_KINDS)
)


def term_label(value: str) -> str:
    """A confidence level, instrument kind, link relation, institution role or figure kind
    as a person reads it; a value outside the vocabulary stays as stored."""
    return translate(CONTEXT, value) if value in _TERMS else value


def status_label(value: str) -> str:
    """The status as a person reads it; a value outside the vocabulary stays as stored."""
    return translate(CONTEXT, value) if value in _LABELLED else value


def sector_label(value: str) -> str:
    """The sector as a person reads it; a value outside the vocabulary stays as stored."""
    return translate(CONTEXT, value) if value in _LABELLED else value


def sector_labels(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sector_label(v) for v in values)
