import type { Bilingual } from "../errors";
import { normalizeToMean } from "./backwardLinkages";
import type { ForwardMethod } from "./forwardLinkages";
import { ghoshSystem } from "./ghoshSystem";
import { requireTransactions, type IoTable } from "./ioTable";
import { leontiefSystem } from "./leontiefSystem";

/**
 * Key-sector classes (Hirschman 1958, Rasmussen 1956; quadrants as in Miller & Blair 2009, ch. 12.2):
 * KEY both linkages above average, BACKWARD only the backward one, FORWARD only the forward one, WEAK
 * neither. The codes are language-independent (`style="code"`).
 */
export type KeySectorCode = "KEY" | "BACKWARD" | "FORWARD" | "WEAK";

/** The codes in quadrant order. */
export const KEY_SECTOR_CODES: readonly KeySectorCode[] = ["KEY", "BACKWARD", "FORWARD", "WEAK"];

/**
 * The words users read for each class, by language; shared by the custom function, the pane and the
 * reports. Spanish follows regional usage (DANE, ECLAC): clave, impulsor (high backward, "de arrastre"),
 * impulsado (high forward), independiente.
 */
export const KEY_SECTOR_LABELS: Readonly<Record<keyof Bilingual, Readonly<Record<KeySectorCode, string>>>> = {
  en: { KEY: "Key sector", BACKWARD: "Backward-oriented", FORWARD: "Forward-oriented", WEAK: "Weak linkages" },
  es: { KEY: "Sector clave", BACKWARD: "Sector impulsor", FORWARD: "Sector impulsado", WEAK: "Sector independiente" },
};

/**
 * The label of a class in a language.
 *
 * @example keySectorLabel("BACKWARD", "es") // => "Sector impulsor"
 */
export function keySectorLabel(code: KeySectorCode, language: keyof Bilingual): string {
  return KEY_SECTOR_LABELS[language][code];
}

/**
 * How a normalised linkage is compared with the average 1. `"greater"` (default): strictly above 1
 * counts as strong (fio, the textbook quadrants); `"atLeast"`: 1 or more (ioanalysis' `crit`).
 */
export type KeySectorRule = "greater" | "atLeast";

/** Options of {@link keySectors}. */
export interface KeySectorOptions {
  /** Forward linkages from L rows (`"leontief"`, default) or G rows (`"ghosh"`, needs transactions and output). */
  readonly method?: ForwardMethod;
  /** Threshold rule, default `"greater"` (value > 1). */
  readonly rule?: KeySectorRule;
  /**
   * Linkages within this distance of 1 count as exactly 1 (default 1e-12), so that rounding in the last
   * bits cannot move a sector between classes (identical sectors all have exactly average linkages).
   */
  readonly tolerance?: number;
}

/**
 * The class of a sector from its normalised backward and forward linkages.
 *
 * @example classifySector(1.02, 0.93) // => "BACKWARD"
 */
export function classifySector(
  backward: number,
  forward: number,
  rule: KeySectorRule = "greater",
  tolerance = 1e-12,
): KeySectorCode {
  const strong = (u: number): boolean => {
    const v = Math.abs(u - 1) <= tolerance ? 1 : u;
    return rule === "greater" ? v > 1 : v >= 1;
  };
  const b = strong(backward);
  const f = strong(forward);
  return b ? (f ? "KEY" : "BACKWARD") : f ? "FORWARD" : "WEAK";
}

/**
 * Key sectors from normalised total linkages: backward = Rasmussen power of dispersion n·colsum(L)/ΣL,
 * forward = n·rowsum(L)/ΣL (method "leontief") or n·rowsum(G)/ΣG (method "ghosh"); each compared with
 * the average 1 by `rule` (default > 1).
 *
 * One LU factorisation of I − A and two solves. Reference: Miller & Blair (2009), ch. 12.2.
 *
 * @param table A, with Z and x when known ({@link ioTable}); rows sell, columns buy.
 * @param options `method` (default "leontief"), `rule` (default "greater"), `tolerance` (default 1e-12).
 * @returns one code per sector, length n.
 * @throws {SelaError} `input` for invalid data or method "ghosh" without output; `numeric` if I − A is
 *   (nearly) singular.
 * @example keySectors(ioTable(fromRows([[0.15, 0.25], [0.2, 0.05]]))) // => ["KEY", "WEAK"]
 */
export function keySectors(table: IoTable, options: KeySectorOptions = {}): KeySectorCode[] {
  const method = options.method ?? "leontief";
  let backward: Float64Array;
  let forward: Float64Array;
  if (method === "ghosh") {
    const { transactions, output } = requireTransactions(table, { en: 'method "ghosh"', es: 'el método "ghosh"' });
    const ghosh = ghoshSystem(transactions, output);
    backward = ghosh.leontief.columnSums();
    forward = ghosh.rowSums();
  } else {
    const leontief = leontiefSystem(table.coefficients);
    backward = leontief.columnSums();
    forward = leontief.rowSums();
  }
  const u = normalizeToMean(backward);
  const w = normalizeToMean(forward);
  return Array.from(u, (b, j) => classifySector(b, w[j] as number, options.rule, options.tolerance));
}
