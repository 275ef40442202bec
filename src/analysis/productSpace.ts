/**
 * The product-space analysis: diversity and ECI ranking of every country, PCI of every product, and for
 * the focus country the opportunity list (density, distance, PCI, COG) of products it does not yet export
 * with comparative advantage. One pass of the complexity core (`economicComplexity`). Pure.
 */
import type { ComplexityOptions } from "../core/complexity/complexityOptions";
import { economicComplexity } from "../core/complexity/economicComplexity";
import type { AnalysisResult } from "./ioLinkages";
import { labels, type Language } from "./labels";
import type { ReportValue } from "./report";
import { FORMATS, SheetBuilder, fill, methodBlock, num, orderDescending, text } from "./sheetBuilder";
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
}

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
}

function format(v: number, digits = 3): string {
  return Number.isFinite(v) ? v.toFixed(digits) : "—";
}

/**
 * Runs the product-space analysis on the exports of one period (with a world-total row as reference,
 * that row is left out: complexity compares the reporters among themselves).
 *
 * @throws {SelaError} for a focus country that is not a reporter, or as `economicComplexity`.
 */
export function productSpace(input: TradeInput, options: ProductSpaceOptions): AnalysisResult<ProductSpaceSummary> {
  const language = options.language ?? "en";
  const t = labels(language);
  const top = options.top ?? 50;
  const years = options.years;
  const data = tradePeriods(input, {
    ...(options.reference !== undefined ? { reference: options.reference } : {}),
    ...(years !== undefined ? { t1: years } : {}),
  });
  const period = data.periods[data.periods.length - 1] as (typeof data.periods)[number];
  const { countries, products } = data;
  const m = countries.length;
  const p = products.length;
  const c = focusIndex(countries, options.country);
  const country = countries[c] as string;
  const ec = economicComplexity(period.exports, options.complexity ?? {});

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
  sheet.note([fill(t.focusLine, country, format(focus.eci), focus.rank, m, focus.diversity, format(focus.coi))]);

  // Opportunities first (the question the user asks), then the two rankings side by side.
  sheet.subtitle(fill(t.opportunities, country));
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

  const o = ec.options;
  methodBlock(sheet, { language, source, date: options.date ?? new Date() }, [
    [t.focusCountry, country],
    ["M", fill(t.methodPresenceText, `${o.comparison === "above" ? ">" : "≥"} ${String(o.threshold)}`)],
    [`${t.eci} / ${t.pci}`, fill(t.methodEciText, o.method, o.scale)],
    [`${t.density} / ${t.distance}`, t.methodDensityText],
    [t.cog, t.methodCogText],
    [
      t.conventions,
      `threshold=${String(o.threshold)}, comparison=${o.comparison}, method=${o.method}, scale=${o.scale}, proximityDiagonal=${o.proximityDiagonal}`,
    ],
    [t.methodReference, t.methodReferenceSpace],
  ]);

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
    },
  };
}
