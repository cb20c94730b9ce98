"""Translation catalogues: `.ts` sources kept in `resources/i18n/`, `.qm` files compiled from them.

The `.ts` files are the source (reviewed in git); the `.qm` files are build products, ignored
by git and made by `compile_catalogues()`, which the data build (`python -m
mxpolicy_gui.compile`), the packaging script and, when one is missing or stale, the app's
start run. The tools are the `lupdate` and `lrelease` that ship inside the PySide6 wheel, so
nothing beyond the project's own dependencies is needed. No Qt import here.

    python -m mxpolicy_gui.catalogues          # compile the .qm files
    python -m mxpolicy_gui.catalogues update   # re-extract strings into the .ts files
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

from mxpolicy_gui.paths import resources_dir

#: Languages of the interface; English is the source language, so it needs no catalogue.
LANGUAGES = ("en", "es")
SOURCE_LANGUAGE = "en"
#: Catalogue name: `mxpolicy_es.ts` → `mxpolicy_es.qm`.
CATALOGUE = "mxpolicy"

_PACKAGE_DIR = Path(__file__).resolve().parent


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"{CATALOGUE}_{language}.qm"


def translated_languages() -> tuple[str, ...]:
    return tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)


def _pyside_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_tool(name: str) -> Path | None:
    """`lupdate` or `lrelease` from the installed PySide6 wheel, if it has them."""
    folder = _pyside_dir()
    if folder is None:
        return None
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def is_stale(language: str, folder: Path | None = None) -> bool:
    """True if the `.qm` of `language` is missing or older than its `.ts`."""
    ts, qm = ts_path(language, folder), qm_path(language, folder)
    if not ts.is_file():
        return False
    return not qm.is_file() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns


def compile_catalogues(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile each stale (or, with `force`, every) `.ts` into its `.qm`; returns those written.

    Raises RuntimeError if a catalogue needs compiling and `lrelease` is missing or fails.
    """
    written = []
    for language in translated_languages():
        if not (force or is_stale(language, folder)):
            continue
        tool = qt_tool("lrelease")
        if tool is None:
            raise RuntimeError("lrelease not found in the PySide6 package")
        ts, qm = ts_path(language, folder), qm_path(language, folder)
        import subprocess  # only when building catalogues, never at the window's start

        done = subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts.name}: {done.stderr.strip()}")
        written.append(qm)
        written += _copy_qt_catalogue(language, folder)
    return written


def _copy_qt_catalogue(language: str, folder: Path | None) -> list[Path]:
    """Qt's own `qtbase_<language>.qm` beside ours, so every kind of install has it even
    where Qt's translations folder is left out (the PyInstaller bundle keeps only this one)."""
    pyside = _pyside_dir()
    source = pyside / "Qt" / "translations" / f"qtbase_{language}.qm" if pyside else None
    if source is None or not source.is_file():
        return []
    target = (folder or i18n_dir()) / source.name
    shutil.copyfile(source, target)
    return [target]


def python_sources() -> list[Path]:
    """The run-time modules whose strings the catalogues hold (the data build shows none)."""
    return sorted(
        p for p in _PACKAGE_DIR.rglob("*.py") if "compile" not in p.relative_to(_PACKAGE_DIR).parts
    )


def update_sources(folder: Path | None = None) -> str:
    """Re-extract every translatable string into the `.ts` files (`lupdate`); returns its
    report ("Found N source text(s) ..."). Translations already made are kept."""
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("lupdate not found in the PySide6 package")
    reports = []
    for language in translated_languages():
        target = ts_path(language, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        sources = [os.path.relpath(p, target.parent) for p in python_sources()]
        import subprocess  # only when building catalogues, never at the window's start

        done = subprocess.run(
            [str(tool), "-no-obsolete", "-locations", "none", "-target-language", language,
             *sources, "-ts", target.name],
            capture_output=True,
            text=True,
            check=False,
            cwd=target.parent,
        )
        if done.returncode != 0:
            raise RuntimeError(f"lupdate failed: {done.stderr.strip()}")
        reports.append(done.stdout + done.stderr)
    return "".join(reports)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["update"]:
        print(update_sources(), end="")
        return 0
    for path in compile_catalogues(force=True):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
