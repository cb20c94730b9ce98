"""Benchmarks at scale: start-up, search, facets, detail, exports and memory at N records.

    python benchmarks/run.py [--records 100000] [--json PATH] [--quick] [--runs 7]

Runs the real code paths in fresh processes on the offscreen platform and prints a table of
medians, with the start-up times also as ratios of a floor measured in the same run (a bare
PySide6 window with an empty table, `benchmarks/floor.py`): this machine is shared and noisy,
so ratios within one run are what compare. The synthetic databases come from
`benchmarks/generate.py` (cached in `benchmarks/.cache/`). `--quick` runs every figure with
few repeats and a short typing session, for CI at a small N; nothing here asserts a time.

JSON keys (milliseconds unless the name says otherwise): floor_first_paint_ms,
first_paint_ms, first_paint_100k_ms, first_paint_ratio, first_paint_100k_ratio,
search_p50_ms, search_p95_ms, facet_ms, detail_ms, csv_100k_s, pdf_1k_s, rss_100k_mb,
timeline_paint_ms (median over its states, `benchmarks/timeline_paint.py`),
frozen_floor_first_paint_ms, frozen_first_paint_ms, frozen_first_paint_ratio, archive_mb
(None when the PyInstaller bundle is absent: `python packaging/build.py` builds it), and
"meta" (machine, versions, records, runs, why a figure was skipped). The "100k"/"1k" figures
use `--records` and min(1000, `--records`) records.

Bytecode: an installed app runs from compiled bytecode, so every child runs with
`PYTHONDONTWRITEBYTECODE` removed and `PYTHONPYCACHEPREFIX` pointing at a cache of the
benchmark's own (`<cache>/pycache`), and the first run of each start-up is a warm-up that is
left out (it also fills that cache). An editable checkout with `PYTHONDONTWRITEBYTECODE=1`
would otherwise recompile every module at each start (about 46 ms more per start here).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TREE = REPO  # the checkout whose mxpolicy_gui is measured (--tree)
sys.path.insert(0, str(HERE))
# Measure this checkout's code, not whatever copy of the package the interpreter has installed
# (a git worktree shares its venv with the main checkout).
sys.path.insert(1, str(REPO))

from generate import CACHE_DIR, CACHE_ENV, DEFAULT_SEED, cached_db  # noqa: E402

PAINT_MARKER = "mxpolicy-first-paint"  # mxpolicy_gui.app.BENCH_PAINT_MARKER

#: (key, label, target, unit); a figure meets its target when it is at most the target.
FIGURES = (
    ("floor_first_paint_ms", "floor: bare PySide6 window, first paint", None, "ms"),
    ("first_paint_ms", "app start to first paint, bundled db", None, "ms"),
    ("first_paint_ratio", "  ratio to floor", 1.5, "×"),
    ("first_paint_100k_ms", "app start to first paint, N records", None, "ms"),
    ("first_paint_100k_ratio", "  ratio to floor", 1.5, "×"),
    ("search_p50_ms", "keystroke to rows painted, p50", None, "ms"),
    ("search_p95_ms", "keystroke to rows painted, p95", 16, "ms"),
    ("facet_ms", "facet tick to rows painted", 16, "ms"),
    ("detail_ms", "row selected to detail painted", 50, "ms"),
    ("csv_100k_s", "CLI CSV export, N records", 0.5, "s"),
    ("pdf_1k_s", "CLI PDF export, 1,000 records", 1.5, "s"),
    ("rss_100k_mb", "peak memory after typing, N records", 120, "MB"),
    ("timeline_paint_ms", "timeline repaint at 1280×800, N records", 50, "ms"),
    ("frozen_floor_first_paint_ms", "frozen floor: bare window as a PyInstaller bundle", None,
     "ms"),
    ("frozen_first_paint_ms", "PyInstaller bundle start to first paint", None, "ms"),
    ("frozen_first_paint_ratio", "  ratio to frozen floor", 1.3, "×"),
    ("archive_mb", "release .tar.gz size", 45, "MB"),
)

BUNDLE = REPO / "dist" / "mxpolicy-gui" / "mxpolicy-gui"


#: The figures each phase of --only measures.
PHASE_FIGURES = {
    "start": ("floor_first_paint_ms", "first_paint_ms", "first_paint_100k_ms",
              "first_paint_ratio", "first_paint_100k_ratio"),
    "gui": ("search_p50_ms", "search_p95_ms", "facet_ms", "detail_ms", "rss_100k_mb"),
    "export": ("csv_100k_s", "pdf_1k_s"),
    "timeline": ("timeline_paint_ms",),
}


def log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def child_env(scratch: Path) -> dict[str, str]:
    """Headless, with throw-away settings and runtime folders, and no database override."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    # The export keeps the database's hash in the user's cache folder (a user's second export
    # of the same file does not hash it again): one of the run's own, so the first export of
    # each run hashes and the rest read the kept hash, whatever ran before.
    env["XDG_CACHE_HOME"] = str(scratch / "cache")
    env["MXPOLICY_LOG_DIR"] = str(scratch / "logs")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), env.get("PYTHONPATH", "")) if p
    )
    env.pop("MXPOLICY_DB", None)
    env.pop("MXPOLICY_BENCH_EXIT_AFTER_PAINT", None)
    # As installed: compiled bytecode, cached in a folder of the benchmark's own.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The tree under test (not whatever copy of the package is installed in the venv):
    # gui_session.py runs as a script, so the current folder alone would not do.
    env["PYTHONPATH"] = os.pathsep.join(
        [str(TREE), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env["PYTHONPYCACHEPREFIX"] = str(pycache_dir())
    return env


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or CACHE_DIR)


def pycache_dir() -> Path:
    folder = cache_root() / "pycache"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def frozen_floor(bundle: Path) -> Path:
    """The floor (`floor.py`) frozen with PyInstaller, built once next to the databases and
    rebuilt when floor.py changes: the fair floor for a frozen app's start-up."""
    source = HERE / "floor.py"
    folder = cache_root() / "frozen-floor"
    stamp = folder / "stamp"
    exe = folder / "dist" / "floor" / "floor"
    wanted = str(source.stat().st_mtime_ns)
    if exe.exists() and stamp.exists() and stamp.read_text() == wanted:
        return exe
    log("freezing the floor with PyInstaller (once; about a minute)")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", str(source), "--noconfirm", "--onedir",
            "--log-level", "WARN", "--distpath", str(folder / "dist"), "--workpath",
            str(folder / "work"), "--specpath", str(folder), "--strip",
        ],
        check=True,
        capture_output=True,
    )
    stamp.write_text(wanted)
    return exe


def archive_mb(bundle: Path) -> tuple[float | None, str]:
    """Size of the newest release .tar.gz next to the bundle (dist/), in MB (10^6 bytes)."""
    dist = bundle.parent.parent
    archives = sorted(dist.glob("mxpolicy-*.tar.gz"), key=lambda a: a.stat().st_mtime)
    if not archives:
        return None, f"no mxpolicy-*.tar.gz in {dist}: `python packaging/build.py`"
    return archives[-1].stat().st_size / 1e6, archives[-1].name


def first_paint_ms(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning `command` to the end of its first paint (its marker line)."""
    started = time.monotonic_ns()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith(PAINT_MARKER + " "):
            return (int(line.split()[1]) - started) / 1e6
    raise RuntimeError(
        f"{' '.join(command)} never reported its first paint (exit {proc.returncode}):\n"
        f"{proc.stderr[-2000:]}"
    )


#: CPU seconds (user + system) of each export child, by figure: on a loaded machine the
#: wall time also counts waiting for a core, CPU time does not (reported next to it).
CPU_SECONDS: dict[str, list[float]] = {"csv": [], "pdf": []}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def seconds(command: list[str], env: dict[str, str], figure: str = "") -> float:
    started, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr}")
    if figure:
        CPU_SECONDS[figure].append(_children_cpu() - cpu)
    return elapsed


def gui_session(db: Path, env: dict[str, str], args: argparse.Namespace) -> dict:
    command = [
        sys.executable,
        str(HERE / "gui_session.py"),
        "--db",
        str(db),
        "--keystrokes",
        str(args.keystrokes),
        "--selections",
        str(args.selections),
        "--facet-toggles",
        str(args.facet_toggles),
        "--seed",
        str(args.seed),
    ]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"gui_session failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def timeline_paint(db: Path, env: dict[str, str], repeats: int) -> dict:
    command = [sys.executable, str(HERE / "timeline_paint.py"), "--db", str(db)]
    proc = subprocess.run(
        [*command, "--repeats", str(repeats)], env=env, capture_output=True, text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"timeline_paint failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside_version

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "sqlite": sqlite3.sqlite_version,
    }


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def ratio(value: float, floor: float) -> float:
    return value / floor if floor else 0.0


def measure(args: argparse.Namespace) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix="mxpolicy-bench-"))
    try:
        env = child_env(scratch)
        started = time.perf_counter()
        big = args.db or cached_db(args.records, args.seed)
        small = cached_db(min(1000, args.records), args.seed)
        log(f"databases ready in {time.perf_counter() - started:.1f} s: {big.name}, {small.name}")

        app = [sys.executable, "-m", "mxpolicy_gui"]
        paint_env = {**env, "MXPOLICY_BENCH_EXIT_AFTER_PAINT": "1"}
        starts: dict[str, list[float]] = {"floor": [], "bundled": [], "big": []}
        commands = {
            "floor": [sys.executable, str(HERE / "floor.py")],
            "bundled": app,
            "big": [*app, "--db", str(big)],
        }
        for run in range(args.runs + 1 if "start" in args.only else 0):
            for name, command in commands.items():
                ms = first_paint_ms(command, paint_env)
                if run:  # run 0 warms the page cache and is left out
                    starts[name].append(ms)
        log(f"start-up (ms): { {k: [round(v) for v in vs] for k, vs in starts.items()} }")

        sessions = []
        for run in range(args.gui_runs if "gui" in args.only else 0):
            result = gui_session(big, env, args)
            sessions.append(result)
            log(
                f"gui session {run + 1}/{args.gui_runs}: search p50 "
                f"{result['search_p50_ms']:.1f} p95 {result['search_p95_ms']:.1f} max "
                f"{result['search_max_ms']:.0f} ms, facet {result['facet_median_ms']:.1f} ms, "
                f"detail {result['detail_median_ms']:.1f} ms, rss {result['rss_mb']:.0f} MB; "
                f"slowest {result['search_slowest'][:4]}"
            )

        csv_runs, pdf_runs = [], []
        export = [*app, "export", "--output"]
        for _ in range(args.export_runs if "export" in args.only else 0):
            csv_out, pdf_out = str(scratch / "export.csv"), str(scratch / "export.pdf")
            csv = [*export, csv_out, "--format", "csv", "--db", str(big)]
            pdf = [*export, pdf_out, "--format", "pdf", "--db", str(small)]
            csv_runs.append(seconds(csv, env, "csv"))
            pdf_runs.append(seconds(pdf, env, "pdf"))
        log(f"exports (s): csv {csv_runs}, pdf {pdf_runs}")

        timeline: dict = {}
        if "timeline" in args.only:
            timeline = timeline_paint(big, env, args.timeline_repeats)
            log(
                f"timeline paint (ms): {timeline['states_ms']}; {timeline['markers']:,} markers, "
                f"{timeline['institutions']:,} institutions, read in {timeline['load_ms']:.0f} ms"
            )

        frozen: dict[str, list[float]] = {"floor": [], "app": []}
        skipped: dict[str, str] = {}
        bundle = args.bundle
        if "frozen" not in args.only:
            skipped["frozen"] = "not in --only"
        elif args.quick:
            skipped["frozen"] = "--quick (freezing the floor takes a minute)"
        elif not bundle.exists():
            skipped["frozen"] = f"no bundle at {bundle}: `python packaging/build.py` builds it"
        else:
            floor_exe = frozen_floor(bundle)
            frozen_commands = {"floor": [str(floor_exe)], "app": [str(bundle)]}
            for run in range(args.runs + 1):
                for name, command in frozen_commands.items():
                    ms = first_paint_ms(command, paint_env)
                    if run:
                        frozen[name].append(ms)
            shown = {k: [round(v) for v in vs] for k, vs in frozen.items()}
            log(f"frozen start-up (ms): {shown}")
        size, archive_note = archive_mb(bundle)
        if size is None:
            skipped["archive"] = archive_note
        for what, why in skipped.items():
            log(f"skipped {what}: {why}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    floor = median(starts["floor"])
    results = {
        "floor_first_paint_ms": floor,
        "first_paint_ms": median(starts["bundled"]),
        "first_paint_100k_ms": median(starts["big"]),
        "first_paint_ratio": ratio(median(starts["bundled"]), floor),
        "first_paint_100k_ratio": ratio(median(starts["big"]), floor),
        "search_p50_ms": median([s["search_p50_ms"] for s in sessions]),
        "search_p95_ms": median([s["search_p95_ms"] for s in sessions]),
        "facet_ms": median([s["facet_median_ms"] for s in sessions]),
        "detail_ms": median([s["detail_median_ms"] for s in sessions]),
        "csv_100k_s": median(csv_runs),
        "pdf_1k_s": median(pdf_runs),
        "rss_100k_mb": median([s["rss_mb"] for s in sessions]),
        "frozen_floor_first_paint_ms": median(frozen["floor"]) if frozen["floor"] else None,
        "frozen_first_paint_ms": median(frozen["app"]) if frozen["app"] else None,
        "frozen_first_paint_ratio": (
            ratio(median(frozen["app"]), median(frozen["floor"])) if frozen["app"] else None
        ),
        "archive_mb": size,
        "timeline_paint_ms": timeline.get("timeline_paint_ms", 0.0),
    }
    # A phase left out with --only has no figures: "skipped" in the table, not a 0 that "met".
    for phase, keys in PHASE_FIGURES.items():
        if phase not in args.only:
            results.update(dict.fromkeys(keys))
    results["meta"] = {
        "machine": machine(),
        "tree": str(TREE),
        "records": args.records,
        "database": str(big),
        "pdf_records": min(1000, args.records),
        "seed": args.seed,
        "quick": args.quick,
        "runs": {
            "start_up": args.runs,
            "gui_sessions": args.gui_runs,
            "keystrokes_per_session": len(sessions[0]["search_ms"]) if sessions else 0,
            "exports": args.export_runs,
        },
        "search_max_ms": median([s["search_max_ms"] for s in sessions]),
        "csv_100k_cpu_s": median(CPU_SECONDS["csv"]),
        "pdf_1k_cpu_s": median(CPU_SECONDS["pdf"]),
        "bytecode": "cached (PYTHONDONTWRITEBYTECODE removed, PYTHONPYCACHEPREFIX="
        f"{pycache_dir()}, one warm-up run left out)",
        "skipped": skipped,
        "archive": archive_note if size is not None else None,
        "timeline": timeline,
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }
    return results


def table(results: dict) -> str:
    meta = results["meta"]
    n = meta["records"]
    lines = [
        f"mxpolicy benchmarks — N = {n:,} records, medians "
        f"({meta['runs']['start_up']} start-ups, {meta['runs']['gui_sessions']} typing "
        f"sessions of {meta['runs']['keystrokes_per_session']} keys, "
        f"{meta['runs']['exports']} exports each)",
        f"machine: {meta['machine']['cpu']}, {meta['machine']['cores']} cores; Python "
        f"{meta['machine']['python']}, PySide6 {meta['machine']['pyside6']}, SQLite "
        f"{meta['machine']['sqlite']}",
        f"code measured: {meta['tree']}; bytecode: {meta['bytecode']}",
        "exports: the first of each kind hashes the database, the others read the hash kept "
        "in the run's own cache folder (as a user's second export does)",
        f"export CPU time (user + system, median): csv {meta['csv_100k_cpu_s']:.2f} s, "
        f"pdf {meta['pdf_1k_cpu_s']:.2f} s; load average at the end "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        *(f"skipped {what}: {why}" for what, why in meta["skipped"].items()),
        "",
        "| figure | what | value | target | |",
        "|---|---|---:|---:|---|",
    ]
    for key, label, target, unit in FIGURES:
        value = results[key]
        goal = "" if target is None else f"≤ {target}"
        if value is None:
            lines.append(f"| `{key}` | {label} | skipped | {goal} | |")
            continue
        shown = f"{value:.2f}" if unit in ("×", "s") else f"{value:.1f}"
        verdict = "" if target is None else ("met" if value <= target else "**missed**")
        lines.append(f"| `{key}` | {label} | {shown} {unit} | {goal} | {verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, metavar="N")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here")
    parser.add_argument("--quick", action="store_true", help="few repeats, short typing session")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="an existing database of --records records to use for the N-record figures "
        "(e.g. one built with a changed writer) instead of the generated one",
    )
    parser.add_argument("--runs", type=int, help="start-ups per figure (default 7, quick 2)")
    parser.add_argument("--gui-runs", type=int, help="typing sessions (default 3, quick 1)")
    parser.add_argument("--keystrokes", type=int, help="per session (default 220, quick 30)")
    parser.add_argument("--export-runs", type=int, help="per export (default 5, quick 1)")
    parser.add_argument(
        "--tree",
        type=Path,
        default=REPO,
        help="measure the mxpolicy_gui of another checkout (e.g. main, for a before/after in "
        "one batch) with this runner, its floor and its databases",
    )
    parser.add_argument(
        "--only",
        default="start,gui,export,timeline,frozen",
        help="comma-separated subset of start, gui, export, timeline, frozen (for working on "
        "one figure; the others are reported as 0 or skipped)",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        default=BUNDLE,
        metavar="EXE",
        help="the PyInstaller bundle's executable (default dist/mxpolicy-gui/mxpolicy-gui)",
    )
    args = parser.parse_args(argv)
    args.only = set(args.only.split(","))
    if args.records < 1:
        parser.error("--records must be at least 1")
    if args.db is not None:
        args.db = args.db.resolve()
    args.bundle = args.bundle.resolve()
    quick = args.quick
    args.runs = args.runs or (2 if quick else 7)
    args.gui_runs = args.gui_runs or (1 if quick else 3)
    args.keystrokes = args.keystrokes or (30 if quick else 220)
    args.selections = 4 if quick else 15
    args.facet_toggles = 2 if quick else 6
    args.export_runs = args.export_runs or (1 if quick else 5)
    args.timeline_repeats = 3 if quick else 15
    global TREE
    TREE = args.tree.resolve()
    os.chdir(TREE)
    results = measure(args)
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
