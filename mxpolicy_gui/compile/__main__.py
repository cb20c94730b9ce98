"""`python -m mxpolicy_gui.compile [--sources DIR] [--output FILE]`: rebuild the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mxpolicy_gui.catalogues import compile_catalogues
from mxpolicy_gui.compile import BuildError, build_database, default_paths


def main(argv: list[str] | None = None) -> int:
    sources_dir, output = default_paths()
    parser = argparse.ArgumentParser(
        prog="python -m mxpolicy_gui.compile",
        description="Build the policy database from the TOML files in data/sources/.",
    )
    parser.add_argument("--sources", type=Path, default=sources_dir, help="source folder")
    parser.add_argument("--output", type=Path, default=output, help="database file to write")
    args = parser.parse_args(argv)
    try:
        summary = build_database(args.sources, args.output)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    try:
        for path in compile_catalogues():
            print(f"wrote {path}")
    except RuntimeError as exc:
        print(f"build failed: translations: {exc}", file=sys.stderr)
        return 1
    print(
        f"wrote {summary.path}: "
        + "".join(f"{n} {kind}s, " for kind, n in summary.policies.items())
        + f"{summary.figures} figures, "
        f"{summary.sources} sources"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
