"""The one error the build raises: it always names the file and the record at fault."""

from __future__ import annotations

from pathlib import Path


class BuildError(Exception):
    def __init__(self, path: Path | str, record: str | None, problem: str) -> None:
        self.path = Path(path)
        self.record = record
        self.problem = problem
        where = f"{self.path}" + (f": record '{record}'" if record else "")
        super().__init__(f"{where}: {problem}")
