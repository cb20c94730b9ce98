<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About text</source>
        <translation>Texto de Acerca de</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>An offline reference on Mexican public policy: the 12 public service innovations of 2019–2022 and the 13 structural reforms of 2012–2018. It makes no network connection.</source>
        <translation>Una obra de consulta sin conexión sobre política pública mexicana: las 12 innovaciones en el servicio público de 2019–2022 y las 13 reformas estructurales de 2012–2018. No se conecta a la red.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>(format {n})</source>
        <translation>(formato {n})</translation>
    </message>
    <message>
        <source>Main sources</source>
        <translation>Fuentes principales</translation>
    </message>
    <message>
        <source>Every figure in the app names its own source in the detail pane.</source>
        <translation>Cada cifra de la aplicación indica su propia fuente en el panel de detalle.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Application code: MIT licence. Font: DejaVu Sans (Bitstream Vera licence).</source>
        <translation>Código de la aplicación: licencia MIT. Tipografía: DejaVu Sans (licencia Bitstream Vera).</translation>
    </message>
    <message>
        <source>Each status is dated: &quot;as of&quot; is the day it was last checked against sources, and how sure we are of a fact is marked as confirmed, partly confirmed or unconfirmed. The list of 13 reforms is this project&apos;s reconstruction: no single source lists thirteen (see docs/methodology.md).</source>
        <translation>Cada estado lleva fecha: &quot;al&quot; indica el día en que se cotejó por última vez con las fuentes, y la certeza de cada dato se marca como confirmada, parcialmente confirmada o sin confirmar. La lista de 13 reformas es una reconstrucción de este proyecto: ninguna fuente enumera trece (véase docs/methodology.md).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} cannot open its data</source>
        <extracomment>Benchmarks set this to learn when a fresh process has painted its first rows: the app then prints `BENCH_PAINT_MARKER &lt;time.monotonic_ns()&gt;` and quits (see benchmarks/run.py). The longest the start keeps the garbage collector paused (see `cli.main`).</extracomment>
        <translation>{app} no puede abrir sus datos</translation>
    </message>
    <message>
        <source>mxpolicy — Mexican public policy reference</source>
        <extracomment>Qt&apos;s own catalogue for the standard dialogs (file, print, message boxes).</extracomment>
        <translation>mxpolicy — referencia de política pública mexicana</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>%1 by year</source>
        <translation>%1 por año</translation>
    </message>
</context>
<context>
    <name>CitationExport</name>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS, for Zotero, EndNote, Mendeley (*.ris)</source>
        <translation>RIS, para Zotero, EndNote, Mendeley (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON, for Zotero, Pandoc (*.json)</source>
        <translation>CSL-JSON, para Zotero, Pandoc (*.json)</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>No policies match the current search and filters.</source>
        <translation>Ninguna política coincide con la búsqueda y los filtros actuales.</translation>
    </message>
    <message>
        <source>Export &amp;citations…</source>
        <translation>Exportar &amp;citas…</translation>
    </message>
    <message>
        <source>Save the works the selected (or shown) policies cite, for a reference manager: BibTeX, RIS or CSL-JSON</source>
        <translation>Guardar las obras que citan las políticas seleccionadas (o mostradas), para un gestor de referencias: BibTeX, RIS o CSL-JSON</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>A report was saved to {path}.</source>
        <translation>Se guardó un informe en {path}.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

{where} Nothing in the policy database was changed. You can keep working; if the problem returns, send the report (Show Details…) to the developers.</source>
        <translation>Algo salió mal: {error}

{where} No se modificó nada en la base de datos de políticas. Puede seguir trabajando; si el problema se repite, envíe el informe (Mostrar detalles…) a los desarrolladores.</translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: error inesperado</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>DetailMenu</name>
    <message>
        <source>Detail menu</source>
        <translation>Menú del detalle</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Selection copied</source>
        <translation>Selección copiada</translation>
    </message>
    <message>
        <source>Copy all &amp;citations</source>
        <translation>Copiar todas las &amp;citas</translation>
    </message>
    <message>
        <source>All citations copied</source>
        <translation>Todas las citas copiadas</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Policy details</source>
        <extracomment>(policy id, kind) of a related policy the person clicked: the window selects it. The texts a search can mark (see `set_highlight`), by field. Folded words a search marks in the texts and figure labels (none: plain text).</extracomment>
        <translation>Detalle de la política</translation>
    </message>
    <message>
        <source>Select a policy in the table to read its details.</source>
        <translation>Seleccione una política en la tabla para ver su detalle.</translation>
    </message>
    <message>
        <source>No policy selected</source>
        <translation>Ninguna política seleccionada</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Sexenio</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation>Medidas principales</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>{kind} no. {number}</source>
        <translation>{kind} núm. {number}</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Citation {n} copied</source>
        <translation>Cita {n} copiada</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exporting to {name}…</source>
        <extracomment>(request, progress(n), cancelled()) -&gt; rows written. Raises ExportError, StoreError or ExportCancelled. The file written, after a successful export (the window offers to open it). What writes a file (`export.run`); tests wrap it to press Cancel mid-write.</extracomment>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>Se exportaron {count} filas a {path}</translation>
    </message>
    <message>
        <source>Exported {count} citations to {path}</source>
        <translation>Se exportaron {count} citas a {path}</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not changed</source>
        <translation>Exportación cancelada; {name} no se modificó</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>La exportación falló: {message}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <extracomment>How a file or folder is opened: the system&apos;s handler (tests put their own).</extracomment>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Abrir el archivo exportado</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation>Mostrar la carpeta del archivo exportado</translation>
    </message>
    <message>
        <source>Hide the export notice</source>
        <translation>Ocultar el aviso de exportación</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exportado: {name}</translation>
    </message>
    <message>
        <source>Could not open {path}: no program answered.</source>
        <translation>No se pudo abrir {path}: ningún programa respondió.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed unexpectedly ({error}).</source>
        <translation>La exportación falló de forma inesperada ({error}).</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{value}, 1 policy</source>
        <translation>{value}, 1 política</translation>
    </message>
    <message>
        <source>{value}, {n} policies</source>
        <translation>{value}, {n} políticas</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <extracomment>Check boxes drawn from the palette&apos;s text colour, so they stay visible on dark palettes (Fusion draws them from the window colour, which nearly vanishes on dark grey). The width the panel needs to show every label whole (after each count update).</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Sexenio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{title} filter</source>
        <translation>Filtro de {title}</translation>
    </message>
    <message>
        <source>None under this search</source>
        <translation>Ninguno con esta búsqueda</translation>
    </message>
    <message>
        <source>{title}: none under this search</source>
        <translation>{title}: ninguno con esta búsqueda</translation>
    </message>
    <message>
        <source>Year started or published</source>
        <translation>Año de inicio o publicación</translation>
    </message>
    <message>
        <source>Innovations: the year they started. Reforms: the year the decree was published in the Diario Oficial de la Federación (DOF).</source>
        <translation>Innovaciones: el año en que iniciaron. Reformas: el año en que el decreto se publicó en el Diario Oficial de la Federación (DOF).</translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation>Incluir sin fecha</translation>
    </message>
    <message>
        <source>Include policies without a date</source>
        <translation>Incluir políticas sin fecha</translation>
    </message>
    <message>
        <source>Keep policies whose start or publication date is not known</source>
        <translation>Conservar las políticas cuya fecha de inicio o de publicación no se conoce</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Charts of comparable figures</source>
        <translation>Gráficas de cifras comparables</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copiar gráfica</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfica como PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Guardar gráfica como SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfica</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <extracomment>A label&apos;s matched-word spans under the search (a tuple; empty when none).</extracomment>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <source>Holds: {start} – {end}</source>
        <translation>Vigencia: {start} – {end}</translation>
    </message>
    <message>
        <source>Derived: computed from the form the source states (see the note)</source>
        <translation>Derivada: calculada a partir de la forma en que la expresa la fuente (véase la nota)</translation>
    </message>
    <message>
        <source>Confidence: {level}</source>
        <translation>Certeza: {level}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{n} trillion</source>
        <translation>{n} billones</translation>
    </message>
    <message>
        <source>{n} billion</source>
        <translation>{n} mil millones</translation>
    </message>
    <message>
        <source>{n} million</source>
        <translation>{n} millones</translation>
    </message>
    <message>
        <source>MXN {amount}</source>
        <extracomment>Spanish units are stored plural too (&quot;cambios&quot;); one of them reads &quot;1 cambio&quot;. A table, not a rule: Spanish adjectives agree with the noun and accents move (&quot;reelecciones&quot; → &quot;reelección&quot;). A test checks that every plural unit in the data has its entry here.</extracomment>
        <translation>${amount} MXN</translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{status} (as of {date})</source>
        <translation>{status} (al {date})</translation>
    </message>
</context>
<context>
    <name>InstrumentRow</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Open official text</source>
        <translation>Abrir texto oficial</translation>
    </message>
    <message>
        <source>Open official text of {title}</source>
        <translation>Abrir el texto oficial de {title}</translation>
    </message>
    <message>
        <source>No official address on record</source>
        <translation>No hay dirección oficial registrada</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Languages offered, each named in its own language (as every language menu does).</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Could not open {url}: no web browser answered. The address is on the clipboard.</source>
        <extracomment>One line for the status bar.</extracomment>
        <translation>No se pudo abrir {url}: ningún navegador respondió. La dirección quedó en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSV, one row per policy (*.csv)</source>
        <translation>CSV, una fila por política (*.csv)</translation>
    </message>
    <message>
        <source>CSV, figures in long form (*.csv)</source>
        <translation>CSV, cifras en formato largo (*.csv)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation>&amp;Exportar selección…</translation>
    </message>
    <message>
        <source>Export all &amp;shown…</source>
        <translation>Exportar todo lo &amp;mostrado…</translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible CSV (UTF-8 with BOM)</source>
        <translation>CSV compatible con E&amp;xcel (UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;dición</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation>Seleccionar &amp;todas las filas</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>&amp;Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Menú contextual</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Welcome line</source>
        <translation>Línea de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>{app} main window</source>
        <translation>Ventana principal de {app}</translation>
    </message>
    <message>
        <source>Bodies of policy</source>
        <translation>Conjuntos de políticas</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>Número de seleccionadas</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <extracomment>How long closing the window waits for background work (a cancelled export) to stop. Once, just after the current tab&apos;s table has painted for the first time: work the person cannot see yet waits for this (the first paint is what starting feels like). The search field above the tabs (`search_bar.install_search` puts it there). Set by `build_menus`. Every background job of this window; `closeEvent` stops them. Each open print preview&apos;s printer, kept alive until its dialog is destroyed. Replaced in tests; returns (path, figures?) or None when the person cancels.</extracomment>
        <translation>No hay nada seleccionado</translation>
    </message>
    <message>
        <source>Select one or more rows first (Ctrl+A selects all), or use File ▸ Export all shown.</source>
        <translation>Primero seleccione una o más filas (Ctrl+A selecciona todas), o use Archivo ▸ Exportar todo lo mostrado.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>No policies match the current search and filters.</source>
        <translation>Ninguna política coincide con la búsqueda y los filtros actuales.</translation>
    </message>
    <message>
        <source>policies</source>
        <comment>file name</comment>
        <translation>politicas</translation>
    </message>
    <message>
        <source>selection</source>
        <comment>file name</comment>
        <translation>seleccion</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>{n} row(s) copied with a header line</source>
        <translation>{n} fila(s) copiada(s) con una línea de encabezados</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 seleccionada</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} seleccionadas</translation>
    </message>
</context>
<context>
    <name>MatchDelegate</name>
    <message>
        <source>Spanish name</source>
        <extracomment>Folded words to highlight for a search text (`Store.parse(text).highlight`). Match notes for a search text and some policy ids (`Store.match_notes`). How many rows&apos; notes are read at once, from the first row painted without one. The shaped texts `draw_marked_line` keeps, per font (the table&apos;s and the snippet&apos;s). (left, width, shaped word) of each marked span, left from the line&apos;s start.</extracomment>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Sexenio</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PolicyQuery</name>
    <message>
        <source>search &quot;{text}&quot;</source>
        <extracomment>Best match first (weighted bm25) when the text has words to match; number otherwise. With a year range, also keep policies that have no date (so none vanish silently).</extracomment>
        <translation>búsqueda &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>sexenio</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>years {range}</source>
        <translation>años {range}</translation>
    </message>
    <message>
        <source>dated only</source>
        <translation>solo con fecha</translation>
    </message>
    <message>
        <source>1 selected record</source>
        <translation>1 registro seleccionado</translation>
    </message>
    <message>
        <source>{n} selected records</source>
        <translation>{n} registros seleccionados</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <source>{Noun} tab</source>
        <extracomment>Beyond this the filter pane&apos;s labels elide (with their full text as a tooltip). (policy id, kind) of a related policy clicked in the detail pane.</extracomment>
        <translation>Pestaña de {Noun}</translation>
    </message>
    <message>
        <source>Search {noun} in English or Spanish (e.g. energía, jóvenes)</source>
        <translation>Buscar {noun} en español o inglés (p. ej., energía, jóvenes)</translation>
    </message>
    <message>
        <source>Search {noun}</source>
        <translation>Buscar {noun}</translation>
    </message>
    <message>
        <source>Matching count</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <source>{Noun} table</source>
        <translation>Tabla de {Noun}</translation>
    </message>
    <message>
        <source>Nothing matched</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>{total} of {all}</source>
        <translation>{total} de {all}</translation>
    </message>
    <message>
        <source>No {noun} match “{text}”</source>
        <translation>No hay {noun} que coincidan con “{text}”</translation>
    </message>
    <message>
        <source>No {noun} match these filters</source>
        <translation>No hay {noun} que coincidan con estos filtros</translation>
    </message>
    <message>
        <source>Try fewer or shorter words (a word&apos;s start is enough), search in English or Spanish, or clear the filters.</source>
        <translation>Pruebe con menos palabras o más cortas (basta el inicio de una palabra), busque en español o en inglés, o quite los filtros.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name in Spanish; hover a row for the English name</source>
        <extracomment>The PolicyRow behind a row; still works through a proxy model. Emitted after every reset with (rows matching the query, rows in the unfiltered kind). Display texts per row, made the first time the row is shown (few rows ever are). Seconds the last `set_query` spent in the store (fetching and counting).</extracomment>
        <translation>Nombre en español; pase el cursor sobre una fila para ver el nombre en inglés</translation>
    </message>
    <message>
        <source>Name in English; hover a row for the Spanish name</source>
        <translation>Nombre en inglés; pase el cursor sobre una fila para ver el nombre en español</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>DOF {date}</source>
        <translation>DOF {date}</translation>
    </message>
    <message>
        <source>ruling of {date}</source>
        <translation>resolución del {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>succeeded by {name}</source>
        <translation>lo sucedió {name}</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovación</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>Status history</source>
        <extracomment>(policy id, kind) of a related policy the person clicked.</extracomment>
        <translation>Historial de estado</translation>
    </message>
    <message>
        <source>Legal instruments</source>
        <translation>Instrumentos jurídicos</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Related policies</source>
        <translation>Políticas relacionadas</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Entrada del historial</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
</context>
<context>
    <name>RelatedButton</name>
    <message>
        <source>Show related policy {name}</source>
        <translation>Mostrar la política relacionada {name}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>mxpolicy — Mexican public policy report</source>
        <translation>mxpolicy — Informe de política pública mexicana</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Legal instruments</source>
        <translation>Instrumentos jurídicos</translation>
    </message>
    <message>
        <source>DOF</source>
        <translation>DOF</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Related policies</source>
        <translation>Políticas relacionadas</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Sexenio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation>Medidas principales</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>listed in full under Sources at the end of the report</source>
        <translation>citadas completas en Fuentes, al final del informe</translation>
    </message>
    <message>
        <source>The public service innovations of Mexico&apos;s federal government (2019–2022) and the structural reforms of the Pacto por México era (2012–2018): for each policy its dates, status, agencies, summary, measures and key figures, every figure with the source that states it.</source>
        <translation>Las innovaciones en el servicio público del gobierno federal de México (2019–2022) y las reformas estructurales de la época del Pacto por México (2012–2018): de cada política, sus fechas, estado, dependencias, resumen, medidas y cifras clave, cada cifra con la fuente que la consigna.</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Este informe</translation>
    </message>
    <message>
        <source>Filters and search</source>
        <translation>Filtros y búsqueda</translation>
    </message>
    <message>
        <source>none: every policy</source>
        <translation>ninguno: todas las políticas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>Versión de datos</translation>
    </message>
    <message>
        <source>Database SHA-256</source>
        <translation>SHA-256 (datos)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>No policy matches these filters.</source>
        <translation>Ninguna política coincide con estos filtros.</translation>
    </message>
    <message>
        <source>How to cite</source>
        <translation>Cómo citar</translation>
    </message>
    <message>
        <source>Cite the works behind a figure as listed under Sources.</source>
        <translation>Para citar una cifra, cite la obra que la respalda tal como aparece en Fuentes.</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (continuación)</translation>
    </message>
    <message>
        <source>mxpolicy dataset {version} — page {page} of {pages}</source>
        <translation>datos mxpolicy {version} — página {page} de {pages}</translation>
    </message>
    <message>
        <source>Timeline: the policies, their institutions and status changes</source>
        <translation>Cronología: las políticas, sus instituciones y sus cambios de estado</translation>
    </message>
    <message>
        <source>database SHA-256 {digest}…</source>
        <translation>SHA-256 de la base de datos {digest}…</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search all policies</source>
        <translation>Buscar en todas las políticas</translation>
    </message>
    <message>
        <source>Search all policies: words in English or Spanish, &quot;a phrase&quot;, agency:CFE, year:2019, status:superseded, sector:energy</source>
        <extracomment>Runs the other tabs&apos; counts on the background reader (replaceable in tests). Matches per kind for the words `_counts_text` (the other tabs&apos; come later). Each tab&apos;s name-column delegate, by kind (`install_search` sets them).</extracomment>
        <translation>Buscar en todas las políticas: palabras en español o inglés, &quot;una frase&quot;, agency:CFE, year:2019, status:superseded, sector:energy</translation>
    </message>
    <message>
        <source>Searches every field of both tabs. Accents optional; a word&apos;s start is enough; AMLO, EPN, huachicol and agency acronyms work too.
Prefixes: agency: sector: status: year: kind: name: administration: summary: measures: figure: (Help ▸ User guide, Searching)</source>
        <translation>Busca en todos los campos de ambas pestañas. Los acentos son opcionales; basta el inicio de una palabra; AMLO, EPN, huachicol y las siglas de las dependencias también funcionan.
Prefijos: agency: sector: status: year: kind: name: administration: summary: measures: figure: (Ayuda ▸ Guía de uso, Búsqueda)</translation>
    </message>
    <message>
        <source>Click a column to sort by it; a third click returns to best match first</source>
        <translation>Haga clic en una columna para ordenar por ella; un tercer clic vuelve a poner primero la mejor coincidencia</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <source>Show the matches in the other tab</source>
        <extracomment>`run_later(key, job, done)`: `job(store)` on the background store, `done(result)` later on the GUI thread; a newer job with the same key replaces one not yet answered.</extracomment>
        <translation>Mostrar las coincidencias en la otra pestaña</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Quiso decir</translation>
    </message>
    <message>
        <source>Search for the suggestion</source>
        <translation>Buscar la sugerencia</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 match:</source>
        <translation>
            <numerusform>%n coincidencia en %1:</numerusform>
            <numerusform>%n coincidencias en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 matches:</source>
        <translation>1 coincidencia en %1:</translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation>Mostrar en %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>search the current tab (English or Spanish, accents optional, word starts are enough)</source>
        <extracomment>As shown to people (and written in the README). What it does, in English; shown through Qt translation. The window action that owns it (its key in `MainWindow.actions`), or None when a widget handles the key itself (arrows in a table, Esc in a search field).</extracomment>
        <translation>buscar en la pestaña actual (en español o inglés, acentos opcionales, basta el inicio de las palabras)</translation>
    </message>
    <message>
        <source>clear the search</source>
        <translation>borrar la búsqueda</translation>
    </message>
    <message>
        <source>Innovations tab</source>
        <translation>pestaña de innovaciones</translation>
    </message>
    <message>
        <source>Reforms tab</source>
        <translation>pestaña de reformas</translation>
    </message>
    <message>
        <source>Timeline tab</source>
        <translation>pestaña de cronología</translation>
    </message>
    <message>
        <source>next pane: search, filters, table, details</source>
        <translation>panel siguiente: búsqueda, filtros, tabla, detalle</translation>
    </message>
    <message>
        <source>previous pane</source>
        <translation>panel anterior</translation>
    </message>
    <message>
        <source>next control (Shift+Tab: previous)</source>
        <translation>control siguiente (Mayús+Tab: anterior)</translation>
    </message>
    <message>
        <source>move through rows; the detail pane follows</source>
        <translation>recorrer las filas; el panel de detalle las sigue</translation>
    </message>
    <message>
        <source>select all rows</source>
        <translation>seleccionar todas las filas</translation>
    </message>
    <message>
        <source>copy the selected rows as tab-separated text with a header line (pastes into a spreadsheet); in the detail pane, copy the selected text</source>
        <translation>copiar las filas seleccionadas como texto separado por tabuladores con una línea de encabezado (se pega en una hoja de cálculo); en el panel de detalle, copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>context menu of the focused table, header or pane</source>
        <translation>menú contextual de la tabla, el encabezado o el panel con el foco</translation>
    </message>
    <message>
        <source>export the selection</source>
        <translation>exportar la selección</translation>
    </message>
    <message>
        <source>export all shown rows</source>
        <translation>exportar todas las filas mostradas</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>vista previa de impresión</translation>
    </message>
    <message>
        <source>print</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <source>user guide</source>
        <translation>guía de uso</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Source {n}</source>
        <extracomment>The texts under their headings, in order. How long typing must pause before the policy shown is marked for the new words. The facts under the title, in order.</extracomment>
        <translation>Fuente {n}</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <source>Copy citation {n}</source>
        <translation>Copiar cita {n}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open link of source {n}</source>
        <translation>Abrir enlace de la fuente {n}</translation>
    </message>
    <message>
        <source>This address cannot be opened safely</source>
        <translation>Esta dirección no se puede abrir de forma segura</translation>
    </message>
</context>
<context>
    <name>TableMenus</name>
    <message>
        <source>{n} citation(s) copied</source>
        <translation>{n} cita(s) copiada(s)</translation>
    </message>
    <message>
        <source>{n} row(s) copied with a header line</source>
        <translation>{n} fila(s) copiada(s) con una línea de encabezados</translation>
    </message>
    <message>
        <source>Row menu</source>
        <translation>Menú de la fila</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <source>&amp;Copy {n} rows</source>
        <translation>&amp;Copiar {n} filas</translation>
    </message>
    <message>
        <source>Copy c&amp;itation(s)</source>
        <translation>Copiar c&amp;ita(s)</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Abrir &amp;enlace de la fuente</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exportar selección…</translation>
    </message>
    <message>
        <source>Column menu</source>
        <translation>Menú de columnas</translation>
    </message>
    <message>
        <source>&amp;Reset column widths</source>
        <translation>&amp;Restablecer anchos de columna</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Mexican public policy timeline</source>
        <translation>Cronología de la política pública mexicana</translation>
    </message>
    <message>
        <source>Reforms (DOF dates)</source>
        <extracomment>None: nothing filtered out; else the ids left undimmed. Stamp markers from cached pixmaps (the window); False draws shapes (SVG, PDF).</extracomment>
        <translation>Reformas (fechas del DOF)</translation>
    </message>
    <message>
        <source>Innovations (start dates)</source>
        <translation>Innovaciones (fechas de inicio)</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
</context>
<context>
    <name>TimelineHits</name>
    <message>
        <source>{name}
{date} · {status}</source>
        <extracomment>Set by `TimelineView`: its layout and paint state.</extracomment>
        <translation>{name}
{date} · {status}</translation>
    </message>
    <message>
        <source>No start date: shown at its first recorded change.</source>
        <translation>Sin fecha de inicio: se muestra en su primer cambio registrado.</translation>
    </message>
    <message>
        <source>Linked to {name}: {relations}</source>
        <translation>Vinculada con {name}: {relations}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{name}
{created} – {ended}</source>
        <translation>{name}
{created} – {ended}</translation>
    </message>
    <message>
        <source>{n} policies, {first} – {last}</source>
        <translation>{n} políticas, {first} – {last}</translation>
    </message>
    <message>
        <source>… and {n} more (click to zoom in)</source>
        <translation>… y {n} más (haga clic para acercar)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline tab</source>
        <translation>Pestaña de cronología</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Acercar (+, Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole span (0)</source>
        <translation>Mostrar todo el periodo (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar la cronología</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>◆ reform  ● innovation  ▬ institution  ■ status change  ╵ instrument — click selects, double-click or Enter opens, drag pans</source>
        <translation>◆ reforma  ● innovación  ▬ institución  ■ cambio de estado  ╵ instrumento — clic selecciona, doble clic o Enter abre, arrastrar desplaza</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Guardar la cronología</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Policies, institutions and presidential terms by date. Left and Right move between policies in date order, Enter opens one, plus and minus zoom, 0 fits, Shift with arrows pans.</source>
        <translation>Políticas, instituciones y sexenios por fecha. Izquierda y Derecha recorren las políticas en orden de fecha, Enter abre una, más y menos acercan o alejan, 0 ajusta, Mayús con flechas desplaza.</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Desplazar los carriles</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Falta la guía de uso en esta instalación ({path}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>, </source>
        <extracomment>Translation context of every label here (one context: a translator sees the set together). How list fields (sectors, agencies) are joined in one text column of the database and the CSV. Records split them back into tuples: no caller above the store sees the joined form.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Public service innovation</source>
        <extracomment>In the order of `_KindText`: label, plural, years, tab title, count of one and of many, heading.</extracomment>
        <translation>Innovación en el servicio público</translation>
    </message>
    <message>
        <source>innovations</source>
        <translation>innovaciones</translation>
    </message>
    <message>
        <source>Innovations 2019–2022</source>
        <translation>Innovaciones 2019–2022</translation>
    </message>
    <message>
        <source>Structural reform</source>
        <translation>Reforma estructural</translation>
    </message>
    <message>
        <source>reforms</source>
        <translation>reformas</translation>
    </message>
    <message>
        <source>Reforms 2012–2018</source>
        <translation>Reformas 2012–2018</translation>
    </message>
    <message>
        <source>1 innovation</source>
        <translation>1 innovación</translation>
    </message>
    <message>
        <source>{n} innovations</source>
        <translation>{n} innovaciones</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Innovaciones</translation>
    </message>
    <message>
        <source>1 reform</source>
        <translation>1 reforma</translation>
    </message>
    <message>
        <source>{n} reforms</source>
        <translation>{n} reformas</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>Reformas</translation>
    </message>
    <message>
        <source>all policies</source>
        <translation>todas las políticas</translation>
    </message>
    <message>
        <source>Published in the DOF</source>
        <translation>Publicada en el DOF</translation>
    </message>
    <message>
        <source>published in the DOF</source>
        <translation>publicada en el DOF</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>started</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>En operación</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Partly in force</source>
        <translation>Vigente en parte</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>Statuses a policy may have, as stored, in the order the facet lists them (docs/methodology.md explains each word); `status_label` gives what a person reads.</extracomment>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation>Derogada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>En construcción</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Con continuidad</translation>
    </message>
    <message>
        <source>Economy</source>
        <extracomment>Statuses after which nothing more happens to a policy (a timeline&apos;s line stops there). Sectors a policy may belong to, as stored; `sector_label` gives what a person reads.</extracomment>
        <translation>Economía</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Social welfare</source>
        <translation>Bienestar social</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competencia económica</translation>
    </message>
    <message>
        <source>Fiscal policy</source>
        <translation>Política fiscal</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation>Anticorrupción</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Juventud</translation>
    </message>
    <message>
        <source>Public finance</source>
        <translation>Hacienda pública</translation>
    </message>
    <message>
        <source>confirmed</source>
        <extracomment>How sure the project is of a fact: a field on figures, history rows, instruments, links and institutions, never a remark in prose. Absent means &quot;confirmed&quot;.</extracomment>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>parcialmente confirmado</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>constitutional decree</source>
        <extracomment>What a legal instrument is.</extracomment>
        <translation>decreto constitucional</translation>
    </message>
    <message>
        <source>law</source>
        <translation>ley</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>reglamento</translation>
    </message>
    <message>
        <source>rules of operation</source>
        <translation>reglas de operación</translation>
    </message>
    <message>
        <source>court ruling</source>
        <translation>resolución judicial</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>builds on</source>
        <extracomment>How one policy relates to another (read &quot;this policy &lt;relation&gt; that one&quot;).</extracomment>
        <translation>se basa en</translation>
    </message>
    <message>
        <source>undone by</source>
        <translation>revertida por</translation>
    </message>
    <message>
        <source>undoes</source>
        <translation>revierte</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>sustituye a</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>sustituida por</translation>
    </message>
    <message>
        <source>pays through</source>
        <translation>paga a través de</translation>
    </message>
    <message>
        <source>continues</source>
        <translation>da continuidad a</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionada con</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What a policy did to an institution.</extracomment>
        <translation>creada</translation>
    </message>
    <message>
        <source>transformed</source>
        <translation>transformada</translation>
    </message>
    <message>
        <source>extinguished</source>
        <translation>extinguida</translation>
    </message>
    <message>
        <source>implements</source>
        <translation>ejecutora</translation>
    </message>
    <message>
        <source>legal parameter</source>
        <extracomment>What a figure is.</extracomment>
        <translation>parámetro legal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>reported result</source>
        <translation>resultado reportado</translation>
    </message>
    <message>
        <source>government claim</source>
        <translation>afirmación del gobierno</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
</context>
<context>
    <name>WelcomeBar</name>
    <message>
        <source>About the data</source>
        <translation>Acerca de los datos</translation>
    </message>
    <message>
        <source>{innovations} public service innovations of 2019–2022 (Corona-Treviño, 2023) and {reforms} structural reforms of 2012–2018 (Pacto por México): summaries in our own words, every figure with its source. Works offline. F1 opens the guide.</source>
        <translation>{innovations} innovaciones en el servicio público de 2019–2022 (Corona-Treviño, 2023) y {reforms} reformas estructurales de 2012–2018 (Pacto por México): resúmenes en nuestras propias palabras, cada cifra con su fuente. Funciona sin conexión. F1 abre la guía.</translation>
    </message>
    <message>
        <source>What the data covers</source>
        <translation>Qué abarcan los datos</translation>
    </message>
    <message>
        <source>Hide this line (View ▸ Welcome line shows it again)</source>
        <translation>Ocultar esta línea (Ver ▸ Línea de bienvenida la vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Hide the welcome line</source>
        <translation>Ocultar la línea de bienvenida</translation>
    </message>
</context>
</TS>
