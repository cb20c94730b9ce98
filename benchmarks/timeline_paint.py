"""The timeline's paint time at N records, in one fresh offscreen process.

    QT_QPA_PLATFORM=offscreen python benchmarks/timeline_paint.py --db PATH [--repeats 15]

Reads the database's timeline (adding synthetic histories and institutions where it has none,
`generate.timeline_extras`), shows the Timeline view at 1280×800 and times full repaints
(`repaint()`, synchronous) in the states a person sees: the whole span, zoomed on 2013–2015,
panned, and with a policy selected (links drawn, the rest dimmed) under a search that dims
half. Prints one JSON object: the median and the slowest state's median in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))  # this checkout's mxpolicy_gui, whatever is installed

from generate import DEFAULT_SEED, timeline_extras  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from mxpolicy_gui.app import make_application
    from mxpolicy_gui.store import Store
    from mxpolicy_gui.views.timeline_view import TimelineView

    app = make_application([])
    with Store(args.db) as store:
        started = time.perf_counter()
        data = timeline_extras(store.timeline(), args.seed)
        load_ms = (time.perf_counter() - started) * 1000
    view = TimelineView(data)
    view.resize(1280, 800)
    view.show()
    QApplication.processEvents()
    view.repaint()  # fonts and glyph caches warm

    def timed() -> float:
        begin = time.perf_counter()
        view.repaint()
        return (time.perf_counter() - begin) * 1000

    def run(prepare) -> list[float]:
        times = []
        for _ in range(args.repeats):
            prepare()
            times.append(timed())
        return times

    ids = view.marker_ids()
    half = set(ids[::2])

    def select_and_filter() -> None:
        view.fit()
        view.set_kind_filter("reform", half)
        view.select(ids[len(ids) // 2], emit=False)

    # (set-up once, then before each timed repaint)
    states = {
        "fit": (view.fit, view.fit),
        "2013-2015": (
            lambda: None,
            lambda: view.show_range(
                dt.date(2013, 1, 1).toordinal(), dt.date(2015, 12, 31).toordinal()
            ),
        ),
        "pan": (lambda: None, lambda: view.pan(37)),
        "selected+dimmed": (select_and_filter, view.update),
    }
    medians = {}
    for name, (setup, prepare) in states.items():
        setup()
        medians[name] = statistics.median(run(prepare))
    # The first paint after a search changes the dimming also counts the matches per lane.
    view.set_kind_filter("reform", set(ids[1::2]))
    first_after_filter = timed()
    everything = [m for m in medians.values()]
    print(
        json.dumps(
            {
                "timeline_paint_ms": statistics.median(everything),
                "timeline_paint_max_ms": max(everything),
                "states_ms": medians,
                "first_paint_after_filter_ms": first_after_filter,
                "markers": len(ids),
                "institutions": len(data.institutions),
                "status_marks": len(data.statuses),
                "load_ms": load_ms,
            }
        )
    )
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
