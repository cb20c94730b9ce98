"""Settings read back with their declared type; a foreign or hand-edited file gives defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from mxpolicy_gui import settings


def _file(tmp_path, text: str = "") -> QSettings:
    path = tmp_path / "s.ini"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_missing_keys_read_as_their_defaults(tmp_path):
    s = _file(tmp_path)
    assert settings.WELCOME_DISMISSED.get(s) is False
    assert settings.EXPORT_EXCEL.get(s) is True
    assert settings.TAB_AUTO_COLUMNS.get(s, tab="reform") is True
    assert settings.CURRENT_TAB.get(s) == 0
    assert settings.THEME.get(s) == "system"
    assert settings.EXPORT_FOLDER.get(s) == ""
    assert settings.WINDOW_GEOMETRY.get(s) is None


def test_values_come_back_typed(tmp_path):
    s = _file(tmp_path, "[view]\nwelcome_dismissed=true\n[export]\nexcel=false\n"
                        "[window]\ntab=1\n[tabs]\nreform\\auto_columns=false\n")
    assert settings.WELCOME_DISMISSED.get(s) is True
    assert settings.EXPORT_EXCEL.get(s) is False
    assert settings.CURRENT_TAB.get(s) == 1
    assert settings.TAB_AUTO_COLUMNS.get(s, tab="reform") is False
    assert settings.TAB_AUTO_COLUMNS.get(s, tab="innovation") is True


def test_round_trip_through_the_file(tmp_path):
    s = _file(tmp_path)
    settings.EXPORT_EXCEL.set(s, False)
    settings.TAB_HEADER.set(s, QByteArray(b"\x00\x01"), tab="innovation")
    settings.CURRENT_TAB.set(s, 1)
    s.sync()
    again = QSettings(s.fileName(), QSettings.Format.IniFormat)
    assert settings.EXPORT_EXCEL.get(again) is False
    assert settings.TAB_HEADER.get(again, tab="innovation") == QByteArray(b"\x00\x01")
    assert settings.TAB_HEADER.get(again, tab="reform") is None
    assert settings.CURRENT_TAB.get(again) == 1


def test_wrong_types_in_a_hand_edited_file_read_as_defaults(tmp_path):
    s = _file(tmp_path, "[window]\ngeometry=garbage\ntab=not-a-number\n"
                        "[tabs]\nreform\\splitter=12\n")
    assert settings.WINDOW_GEOMETRY.get(s) is None
    assert settings.CURRENT_TAB.get(s) == 0
    assert settings.TAB_SPLITTER.get(s, tab="reform") is None


def test_every_setting_is_declared_once():
    declared = [v for v in vars(settings).values() if isinstance(v, settings.Setting)]
    keys = [s.key for s in declared]
    assert len(keys) == len(set(keys)) and len(keys) >= 10
