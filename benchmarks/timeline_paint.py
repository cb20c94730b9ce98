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
    states = {
        "fit": view.fit,
        "2013-2015": lambda: view.show_range(
            dt.date(2013, 1, 1).toordinal(), dt.date(2015, 12, 31).toordinal()
        ),
        "pan": lambda: view.pan(37),
        "selected+dimmed": lambda: (
            view.set_kind_filter("reform", half),
            view.select(ids[len(ids) // 2], emit=False),
        ),
    }
    medians = {name: statistics.median(run(prepare)) for name, prepare in states.items()}
    everything = [m for m in medians.values()]
    print(
        json.dumps(
            {
                "timeline_paint_ms": statistics.median(everything),
                "timeline_paint_max_ms": max(everything),
                "states_ms": medians,
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
