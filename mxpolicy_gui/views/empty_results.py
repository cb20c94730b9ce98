"""What a policy tab shows in place of its table when nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def empty_page() -> tuple[QWidget, QLabel, QPushButton]:
    """The page, its message and its "Clear search and filters" button (the search bar
    puts its hints under the message)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    text = QLabel()
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    button = QPushButton()
    layout.addStretch(1)
    layout.addWidget(text)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)
    return page, text, button


def nothing_matched(noun: str, text: str) -> str:
    """The message: what did not match (the words, or the filters), and what to try."""
    what = (
        QCoreApplication.translate("PolicyTab", "No {noun} match “{text}”").format(
            noun=noun, text=text
        )
        if text
        else QCoreApplication.translate("PolicyTab", "No {noun} match these filters").format(
            noun=noun
        )
    )
    hint = QCoreApplication.translate(
        "PolicyTab",
        "Try fewer or shorter words (a word's start is enough), search in "
        "English or Spanish, or clear the filters.",
    )
    return f"{what}\n{hint}"
