"""The legal and institutional record in the detail pane: status history, instruments,
institutions and related policies.

Each section is a box of small rows rebuilt for every policy, hidden when the policy has
none. Record text is plain text only, like the rest of the pane; addresses open only through
`safe_web_url`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.content import history_label, name_in, named_in, other_name, text_in
from mxpolicy_gui.formatting import format_date
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.records import (
    HistoryEntry,
    InstitutionRole,
    Instrument,
    Policy,
    PolicyLink,
)
from mxpolicy_gui.views.links import safe_web_url
from mxpolicy_gui.vocabulary import Kind, status_label, term_label, translate

UrlOpener = Callable[[QUrl], object]
SEP = " · "


def plain_label(text: str = "", *, selectable: bool = True) -> QLabel:
    """A label of record text: plain text (HTML in a field is shown, never rendered), wrapped
    to the pane; Ignored width, so a long agency name wraps instead of widening the pane."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def heading(text: str = "") -> QLabel:
    """A section heading of the pane: bold, a little larger, with room above."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def discard_rows(box: QLayout, rows: Iterable[QWidget]) -> None:
    """Take `rows` out of `box` and delete them (hidden at once: deletion waits for the
    event loop, and a row left visible till then would paint over the new ones)."""
    for row in rows:
        box.removeWidget(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()


def _confidence(value: str) -> str:
    """Nothing for confirmed facts (the rule); the level, in brackets, for the others."""
    return "" if value == "confirmed" else f" [{term_label(value)}]"


def history_text(entry: HistoryEntry, language: str) -> str:
    parts = [format_date(entry.date), status_label(entry.status)]
    label = history_label(entry, language)
    if label:
        parts.append(label)
    return SEP.join(parts) + _confidence(entry.confidence)


def instrument_text(item: Instrument) -> str:
    title = item.title_es + (f" ({item.title_en})" if item.title_en else "")
    when = (
        translate("RecordSections", "DOF {date}")
        if item.kind != "court ruling"
        else translate("RecordSections", "ruling of {date}")
    )
    return SEP.join(
        [_capitalised(term_label(item.kind)), title, when.format(date=format_date(item.dof_date))]
    ) + _confidence(item.confidence)


def lifespan(item: InstitutionRole) -> str:
    start = format_date(item.created)
    if item.ended:
        return f"{start} – {format_date(item.ended)}"
    return translate("RecordSections", "since {date}").format(date=start)


def institution_text(item: InstitutionRole, language: str) -> str:
    name = name_in(item, language) + (f" ({item.acronym})" if item.acronym else "")
    parts = [name, term_label(item.role), lifespan(item)]
    if item.successor_name_en:
        successor = named_in(item, "successor_name", language)
        parts.append(translate("RecordSections", "succeeded by {name}").format(name=successor))
    return SEP.join(parts) + _confidence(item.confidence)


def link_text(link: PolicyLink, language: str) -> str:
    kind = (
        translate("RecordSections", "Innovation")
        if link.to_kind == Kind.INNOVATION
        else translate("RecordSections", "Reform")
    )
    relation = _capitalised(term_label(link.relation))
    return f"{relation}: {kind} {link.to_number} — {named_in(link, 'to_name', language)}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Section(QWidget):
    """A heading and a list of rows; hidden when empty."""

    def __init__(self, title: str, accessible: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = heading(title)
        layout.addWidget(self.heading)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)
        layout.addLayout(self.rows_box)
        self.setAccessibleName(accessible)
        self.rows: list[QWidget] = []

    def clear(self) -> None:
        discard_rows(self.rows_box, self.rows)
        self.rows = []

    def add(self, row: QWidget) -> None:
        self.rows_box.addWidget(row)
        self.rows.append(row)

    def finish(self) -> None:
        self.setVisible(bool(self.rows))


class InstrumentRow(QWidget):
    """One instrument with its DOF date and, for http(s) only, "Open official text"."""

    def __init__(self, item: Instrument, open_url: UrlOpener) -> None:
        super().__init__()
        self.instrument = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        self.text = plain_label(instrument_text(item))
        self.text.setAccessibleName(self.tr("Instrument"))
        layout.addWidget(self.text, 1)
        self.url = safe_web_url(item.url)
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open official text"))
        self.open_button.setAccessibleName(
            self.tr("Open official text of {title}").format(title=item.title_en or item.title_es)
        )
        self.open_button.setEnabled(self.url is not None)
        self.open_button.setToolTip(
            self.url.toString() if self.url else self.tr("No official address on record")
        )
        self.open_button.clicked.connect(lambda: open_url(self.url) if self.url else None)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)


class RelatedButton(QToolButton):
    """A related policy, shown as a link; clicking it asks for that policy to be selected."""

    def __init__(self, link: PolicyLink) -> None:
        super().__init__()
        self.link = link
        # A long name is elided to the pane's width rather than widening the pane (which cut
        # every paragraph of it at 1280×800); the tooltip has it in full.
        language = current_language()
        self.full_text = link_text(link, language)
        self.setText(self.full_text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Show related policy {name}").format(
            name=named_in(link, "to_name", language)))
        note = text_in(link, "note", language) or ""
        self.setToolTip(
            "\n".join(filter(None, (self.full_text, note + _confidence(link.confidence))))
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = max(0, self.width() - 2 * self.fontMetrics().averageCharWidth())
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )


class RecordSections(QWidget):
    """History, instruments, institutions and related policies of one policy."""

    #: (policy id, kind) of a related policy the person clicked.
    relatedSelected = Signal(str, str)

    def __init__(self, open_url: UrlOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_url = open_url
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.history = _Section("", "")
        self.instruments = _Section("", "")
        self.institutions = _Section("", "")
        self.related = _Section("", "")
        for section in (self.history, self.instruments, self.institutions, self.related):
            layout.addWidget(section)
        self.related_buttons: list[RelatedButton] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Section headings in the interface's language (rows are rebuilt per policy)."""
        for section, title in (
            (self.history, self.tr("Status history")),
            (self.instruments, self.tr("Legal instruments")),
            (self.institutions, self.tr("Institutions")),
            (self.related, self.tr("Related policies")),
        ):
            section.heading.setText(title)
            section.setAccessibleName(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_policy(self, policy: Policy | None) -> None:
        for section in (self.history, self.instruments, self.institutions, self.related):
            section.clear()
        self.related_buttons = []
        if policy is not None:
            language = current_language()
            for entry in policy.history:
                row = plain_label(history_text(entry, language))
                shown = history_label(entry, language)
                note = text_in(entry, "note", language) or ""
                instrument = policy.instrument(entry.instrument_id)
                # The tooltip says what the row does not: the note, or (when the row shows the
                # note, as in Spanish) the instrument's official title.
                row.setToolTip(instrument.title_es if note == shown and instrument else note)
                row.setAccessibleName(self.tr("History entry"))
                self.history.add(row)
            for item in policy.instruments:
                self.instruments.add(InstrumentRow(item, self._open_url))
            for body in policy.institutions:
                row = plain_label(institution_text(body, language))
                row.setAccessibleName(self.tr("Institution"))
                row.setToolTip(other_name(body, language))
                self.institutions.add(row)
            for link in policy.links:
                button = RelatedButton(link)
                button.clicked.connect(
                    lambda _checked=False, lk=link: self.relatedSelected.emit(lk.to_id, lk.to_kind)
                )
                self.related.add(button)
                self.related_buttons.append(button)
        for section in (self.history, self.instruments, self.institutions, self.related):
            section.finish()
