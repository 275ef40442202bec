/**
 * Every header, label and method text of the reports, in English and Spanish (same keys: a test checks).
 * `{0}`, `{1}`… are filled with `fill` from sheetBuilder.ts. Sheet names stay within 31 characters.
 * Spanish follows regional usage (ECLAC/CEPAL, DANE, INE): "encadenamientos", "VCR", "ICE", "ICP".
 */

/** The report languages. */
export type Language = "en" | "es";

const en = {
  /** The decimal mark of numbers written inside texts (cells holding numbers keep Excel's own format). */
  decimalMark: ".",
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
  referenceColumnCaveat:
    "The world total X_w is the world column summed over the products in the table: if the table lists only some products (one country's exports), give the world's exports of every product as a reference table instead.",
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
  opportunities:
    "Opportunities for {0}: the first {1} of the {2} products it does not yet export with RCA {3} (M = 0), by COG, then density",
  opportunitiesAll:
    "Opportunities for {0}: the {2} products it does not yet export with RCA {3} (M = 0), by COG, then density",
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
    "K = the eigenvector of the second-largest eigenvalue of M̃_cc′ = Σ_p M_cp M_c′p / (k_c k_p) (here λ₂ = {0}), with the sign such that corr(K, diversity) > 0, and Q_p = Σ_c M_cp K_c / (λ₂ k_p) (Hidalgo & Hausmann 2009); diversity k_c = Σ_p M_cp, ubiquity k_p = Σ_c M_cp; countries with k_c = 0 and products with k_p = 0 are left out (#N/A)",
  methodEciReflectionsText:
    "method of reflections (k_c,N = Σ_p M_cp k_p,N−1 / k_c and k_p,N = Σ_c M_cp k_c,N−1 / k_p from k_c,0 = k_c, k_p,0 = k_p; Hidalgo & Hausmann 2009): K = k_c,{0} and Q = a + (k_p,{1} − a) / λ̂, with a the diversity-weighted mean of K and λ̂ = Σ_p k_p (k_p,{1} − a)² / Σ_c k_c (K_c − a)² (an estimate of λ₂), with the sign such that corr(K, diversity) > 0; diversity k_c = Σ_p M_cp, ubiquity k_p = Σ_c M_cp; countries with k_c = 0 and products with k_p = 0 are left out (#N/A)",
  methodScaleGrowthlab:
    "ECI_c = (K_c − K̄) / s and PCI_p = (Q_p − K̄) / s, with K̄ the mean and s the population standard deviation (divisor n) of K over the {0} countries with k_c > 0 (Growth Lab, py-ecomplexity); here K̄ / s = {1}",
  methodScaleStata:
    "ECI_c = (K_c − K̄) / s and PCI_p = (Q_p − K̄) / s, with K̄ the mean of K over the {0} countries with k_c > 0 and s = √(p′ Σ_c (K_c − K̄)² / ({0} p′ − 1)), p′ = {2} products with k_p > 0 (the standard deviation over the long country × product panel, divisor n − 1, as Stata ecomplexity); here K̄ / s = {1}",
  methodScaleZscore:
    "ECI and PCI each standardised with its own mean and sample standard deviation (divisor n − 1) over the countries, respectively products, with presence (R economiccomplexity)",
  methodOffsetIdentity:
    "(K has a diversity-weighted mean of 0, so K̄ / s = −Σ_c k_c ECI_c / Σ_c k_c over the ECI ranking, and ECI_c is the mean PCI of the products with M_cp = 1)",
  methodDensityText:
    "Proximity φ_pq = Σ_c M_cp M_cq / max(k_p, k_q) (Hidalgo et al. 2007); density d_cp = Σ_q M_cq φ_qp / Σ_q φ_qp over the products q with k_q > 0; distance = 1 − density.",
  methodDiagonalOne:
    "Diagonal φ_pp = 1, as py-ecomplexity's proximity and SELA.PROXIMITY; Stata's ecomplexity (the Growth Lab command behind the Atlas's published figures) sets it to 0, so density, COI and COG differ from Atlas and Stata figures (ECI and PCI do not depend on the diagonal).",
  methodDiagonalZero:
    "Diagonal φ_pp = 0, as Stata's ecomplexity (the Growth Lab command behind the Atlas's published figures); py-ecomplexity's proximity and SELA.PROXIMITY set it to 1, so density, COI and COG differ from theirs (ECI and PCI do not depend on the diagonal).",
  methodOutlookLabel: "COI / COG",
  methodCogText:
    "Both use the PCI before re-centring, PCI⁰_p = Q_p / s = PCI_p + K̄ / s (the raw, sign-corrected vector Q, as py-ecomplexity and Stata ecomplexity). Complexity outlook index: COI_c = Σ_p d_cp (1 − M_cp) PCI⁰_p over the products with k_p > 0, then standardised over the countries with k_c > 0 as K is (minus the mean, divided by the standard deviation computed as s). Complexity outlook gain: COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) PCI⁰_q over the products with k_q > 0 and k_r > 0, not re-centred (the gain of Q divided by s). Hausmann et al. (2014).",
  methodOutlookZscore:
    "Complexity outlook index COI_c = Σ_p d_cp (1 − M_cp) PCI_p and complexity outlook gain COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) PCI_q, over the products with presence, with the standardised PCI shown and no further scaling (R economiccomplexity's complexity_outlook). Hausmann et al. (2014).",
  methodCountriesLabel: "Small exporters",
  methodMinShareText:
    "Reporters whose exports are below {0} of the total exports of the table's reporters are left out of every computation (RCA with the table as the world, M, ECI, PCI, proximity, density, COI, COG) and of the ranking; the focus country is always kept. Left out here: {1}. Why 0.01 % by default: the Atlas of Economic Complexity keeps only countries that exported at least US$1 billion a year (2006–2008 average) and have more than 1.2 million inhabitants, because each country's noisy data affect every other country's indicators; 0.01 % of the 2006–2008 world exports (about US$14 trillion) is about US$1.4 billion. A trade table has no population, so only the export rule is applied.",
  methodMinShareNone:
    "No reporter is left out (minimum export share 0). Caution: territories with a few tiny exports can then top the ECI ranking; the Atlas of Economic Complexity keeps only countries that exported at least US$1 billion a year (2006–2008 average) and have more than 1.2 million inhabitants (the default here, 0.01 % of the table's total, approximates its export rule).",
  conventionPresence: "presence threshold: RCA {0}",
  conventionDiagonal: "proximity diagonal: {0}",
  conventionMethod: "method: {0}",
  conventionEigen: "eigenvector",
  conventionReflections: "reflections ({0} iterations)",
  conventionScale: "scale: {0}",
  scaleGrowthlab: "the Growth Lab's (py-ecomplexity)",
  scaleStata: "Stata ecomplexity's",
  scaleZscore: "z-scores (R economiccomplexity)",
  conventionMinShare: "minimum export share: {0}",
  spaceRegional:
    "Important: only {0} reporters. The product space needs every country of the world: presence, ubiquity and proximity are computed with the table's reporters as the world, so a product exported by few of them looks rare and gets an extreme complexity. Use a world table (about 200 reporters) for ECI, PCI and the opportunities.",
  spaceLeftOut:
    "Left out of the computation and the ranking: {0} reporters with exports below {1} of the table's total: {2}",
  spaceFocusSmall:
    "{0} exports {1} of the table's total, below the minimum of {2}; it is kept as the focus country, but its indicators rest on very few products.",
  spaceReferenceUnused:
    "The reference ({0}) is not used: the product space computes RCA, presence and proximity with the table's reporters as the world; the reference's rows are left out.",
  methodReferenceSpace:
    "Hidalgo et al. (2007); Hidalgo & Hausmann (2009); Hausmann et al., Atlas of Economic Complexity (2014)",
} as const;

type LabelKey = keyof typeof en;

/** The labels of one language. */
export type Labels = Readonly<Record<LabelKey, string>>;

const es: Labels = {
  decimalMark: ",",
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
  symmetricRcaAt: "VCR simétrica {0}",
  marketShareAt: "Cuota de mercado {0}",
  marketShare: "Cuota de mercado",
  shareChange: "Δ cuota de mercado",
  weightChange: "Δ peso del producto",
  tradeCanClass: "Clase TradeCAN",
  nicheListTwo:
    "Lista de nichos: primero las estrellas nacientes con VCR ≥ 1, luego los demás productos con VCR ≥ 1, según la VCR",
  nicheListOne: "Lista de nichos: productos con VCR ≥ 1, según la VCR",
  nicheListTwoTop:
    "Lista de nichos: los primeros {0} de {1} productos con VCR ≥ 1, primero las estrellas nacientes, luego los demás, según la VCR",
  nicheListOneTop: "Lista de nichos: los primeros {0} de {1} productos con VCR ≥ 1, según la VCR",
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
  referenceColumnCaveat:
    "El total mundial X_w es la columna mundial sumada sobre los productos de la tabla: si la tabla trae solo algunos productos (las exportaciones de un país), dé en cambio como tabla de referencia las exportaciones mundiales de todos los productos.",
  referenceTable: "exportaciones mundiales de {0}",
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
  methodConcentrationText:
    "IHH = Σ s_p² de las participaciones exportadas (normalizado (H − 1/N)/(1 − 1/N)); UNCTAD = (√IHH − √(1/N)) / (1 − √(1/N)), N = productos de la tabla",
  methodReferenceTrade:
    "Balassa (1965); CEPAL y Banco Mundial (1999), guía de TradeCAN; UNCTAD, Handbook of Statistics",
  sheetSpace: "Espacio de productos",
  spaceTitle: "Complejidad económica y espacio de productos",
  spaceSubtitle: "{0} países, {1} productos; foco: {2}",
  focusLine: "{0}: ICE {1} (puesto {2} de {3}), diversidad {4}, índice de perspectiva de complejidad (COI) {5}",
  eciRanking: "Países según el ICE",
  pciTable: "Productos según el ICP",
  opportunities:
    "Oportunidades para {0}: los primeros {1} de los {2} productos que aún no exporta con VCR {3} (M = 0), según la COG y luego la densidad",
  opportunitiesAll:
    "Oportunidades para {0}: los {2} productos que aún no exporta con VCR {3} (M = 0), según la COG y luego la densidad",
  noOpportunities: "Sin oportunidades: el país exporta todos los productos con VCR ≥ 1.",
  country: "País",
  diversity: "Diversidad",
  ubiquity: "Ubicuidad",
  eci: "ICE",
  pci: "ICP",
  density: "Densidad",
  distance: "Distancia",
  cog: "COG (ganancia de perspectiva de complejidad)",
  methodPresenceText: "M_cp = 1 si VCR_cp {0} (VCR con los países de la tabla como mundo)",
  methodEciText:
    "K = el vector propio del segundo mayor valor propio de M̃_cc′ = Σ_p M_cp M_c′p / (k_c k_p) (aquí λ₂ = {0}), con el signo tal que corr(K, diversidad) > 0, y Q_p = Σ_c M_cp K_c / (λ₂ k_p) (Hidalgo y Hausmann 2009); diversidad k_c = Σ_p M_cp, ubicuidad k_p = Σ_c M_cp; los países con k_c = 0 y los productos con k_p = 0 quedan fuera (#N/A)",
  methodEciReflectionsText:
    "método de las reflexiones (k_c,N = Σ_p M_cp k_p,N−1 / k_c y k_p,N = Σ_c M_cp k_c,N−1 / k_p desde k_c,0 = k_c, k_p,0 = k_p; Hidalgo y Hausmann 2009): K = k_c,{0} y Q = a + (k_p,{1} − a) / λ̂, con a la media de K ponderada por la diversidad y λ̂ = Σ_p k_p (k_p,{1} − a)² / Σ_c k_c (K_c − a)² (una estimación de λ₂), con el signo tal que corr(K, diversidad) > 0; diversidad k_c = Σ_p M_cp, ubicuidad k_p = Σ_c M_cp; los países con k_c = 0 y los productos con k_p = 0 quedan fuera (#N/A)",
  methodScaleGrowthlab:
    "ICE_c = (K_c − K̄) / s e ICP_p = (Q_p − K̄) / s, con K̄ la media y s la desviación estándar poblacional (divisor n) de K en los {0} países con k_c > 0 (Growth Lab, py-ecomplexity); aquí K̄ / s = {1}",
  methodScaleStata:
    "ICE_c = (K_c − K̄) / s e ICP_p = (Q_p − K̄) / s, con K̄ la media de K en los {0} países con k_c > 0 y s = √(p′ Σ_c (K_c − K̄)² / ({0} p′ − 1)), p′ = {2} productos con k_p > 0 (la desviación estándar en el panel largo país × producto, divisor n − 1, como ecomplexity de Stata); aquí K̄ / s = {1}",
  methodScaleZscore:
    "ICE e ICP estandarizados cada uno con su propia media y desviación estándar muestral (divisor n − 1) en los países y los productos con presencia, respectivamente (economiccomplexity de R)",
  methodOffsetIdentity:
    "(K tiene media 0 ponderada por la diversidad, así que K̄ / s = −Σ_c k_c ICE_c / Σ_c k_c en la clasificación por ICE, y el ICE_c es el promedio del ICP de los productos con M_cp = 1)",
  methodDensityText:
    "Proximidad φ_pq = Σ_c M_cp M_cq / max(k_p, k_q) (Hidalgo et al. 2007); densidad d_cp = Σ_q M_cq φ_qp / Σ_q φ_qp sobre los productos q con k_q > 0; distancia = 1 − densidad.",
  methodDiagonalOne:
    "Diagonal φ_pp = 1, como la proximidad de py-ecomplexity y SELA.PROXIMIDAD; ecomplexity de Stata (el comando del Growth Lab detrás de las cifras publicadas del Atlas) la pone en 0, por eso la densidad, el COI y el COG difieren de las cifras del Atlas y de Stata (el ICE y el ICP no dependen de la diagonal).",
  methodDiagonalZero:
    "Diagonal φ_pp = 0, como ecomplexity de Stata (el comando del Growth Lab detrás de las cifras publicadas del Atlas); la proximidad de py-ecomplexity y SELA.PROXIMIDAD la ponen en 1, por eso la densidad, el COI y el COG difieren de los suyos (el ICE y el ICP no dependen de la diagonal).",
  methodOutlookLabel: "COI / COG",
  methodCogText:
    "Ambos usan el ICP antes de recentrar, ICP⁰_p = Q_p / s = ICP_p + K̄ / s (el vector Q sin normalizar, con el signo corregido, como py-ecomplexity y ecomplexity de Stata). Índice de perspectiva de complejidad: COI_c = Σ_p d_cp (1 − M_cp) ICP⁰_p sobre los productos con k_p > 0, luego estandarizado en los países con k_c > 0 como K (menos la media, dividido por la desviación estándar calculada como s). Ganancia de perspectiva de complejidad: COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) ICP⁰_q sobre los productos con k_q > 0 y k_r > 0, sin recentrar (la ganancia de Q dividida por s). Hausmann et al. (2014).",
  methodOutlookZscore:
    "Índice de perspectiva de complejidad COI_c = Σ_p d_cp (1 − M_cp) ICP_p y ganancia de perspectiva de complejidad COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) ICP_q, sobre los productos con presencia, con el ICP estandarizado que se muestra y sin otro escalado (complexity_outlook de economiccomplexity de R). Hausmann et al. (2014).",
  methodCountriesLabel: "Exportadores pequeños",
  methodMinShareText:
    "Los declarantes cuyas exportaciones son menores que el {0} de las exportaciones totales de los declarantes de la tabla quedan fuera de todos los cálculos (VCR con la tabla como mundo, M, ICE, ICP, proximidad, densidad, COI, COG) y de la clasificación; el país foco se conserva siempre. Excluidos aquí: {1}. Por qué 0,01 % por defecto: el Atlas de la Complejidad Económica conserva solo los países que exportaron al menos 1 000 millones de dólares al año (promedio 2006–2008) y tienen más de 1 200 000 habitantes, porque los datos ruidosos de cada país afectan los indicadores de todos los demás; el 0,01 % de las exportaciones mundiales de 2006–2008 (unos 14 billones de dólares) son unos 1 400 millones de dólares. Una tabla de comercio no tiene la población, así que solo se aplica la regla de las exportaciones.",
  methodMinShareNone:
    "No se excluye ningún declarante (participación mínima en las exportaciones 0). Atención: territorios con pocas exportaciones diminutas pueden encabezar entonces la clasificación por ICE; el Atlas de la Complejidad Económica conserva solo los países que exportaron al menos 1 000 millones de dólares al año (promedio 2006–2008) y tienen más de 1 200 000 habitantes (el valor por defecto aquí, 0,01 % del total de la tabla, se aproxima a su regla de exportaciones).",
  conventionPresence: "umbral de presencia: VCR {0}",
  conventionDiagonal: "diagonal de la proximidad: {0}",
  conventionMethod: "método: {0}",
  conventionEigen: "vector propio",
  conventionReflections: "reflexiones ({0} iteraciones)",
  conventionScale: "escala: {0}",
  scaleGrowthlab: "la del Growth Lab (py-ecomplexity)",
  scaleStata: "la de ecomplexity de Stata",
  scaleZscore: "puntuaciones z (economiccomplexity de R)",
  conventionMinShare: "participación mínima en las exportaciones: {0}",
  spaceRegional:
    "Importante: solo {0} declarantes. El espacio de productos necesita todos los países del mundo: la presencia, la ubicuidad y la proximidad se calculan con los declarantes de la tabla como mundo, así que un producto que exportan pocos de ellos parece raro y recibe una complejidad extrema. Use una tabla mundial (unos 200 declarantes) para el ICE, el ICP y las oportunidades.",
  spaceLeftOut:
    "Excluidos del cálculo y de la clasificación: {0} declarantes con exportaciones menores que el {1} del total de la tabla: {2}",
  spaceFocusSmall:
    "{0} exporta el {1} del total de la tabla, menos que el mínimo de {2}; se conserva como país foco, pero sus indicadores se basan en muy pocos productos.",
  spaceReferenceUnused:
    "La referencia ({0}) no se usa: el espacio de productos calcula la VCR, la presencia y la proximidad con los declarantes de la tabla como mundo; las filas de la referencia quedan fuera.",
  methodReferenceSpace:
    "Hidalgo et al. (2007); Hidalgo y Hausmann (2009); Hausmann et al., Atlas of Economic Complexity (2014)",
};

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
