"""The timeline's layout and painter, Qt widgets aside: shared by the window, files and PDF."""

from mxpolicy_gui.timeline.paint import paint_timeline

__all__ = ["paint_timeline"]
