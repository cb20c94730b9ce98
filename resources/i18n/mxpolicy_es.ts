<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>MainWindow</source>
        <comment>CSV, figures in long form (*.csv)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>PDF report (*.pdf)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}

{where} Nothing in the policy database was changed. You can keep working; if the problem returns, send the report (Show Details…) to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline reference on Mexican public policy: the 12 public service innovations of 2019–2022 and the 13 structural reforms of 2012–2018. It makes no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(format {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in the app names its own source in the detail pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application code: MIT licence. Font: DejaVu Sans (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} cannot open its data</source>
        <extracomment>Benchmarks set this to learn when a fresh process has painted its first rows: the app then prints `BENCH_PAINT_MARKER &lt;time.monotonic_ns()&gt;` and quits (see benchmarks/run.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>%1 by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Policy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a policy in the table to read its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation {n} copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed unexpectedly ({error}).</source>
        <extracomment>(request, progress(n), cancelled()) -&gt; rows written. Raises ExportError, StoreError or ExportCancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <source>{value}, %n policies</source>
        <extracomment>What a person reads for a stored value (a status or sector in the interface&apos;s language); the value itself is what filters.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <extracomment>Check boxes drawn from the palette&apos;s text colour, so they stay visible on dark palettes (Fusion draws them from the window colour, which nearly vanishes on dark grey).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Charts of comparable figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MXN {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Languages offered, each named in its own language (as every language menu does).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Replaced in tests; returns (path, figures?) or None when the person cancels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all &amp;shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible CSV (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Mexican public policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies of policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more rows first (Ctrl+A selects all), or use File ▸ Export all shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policies match the current search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>mxpolicy — Mexican public policy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with mxpolicy {version}. Figures are quoted from the works listed under each record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mxpolicy dataset {version} — page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyQuery</name>
    <message>
        <source>search &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years {range}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <source>{Noun} tab</source>
        <extracomment>Counts `facets` under a query off the GUI thread and later calls `done(values)` on the GUI thread; a newer request from the same tab supersedes one not yet answered. The first and last year with policies of a kind (None if no policy has a date): cheaper than counting every year when only the spin boxes&apos; range is wanted. Below this query time the search runs on the next event-loop turn (no visible delay); above it, the keystrokes of the next DEBOUNCE_MS are coalesced into one search, so typing never stutters on a slow disk. The time is the store&apos;s (fetching and counting), the smallest of the last few queries: one query slowed by a busy machine does not add the debounce to the next keystroke. A query under one frame (16 ms) cannot make typing stutter (keys come 60 ms or more apart), while the debounce would add 150 ms to the next key. Posted to a tab to let the detail pane paint again once the table has painted new rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {noun} in English or Spanish (e.g. energía, jóvenes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Noun} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {noun} match “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {noun} match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer or shorter words (a word&apos;s start is enough), search in English or Spanish, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English; hover a row for the Spanish name</source>
        <extracomment>The PolicyRow behind a row; still works through a proxy model. Emitted after every reset with (rows matching the query, rows in the unfiltered kind). Display texts per row, made the first time the row is shown (few rows ever are). Seconds the last `set_query` spent in the store (fetching and counting).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>MainWindow</source>
        <comment>CSV, one row per policy (*.csv)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Source {n}</source>
        <extracomment>The facts under the title, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link of source {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be opened safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>, </source>
        <extracomment>Translation context of every label here (one context: a translator sees the set together). How list fields (sectors, agencies) are joined in one text column of the database and the CSV. Records split them back into tuples: no caller above the store sees the joined form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innovations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovations 2019–2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n innovation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reforms 2012–2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n reform(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in the DOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published in the DOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In operation</source>
        <extracomment>Statuses a policy may have, as stored; `status_label` gives what a person reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <extracomment>Sectors a policy may belong to, as stored; `sector_label` gives what a person reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
