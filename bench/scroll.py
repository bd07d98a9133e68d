"""Scrolling the Journal list end to end (issue 13: no frame over 50 ms).

In this process, offscreen: the Journal area built as the window builds it (the
app's style, the content catalog, the real view and its list model), at the size it
has in the app's default window, opened on a generated journal. Then the list is
scrolled the ways a person does: Page Down from the first row to the last, the
scrollbar's thumb dragged from top to bottom in even jumps, and End and Home.

A frame is one step's work: from the scroll to the event loop idle again with the
rows painted (the scroll, the pages fetched, the viewport painted, each frame
checked to have painted). The list model fetches its pages on the UI thread, inside
painting, so this time is the UI thread's, all of it blocked; there is no worker to
wait for.
"""
from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

SIDEBAR_WIDTH = 184  # ui/widgets/sidebar.py: the areas get the rest of the window
DRAG_JUMPS = 197  # not a divisor of the rows: jumps land anywhere in a page, not always at its start
SLOW_MS = 50  # the target's longest frame (report.FRAME_MAX_MS): slow frames are looked into
_APP = None  # the QApplication, kept alive for the widgets


@dataclass
class ScrollTimings:
    entries: int
    rows_per_page: int = 0  # rows one Page Down moves
    frames_ms: dict[str, list[float]] = field(default_factory=dict)  # way of scrolling -> frames
    unpainted: int = 0  # frames in which the viewport did not paint (should be none)
    slow_with_gc: int = 0  # frames over 50 ms with a Python garbage collection in them

    def all_frames(self) -> list[float]:
        return [ms for frames in self.frames_ms.values() for ms in frames]


class _PaintCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _view(services, app):  # noqa: ANN001, ANN202
    """The Journal area as MainWindow._build_area makes it, at its default size."""
    from journal_app.content.loader import load_catalog
    from journal_app.paths import resources_dir
    from journal_app.ui import style, window_geometry
    from journal_app.ui.catalog_holder import CatalogHolder
    from journal_app.ui.dialogs import Dialogs
    from journal_app.ui.tasks import SyncTaskRunner
    from journal_app.ui.views.journal_view import JournalView

    colors = style.apply(app)
    catalog = load_catalog(resources_dir())
    holder = CatalogHolder()
    holder.set(catalog, catalog)  # prompt rows show the prompt they answer
    view = JournalView(services, holder, SyncTaskRunner(), Dialogs(), colors)
    width, height = window_geometry.DEFAULT_SIZE
    view.resize(width - SIDEBAR_WIDTH, height)
    view.show()
    return view, holder


def _scroll(view, app, timings: ScrollTimings) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractSlider

    lst = view.list_view
    bar = lst.verticalScrollBar()
    counter = _PaintCount()
    lst.viewport().installEventFilter(counter)
    timings.rows_per_page = round(bar.pageStep() / max(lst.sizeHintForRow(0), 1))
    collected = []  # a garbage collection's phases during the current frame

    def note_collection(phase: str, _info: dict) -> None:
        collected.append(phase)

    def frame(step) -> float:  # noqa: ANN001
        before = counter.paints
        collected.clear()
        t = time.perf_counter()
        step()
        app.processEvents()  # the update the scroll posted: rows fetched and painted
        app.processEvents()  # anything that posted in turn
        ms = (time.perf_counter() - t) * 1000
        timings.unpainted += counter.paints == before
        timings.slow_with_gc += ms > SLOW_MS and bool(collected)
        return ms

    def page_down() -> None:
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    gc.collect()  # the other measures' garbage is not the list's to collect
    gc.callbacks.append(note_collection)
    try:
        pages = timings.frames_ms.setdefault("Page Down, top to bottom", [])
        while bar.value() < bar.maximum():
            pages.append(frame(page_down))
        frame(lambda: bar.setValue(0))
        drags = timings.frames_ms.setdefault(f"thumb dragged down in {DRAG_JUMPS} jumps", [])
        for n in range(1, DRAG_JUMPS + 1):
            drags.append(frame(lambda n=n: bar.setValue(bar.maximum() * n // DRAG_JUMPS)))
        frame(lambda: bar.setValue(0))
        view.model.refresh()  # a fresh model: End and Home land on pages not yet fetched
        app.processEvents()
        timings.frames_ms["End, then Home"] = [
            frame(lambda: bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)),
            frame(lambda: bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum))]
    finally:
        gc.callbacks.remove(note_collection)


def measure(data_dir: Path) -> ScrollTimings:
    from PySide6.QtWidgets import QApplication

    from journal_app.services.app_services import open_services

    global _APP
    app = _APP = QApplication.instance() or QApplication([])
    kept = app.styleSheet(), app.palette(), app.font()  # given back after: other measures share the app
    services = open_services(data_dir)
    view = holder = None
    try:
        view, holder = _view(services, app)
        for _ in range(3):
            app.processEvents()  # laid out and painted once, as the area first appears
        timings = ScrollTimings(entries=view.model.rowCount())
        _scroll(view, app, timings)
        return timings
    finally:
        for widget in (view, holder):
            if widget is not None:
                widget.deleteLater()
        app.processEvents()
        services.close()
        app.setStyleSheet(kept[0])
        app.setPalette(kept[1])
        app.setFont(kept[2])
