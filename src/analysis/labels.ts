/**
 * Every header, label and method text of the reports, in English and Spanish (same keys: a test checks).
 * `{0}`, `{1}`… are filled with `fill` from sheetBuilder.ts. Sheet names stay within 31 characters.
 * Spanish follows regional usage (ECLAC/CEPAL, DANE, INE): "encadenamientos", "VCR", "ICE", "ICP".
 */

/** The report languages. */
export type Language = "en" | "es";

const en = {
  // common
  method: "Method",
  source: "Source",
  sourceUnknown: "(not given)",
  date: "Date",
  version: "Version",
  labelLanguage: "Language of the labels",
  rank: "Rank",
  value: "Value",
  topBy: "Top {0} by {1}",
  chartHelper: "Chart helper cells (quadrant lines)",
  conventions: "Conventions",
  // input-output
  sheetIo: "IO linkages",
  sheetIoMatrices: "IO matrices",
  ioTitle: "Input-output linkages and key sectors",
  ioSubtitle: "{0} sectors; forward linkages from the {1} inverse",
  perSector: "Per-sector results",
  sector: "Sector",
  output: "Gross output",
  outputMultiplier: "Output multiplier",
  backward: "Backward linkage",
  forward: "Forward linkage",
  keyClass: "Key-sector class",
  extractionLoss: "Extraction loss",
  extractionShare: "Extraction loss (% of total output)",
  effectOf: "{0}: effect (w′L)",
  typeIOf: "{0}: type I multiplier",
  ioChartTitle: "Key sectors: backward vs forward linkages",
  sectorsSeries: "Sectors",
  lineBackward: "Backward = 1",
  lineForward: "Forward = 1",
  matrixA: "Technical coefficients A = Z x̂⁻¹ (rows sell, columns buy)",
  matrixL: "Leontief inverse L = (I − A)⁻¹",
  matricesSkipped:
    "A and L are not written for more than {0} sectors (this table has {1}); use SELA.TECHCOEF and SELA.LEONTIEF in Excel to get them.",
  keySectorsNote: "Key sectors (both linkages above 1): {0}",
  readFromNote: "Read from the table: gross output from {0}; satellite accounts: {1}",
  none: "none",
  methodCoefficients: "Coefficients",
  methodCoefficientsText: "A = Z x̂⁻¹ (a_ij = z_ij / x_j; a sector with zero output gets a zero column); L = (I − A)⁻¹",
  methodMultiplierText: "m_j = Σ_i l_ij (column sums of L, type I output multiplier)",
  methodBackwardText: "U_j = n · m_j / Σ_ij l_ij (Rasmussen's power of dispersion, average 1)",
  methodForwardLeontief:
    "n · Σ_j l_ij / Σ_ij l_ij (rows of the Leontief inverse; sensitivity of dispersion, average 1)",
  methodForwardGhosh:
    "n · Σ_j g_ij / Σ_ij g_ij, G = (I − B)⁻¹, B = x̂⁻¹ Z (rows of the Ghosh inverse; supply push, average 1)",
  methodKeyText:
    "Key sector: both linkages > 1; backward-oriented: backward only; forward-oriented: forward only; weak linkages: neither",
  methodExtractionText:
    "Backward hypothetical extraction: Σx − Σx̄ with the purchases of sector j removed (column j of A set to 0) and final demand f = x − Z1 kept; % = loss / Σx",
  methodExtrasText:
    "Effects e′ = w′L with w_j = W_j / x_j (w_j = 0 where x_j = 0); type I multiplier = e_j / w_j (#DIV/0! where w_j = 0)",
  methodForwardOption: "Forward-linkage method",
  methodReference: "Reference",
  methodReferenceIo: "Miller & Blair (2009), Input-Output Analysis, ch. 2, 6 and 12; Rasmussen (1956); Ghosh (1958)",
  // trade
  sheetTrade: "Trade niches",
  tradeTitle: "Trade niches of {0}",
  tradeSubtitle: "Reference: {0}; {1}",
  periodsTwo: "t0 = {0}, t1 = {1}",
  periodsOne: "one period ({0})",
  periodAll: "all records",
  perProduct: "Per-product results",
  product: "Product",
  exports: "Exports",
  exportsAt: "Exports {0}",
  rca: "RCA",
  rcaAt: "RCA {0}",
  symmetricRca: "Symmetric RCA",
  symmetricRcaAt: "Symmetric RCA {0}",
  marketShareAt: "Market share {0}",
  marketShare: "Market share",
  shareChange: "Δ market share",
  weightChange: "Δ product weight",
  tradeCanClass: "TradeCAN class",
  nicheListTwo: "Niche list: rising stars with RCA ≥ 1 first, then the other products with RCA ≥ 1, by RCA",
  nicheListOne: "Niche list: products with RCA ≥ 1, by RCA",
  nicheListTwoTop:
    "Niche list: the first {0} of {1} products with RCA ≥ 1, rising stars first, then the others, by RCA",
  nicheListOneTop: "Niche list: the first {0} of {1} products with RCA ≥ 1, by RCA",
  needsTwoPeriods:
    "TradeCAN classes and the competitiveness matrix need two periods (t0 and t1); this table has one period, so they are not shown and the niche list ranks by RCA.",
  tradeChartTitle: "Competitiveness matrix (TradeCAN)",
  tradeChartX: "Change in the product's weight in the reference's exports",
  tradeChartY: "Change in market share",
  productsSeries: "Products",
  nichesSeries: "Niche list",
  lineWeight: "Δ weight = 0",
  lineShare: "Δ share = 0",
  balanceTitle: "Trade balance, intra-industry trade and concentration",
  concentrationTitle: "Export concentration",
  totalExports: "Total exports",
  totalImports: "Total imports",
  balance: "Trade balance (X − M)",
  glAggregate: "Grubel–Lloyd index (aggregate)",
  glAdjusted: "Grubel–Lloyd index (adjusted for the trade imbalance)",
  hhi: "Herfindahl–Hirschman index of exports",
  hhiNormalized: "Herfindahl–Hirschman index, normalized",
  unctad: "UNCTAD concentration index",
  productsExported: "Products exported (X > 0)",
  referenceAll: "all reporters (column sums)",
  referenceReporter: "the world-total row {0}",
  referenceColumn: "the world-total column {0}",
  referenceTable: "world exports from {0}",
  focusCountry: "Focus country",
  referenceWorld: "Reference (world)",
  periods: "Periods",
  methodRcaText:
    "RCA_cp = (X_cp / X_c) / (X_wp / X_w) (Balassa 1965), w = the reference; symmetric RCA = (RCA − 1) / (RCA + 1) (Laursen 2015); RCA ≥ 1 = revealed advantage",
  methodShareText: "Market share MS_p = X_cp / X_wp: the focus country's share of the reference's exports of product p",
  methodTradeCanText:
    "ΔMS = MS[t1] − MS[t0]; ΔW = W[t1] − W[t0] with W_p = X_wp / X_w; ΔMS > 0 and ΔW > 0 rising star, ΔMS > 0 and ΔW ≤ 0 falling star, ΔMS ≤ 0 and ΔW > 0 missed opportunity, otherwise retreat (ECLAC TradeCAN)",
  methodPeriodsText: "With several years at one end the yearly values are averaged",
  methodGlText: "GL = Σ[(X + M) − |X − M|] / Σ(X + M); adjusted: divided by Σ(X + M) − |ΣX − ΣM| (Grubel & Lloyd 1975)",
  methodConcentrationText:
    "HHI = Σ s_p² over the exported shares (normalized (H − 1/N)/(1 − 1/N)); UNCTAD = (√HHI − √(1/N)) / (1 − √(1/N)), N = products in the table",
  methodReferenceTrade: "Balassa (1965); ECLAC & World Bank (1999), TradeCAN user guide; UNCTAD Handbook of Statistics",
  // product space
  sheetSpace: "Product space",
  spaceTitle: "Economic complexity and product space",
  spaceSubtitle: "{0} countries, {1} products; focus: {2}",
  focusLine: "{0}: ECI {1} (rank {2} of {3}), diversity {4}, complexity outlook index (COI) {5}",
  eciRanking: "Countries by ECI",
  pciTable: "Products by PCI",
  opportunities: "Opportunities for {0}: products it does not yet export with RCA ≥ 1 (M = 0), by COG, then density",
  noOpportunities: "No opportunities: the country exports every product with RCA ≥ 1.",
  country: "Country",
  diversity: "Diversity",
  ubiquity: "Ubiquity",
  eci: "ECI",
  pci: "PCI",
  density: "Density",
  distance: "Distance",
  cog: "COG (opportunity gain)",
  methodPresenceText: "M_cp = 1 where RCA_cp {0} (RCA with the countries of the table as the world)",
  methodEciText:
    "ECI and PCI: second eigenvector of M̃ (Hidalgo & Hausmann 2009), method {0}, scale {1}; diversity k_c = Σ_p M_cp, ubiquity k_p = Σ_c M_cp",
  methodDensityText:
    "Proximity φ_pq = Σ_c M_cp M_cq / max(k_p, k_q); density d_cp = Σ_q M_cq φ_pq / Σ_q φ_pq; distance = 1 − density",
  methodCogText:
    "COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) PCI_q; COI_c = Σ_p d_cp (1 − M_cp) PCI_p (Hausmann et al. 2014)",
  methodReferenceSpace:
    "Hidalgo et al. (2007); Hidalgo & Hausmann (2009); Hausmann et al., Atlas of Economic Complexity (2014)",
} as const;

type LabelKey = keyof typeof en;

/** The labels of one language. */
export type Labels = Readonly<Record<LabelKey, string>>;

const es: Labels = {
  method: "Método",
  source: "Fuente",
  sourceUnknown: "(no indicada)",
  date: "Fecha",
  version: "Versión",
  labelLanguage: "Idioma de las etiquetas",
  rank: "Puesto",
  value: "Valor",
  topBy: "Primeros {0} por {1}",
  chartHelper: "Celdas auxiliares del gráfico (líneas de cuadrante)",
  conventions: "Convenciones",
  sheetIo: "Encadenamientos IP",
  sheetIoMatrices: "Matrices IP",
  ioTitle: "Encadenamientos insumo-producto y sectores clave",
  ioSubtitle: "{0} sectores; encadenamientos hacia adelante con la inversa de {1}",
  perSector: "Resultados por sector",
  sector: "Sector",
  output: "Producción bruta",
  outputMultiplier: "Multiplicador de producción",
  backward: "Encadenamiento hacia atrás",
  forward: "Encadenamiento hacia adelante",
  keyClass: "Clasificación del sector",
  extractionLoss: "Pérdida por extracción",
  extractionShare: "Pérdida por extracción (% de la producción total)",
  effectOf: "{0}: efecto (w′L)",
  typeIOf: "{0}: multiplicador tipo I",
  ioChartTitle: "Sectores clave: encadenamientos hacia atrás y hacia adelante",
  sectorsSeries: "Sectores",
  lineBackward: "Hacia atrás = 1",
  lineForward: "Hacia adelante = 1",
  matrixA: "Coeficientes técnicos A = Z x̂⁻¹ (las filas venden, las columnas compran)",
  matrixL: "Inversa de Leontief L = (I − A)⁻¹",
  matricesSkipped:
    "A y L no se escriben con más de {0} sectores (esta tabla tiene {1}); use SELA.COEFTEC y SELA.LEONTIEF en Excel para obtenerlas.",
  keySectorsNote: "Sectores clave (ambos encadenamientos mayores que 1): {0}",
  readFromNote: "Leído de la tabla: la producción bruta de {0}; cuentas satélite: {1}",
  none: "ninguno",
  methodCoefficients: "Coeficientes",
  methodCoefficientsText:
    "A = Z x̂⁻¹ (a_ij = z_ij / x_j; un sector con producción cero tiene una columna de ceros); L = (I − A)⁻¹",
  methodMultiplierText: "m_j = Σ_i l_ij (sumas por columna de L, multiplicador de producción tipo I)",
  methodBackwardText: "U_j = n · m_j / Σ_ij l_ij (poder de dispersión de Rasmussen, promedio 1)",
  methodForwardLeontief:
    "n · Σ_j l_ij / Σ_ij l_ij (filas de la inversa de Leontief; sensibilidad de dispersión, promedio 1)",
  methodForwardGhosh:
    "n · Σ_j g_ij / Σ_ij g_ij, G = (I − B)⁻¹, B = x̂⁻¹ Z (filas de la inversa de Ghosh; impulso de oferta, promedio 1)",
  methodKeyText:
    "Sector clave: ambos encadenamientos > 1; impulsor: solo hacia atrás; impulsado: solo hacia adelante; independiente: ninguno",
  methodExtractionText:
    "Extracción hipotética hacia atrás: Σx − Σx̄ al eliminar las compras del sector j (columna j de A en 0) con la demanda final f = x − Z1 constante; % = pérdida / Σx",
  methodExtrasText:
    "Efectos e′ = w′L con w_j = W_j / x_j (w_j = 0 si x_j = 0); multiplicador tipo I = e_j / w_j (#DIV/0! si w_j = 0)",
  methodForwardOption: "Método de los encadenamientos hacia adelante",
  methodReference: "Referencia",
  methodReferenceIo: "Miller y Blair (2009), Input-Output Analysis, cap. 2, 6 y 12; Rasmussen (1956); Ghosh (1958)",
  sheetTrade: "Nichos comerciales",
  tradeTitle: "Nichos comerciales de {0}",
  tradeSubtitle: "Referencia: {0}; {1}",
  periodsTwo: "t0 = {0}, t1 = {1}",
  periodsOne: "un solo período ({0})",
  periodAll: "todos los registros",
  perProduct: "Resultados por producto",
  product: "Producto",
  exports: "Exportaciones",
  exportsAt: "Exportaciones {0}",
  rca: "VCR",
  rcaAt: "VCR {0}",
  symmetricRca: "VCR simétrica",
  marketShareAt: "Cuota de mercado {0}",
  marketShare: "Cuota de mercado",
  shareChange: "Δ cuota de mercado",
  weightChange: "Δ peso del producto",
  tradeCanClass: "Clase TradeCAN",
  nicheListTwo:
    "Lista de nichos: primero las estrellas nacientes con VCR ≥ 1, luego los demás productos con VCR ≥ 1, según la VCR",
  nicheListOne: "Lista de nichos: productos con VCR ≥ 1, según la VCR",
  needsTwoPeriods:
    "Las clases TradeCAN y la matriz de competitividad necesitan dos períodos (t0 y t1); esta tabla tiene un solo período, por eso no se muestran y la lista de nichos se ordena según la VCR.",
  tradeChartTitle: "Matriz de competitividad (TradeCAN)",
  tradeChartX: "Cambio del peso del producto en las exportaciones de la referencia",
  tradeChartY: "Cambio de la cuota de mercado",
  productsSeries: "Productos",
  nichesSeries: "Lista de nichos",
  lineWeight: "Δ peso = 0",
  lineShare: "Δ cuota = 0",
  balanceTitle: "Balanza comercial, comercio intraindustrial y concentración",
  concentrationTitle: "Concentración de las exportaciones",
  totalExports: "Exportaciones totales",
  totalImports: "Importaciones totales",
  balance: "Balanza comercial (X − M)",
  glAggregate: "Índice de Grubel–Lloyd (agregado)",
  glAdjusted: "Índice de Grubel–Lloyd (ajustado por el desequilibrio comercial)",
  hhi: "Índice de Herfindahl–Hirschman de las exportaciones",
  hhiNormalized: "Índice de Herfindahl–Hirschman normalizado",
  unctad: "Índice de concentración de la UNCTAD",
  productsExported: "Productos exportados (X > 0)",
  referenceAll: "todos los declarantes (sumas por columna)",
  referenceReporter: "la fila del total mundial {0}",
  referenceColumn: "la columna del total mundial {0}",
  focusCountry: "País foco",
  referenceWorld: "Referencia (mundo)",
  periods: "Períodos",
  methodRcaText:
    "VCR_cp = (X_cp / X_c) / (X_wp / X_w) (Balassa 1965), w = la referencia; VCR simétrica = (VCR − 1) / (VCR + 1) (Laursen 2015); VCR ≥ 1 = ventaja revelada",
  methodShareText:
    "Cuota de mercado CM_p = X_cp / X_wp: participación del país foco en las exportaciones de la referencia del producto p",
  methodTradeCanText:
    "ΔCM = CM[t1] − CM[t0]; ΔP = P[t1] − P[t0] con P_p = X_wp / X_w; ΔCM > 0 y ΔP > 0 estrella naciente, ΔCM > 0 y ΔP ≤ 0 estrella menguante, ΔCM ≤ 0 y ΔP > 0 oportunidad perdida, si no retroceso (CEPAL, TradeCAN)",
  methodPeriodsText: "Con varios años en un extremo se promedian los valores anuales",
  methodGlText:
    "GL = Σ[(X + M) − |X − M|] / Σ(X + M); ajustado: dividido por Σ(X + M) − |ΣX − ΣM| (Grubel y Lloyd 1975)",
  symmetricRcaAt: "VCR simétrica {0}",
  methodConcentrationText:
    "IHH = Σ s_p² de las participaciones exportadas (normalizado (H − 1/N)/(1 − 1/N)); UNCTAD = (√IHH − √(1/N)) / (1 − √(1/N)), N = productos de la tabla",
  methodReferenceTrade:
    "Balassa (1965); CEPAL y Banco Mundial (1999), guía de TradeCAN; UNCTAD, Handbook of Statistics",
  sheetSpace: "Espacio de productos",
  spaceTitle: "Complejidad económica y espacio de productos",
  spaceSubtitle: "{0} países, {1} productos; foco: {2}",
  focusLine: "{0}: ICE {1} (puesto {2} de {3}), diversidad {4}, índice de perspectiva de complejidad (IPC) {5}",
  nicheListTwoTop:
    "Lista de nichos: los primeros {0} de {1} productos con VCR ≥ 1, primero las estrellas nacientes, luego los demás, según la VCR",
  nicheListOneTop: "Lista de nichos: los primeros {0} de {1} productos con VCR ≥ 1, según la VCR",
  eciRanking: "Países según el ICE",
  pciTable: "Productos según el ICP",
  opportunities:
    "Oportunidades para {0}: productos que aún no exporta con VCR ≥ 1 (M = 0), según la GPC y luego la densidad",
  noOpportunities: "Sin oportunidades: el país exporta todos los productos con VCR ≥ 1.",
  country: "País",
  diversity: "Diversidad",
  ubiquity: "Ubicuidad",
  eci: "ICE",
  pci: "ICP",
  density: "Densidad",
  distance: "Distancia",
  cog: "GPC (ganancia de oportunidad)",
  methodPresenceText: "M_cp = 1 si VCR_cp {0} (VCR con los países de la tabla como mundo)",
  methodEciText:
    "ICE e ICP: segundo vector propio de M̃ (Hidalgo y Hausmann 2009), método {0}, escala {1}; diversidad k_c = Σ_p M_cp, ubicuidad k_p = Σ_c M_cp",
  methodDensityText:
    "Proximidad φ_pq = Σ_c M_cp M_cq / max(k_p, k_q); densidad d_cp = Σ_q M_cq φ_pq / Σ_q φ_pq; distancia = 1 − densidad",
  methodCogText:
    "GPC_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) ICP_q; IPC_c = Σ_p d_cp (1 − M_cp) ICP_p (Hausmann et al. 2014)",
  methodReferenceSpace:
    "Hidalgo et al. (2007); Hidalgo y Hausmann (2009); Hausmann et al., Atlas of Economic Complexity (2014)",
};
  referenceTable: "exportaciones mundiales de {0}",

/** Both languages, for the key-parity test. */
export const LABELS: Readonly<Record<Language, Labels>> = { en, es };

/** The labels of a language. */
export function labels(language: Language): Labels {
  return LABELS[language];
}

/** The name of a language in itself (the method block states it). */
export function languageName(language: Language): string {
  return language === "es" ? "Español (es)" : "English (en)";
}
