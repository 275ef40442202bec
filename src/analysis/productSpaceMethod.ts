/**
 * The method block of the product-space report: the formulas, which PCI and which standardisation each
 * printed number comes from, written from the options actually passed to `economicComplexity`, so that a
 * reader can recompute every number of the sheet from the sheet (and the data).
 */
import type { ResolvedComplexityOptions } from "../core/complexity/complexityOptions";
import type { Labels } from "./labels";
import { fill, inText } from "./sheetBuilder";

/** The facts of one run that the method text quotes. */
export interface ProductSpaceMethodFacts {
  readonly country: string;
  /** The options `economicComplexity` resolved (its `options` field). */
  readonly options: ResolvedComplexityOptions;
  /** λ₂ of M̃ (NaN with the method of reflections). */
  readonly eigenvalue: number;
  /** Countries with diversity > 0 (m′) and products with ubiquity > 0 (p′). */
  readonly countriesKept: number;
  readonly productsKept: number;
  /** K̄ / s: what COI and COG add to the printed PCI (see {@link outlookPciOffset}). */
  readonly pciOffset: number;
  /** The minimum export share applied (a fraction) and how many reporters it left out. */
  readonly minExportShare: number;
  readonly leftOut: number;
}

/** A number in a method text with enough digits to recompute from it (10 significant). */
export function methodNumber(v: number, t: Pick<Labels, "decimalMark">): string {
  return Number.isFinite(v) ? inText(String(Number(v.toPrecision(10))), t) : "—";
}

/** A share as a percentage for a text ("0.01 %"): at most 6 significant digits, no trailing zeros. */
export function percentText(share: number, t: Pick<Labels, "decimalMark">): string {
  return `${inText(String(Number((share * 100).toPrecision(6))), t)} %`;
}

/** "≥ 1" or "> 1": the presence test of the options. */
export function presenceCondition(options: ResolvedComplexityOptions, t: Pick<Labels, "decimalMark">): string {
  return `${options.comparison === "above" ? ">" : "≥"} ${inText(String(options.threshold), t)}`;
}

/** The method entries (label, text) of the product-space report, in the language of `t`. */
export function productSpaceMethodEntries(t: Labels, facts: ProductSpaceMethodFacts): [string, string][] {
  const o = facts.options;
  const m = facts.countriesKept;
  const p = facts.productsKept;
  const vector =
    o.method === "eigen"
      ? fill(t.methodEciText, methodNumber(facts.eigenvalue, t))
      : fill(t.methodEciReflectionsText, o.iterations - 2, o.iterations - 1);
  const offset = methodNumber(facts.pciOffset, t);
  const scale =
    o.scale === "zscore"
      ? t.methodScaleZscore
      : fill(o.scale === "stata" ? t.methodScaleStata : t.methodScaleGrowthlab, m, offset, p);
  const identity = o.method === "eigen" && o.scale !== "zscore" ? ` ${t.methodOffsetIdentity}` : "";
  const outlook = o.scale === "zscore" ? t.methodOutlookZscore : t.methodCogText;
  const diagonal = o.proximityDiagonal === "one" ? t.methodDiagonalOne : t.methodDiagonalZero;
  const minShare =
    facts.minExportShare > 0
      ? fill(t.methodMinShareText, percentText(facts.minExportShare, t), facts.leftOut)
      : t.methodMinShareNone;
  const conventions = [
    fill(t.conventionPresence, presenceCondition(o, t)),
    fill(t.conventionDiagonal, o.proximityDiagonal === "one" ? 1 : 0),
    fill(t.conventionMethod, o.method === "eigen" ? t.conventionEigen : fill(t.conventionReflections, o.iterations)),
    fill(
      t.conventionScale,
      o.scale === "growthlab" ? t.scaleGrowthlab : o.scale === "stata" ? t.scaleStata : t.scaleZscore,
    ),
    fill(t.conventionMinShare, percentText(facts.minExportShare, t)),
  ].join("; ");
  return [
    [t.focusCountry, facts.country],
    [t.methodCountriesLabel, minShare],
    ["M", fill(t.methodPresenceText, presenceCondition(o, t))],
    [`${t.eci} / ${t.pci}`, `${vector}; ${scale}${identity}`],
    [`${t.density} / ${t.distance}`, `${t.methodDensityText} ${diagonal}`],
    [t.methodOutlookLabel, outlook],
    [t.conventions, conventions],
    [t.methodReference, t.methodReferenceSpace],
  ];
}
