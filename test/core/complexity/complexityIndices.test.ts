import { complexityIndices } from "../../../src/core/complexity/complexityIndices";
import { presence } from "../../../src/core/complexity/presence";
import { SelaError } from "../../../src/core/errors";
import { fromRows, matrix, type Matrix } from "../../../src/core/linalg/matrix";
import { expectClose } from "../../support/close";
import { atlasSample } from "./atlasSample";
import { reflectionsSpectrum } from "./reflectionsSpectrum";
import { expected, TOY_TOLERANCE, toyExports } from "./toy";

function mean(v: ArrayLike<number>): number {
  return Array.from(v).reduce((a, b) => a + b, 0) / v.length;
}

function sd(v: ArrayLike<number>, ddof: number): number {
  const mu = mean(v);
  const s = Array.from(v).reduce((a, b) => a + (b - mu) ** 2, 0);
  return Math.sqrt(s / (v.length - ddof));
}

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] as number) - ma;
    const y = (b[i] as number) - mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

/** max_c |ECI_c − mean PCI of the products c exports|. */
function meanPciGap(m: Matrix, eci: Float64Array, pci: Float64Array): number {
  let worst = 0;
  for (let c = 0; c < m.rows; c++) {
    let s = 0;
    let k = 0;
    for (let j = 0; j < m.cols; j++) {
      if (m.data[c * m.cols + j] === 1) {
        s += pci[j] as number;
        k++;
      }
    }
    if (k > 0) worst = Math.max(worst, Math.abs((eci[c] as number) - s / k));
  }
  return worst;
}

/** The presence of the reviewer's repro: 5 countries x 6 products, RCA ≥ 1 of these exports. */
const REPRO_EXPORTS = [
  [50, 40, 30, 20, 10, 5],
  [60, 50, 40, 5, 2, 1],
  [80, 60, 5, 2, 1, 1],
  [90, 5, 2, 1, 1, 1],
  [10, 10, 10, 30, 40, 60],
];

function rowsOf(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, c) => Array.from(m.data.subarray(c * m.cols, (c + 1) * m.cols)));
}

/** ECI_c = mean PCI of the products c exports (Growth Lab scale). */
function expectEciIsMeanPci(m: Matrix, eci: Float64Array, pci: Float64Array): void {
  for (let c = 0; c < m.rows; c++) {
    let s = 0;
    let k = 0;
    for (let j = 0; j < m.cols; j++) {
      if (m.data[c * m.cols + j] === 1) {
        s += pci[j] as number;
        k++;
      }
    }
    if (k > 0) expect(eci[c]).toBeCloseTo(s / k, 12);
  }
}

/** Pseudo-random nested-ish exports: bigger countries export more products (seeded). */
function randomExports(m: number, p: number, seed: number): Matrix {
  let state = seed;
  const next = (): number => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const x = matrix(m, p);
  for (let c = 0; c < m; c++) {
    for (let j = 0; j < p; j++) x.data[c * p + j] = next() < (c + 1) / (m + 1) ? Math.round(next() * 1000) : 0;
  }
  return x;
}

describe("complexityIndices", () => {
  test("toy 5 x 6 (py-ecomplexity): ECI and PCI, growthlab scale", () => {
    const r = complexityIndices(presence(toyExports()));
    expectClose(r.eci, expected.eci, TOY_TOLERANCE);
    expectClose(r.pci, expected.pci, TOY_TOLERANCE);
    expect(r.eigenvalue).toBeGreaterThan(0);
    expect(r.eigenvalue).toBeLessThan(1);
  });

  test.each([1995, 1996])(
    "Atlas HS92 sample %i (Stata ecomplexity): ECI and PCI with scale stata and M = [RCA > 1]",
    (year) => {
      const atlas = atlasSample().get(year)!;
      const r = complexityIndices(presence(atlas.exports, { comparison: "above" }), { scale: "stata" });
      expectClose(r.eci, atlas.eci, 1e-12);
      expectClose(r.pci, atlas.pci, 1e-12);
    },
  );

  test("Atlas sample: growthlab differs from stata only by the sd (√(m′p′/(m′p′−1)) over the balanced panel)", () => {
    const atlas = atlasSample().get(1995)!;
    const m = presence(atlas.exports);
    const g = complexityIndices(m);
    const s = complexityIndices(m, { scale: "stata" });
    const n = 10 * 30;
    expectClose(
      g.eci,
      Array.from(s.eci, (v) => v * Math.sqrt(n / (n - 1))),
      1e-12,
    );
    expectClose(
      g.pci,
      Array.from(s.pci, (v) => v * Math.sqrt(n / (n - 1))),
      1e-12,
    );
  });

  test("invariants (growthlab): ECI has mean 0 and population sd 1, ECI = mean PCI of the country's products, corr(ECI, diversity) > 0", () => {
    for (const x of [toyExports(), randomExports(30, 80, 7), randomExports(60, 25, 11)]) {
      const m = presence(x);
      const r = complexityIndices(m);
      const kept = Array.from(r.eci).filter((v) => !Number.isNaN(v));
      expect(mean(kept)).toBeCloseTo(0, 12);
      expect(sd(kept, 0)).toBeCloseTo(1, 12);
      expectEciIsMeanPci(m, r.eci, r.pci);
      const div = Array.from({ length: m.rows }, (_, c) =>
        m.data.subarray(c * m.cols, (c + 1) * m.cols).reduce((a, b) => a + b, 0),
      );
      const keptDiv = div.filter((_, c) => !Number.isNaN(r.eci[c]));
      expect(correlation(kept, keptDiv)).toBeGreaterThan(0);
    }
  });

  test("country side and product side give the same answer (60 x 25 solves products, 30 x 80 countries)", () => {
    const x = randomExports(60, 25, 11);
    const m = presence(x);
    const r = complexityIndices(m);
    // Transposing exchanges the roles; recompute by hand on the country side via the transposed problem's PCI.
    const t = matrix(m.cols, m.rows);
    for (let i = 0; i < m.rows; i++)
      for (let j = 0; j < m.cols; j++) t.data[j * m.rows + i] = m.data[i * m.cols + j] as number;
    const rt = complexityIndices(t, { scale: "zscore" });
    const rz = complexityIndices(m, { scale: "zscore" });
    // ECI of the transposed problem is the PCI of the original up to sign (corr of ±1).
    const keptP = Array.from(rz.pci)
      .map((v, j) => [v, rt.eci[j] as number])
      .filter(([v]) => !Number.isNaN(v as number));
    expect(
      Math.abs(
        correlation(
          keptP.map((v) => v[0] as number),
          keptP.map((v) => v[1] as number),
        ),
      ),
    ).toBeCloseTo(1, 10);
    expectEciIsMeanPci(m, r.eci, r.pci);
  });

  test("zscore (R economiccomplexity): own mean 0, n−1 sd 1; ECI = growthlab ECI × √((n−1)/n)", () => {
    const m = presence(toyExports());
    const z = complexityIndices(m, { scale: "zscore" });
    expect(mean(z.eci)).toBeCloseTo(0, 12);
    expect(sd(z.eci, 1)).toBeCloseTo(1, 12);
    expect(mean(z.pci)).toBeCloseTo(0, 12);
    expect(sd(z.pci, 1)).toBeCloseTo(1, 12);
    expectClose(
      z.eci,
      expected.eci.map((v) => v * Math.sqrt(4 / 5)),
      TOY_TOLERANCE,
    );
  });

  // 20 reflections are not converged on random tables (the peers' run found corr 0.98 there, 0.99994 on
  // world data), so this only checks that they point the same way.
  test("reflections approach the eigenvector: high correlation on a random table, same sign", () => {
    const m = presence(randomExports(40, 120, 3));
    const e = complexityIndices(m, { scale: "zscore" });
    const r = complexityIndices(m, { method: "reflections", scale: "zscore" });
    expect(correlation(e.eci, r.eci)).toBeGreaterThan(0.95);
    expect(correlation(e.pci, r.pci)).toBeGreaterThan(0.95);
    expect(Number.isNaN(r.eigenvalue)).toBe(true);
  });

  test("reflections by hand on the toy: ECI = k_c,18 and PCI = k_p,19 z-scored (n−1)", () => {
    const m = presence(toyExports());
    const kc0 = expected.diversity;
    const kp0 = expected.ubiquity;
    let kc = [...kc0];
    let kp = [...kp0];
    const chainC: number[][] = [kc];
    const chainP: number[][] = [kp];
    for (let n = 1; n < 20; n++) {
      const nc = kc0.map((d, c) => expected.mcp[c]!.reduce((s, v, j) => s + v * kp[j]!, 0) / d);
      const np = kp0.map((u, j) => expected.mcp.reduce((s, row, c) => s + row[j]! * kc[c]!, 0) / u);
      kc = nc;
      kp = np;
      chainC.push(kc);
      chainP.push(kp);
    }
    const z = (v: number[]): number[] => v.map((x) => (x - mean(v)) / sd(v, 1));
    const r = complexityIndices(m, { method: "reflections", scale: "zscore" });
    expectClose(r.eci, z(chainC[18]!), 1e-9);
    expectClose(r.pci, z(chainP[19]!), 1e-9);
    expect(() => complexityIndices(m, { method: "reflections", iterations: 1 })).toThrow(/iterations/);
  });

  test("growthlab and stata: ECI = mean PCI of the country's products with both methods (reflections: PCI on K's scale)", () => {
    const m = presence(fromRows(REPRO_EXPORTS));
    // Bound from the spectrum of M̃ (reflectionsSpectrum.ts): about 0.025 here (the gap found is 0.013), where
    // λ₃/λ₂ ≈ 0.76 leaves 20 reflections unconverged; PCI from k_p,19 without the 1/λ₂ of that half step missed it by 0.26.
    const { invariantBound } = reflectionsSpectrum(rowsOf(m));
    for (const scale of ["growthlab", "stata"] as const) {
      const eigen = complexityIndices(m, { scale });
      expect(meanPciGap(m, eigen.eci, eigen.pci)).toBeLessThan(1e-12);
      const reflections = complexityIndices(m, { method: "reflections", scale });
      expect(meanPciGap(m, reflections.eci, reflections.pci)).toBeLessThanOrEqual(invariantBound + 1e-12);
    }
    for (const x of [toyExports(), randomExports(30, 80, 7)]) {
      const mx = presence(x);
      const r = complexityIndices(mx, { method: "reflections" });
      expect(meanPciGap(mx, r.eci, r.pci)).toBeLessThanOrEqual(reflectionsSpectrum(rowsOf(mx)).invariantBound + 1e-12);
    }
  });

  test("reflections agree with eigen, PCI included, when M̃ has one eigenvalue besides 1 and 0 (M of rank 2)", () => {
    // Rows A, B, A + B, A + B, A with A = [1, 1, 0, 0, 0], B = [0, 0, 1, 1, 1]: rank 2, so λ₃ = 0 and k_c,2 − a is
    // already the second eigenvector (reflectionsSpectrum: ε = 0); 20 reflections then give the eigen indices
    // to rounding, with any scale. Before PCI was put on K's scale, growthlab PCI was (λ₂Q − mean K)/sd K, λ₂ = 0.43.
    const m = fromRows([
      [1, 1, 0, 0, 0],
      [0, 0, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 1, 0, 0, 0],
    ]);
    const spectrum = reflectionsSpectrum(rowsOf(m));
    expect(spectrum.third).toBeLessThan(1e-12);
    expect(spectrum.invariantBound).toBeLessThan(1e-12);
    for (const scale of ["growthlab", "stata", "zscore"] as const) {
      const eigen = complexityIndices(m, { scale });
      const reflections = complexityIndices(m, { method: "reflections", scale });
      expectClose(reflections.eci, eigen.eci, 1e-10);
      expectClose(reflections.pci, eigen.pci, 1e-10);
    }
  });

  test("repeated second eigenvalue (λ₂ = λ₃): ECI and PCI are undefined, numeric error", () => {
    const numeric = (m: Matrix): SelaError => {
      try {
        complexityIndices(m);
      } catch (e) {
        expect(e).toBeInstanceOf(SelaError);
        expect((e as SelaError).kind).toBe("numeric");
        return e as SelaError;
      }
      throw new Error("expected a numeric error");
    };
    // Three separate groups: eigenvalue 1 three times.
    const identity = numeric(
      fromRows([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]),
    );
    expect(identity.text.en).toBe(
      "the countries split into 3 separate groups with no product in common (the second eigenvalue is repeated): ECI and PCI are undefined",
    );
    expect(identity.text.es).toMatch(/^los países se dividen en 3 grupos separados sin productos en común/);
    const blocks = matrix(6, 6);
    for (let b = 0; b < 3; b++) {
      blocks.data[2 * b * 6 + 2 * b] = 1;
      blocks.data[2 * b * 6 + 2 * b + 1] = 1;
      blocks.data[(2 * b + 1) * 6 + 2 * b] = 1;
    }
    expect(numeric(blocks).text.en).toMatch(/split into 3 separate groups/);
    // A connected cycle: country i exports products i and i + 1 (mod 5). S = M Mᵀ/4 = (2I + P + Pᵀ)/4 is
    // circulant with eigenvalues (1 + cos 2πk/5)/2, so λ₂ = λ₃ = (1 + cos 72°)/2.
    const cycle = matrix(5, 5);
    for (let i = 0; i < 5; i++) {
      cycle.data[i * 5 + i] = 1;
      cycle.data[i * 5 + ((i + 1) % 5)] = 1;
    }
    const shown = String(Number(((1 + Math.cos((2 * Math.PI) / 5)) / 2).toPrecision(6)));
    const tie = numeric(cycle);
    expect(tie.text.en).toBe(
      `the second eigenvalue is repeated (λ₂ = λ₃ = ${shown}): the second eigenvector is not unique, so ECI and PCI are undefined`,
    );
    expect(tie.text.es).toMatch(/^el segundo valor propio se repite/);
    // The product side is solved when there are fewer products: the same answer.
    const wide = matrix(3, 4);
    for (let i = 0; i < 3; i++) wide.data[i * 4 + i] = 1;
    wide.data[3] = 1;
    expect(numeric(wide).text.en).toMatch(/split into 3 separate groups/);
    const tall = matrix(4, 3);
    for (let i = 0; i < 3; i++) tall.data[i * 3 + i] = 1;
    tall.data[9] = 1;
    expect(numeric(tall).text.en).toMatch(/split into 3 separate groups/);
  });

  test("sign stability: permuting countries and products, scaling exports, do not change the values", () => {
    const x = toyExports();
    const base = complexityIndices(presence(x));
    const rowOrder = [4, 2, 0, 3, 1];
    const colOrder = [5, 3, 1, 0, 2, 4];
    const permuted = matrix(5, 6);
    rowOrder.forEach((c, i) => {
      colOrder.forEach((j, k) => (permuted.data[i * 6 + k] = (x.data[c * 6 + j] as number) * 1000));
    });
    const r = complexityIndices(presence(permuted));
    expectClose(
      r.eci,
      rowOrder.map((c) => base.eci[c] as number),
      1e-12,
    );
    expectClose(
      r.pci,
      colOrder.map((j) => base.pci[j] as number),
      1e-12,
    );
  });

  test("a country with no exports and a product nobody exports are left out as NaN and do not change the others", () => {
    const x = toyExports();
    const padded = matrix(6, 7);
    for (let c = 0; c < 5; c++) for (let j = 0; j < 6; j++) padded.data[c * 7 + j] = x.data[c * 6 + j] as number;
    const r = complexityIndices(presence(padded));
    expect(Number.isNaN(r.eci[5])).toBe(true);
    expect(Number.isNaN(r.pci[6])).toBe(true);
    expectClose(r.eci.subarray(0, 5), expected.eci, TOY_TOLERANCE);
    expectClose(r.pci.subarray(0, 6), expected.pci, TOY_TOLERANCE);
    expect(r.countriesKept).toBe(5);
    expect(r.productsKept).toBe(6);
  });

  test("degenerate inputs: one product with presence, identical export baskets (λ₂ = 0), bad options", () => {
    expect(() =>
      complexityIndices(
        fromRows([
          [1, 0],
          [1, 0],
          [1, 0],
        ]),
      ),
    ).toThrow(/at least 2 countries with presence and 2 products/);
    expect(() =>
      complexityIndices(
        fromRows([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toThrow(/second eigenvalue is zero/);
    expect(() =>
      complexityIndices(
        fromRows([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toThrow(SelaError);
    expect(() => complexityIndices(presence(toyExports()), { scale: "r" as never })).toThrow(
      /scale must be one of "growthlab", "zscore", "stata"/,
    );
    expect(() => complexityIndices(presence(toyExports()), { method: "fitness" as never })).toThrow(
      /method must be one of "eigen", "reflections"/,
    );
  });

  test("two disconnected blocks: λ₂ = 1 and ECI separates the blocks", () => {
    const m = fromRows([
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 1],
      [0, 0, 1, 0],
      [0, 0, 1, 1],
    ]);
    const r = complexityIndices(m);
    expect(r.eigenvalue).toBeCloseTo(1, 12);
    expect(Math.sign(r.eci[0] as number)).toBe(Math.sign(r.eci[1] as number));
    expect(Math.sign(r.eci[2] as number)).toBe(Math.sign(r.eci[3] as number));
    expect(Math.sign(r.eci[0] as number)).not.toBe(Math.sign(r.eci[2] as number));
  });
});
