/**
 * Everything the pane says, in English and Spanish. Components read `strings[language]`; a test checks
 * that both languages define the same keys and the same {0} placeholders. Placeholders are filled with
 * {@link format}.
 */
import type { Language } from "../functions/language";

const en = {
  appTitle: "SELA Niches",
  appSubtitle: "Productive niches and value chains",
  language: "Language",
  english: "English",
  spanish: "Español",
  version: "Version",
  analyses: "Analyses",
  workbenchNotice: "Browser mode: the workbench runs the analyses on an .xlsx or .csv file and downloads the result.",

  sectionWorkbench: "Workbook file",
  sectionIo: "Input-output linkages",
  sectionTrade: "Trade niches",
  sectionSpace: "Product space",
  sectionSamples: "Sample data",
  sectionShare: "Share safely",
  sectionFunctions: "Insert a function",

  table: "Table",
  refreshTables: "Refresh the list of tables",
  refresh: "Refresh",
  chooseTable: "Choose a table",
  noTables: "No tables or ranges found yet: insert the sample data or open a file.",
  tableSize: "{0} rows x {1} columns",
  readingTable: "Reading the table…",
  none: "(none)",
  noneFound: "none",
  required: "required",

  run: "Run",
  cancel: "Cancel",
  reading: "Reading the table…",
  computing: "Computing…",
  writing: "Writing the report: {0}",
  progress: "Progress",
  sheetsWritten: "Report written to the sheets:",
  cancelled: "Cancelled: nothing was written.",
  errorTitle: "Something went wrong",
  errorNext: "Check the table and the choices above, then run again.",
  errorUnknown: "unexpected error: {0}",
  errorNextRetry: "Try again; if it keeps failing, reload the add-in.",
  errorNextWrite: "Fix that in the workbook, then run again.",
  errorNextFormula: "Check the arguments and the selected cell, then insert again.",
  errorNextFile: "Open an .xlsx or .csv file saved by Excel, LibreOffice or a statistics download.",
  dismiss: "Dismiss",

  ioIntro:
    "Multipliers, backward and forward linkages, key sectors and hypothetical extraction from a table of transactions with gross output (rows sell, columns buy).",
  labelColumn: "Sector labels (column)",
  grossOutput: "Gross output (row or column)",
  satellites: "Employment, wages, value added (optional)",
  noSatellites: "No other rows or columns to add.",
  forwardMethod: "Forward linkages",
  methodLeontief: "Rasmussen (rows of the Leontief inverse)",
  methodGhosh: "Ghosh (supply-driven)",
  sectorsFound: "{0} sectors found.",
  sectorsFoundOne: "1 sector found.",
  detectingSectors: "Looking for the sectors…",
  ioNotDetected: "This table does not look like an input-output table yet: {0}",
  runIo: "Run input-output analysis",
  ioKeySectors: "Key sectors: {0}",
  ioTopBackward: "Strongest backward linkages: {0}",
  ioTopForward: "Strongest forward linkages: {0}",
  ioTopMultiplier: "Largest output multipliers: {0}",

  tradeIntro:
    "Revealed comparative advantage, market shares, the ECLAC competitiveness matrix (TradeCAN) and a list of niches for one country.",
  spaceIntro:
    "Economic complexity of every country and product, and the focus country's best opportunities among the products it does not export yet.",
  layout: "Layout",
  layoutLong: "Long: one row per country and product",
  layoutWide: "Wide: countries in rows, products in columns",
  reporterColumn: "Reporter (country) column",
  productColumn: "Product column",
  valueColumn: "Export value column",
  yearColumn: "Year column (optional)",
  partnerColumn: "Partner column (optional)",
  importsColumn: "Imports column (optional)",
  reference: "Reference (the world)",
  referenceAll: "All reporters in the table",
  referenceColumn: "A world-total column",
  referenceRow: "A world-total row",
  worldColumn: "World-total column",
  worldRow: "World-total row",
  focusCountry: "Focus country",
  focusCountryHint: "Type to search the {0} reporters.",
  focusCountryHintOne: "The table has one reporter.",
  showReporters: "Show the reporters",
  chooseCountry: "Choose the focus country.",
  unknownCountry: '"{0}" is not a reporter of the table.',
  firstPeriod: "First period (t0)",
  lastPeriod: "Last period (t1)",
  spaceYear: "Year",
  runTrade: "Run trade niches",
  runSpace: "Run product space",
  tradeTopNiches: "Top niches of {0}: {1}",
  tradeRisingStars: "Rising stars: {0}; products with RCA ≥ 1: {1}",
  tradeOnePeriod:
    "Products with RCA ≥ 1: {0}. TradeCAN needs two periods (t0 and t1): choose a year column with two years.",
  noNiches: "no product with RCA ≥ 1",
  spaceFocus: "{0}: ECI rank {1} of {2}, diversity {3}",
  spaceTopOpportunities: "Top opportunities: {0}",
  spaceLeftOut: "Left out as small exporters: {0} reporters.",
  spaceLeftOutOne: "Left out as a small exporter: 1 reporter.",
  spaceFewReporters:
    "Only {0} reporters: the rank is among the table's countries only, and the product space needs a world table (about 200 reporters).",
  spaceReferenceHint:
    "Not used in the computation: the product space takes the table's reporters as the world. A world-total row or column chosen here is only left out of the countries.",
  noOpportunities: "no product left to diversify into",

  samplesIntro:
    "Start from an empty workbook: insert a bundled table as a new sheet, with its source, and run the analyses on it.",
  insertIoSample: "Insert Brazil 2015 input-output table",
  insertTradeSample: "Insert Latin American trade sample",
  ioSampleAbout: "IBGE, 12 activities, R$ million at current prices.",
  tradeSampleAbout: "Exports of 20 countries by SITC product, average 1998–2000, with world totals.",
  insertTeaching: "Write the trainer's workbook",
  teachingAbout:
    "Miller & Blair's two-sector example and an RCA table computed step by step with MINVERSE, MMULT and SUM next to the SELA functions, with a check that they agree.",
  sampleInserted: "Inserted on the sheet {0}.",
  loadingSample: "Loading the sample…",
  ioSampleSheet: "Brazil IO 2015",
  tradeSampleSheet: "LatAm trade",
  ioSampleAttribution:
    "Source: IBGE, Matriz de Insumo-Produto Brasil 2015 (12 activities, R$ million at current prices). Rows sell, columns buy.",
  tradeSampleAttribution:
    "Source: UN Comtrade / Open Trade Statistics, via the economiccomplexity R package (M. Vargas). Exports in USD, average 1998–2000; licence CC BY-NC 4.0.",

  freezeIntro:
    'Colleagues without the add-in see #NAME? instead of results. "Freeze to values" replaces SELA formulas by their values; every original formula (address and text) is recorded in the "SELA formulas" sheet, so nothing is lost.',
  freezeScope: "What to freeze",
  scopeSelection: "The selection",
  scopeSheet: "The whole active sheet",
  scopeSelectionInSentence: "the selection",
  scopeSheetInSentence: "the whole active sheet",
  freeze: "Freeze to values",
  freezeConfirmTitle: "Replace formulas by values?",
  freezeConfirmBody:
    'The SELA formulas in {0} will become plain values. The original formulas are recorded in the "SELA formulas" sheet.',
  freezeConfirm: "Freeze",
  freezing: "Freezing the formulas…",
  frozen: "{0} cells frozen; the formulas are recorded in the sheet {1}.",
  frozenOne: "1 cell frozen; the formula is recorded in the sheet {1}.",
  frozenNone: "No SELA formulas found there: nothing changed.",
  repairIntro:
    "SELA formulas entered while the add-in was not loaded show #NAME?. Repair re-enters them so Excel calculates them again.",
  repair: "Repair formulas",
  repaired: "{0} formulas re-entered.",
  repairedOne: "1 formula re-entered.",
  repairing: "Re-entering the formulas…",

  functionsIntro:
    "Find a function, check its arguments and insert it at the selected cell (English syntax, as Excel stores it).",
  searchFunctions: "Search functions",
  clearSearch: "Clear the search",
  functionList: "Functions",
  loadingFunctions: "Loading the functions…",
  noFunctionMatch: "No function matches.",
  parameters: "Arguments",
  optional: "optional",
  example: "Example",
  formulaArguments: "Arguments of the formula",
  insertFormula: "Insert at the selection",
  inserted: "Inserted {0}.",
  notInserted: "Nothing was written: the cell keeps its content.",
  overwriteTitle: "Replace the cell's content?",
  overwriteBody: "The selected cell is not empty. Write {0} over it?",
  overwrite: "Replace",
  keep: "Keep the cell",
  chooseFunction: "Choose a function from the list.",

  openFile: "Open .xlsx or .csv",
  useSample: "Use sample data",
  download: "Download results (.xlsx)",
  fileOpened: "Opened {1}: {0} tables or ranges.",
  fileOpenedOne: "Opened {1}: 1 table or range.",
  samplesAdded: "Sample tables added: {0}.",
  noResults: "Run an analysis: its result sheets are collected here for download.",
  resultsReady: "{0} result sheets ready: {1}",
  resultsReadyOne: "1 result sheet ready: {1}",
  downloaded: "Downloaded {0}.",
  downloadName: "sela-niches-results.xlsx",
};

export type PaneStrings = typeof en;
export type StringKey = keyof PaneStrings;

const es: PaneStrings = {
  appTitle: "SELA Nichos",
  appSubtitle: "Nichos productivos y cadenas de valor",
  language: "Idioma",
  english: "English",
  spanish: "Español",
  version: "Versión",
  analyses: "Análisis",
  workbenchNotice:
    "Modo navegador: el banco de trabajo ejecuta los análisis sobre un archivo .xlsx o .csv y descarga el resultado.",

  sectionWorkbench: "Archivo de trabajo",
  sectionIo: "Encadenamientos insumo-producto",
  sectionTrade: "Nichos comerciales",
  sectionSpace: "Espacio de productos",
  sectionSamples: "Datos de ejemplo",
  sectionShare: "Compartir con seguridad",
  sectionFunctions: "Insertar una función",

  table: "Tabla",
  refreshTables: "Actualizar la lista de tablas",
  refresh: "Actualizar",
  chooseTable: "Elija una tabla",
  noTables: "Todavía no hay tablas ni rangos: inserte los datos de ejemplo o abra un archivo.",
  tableSize: "{0} filas x {1} columnas",
  readingTable: "Leyendo la tabla…",
  none: "(ninguna)",
  noneFound: "ninguno",
  required: "obligatorio",

  run: "Ejecutar",
  cancel: "Cancelar",
  reading: "Leyendo la tabla…",
  computing: "Calculando…",
  writing: "Escribiendo el informe: {0}",
  progress: "Progreso",
  sheetsWritten: "Informe escrito en las hojas:",
  cancelled: "Cancelado: no se escribió nada.",
  errorTitle: "Algo salió mal",
  errorNext: "Revise la tabla y las opciones de arriba y vuelva a ejecutar.",
  errorUnknown: "error inesperado: {0}",
  errorNextRetry: "Intente de nuevo; si sigue fallando, vuelva a cargar el complemento.",
  errorNextWrite: "Corríjalo en el libro y vuelva a ejecutar.",
  errorNextFormula: "Revise los argumentos y la celda seleccionada, y vuelva a insertar.",
  errorNextFile: "Abra un archivo .xlsx o .csv guardado por Excel, LibreOffice o una descarga estadística.",
  dismiss: "Cerrar",

  ioIntro:
    "Multiplicadores, encadenamientos hacia atrás y hacia adelante, sectores clave y extracción hipotética a partir de una tabla de transacciones con la producción bruta (las filas venden, las columnas compran).",
  labelColumn: "Etiquetas de los sectores (columna)",
  grossOutput: "Producción bruta (fila o columna)",
  satellites: "Empleo, remuneraciones, valor agregado (opcional)",
  noSatellites: "No hay otras filas ni columnas para agregar.",
  forwardMethod: "Encadenamientos hacia adelante",
  methodLeontief: "Rasmussen (filas de la inversa de Leontief)",
  methodGhosh: "Ghosh (modelo de oferta)",
  sectorsFound: "Se encontraron {0} sectores.",
  sectorsFoundOne: "Se encontró 1 sector.",
  detectingSectors: "Buscando los sectores…",
  ioNotDetected: "Esta tabla todavía no parece una tabla insumo-producto: {0}",
  runIo: "Ejecutar el análisis insumo-producto",
  ioKeySectors: "Sectores clave: {0}",
  ioTopBackward: "Mayores encadenamientos hacia atrás: {0}",
  ioTopForward: "Mayores encadenamientos hacia adelante: {0}",
  ioTopMultiplier: "Mayores multiplicadores de producción: {0}",

  tradeIntro:
    "Ventaja comparativa revelada, cuotas de mercado, la matriz de competitividad de la CEPAL (TradeCAN) y una lista de nichos para un país.",
  spaceIntro:
    "Complejidad económica de cada país y producto, y las mejores oportunidades del país foco entre los productos que todavía no exporta.",
  layout: "Formato",
  layoutLong: "Largo: una fila por país y producto",
  layoutWide: "Ancho: países en filas, productos en columnas",
  reporterColumn: "Columna del declarante (país)",
  productColumn: "Columna del producto",
  valueColumn: "Columna del valor exportado",
  yearColumn: "Columna del año (opcional)",
  partnerColumn: "Columna del socio (opcional)",
  importsColumn: "Columna de importaciones (opcional)",
  reference: "Referencia (el mundo)",
  referenceAll: "Todos los declarantes de la tabla",
  referenceColumn: "Una columna con el total mundial",
  referenceRow: "Una fila con el total mundial",
  worldColumn: "Columna del total mundial",
  worldRow: "Fila del total mundial",
  focusCountry: "País foco",
  focusCountryHint: "Escriba para buscar entre los {0} declarantes.",
  focusCountryHintOne: "La tabla tiene un solo declarante.",
  showReporters: "Mostrar los declarantes",
  chooseCountry: "Elija el país foco.",
  unknownCountry: '"{0}" no es un declarante de la tabla.',
  firstPeriod: "Primer período (t0)",
  lastPeriod: "Último período (t1)",
  spaceYear: "Año",
  runTrade: "Ejecutar nichos comerciales",
  runSpace: "Ejecutar espacio de productos",
  tradeTopNiches: "Principales nichos de {0}: {1}",
  tradeRisingStars: "Estrellas nacientes: {0}; productos con VCR ≥ 1: {1}",
  tradeOnePeriod:
    "Productos con VCR ≥ 1: {0}. TradeCAN necesita dos períodos (t0 y t1): elija una columna de año con dos años.",
  noNiches: "ningún producto con VCR ≥ 1",
  spaceFocus: "{0}: puesto {1} de {2} en ICE, diversidad {3}",
  spaceTopOpportunities: "Principales oportunidades: {0}",
  spaceLeftOut: "Excluidos por exportar poco: {0} declarantes.",
  spaceLeftOutOne: "Excluido por exportar poco: 1 declarante.",
  spaceFewReporters:
    "Solo {0} declarantes: el puesto es solo entre los países de la tabla, y el espacio de productos necesita una tabla mundial (unos 200 declarantes).",
  spaceReferenceHint:
    "No se usa en el cálculo: el espacio de productos toma los declarantes de la tabla como mundo. Una fila o columna del total mundial elegida aquí solo se deja fuera de los países.",
  noOpportunities: "no quedan productos hacia los cuales diversificar",

  samplesIntro:
    "Empiece con un libro vacío: inserte una tabla incluida como hoja nueva, con su fuente, y ejecute los análisis sobre ella.",
  insertIoSample: "Insertar la tabla insumo-producto de Brasil 2015",
  insertTradeSample: "Insertar el ejemplo de comercio latinoamericano",
  ioSampleAbout: "IBGE, 12 actividades, millones de R$ a precios corrientes.",
  tradeSampleAbout: "Exportaciones de 20 países por producto CUCI, promedio 1998–2000, con los totales mundiales.",
  insertTeaching: "Escribir el libro del formador",
  teachingAbout:
    "El ejemplo de dos sectores de Miller y Blair y una tabla de VCR calculados paso a paso con MINVERSA, MMULT y SUMA junto a las funciones SELA, con una comprobación de que coinciden.",
  sampleInserted: "Insertada en la hoja {0}.",
  loadingSample: "Cargando el ejemplo…",
  ioSampleSheet: "Brasil IP 2015",
  tradeSampleSheet: "Comercio ALC",
  ioSampleAttribution:
    "Fuente: IBGE, Matriz de Insumo-Produto Brasil 2015 (12 actividades, millones de R$ a precios corrientes). Las filas venden, las columnas compran.",
  tradeSampleAttribution:
    "Fuente: UN Comtrade / Open Trade Statistics, mediante el paquete de R economiccomplexity (M. Vargas). Exportaciones en USD, promedio 1998–2000; licencia CC BY-NC 4.0.",

  freezeIntro:
    'Quienes no tienen el complemento ven #¿NOMBRE? en lugar de resultados. "Congelar en valores" reemplaza las fórmulas SELA por sus valores; cada fórmula original (dirección y texto) queda registrada en la hoja "SELA formulas", así no se pierde nada.',
  freezeScope: "Qué congelar",
  scopeSelection: "La selección",
  scopeSheet: "Toda la hoja activa",
  scopeSelectionInSentence: "la selección",
  scopeSheetInSentence: "toda la hoja activa",
  freeze: "Congelar en valores",
  freezeConfirmTitle: "¿Reemplazar las fórmulas por valores?",
  freezeConfirmBody:
    'Las fórmulas SELA de {0} pasarán a ser valores. Las fórmulas originales quedan registradas en la hoja "SELA formulas".',
  freezeConfirm: "Congelar",
  freezing: "Congelando las fórmulas…",
  frozen: "{0} celdas congeladas; las fórmulas quedan registradas en la hoja {1}.",
  frozenOne: "1 celda congelada; la fórmula queda registrada en la hoja {1}.",
  frozenNone: "No se encontraron fórmulas SELA allí: no cambió nada.",
  repairIntro:
    "Las fórmulas SELA escritas cuando el complemento no estaba cargado muestran #¿NOMBRE?. Reparar las vuelve a introducir para que Excel las calcule de nuevo.",
  repair: "Reparar fórmulas",
  repaired: "{0} fórmulas reintroducidas.",
  repairedOne: "1 fórmula reintroducida.",
  repairing: "Reintroduciendo las fórmulas…",

  functionsIntro:
    "Busque una función, revise sus argumentos e insértela en la celda seleccionada (sintaxis en inglés, como la guarda Excel).",
  searchFunctions: "Buscar funciones",
  clearSearch: "Borrar la búsqueda",
  functionList: "Funciones",
  loadingFunctions: "Cargando las funciones…",
  noFunctionMatch: "Ninguna función coincide.",
  parameters: "Argumentos",
  optional: "opcional",
  example: "Ejemplo",
  formulaArguments: "Argumentos de la fórmula",
  insertFormula: "Insertar en la selección",
  inserted: "Se insertó {0}.",
  notInserted: "No se escribió nada: la celda conserva su contenido.",
  overwriteTitle: "¿Reemplazar el contenido de la celda?",
  overwriteBody: "La celda seleccionada no está vacía. ¿Escribir {0} encima?",
  overwrite: "Reemplazar",
  keep: "Conservar la celda",
  chooseFunction: "Elija una función de la lista.",

  openFile: "Abrir .xlsx o .csv",
  useSample: "Usar datos de ejemplo",
  download: "Descargar resultados (.xlsx)",
  fileOpened: "Se abrió {1}: {0} tablas o rangos.",
  fileOpenedOne: "Se abrió {1}: 1 tabla o rango.",
  samplesAdded: "Tablas de ejemplo agregadas: {0}.",
  noResults: "Ejecute un análisis: sus hojas de resultados se reúnen aquí para descargarlas.",
  resultsReady: "{0} hojas de resultados listas: {1}",
  resultsReadyOne: "1 hoja de resultados lista: {1}",
  downloaded: "Se descargó {0}.",
  downloadName: "sela-nichos-resultados.xlsx",
};

/** The pane's strings by language. */
export const strings: Readonly<Record<Language, PaneStrings>> = { en, es };

/**
 * Fills the placeholders {0}, {1}… of a string.
 *
 * @example format("{0} rows x {1} columns", 3, 4) // => "3 rows x 4 columns"
 */
export function format(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, k: string) => {
    const v = values[Number(k)];
    return v === undefined ? whole : String(v);
  });
}

/** Keys whose text counts something, for {@link countText}: the plural form and the form for one. */
type CountedKey = {
  [K in StringKey]: `${K}One` extends StringKey ? K : never;
}[StringKey];

/**
 * Formats a count with the language's grouping: 13,987 (English), 13.987 (Spanish; Spanish leaves
 * four-digit numbers ungrouped, 1234).
 */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(language === "es" ? "es-ES" : "en-US").format(n);
}

/** A share from 0 to 1 as a whole percentage in the language's style: 28% (English), 28 % (Spanish). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language === "es" ? "es-ES" : "en-US", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/**
 * A counted message: the `…One` form for exactly one, else the plural with the count (grouped) as {0}. The
 * other values fill {1}, {2}….
 *
 * @example countText("en", "fileOpened", 1, "trade.csv") // => "Opened trade.csv: 1 table or range."
 */
export function countText(
  language: Language,
  key: CountedKey,
  count: number,
  ...values: readonly (string | number)[]
): string {
  const t = strings[language];
  const template = count === 1 ? t[`${key}One`] : t[key];
  return format(template, formatCount(count, language), ...values);
}
