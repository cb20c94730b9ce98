"""Typed, validated access to one TOML table; every failure names file and record.

Shared by the policy, record-table and institution readers so each reports errors alike.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from mxpolicy_gui.compile.errors import BuildError

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_PARTIAL = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
ISO_DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Fields:
    """Typed access to one TOML table, raising BuildError that names file and record."""

    def __init__(self, path: Path, record: str | None, data: dict[str, Any]) -> None:
        self.path, self.record, self.data = path, record, data

    def fail(self, problem: str) -> BuildError:
        return BuildError(self.path, self.record, problem)

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"'{key}' must be text, not {type(value).__name__}")
        value = value.strip()
        if required and not value:
            raise self.fail(f"'{key}' is missing or empty")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty texts")
        if required and not value:
            raise self.fail(f"'{key}' must list at least one entry")
        return tuple(v.strip() for v in value)

    def number(self, key: str, *, required: bool = True) -> float | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"'{key}' must be a number")
        return float(value)

    def integer(self, key: str, *, required: bool = True) -> int | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{key}' must be a whole number")
        return value

    def date(self, key: str, *, required: bool = False) -> str:
        """An ISO 8601 date, partial allowed (YYYY, YYYY-MM or YYYY-MM-DD); "" when absent."""
        value = self.text(key, required=required)
        if value and not ISO_PARTIAL.match(value):
            raise self.fail(
                f"'{key}' must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}"
            )
        return value

    def day(self, key: str, *, required: bool = False) -> str:
        """A full ISO date (YYYY-MM-DD); "" when absent and not required."""
        value = self.text(key, required=required)
        if value and not ISO_DAY.match(value):
            raise self.fail(f"'{key}' must be a full ISO date (YYYY-MM-DD), got {value!r}")
        return value

    def choice(
        self, key: str, allowed: tuple[str, ...], *, default: str = "", required: bool = True
    ) -> str:
        """A value from a closed vocabulary; `default` when absent (required if no default,
        unless `required=False`: then "" when absent)."""
        value = self.text(key, required=required and not default) or default
        if value and value not in allowed:
            raise self.fail(f"unknown {key} {value!r}; allowed: {', '.join(allowed)}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' must be true or false")
        return value

    def url(self, key: str) -> str:
        value = self.text(key, required=False)
        if value and not value.startswith(("http://", "https://")):
            raise self.fail(f"'{key}' must be http(s), got {value!r}")
        return value

    def tables(self, key: str) -> list[dict[str, Any]]:
        """The [[key]] tables of this record ([] when there are none)."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"'{key}' must be [[{key}]] tables")
        return value

    def unknown_keys(self, allowed: set[str]) -> None:
        extra = sorted(set(self.data) - allowed)
        if extra:
            raise self.fail(f"unknown key(s): {', '.join(extra)}")


def load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(path, None, f"not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise BuildError(path, None, f"not UTF-8: {exc}") from exc

