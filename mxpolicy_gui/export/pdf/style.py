"""Sizes, colours, CSS and block markers of the PDF report, shared by its modules.

Lengths are points on a 72-dpi reference device (see `units`). Qt's rich text knows a subset of
CSS 2.1 and takes margins only in px (1/96 inch); other units are silently dropped.
"""

from __future__ import annotations

TITLE = "mxpolicy — Mexican public policy report"
MARGIN_MM = 15.0
RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text stays vector
BODY_POINT_SIZE = 9.0
FIGURE_POINT_SIZE = 8.5
NOTE_POINT_SIZE = 7.5
FOOTER_POINT_SIZE = 7.5
CHART_POINT_SIZE = 7.5
CHUNK_RECORDS = 32  # records per QTextDocument: small enough to stay linear, big enough to amortise

# Horizontal layout, in points, for A4 less 15 mm margins (510 pt); wider pages just get a
# wider right edge. Figure rows: label | value (right-aligned) | year (centred) | [source].
KEY_WIDTH = 116.0  # "Published in the DOF" in bold is 107 pt
CONTENTS_KEY_WIDTH = 152.0  # "Public service innovation 12" in bold is about 140 pt
CONTENTS_PAGE_RIGHT = 508.0
LABEL_WIDTH = 262.0
VALUE_RIGHT = 388.0
YEAR_CENTRE = 416.0
SOURCE_LEFT = 440.0
COLUMN_GAP = 10.0
CHART_WIDTH = 420.0
# Lists are paragraphs with a hanging indent: the marker ("•", "3.") at MARKER_LEFT, a tab,
# the text from ITEM_LEFT (measures) or REF_LEFT (numbered sources).
MARKER_LEFT = 10.0
ITEM_LEFT = 21.0
REF_LEFT = 32.0

# Block markers (QTextBlock.userState via Qt's "-qt-user-state" CSS), for the block formats
# set after parsing and for paging.
FACT, CONTENTS, FIGURES, FIGURE_HEAD, RECORD, HEADING, ITEM, REF, CHART, FIGURES_ALT = range(1, 11)
FIGURE_ROWS = frozenset({FIGURES, FIGURES_ALT})  # a figures table's rows, plain and shaded
# A heading, and a record's facts, never end a page: they go on with what follows them.
KEEP_WITH_NEXT = frozenset({FACT, FIGURE_HEAD, RECORD, HEADING})
UNSPLIT = KEEP_WITH_NEXT | FIGURE_ROWS | {REF, CHART}  # their lines stay together

RULE_COLOUR = "#6f9a89"
# The figures table's shading is set on the block format after parsing, not in the CSS: a CSS
# background on a <p> also shades each run of its text, and the PDF then fills every
# tab-separated cell of a row once more under the row's own fill (the same colour, unseen).
FIGURE_HEAD_BACKGROUND = "#dde8e3"
FIGURES_ALT_BACKGROUND = "#f2f6f4"
RULE_WIDTH = 0.8

# Every rule names its element: Qt tries a rule without one (".muted") on every node it parses.
CSS = f"""
body {{ color: #1a1a1a; }}
h1 {{ font-size: 20pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 8px; }}
h2 {{ font-size: 15pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 2px; -qt-user-state: {HEADING}; }}
h3 {{ font-size: 10.5pt; font-weight: bold; color: #0b3d2e; margin-top: 11px;
      margin-bottom: 4px; -qt-user-state: {HEADING}; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
p.lead {{ font-size: 10pt; margin-bottom: 12px; }}
p.item {{ white-space: pre-wrap; margin-bottom: 2px; -qt-user-state: {ITEM}; }}
p.ref {{ white-space: pre-wrap; font-size: 8pt; margin-bottom: 3px; -qt-user-state: {REF}; }}
p.es {{ font-size: 11.5pt; color: #555555; margin-bottom: 10px; -qt-user-state: {HEADING}; }}
p.kind {{ font-size: 8pt; color: #8a6a00; font-weight: bold; margin-top: 30px;
          margin-bottom: 4px; -qt-user-state: {RECORD}; }}
p.chart {{ margin-top: 2px; margin-bottom: 6px; -qt-user-state: {CHART}; }}
span.muted {{ color: #666666; }}
span.small, p.small {{ font-size: {NOTE_POINT_SIZE}pt; color: #666666; }}
span.key {{ color: #555555; font-weight: bold; }}
p.fact {{ white-space: pre-wrap; margin-bottom: 2px; -qt-user-state: {FACT}; }}
p.toc {{ white-space: pre-wrap; margin-bottom: 1px; -qt-user-state: {CONTENTS}; }}
p.fighead {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; font-weight: bold;
             color: #0b3d2e; margin-bottom: 0px;
             -qt-user-state: {FIGURE_HEAD}; }}
p.fig {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
         -qt-user-state: {FIGURES}; }}
p.figalt {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
            -qt-user-state: {FIGURES_ALT}; }}
"""
