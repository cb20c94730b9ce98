"""The interactive figures, measured in one fresh app process on the real window.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_session.py --db PATH [--keystrokes 220]

Builds the window the way `mxpolicy-gui` does (`make_application`, `Store`,
`build_main_window`, and its garbage-collection policy: paused for the start, back at the first
paint with the start's objects frozen), shows it offscreen and then, like a person:

1. selects rows one after another with the Down key, timing each from the key press to the end
   of the detail pane's repaint (figures, chart and sources), waiting for layout to settle;
2. ticks and unticks facet values (sector, status, administration), timing each from the tick
   to the end of the table's repaint with the filtered rows;
3. types a scripted session of real search words (Spanish with and without accents, English,
   corrections with Backspace) at a person's pace. Each key is pressed at its scheduled time
   whatever the app is doing, and timed from that moment to the end of the first repaint of
   the table (or of its empty-state message) after the model has reset to a query that
   includes that key. So the time a key waits behind earlier work (a search, the deferred
   facet counts) is counted, as a person would feel it;
4. reads the process's peak resident memory (VmHWM).

Prints one JSON object on stdout. Times are in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package

from PySide6.QtCore import QEvent, QEventLoop, QItemSelectionModel, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mxpolicy_gui.app import build_main_window, make_application

try:  # the app's garbage-collection policy (a tree from before it existed has none)
    from mxpolicy_gui.app import collect_after_first_paint
except ImportError:  # pragma: no cover
    collect_after_first_paint = None
from mxpolicy_gui.store import Store

#: What people type into a policy reference: Spanish with and without accents, English,
#: agencies and places, one to three words.
PHRASES = (
    "energía", "energia renovable", "jóvenes", "jovenes construyendo", "salud pública",
    "educación básica", "becas benito juárez", "pensiones adultos mayores", "vivienda social",
    "agua", "seguridad ciudadana", "transparencia", "reforma energética", "crédito a la palabra",
    "niñas y niños", "telecomunicaciones", "refinación", "vacunación", "empleo temporal",
    "internet para todos", "campesinos", "competencia económica", "austeridad",
    "reforestación", "fertilizantes", "comunidades indígenas", "electricidad", "oaxaca",
    "michoacán", "yucatán", "nuevo leon", "ciudad de méxico", "pemex", "cfe tarifa", "imss",
    "conagua", "sep escuelas", "budget", "schools covered", "health", "women", "workers",
    "older adults", "financial inclusion", "clean energy", "programa nacional",
    "fondo regional", "guardia nacional", "anticorrupción", "electoral", "precios de garantía",
    "universidades bienestar", "sistema digital", "apprenticeship", "tax reform",
)
#: The search syntax (issue 12): field prefixes, names people use (aliases), a quoted phrase,
#: and words that find nothing and so ask for a suggestion.
SYNTAX_PHRASES = (
    "agency:cfe", "year:2019", "sector:energy", "status:superseded", "kind:reform agua",
    "amlo", "huachicol", "mañanera", '"reforma energética"', "presupesto", "sembrado",
)
TYPING_GAP_MS = (70, 170)  # between two keys of a phrase: 6–14 keys a second
PHRASE_PAUSE_MS = 700  # reading the results before the next search
SETTLE_MS = 60  # no paint for this long: the screen has settled
TIMEOUT_MS = 10_000


def log(text: str) -> None:
    print(f"[gui_session {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def now_ms() -> float:
    return time.perf_counter() * 1000.0


class PaintClock(QObject):
    """Calls `on_painted(t)` when a paint pass that included any watched widget has ended."""

    def __init__(self, widgets: list[QWidget], on_painted, parent: QObject) -> None:
        super().__init__(parent)
        self._on_painted = on_painted
        self._pending = False
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._done)  # runs once the whole paint pass has finished
        return False

    def _done(self) -> None:
        self._pending = False
        self._on_painted(now_ms())


class TablePaintClock(QObject):
    """Calls `on_painted(t)` the moment the table (or its empty-state message) has finished
    painting. The app may paint the table and then go on in the same event (it paints new
    rows before rebuilding the detail pane), so this paints the widget itself, exactly as Qt
    would next, and reads the clock right after."""

    def __init__(self, tab, on_painted, parent: QObject) -> None:
        super().__init__(parent)
        self._on_painted = on_painted
        self._paint = {
            tab.table.viewport(): tab.table.viewportEvent,  # QAbstractScrollArea's route
            tab.empty_text: tab.empty_text.event,
        }
        for widget in self._paint:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or watched not in self._paint:
            return False
        self._paint[watched](event)
        self._on_painted(now_ms())
        return True


def spin_until(app: QApplication, deadline_ms: float) -> None:
    """Let the app run (process every event) until `deadline_ms`, then return."""
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    fired = []
    timer.timeout.connect(lambda: fired.append(True))
    timer.start(max(0, int(deadline_ms - now_ms())))
    while not fired and now_ms() < deadline_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    timer.stop()


def spin_while(app: QApplication, condition, timeout_ms: float = TIMEOUT_MS) -> bool:
    deadline = now_ms() + timeout_ms
    while condition() and now_ms() < deadline:
        spin_until(app, min(deadline, now_ms() + 5))
    return not condition()


def settle(app: QApplication, last_paint: list[float], quiet_ms: float = SETTLE_MS) -> None:
    """Run until nothing has painted for `quiet_ms`."""
    start = now_ms()
    while True:
        spin_until(app, now_ms() + quiet_ms / 3)
        last = max(last_paint[-1] if last_paint else start, start)
        if now_ms() - last >= quiet_ms:
            return


def keystrokes(count: int, seed: int, syntax: bool = True) -> list[tuple[str, str, float]]:
    """(kind, key, gap before it in ms): kinds are "clear" (select all, not a keystroke),
    "char" and "backspace". At least `count` text-changing keys. `syntax` adds the search
    syntax phrases (False: the session as measured before they existed)."""
    rnd = random.Random(seed)
    phrases = list(PHRASES) + (list(SYNTAX_PHRASES) if syntax else [])
    rnd.shuffle(phrases)
    keys: list[tuple[str, str, float]] = []
    typed = 0
    i = 0
    while typed < count:
        phrase = phrases[i % len(phrases)]
        i += 1
        keys.append(("clear", "", PHRASE_PAUSE_MS))
        typo_at = rnd.randrange(2, len(phrase)) if len(phrase) > 3 and rnd.random() < 0.15 else -1
        for position, char in enumerate(phrase):
            if position == typo_at and char != " ":
                keys.append(("char", rnd.choice("qwxzkv"), rnd.uniform(*TYPING_GAP_MS)))
                keys.append(("backspace", "", rnd.uniform(150, 300)))
                typed += 2
            keys.append(("char", char, rnd.uniform(*TYPING_GAP_MS)))
            typed += 1
    return keys


def type_char(widget: QWidget, char: str) -> None:
    """Press and release the key for `char` (QTest.keyClicks only knows ASCII)."""
    code = ord(char.upper()) if len(char.upper()) == 1 else 0
    key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def vm_hwm_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--keystrokes", type=int, default=220)
    parser.add_argument("--selections", type=int, default=15)
    parser.add_argument("--facet-toggles", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--plain-phrases", action="store_true", help="leave out the search-syntax phrases"
    )
    args = parser.parse_args(argv)

    if collect_after_first_paint is not None:
        gc.disable()  # as `mxpolicy_gui.cli.main` does for the start
    app = make_application()
    store = Store(args.db)
    settings_dir = tempfile.TemporaryDirectory(prefix="mxpolicy-bench-")
    settings = QSettings(str(Path(settings_dir.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(store, settings, open_url=lambda url: None)
    if collect_after_first_paint is not None:
        collect_after_first_paint(window)  # as `run_gui` does
    window.show()
    tab = window.tabs[0]
    window.tabs_widget.setCurrentIndex(0)
    table_paints: list[float] = []
    detail_paints: list[float] = []
    table_listeners = [table_paints.append]
    TablePaintClock(tab, lambda t: [listen(t) for listen in table_listeners], window)
    detail = tab.detail
    PaintClock(
        [detail.viewport(), detail.widget(), detail.chart, detail.figures.viewport()],
        detail_paints.append,
        window,
    )
    if not spin_while(app, lambda: not table_paints):
        raise SystemExit("the window never painted")
    settle(app, table_paints, 300)
    window.activateWindow()

    log("window painted")
    # 1. Row selection → detail pane.
    tab.table.setFocus()
    tab.table.selectionModel().setCurrentIndex(
        tab.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    settle(app, detail_paints, 200)
    detail_ms: list[float] = []
    for i in range(args.selections):
        before = len(detail_paints)
        # Down through the rows, back Up at the end of a short table.
        down = (i // max(1, tab.model.rowCount() - 1)) % 2 == 0
        step = Qt.Key.Key_Down if down else Qt.Key.Key_Up
        start = now_ms()
        QTest.keyClick(tab.table, step)
        spin_while(app, lambda before=before: len(detail_paints) == before)
        settle(app, detail_paints)
        detail_ms.append(detail_paints[-1] - start)
        spin_until(app, now_ms() + 100)

    log(f"detail {detail_ms}")
    # 2. Facet filters: tick a value, then untick it.
    facet_ms: list[float] = []
    panel = tab.facet_panel
    toggles = []
    for key in ("sector", "status", "administration"):
        model = panel.models[key]
        if model.rowCount():
            toggles.extend((model, row) for row in range(min(model.rowCount(), 2)))
    toggles = toggles[: args.facet_toggles]
    for model, row in toggles:
        for state in (Qt.CheckState.Checked, Qt.CheckState.Unchecked):
            resets: list[float] = []

            def on_reset(resets=resets) -> None:
                resets.append(now_ms())

            tab.model.modelReset.connect(on_reset)
            start = now_ms()
            model.setData(model.index(row), state, Qt.ItemDataRole.CheckStateRole)
            spin_while(
                app,
                lambda r=resets: not (r and table_paints and table_paints[-1] > r[0]),
            )
            facet_ms.append(table_paints[-1] - start)
            tab.model.modelReset.disconnect(on_reset)
            settle(app, table_paints, 400)

    log(f"facets {facet_ms}")
    # 3. The typing session.
    tab.search.setFocus()
    presses: list[dict] = []

    def on_reset_typing() -> None:
        t = now_ms()
        for press in presses:
            if press["reset"] is None:
                press["reset"] = t

    def on_paint_typing(t: float) -> None:
        for press in presses:
            if press["reset"] is not None and press["painted"] is None:
                press["painted"] = t

    table_listeners.append(on_paint_typing)
    tab.model.modelReset.connect(on_reset_typing)
    # Stalls of the event loop (for the diagnosis of slow keys, not a figure).
    stalls: list[tuple[float, float]] = []
    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    last_beat = [now_ms()]

    def heartbeat() -> None:
        t = now_ms()
        if t - last_beat[0] > 50:
            stalls.append((last_beat[0], t - last_beat[0]))
        last_beat[0] = t

    beat.timeout.connect(heartbeat)
    beat.start(5)
    scheduled = now_ms() + 200
    typing_start = scheduled
    for kind, key, gap in keystrokes(args.keystrokes, args.seed, not args.plain_phrases):
        scheduled += gap
        spin_until(app, scheduled)
        if kind == "clear":
            tab.search.selectAll()
            continue
        presses.append(
            {"at": scheduled, "late": now_ms() - scheduled, "reset": None, "painted": None}
        )
        if kind == "backspace":
            QTest.keyClick(tab.search, Qt.Key.Key_Backspace)
        else:
            type_char(tab.search, key)
        presses[-1]["text"] = tab.search.text()
    spin_while(app, lambda: any(p["painted"] is None for p in presses))
    beat.stop()
    settle(app, table_paints, 300)
    latencies = [p["painted"] - p["at"] for p in presses if p["painted"] is not None]
    slowest = sorted(
        presses,
        key=lambda p: p["painted"] - p["at"] if p["painted"] is not None else float("inf"),
        reverse=True,
    )[:8]

    result = {
        "records": store.info().counts,
        "search_ms": latencies,
        "search_unanswered": sum(p["painted"] is None for p in presses),
        "late": [round(p["late"]) for p in presses],
        "at": [round(p["at"] - typing_start) for p in presses],
        "stalls": [(round(t - typing_start), round(d)) for t, d in stalls],
        "texts": [p["text"] for p in presses],
        "search_p50_ms": percentile(latencies, 50),
        "search_p95_ms": percentile(latencies, 95),
        "search_max_ms": max(latencies, default=0.0),
        "search_slowest": [
            {"text": p["text"], "ms": round((p["painted"] or 0) - p["at"], 1)} for p in slowest
        ],
        "facet_ms": facet_ms,
        "detail_ms": detail_ms,
        "facet_median_ms": statistics.median(facet_ms) if facet_ms else 0.0,
        "detail_median_ms": statistics.median(detail_ms) if detail_ms else 0.0,
        "rss_mb": vm_hwm_mb(),
    }
    print(json.dumps(result))
    window.close()
    store.close()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
