"""Strings of Qt's own dialogs that our catalogue translates too.

Qt's Spanish catalogue (`qtbase_es`) leaves a few labels of the file dialog in English (their
Qt 6 wording with accelerators is newer than its translation) and says "fichero", which reads
as Spain's Spanish; our catalogue is installed after Qt's, so these entries win. Marked here
only so that `pyside6-lupdate` extracts them; nothing calls them.
"""

from __future__ import annotations

from mxpolicy_gui.vocabulary import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
)
