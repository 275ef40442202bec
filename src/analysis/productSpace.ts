/**
 * The product-space analysis: diversity and ECI ranking of every country, PCI of every product, and for
 * the focus country the opportunity list (density, distance, PCI, COG) of products it does not yet export
 * with comparative advantage. One pass of the complexity core (`economicComplexity`), on the reporters that
 * export at least a minimum share of the table's total (as the Atlas leaves out small exporters). Pure.
 */
import { complexityIndicesOf } from "../core/complexity/complexityIndices";
import type { ComplexityOptions } from "../core/complexity/complexityOptions";
import { economicComplexity, type EconomicComplexity } from "../core/complexity/economicComplexity";
import { presenceLists } from "../core/complexity/presenceLists";
import { inputError } from "../core/errors";
import { matrix, rowSums, type Matrix } from "../core/linalg/matrix";
import type { AnalysisResult } from "./ioLinkages";
import { labels, type Labels, type Language } from "./labels";
import type { ReportValue } from "./report";
import { percentText, presenceCondition, productSpaceMethodEntries } from "./productSpaceMethod";
import {
  FORMATS,
  SheetBuilder,
  fill,
  inText,
  methodBlock,
  num,
  orderDescending,
  summaryList,
  text,
} from "./sheetBuilder";
import type { TradeInput } from "./tradeInput";
import { focusIndex } from "./tradeNiches";
import { tradePeriods, type TradePeriodOptions } from "./tradePeriods";

/** Options of {@link productSpace}. */
export interface ProductSpaceOptions extends Pick<TradePeriodOptions, "reference"> {
  /** The focus country (a reporter label, case-insensitive). */
  readonly country: string;
  /** Year(s) whose exports are used (averaged); default: the last year of the table (or every record). */
  readonly years?: string | readonly string[];
  /** Complexity conventions (defaults as the catalogue: RCA ≥ 1, eigenvector, growthlab scale). */
  readonly complexity?: ComplexityOptions;
  readonly language?: Language;
  readonly source?: string;
  readonly date?: Date;
  /** Length of the opportunity list (default 50). */
  readonly top?: number;
  /**
   * Reporters whose exports are below this share of the table's total exports (a fraction: 0.0001 = 0.01 %)
   * are left out of the whole computation and of the ranking; the focus country is always kept. Default
   * {@link DEFAULT_MIN_EXPORT_SHARE}; 0 keeps every reporter.
   */
  readonly minExportShare?: number;
}

/**
 * Default {@link ProductSpaceOptions.minExportShare}: 0.01 % of the table's total exports. The Atlas of
 * Economic Complexity keeps only countries exporting at least US$1 billion a year (2006–2008 average; also
 * more than 1.2 million inhabitants, which a trade table cannot tell): 0.01 % of 2006–2008 world exports
 * (about US$14 trillion) is about US$1.4 billion. On the 1998–2000 world SITC table it leaves out 26 tiny
 * territories (South Georgia, Heard Island, Bouvet Island…) and no Latin American country.
 */
export const DEFAULT_MIN_EXPORT_SHARE = 0.0001;

/**
 * Fewer reporters than this and the table is probably regional: the report warns that the product space
 * needs the whole world (about 200 reporters; the user guide's "Important" box).
 */
export const REGIONAL_TABLE_REPORTERS = 50;

/** One opportunity of the focus country. */
export interface Opportunity {
  readonly product: string;
  readonly density: number;
  readonly distance: number;
  readonly pci: number;
  readonly cog: number;
  readonly rca: number;
}

/** What the pane and the demo show. */
export interface ProductSpaceSummary {
  readonly country: string;
  readonly countries: number;
  readonly products: number;
  /** The period used ("" = every record). */
  readonly period: string;
  readonly focus: { eci: number; rank: number; diversity: number; coi: number };
  /** Every country, by ECI descending (NaN last). */
  readonly eciRanking: { country: string; eci: number; diversity: number }[];
  /** Every product, by PCI descending. */
  readonly pciRanking: { product: string; pci: number; ubiquity: number }[];
  /** The top opportunities (COG, then density, descending). */
  readonly opportunities: Opportunity[];
  /** How many products the focus country does not export with RCA ≥ threshold. */
  readonly candidateCount: number;
  /** The reporters left out for exporting less than `minExportShare` of the table's total (table order). */
  readonly leftOut: string[];
}

function format(v: number, t: Labels, digits = 3): string {
  return Number.isFinite(v) ? inText(v.toFixed(digits), t) : "—";
}

/** The option checked: a share from 0 (keep every reporter) to below 1. */
function minExportShareOf(options: ProductSpaceOptions): number {
  const share = options.minExportShare ?? DEFAULT_MIN_EXPORT_SHARE;
  if (!Number.isFinite(share) || share < 0 || share >= 1) {
    throw inputError(
      `minExportShare must be a share from 0 to below 1, e.g. 0.0001 for 0.01 % (got ${String(share)})`,
      `la participación mínima en las exportaciones (minExportShare) debe ser una fracción de 0 a menos de 1, p. ej. 0.0001 para 0.01 % (se recibió ${String(share)})`,
    );
  }
  return share;
}

/**
 * Each reporter's share of the table's total exports; NaN for all when the total is not positive (a period
 * with no exports: nobody is left out for it, and the complexity core reports the empty table).
 */
function exportShares(exports: Matrix): Float64Array {
  const totals = rowSums(exports);
  let total = 0;
  for (const v of totals) total += v;
  return totals.map((v) => (total > 0 ? v / total : Number.NaN));
}

/** The rows `kept` of a matrix, in order. */
function keepRows(m: Matrix, kept: readonly number[]): Matrix {
  const out = matrix(kept.length, m.cols);
  kept.forEach((i, r) => {
    out.data.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), r * m.cols);
  });
  return out;
}

/**
 * K̄ / s, what COI and COG add to the printed PCI: with the growthlab and stata scales they use Q / s =
 * PCI + K̄ / s (py-ecomplexity, Stata). With the eigenvector, K is orthogonal to the leading eigenvector in the
 * diversity-weighted product (the core orthogonalises it), so Σ_c k_c K_c = 0 and K̄ / s = −Σ_c k_c ECI_c /
 * Σ_c k_c, readable from the ECI ranking. The reflections keep a weighted mean ≠ 0: their mean and sd come from
 * the indices again (cheap: a few sparse passes). 0 for the zscore scale, where COI and COG use the PCI shown.
 */
function outlookPciOffset(ec: EconomicComplexity): number {
  if (ec.options.scale === "zscore") return 0;
  if (ec.options.method === "reflections") {
    const indices = complexityIndicesOf(presenceLists(ec.presence), ec.options);
    return indices.mean / indices.sd;
  }
  let weighted = 0;
  let weight = 0;
  ec.diversity.forEach((k, c) => {
    if (k > 0) {
      weighted += k * (ec.eci[c] as number);
      weight += k;
    }
  });
  return -weighted / weight;
}

/**
 * Runs the product-space analysis on the exports of one period. Complexity compares the reporters among
 * themselves: a world-total row, column or table given as reference is not used (the report says so), and
 * reporters exporting less than `minExportShare` of the table's total are left out (the focus country is
 * kept). The report warns when the table looks regional (fewer than {@link REGIONAL_TABLE_REPORTERS}
 * reporters). The method block states the formulas with the options passed to `economicComplexity`.
 *
 * @throws {SelaError} for a focus country that is not a reporter, a `minExportShare` outside [0, 1), or as
 *   `economicComplexity`.
 */
export function productSpace(input: TradeInput, options: ProductSpaceOptions): AnalysisResult<ProductSpaceSummary> {
  const language = options.language ?? "en";
  const t = labels(language);
  const top = options.top ?? 50;
  const minShare = minExportShareOf(options);
  const years = options.years;
  const data = tradePeriods(input, {
    ...(options.reference !== undefined ? { reference: options.reference } : {}),
    ...(years !== undefined ? { t1: years } : {}),
  });
  const period = data.periods[data.periods.length - 1] as (typeof data.periods)[number];
  const reporters = data.countries.length;
  const focusRow = focusIndex(data.countries, options.country);
  const country = data.countries[focusRow] as string;
  const shares = exportShares(period.exports);
  const keptRows: number[] = [];
  const leftOut: string[] = [];
  shares.forEach((share, i) => {
    // A negative or undefined share (bad data, or no exports at all) is kept, so the complexity core reports it.
    if (share >= minShare || i === focusRow || !(share >= 0)) keptRows.push(i);
    else leftOut.push(data.countries[i] as string);
  });
  const countries = keptRows.map((i) => data.countries[i] as string);
  const { products } = data;
  const m = countries.length;
  const p = products.length;
  const c = keptRows.indexOf(focusRow);
  const keptExports = leftOut.length > 0 ? keepRows(period.exports, keptRows) : period.exports;
  const ec = economicComplexity(keptExports, options.complexity ?? {});

  const eciOrder = orderDescending(m, (i) => ec.eci[i] as number);
  const rankOf = new Int32Array(m);
  eciOrder.forEach((i, r) => (rankOf[i] = r + 1));
  const pciOrder = orderDescending(p, (j) => ec.pci[j] as number);
  const candidates: number[] = [];
  for (let j = 0; j < p; j++) if (ec.presence.data[c * p + j] === 0) candidates.push(j);
  const at = (mat: { data: Float64Array }, j: number): number => mat.data[c * p + j] as number;
  const key = (v: number): number => (Number.isNaN(v) ? -Infinity : v);
  const opportunityOrder = [...candidates].sort(
    (a, b) => key(at(ec.cog, b)) - key(at(ec.cog, a)) || key(at(ec.density, b)) - key(at(ec.density, a)) || a - b,
  );
  const opportunities: Opportunity[] = opportunityOrder.slice(0, top).map((j) => ({
    product: products[j] as string,
    density: at(ec.density, j),
    distance: at(ec.distance, j),
    pci: ec.pci[j] as number,
    cog: at(ec.cog, j),
    rca: at(ec.rca, j),
  }));
  const focus = {
    eci: ec.eci[c] as number,
    rank: rankOf[c] as number,
    diversity: ec.diversity[c] as number,
    coi: ec.coi[c] as number,
  };

  // ---- sheet
  const source = options.source ?? "";
  const sheet = new SheetBuilder(t.sheetSpace);
  sheet.title(t.spaceTitle);
  sheet.subtitle(fill(t.spaceSubtitle, m, p, country) + (period.label === "" ? "" : ` (${period.label})`));
  sheet.note([`${t.source}: ${source === "" ? t.sourceUnknown : source}`], 0);
  const caveats: string[] = [];
  if (reporters < REGIONAL_TABLE_REPORTERS) caveats.push(fill(t.spaceRegional, reporters));
  if (leftOut.length > 0) {
    caveats.push(fill(t.spaceLeftOut, leftOut.length, percentText(minShare, t), summaryList(leftOut)));
  }
  const focusShare = shares[focusRow] as number;
  if (focusShare < minShare) {
    caveats.push(fill(t.spaceFocusSmall, country, percentText(focusShare, t), percentText(minShare, t)));
  }
  if (data.referenceKind !== "all") caveats.push(fill(t.spaceReferenceUnused, data.referenceName));
  sheet.note([
    fill(t.focusLine, country, format(focus.eci, t), focus.rank, m, focus.diversity, format(focus.coi, t)),
    ...caveats,
  ]);

  // Opportunities first (the question the user asks), then the two rankings side by side.
  const condition = presenceCondition(ec.options, t);
  const heading = opportunities.length < candidates.length ? t.opportunities : t.opportunitiesAll;
  sheet.subtitle(fill(heading, country, opportunities.length, candidates.length, condition));
  if (opportunities.length === 0) {
    sheet.note([t.noOpportunities]);
  } else {
    sheet.add(
      "table",
      [
        [t.rank, t.product, t.density, t.distance, t.pci, t.cog, t.rca],
        ...opportunities.map((o, r): ReportValue[] => [
          r + 1,
          text(o.product),
          num(o.density),
          num(o.distance),
          num(o.pci),
          num(o.cog),
          num(o.rca),
        ]),
      ],
      {
        header: true,
        formats: [
          FORMATS.rank,
          undefined,
          FORMATS.index,
          FORMATS.index,
          FORMATS.index,
          FORMATS.index,
          FORMATS.multiplier,
        ],
      },
    );
  }
  const rankingRow = sheet.row;
  sheet.at(rankingRow, 0, "subtitle", [[t.eciRanking]]);
  sheet.at(
    rankingRow + 1,
    0,
    "table",
    [
      [t.rank, t.country, t.diversity, t.eci],
      ...eciOrder.map((i, r): ReportValue[] => [
        r + 1,
        text(countries[i] as string),
        num(ec.diversity[i]),
        num(ec.eci[i], "#N/A"),
      ]),
    ],
    { header: true, formats: [FORMATS.rank, undefined, FORMATS.integer, FORMATS.index] },
  );
  sheet.at(rankingRow, 5, "subtitle", [[t.pciTable]]);
  sheet.at(
    rankingRow + 1,
    5,
    "table",
    [
      [t.rank, t.product, t.ubiquity, t.pci],
      ...pciOrder.map((j, r): ReportValue[] => [
        r + 1,
        text(products[j] as string),
        num(ec.ubiquity[j]),
        num(ec.pci[j], "#N/A"),
      ]),
    ],
    { header: true, formats: [FORMATS.rank, undefined, FORMATS.integer, FORMATS.index] },
  );
  sheet.row = rankingRow + 2 + Math.max(m, p) + 1;
  for (const col of [0, 5]) sheet.width(col, 8);
  for (const col of [1, 2, 3, 4, 6, 7, 8]) sheet.width(col, 13);

  let countriesKept = 0;
  for (const k of ec.diversity) if (k > 0) countriesKept++;
  let productsKept = 0;
  for (const k of ec.ubiquity) if (k > 0) productsKept++;
  methodBlock(
    sheet,
    { language, source, date: options.date ?? new Date() },
    productSpaceMethodEntries(t, {
      country,
      options: ec.options,
      eigenvalue: ec.eigenvalue,
      countriesKept,
      productsKept,
      pciOffset: outlookPciOffset(ec),
      minExportShare: minShare,
      leftOut: leftOut.length,
    }),
  );

  return {
    report: { sheets: [sheet.build()] },
    summary: {
      country,
      countries: m,
      products: p,
      period: period.label,
      focus,
      eciRanking: eciOrder.map((i) => ({
        country: countries[i] as string,
        eci: ec.eci[i] as number,
        diversity: ec.diversity[i] as number,
      })),
      pciRanking: pciOrder.map((j) => ({
        product: products[j] as string,
        pci: ec.pci[j] as number,
        ubiquity: ec.ubiquity[j] as number,
      })),
      opportunities,
      candidateCount: candidates.length,
      leftOut,
    },
  };
}
