import { complexityIndicesOf, type SimilarityKernel } from "../../../src/core/complexity/complexityIndices";
import { complexityOptions, type ProximityDiagonal } from "../../../src/core/complexity/complexityOptions";
import { complexityOutlookOf, densityAndOutlookOf } from "../../../src/core/complexity/complexityOutlook";
import { densityOf } from "../../../src/core/complexity/density";
import { presenceLists, type PresenceLists } from "../../../src/core/complexity/presenceLists";
import { proximityOf, type CoOccurrenceKernel } from "../../../src/core/complexity/proximity";
import { matrix, type Matrix } from "../../../src/core/linalg/matrix";
import { symmetricEigen } from "../../../src/core/linalg/symmetricEigen";

/**
 * The fast kernels (bitset and sparse co-occurrence, the blocked sweep over φ, the ubiquity-level identity)
 * against the definitions computed cell by cell, on random presence matrices with empty rows and columns.
 */

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

/** m x p presence with the given share of ones; some countries and products without any. */
function randomPresence(m: number, p: number, share: number, seed: number): Matrix {
  const r = random(seed);
  const out = matrix(m, p);
  for (let k = 0; k < m * p; k++) out.data[k] = r() < share ? 1 : 0;
  for (let j = 0; j < p; j += 7) for (let c = 0; c < m; c++) out.data[c * p + j] = 0;
  for (let c = 1; c < m; c += 9) out.data.fill(0, c * p, (c + 1) * p);
  return out;
}

function referenceProximity(mm: Matrix, diagonal: ProximityDiagonal): Float64Array {
  const { rows: m, cols: p, data } = mm;
  const k = new Float64Array(p);
  for (let c = 0; c < m; c++) for (let j = 0; j < p; j++) k[j] = (k[j] as number) + (data[c * p + j] as number);
  const phi = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      let co = 0;
      for (let c = 0; c < m; c++) co += (data[c * p + a] as number) * (data[c * p + b] as number);
      const ka = k[a] as number;
      const kb = k[b] as number;
      phi[a * p + b] = ka === 0 || kb === 0 ? NaN : a === b ? (diagonal === "one" ? 1 : 0) : co / Math.max(ka, kb);
    }
  }
  return phi;
}

/** d_cj = Σ_i M_ci φ_ij / Σ_{i: k_i > 0} φ_ij, and the unscaled COG sum, cell by cell. */
function referenceDensity(mm: Matrix, lists: PresenceLists, phi: Float64Array): Float64Array {
  const { rows: m, cols: p, data } = mm;
  const d = new Float64Array(m * p);
  for (let j = 0; j < p; j++) {
    let total = 0;
    for (let i = 0; i < p; i++) if (lists.ubiquity[i] !== 0) total += phi[i * p + j] as number;
    for (let c = 0; c < m; c++) {
      let s = 0;
      for (let i = 0; i < p; i++) if (data[c * p + i] === 1) s += phi[i * p + j] as number;
      const defined = lists.diversity[c] !== 0 && lists.ubiquity[j] !== 0 && total > 0;
      d[c * p + j] = defined ? s / total : NaN;
    }
  }
  return d;
}

function referenceGain(mm: Matrix, lists: PresenceLists, phi: Float64Array, pci: Float64Array): Float64Array {
  const { rows: m, cols: p, data } = mm;
  const w = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    if (lists.ubiquity[i] === 0) continue;
    let rowSum = 0;
    for (let j = 0; j < p; j++) if (lists.ubiquity[j] !== 0) rowSum += phi[i * p + j] as number;
    w[i] = rowSum > 0 ? (pci[i] as number) / rowSum : 0;
  }
  const g = new Float64Array(m * p);
  for (let c = 0; c < m; c++) {
    for (let j = 0; j < p; j++) {
      if (lists.diversity[c] === 0 || lists.ubiquity[j] === 0) g[c * p + j] = NaN;
      else if (data[c * p + j] === 1) g[c * p + j] = 0;
      else {
        let s = 0;
        for (let i = 0; i < p; i++)
          if (lists.ubiquity[i] !== 0 && data[c * p + i] === 0) s += (w[i] as number) * (phi[i * p + j] as number);
        g[c * p + j] = s;
      }
    }
  }
  return g;
}

/** Every cell equal (tol 0, NaN where NaN) or within tol·max(1, |expected|); one assertion per array. */
function expectSame(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  const bad: string[] = [];
  for (let k = 0; k < expected.length && bad.length < 5; k++) {
    const e = expected[k] as number;
    const a = actual[k] as number;
    const ok = Number.isNaN(e)
      ? Number.isNaN(a)
      : tol === 0
        ? Object.is(a, e)
        : Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));
    if (!ok) bad.push(`cell ${String(k)}: expected ${String(e)}, got ${String(a)}`);
  }
  expect(bad).toEqual([]);
}

// Shapes cross the kernels' boundaries: several 32-bit words of countries (m > 64, odd word counts), several
// 64-row blocks and several column blocks of the sweep, and a single country or product.
const CASES: [number, number, number][] = [
  [5, 6, 0.5],
  [70, 150, 0.3],
  [97, 140, 0.08],
  [130, 260, 0.6],
  [1, 4, 0.9],
  [3, 1, 0.9],
];

describe("co-occurrence kernels of proximity", () => {
  // 1000 countries: 32 words per bitset, more than one popcount chunk of 30 words.
  test.each(CASES.concat([[1000, 45, 0.5]]))(
    "%i x %i, share %f: bitset, sparse and auto equal the pair-by-pair definition",
    (m, p, share) => {
      const mm = randomPresence(m, p, share, m * 1000 + p);
      const lists = presenceLists(mm);
      for (const diagonal of ["one", "zero"] as const) {
        const want = referenceProximity(mm, diagonal);
        for (const kernel of ["bitset", "wasm", "sparse", "auto"] as CoOccurrenceKernel[]) {
          expectSame(proximityOf(lists, diagonal, kernel).data, want, 0);
        }
      }
    },
  );
});

describe("products of M with φ", () => {
  test.each(CASES.filter(([m, p]) => m >= 2 && p >= 2))(
    "%i x %i: density by the sweep equals the gather, bit for bit",
    (m, p, share) => {
      const mm = randomPresence(m, p, share, m + 7 * p);
      const lists = presenceLists(mm);
      const phi = proximityOf(lists, "one");
      expectSame(densityOf(lists, phi).data, referenceDensity(mm, lists, phi.data), 0);
    },
  );

  test("a non-symmetric φ is read by rows (φ_ij multiplies M_ci)", () => {
    const mm = randomPresence(30, 90, 0.3, 3);
    const lists = presenceLists(mm);
    const r = random(17);
    const phi = matrix(90, 90);
    for (let k = 0; k < phi.data.length; k++) phi.data[k] = r();
    expectSame(densityOf(lists, phi).data, referenceDensity(mm, lists, phi.data), 0);
  });

  test.each([
    [70, 150, 0.3],
    [97, 140, 0.08],
    [130, 260, 0.6],
  ])("%i x %i: COG from the sweep and from the ubiquity-level identity equal the definition", (m, p, share) => {
    const mm = randomPresence(m, p, share, 31 * m + p);
    const lists = presenceLists(mm);
    for (const diagonal of ["one", "zero"] as const) {
      for (const scale of ["growthlab", "zscore"] as const) {
        const options = complexityOptions({ scale, proximityDiagonal: diagonal });
        const indices = complexityIndicesOf(lists, options);
        const phi = proximityOf(lists, diagonal);
        const pci = scale === "zscore" ? indices.pci : indices.rawPci;
        const density = referenceDensity(mm, lists, phi.data);
        const gain = referenceGain(mm, lists, phi.data, pci);
        const divisor = scale === "zscore" ? 1 : indices.sd;
        const wantCog = gain.map((g) => g / divisor);

        const viaSweep = complexityOutlookOf(lists, phi, densityOf(lists, phi), indices);
        expectSame(viaSweep.cog.data, wantCog, 1e-12);
        const combined = densityAndOutlookOf(lists, phi, indices);
        expectSame(combined.density.data, density, 0);
        expectSame(combined.cog.data, viaSweep.cog.data, 0);
        expectSame(combined.coi, viaSweep.coi, 0);

        const level = densityAndOutlookOf(lists, phi, indices, diagonal);
        expectSame(level.density.data, density, 1e-12);
        expectSame(level.cog.data, wantCog, 1e-12);
        expectSame(level.coi, viaSweep.coi, 1e-10);
      }
    }
  });
});

describe("presence lists", () => {
  test.each(CASES)("%i x %i, share %f: the branch-free passes equal a cell-by-cell scan", (m, p, share) => {
    const mm = randomPresence(m, p, share, 5 * m + p);
    const lists = presenceLists(mm);
    const productsOf: number[][] = Array.from({ length: m }, () => []);
    const countriesOf: number[][] = Array.from({ length: p }, () => []);
    for (let c = 0; c < m; c++) {
      for (let j = 0; j < p; j++) {
        if (mm.data[c * p + j] === 1) {
          productsOf[c]?.push(j);
          countriesOf[j]?.push(c);
        }
      }
    }
    expect(Array.from(lists.diversity)).toEqual(productsOf.map((l) => l.length));
    expect(Array.from(lists.ubiquity)).toEqual(countriesOf.map((l) => l.length));
    expect(Array.from(lists.productStart.subarray(1))).toEqual(
      productsOf.map((_, c) => productsOf.slice(0, c + 1).reduce((s, l) => s + l.length, 0)),
    );
    expect(Array.from(lists.productOf)).toEqual(productsOf.flat());
    expect(Array.from(lists.countryOf)).toEqual(countriesOf.flat());
    expect(lists.countryStart[p]).toBe(lists.productOf.length);
  });

  test.each([NaN, 0.5, 2, -1, Infinity, 1e-300, 5e-324, 1 + Number.EPSILON])(
    "an entry %p is rejected with its row and column",
    (bad) => {
      const mm = randomPresence(4, 70, 0.4, 9);
      mm.data[2 * 70 + 33] = bad;
      expect(() => presenceLists(mm)).toThrow(/row 3, column 34/);
    },
  );
});

/**
 * ECI and PCI by the definition: the dense country matrix S = D_c^{-1/2} M D_p⁻¹ Mᵀ D_c^{-1/2} over the kept
 * countries, all its eigenvectors by the full solver, K = D_c^{-1/2} v₂, Q = D_p⁻¹ Mᵀ K / λ₂, growthlab scale.
 */
function referenceIndices(mm: Matrix): { eci: Float64Array; pci: Float64Array; lambda: number } {
  const { rows: m, cols: p, data } = mm;
  const kc = new Float64Array(m);
  const kp = new Float64Array(p);
  for (let c = 0; c < m; c++) {
    for (let j = 0; j < p; j++) {
      kc[c] = (kc[c] as number) + (data[c * p + j] as number);
      kp[j] = (kp[j] as number) + (data[c * p + j] as number);
    }
  }
  const kept = Array.from({ length: m }, (_, c) => c).filter((c) => (kc[c] as number) > 0);
  const n = kept.length;
  const s = matrix(n, n);
  kept.forEach((a, x) => {
    kept.forEach((b, y) => {
      let sum = 0;
      for (let j = 0; j < p; j++)
        if (kp[j] !== 0) sum += ((data[a * p + j] as number) * (data[b * p + j] as number)) / (kp[j] as number);
      s.data[x * n + y] = sum / Math.sqrt((kc[a] as number) * (kc[b] as number));
    });
  });
  const { values, vectors } = symmetricEigen(s);
  const lambda = values[1] as number;
  const k = new Float64Array(m).fill(NaN);
  kept.forEach((c, x) => (k[c] = (vectors.data[x * n + 1] as number) / Math.sqrt(kc[c] as number)));
  const q = new Float64Array(p).fill(NaN);
  for (let j = 0; j < p; j++) {
    if (kp[j] === 0) continue;
    let sum = 0;
    for (const c of kept) sum += (data[c * p + j] as number) * (k[c] as number);
    q[j] = sum / (kp[j] as number) / lambda;
  }
  let cov = 0;
  const meanK = kept.reduce((t, c) => t + (k[c] as number), 0) / n;
  const meanD = kept.reduce((t, c) => t + (kc[c] as number), 0) / n;
  for (const c of kept) cov += ((k[c] as number) - meanK) * ((kc[c] as number) - meanD);
  const sign = cov < 0 ? -1 : 1;
  const sd = Math.sqrt(kept.reduce((t, c) => t + ((k[c] as number) - meanK) ** 2, 0) / n);
  return {
    eci: k.map((v) => (sign * v - sign * meanK) / sd),
    pci: q.map((v) => (sign * v - sign * meanK) / sd),
    lambda,
  };
}

describe("the similarity matrix of the ECI eigenproblem", () => {
  test.each(CASES.filter(([m, p]) => m >= 3 && p >= 3).concat([[40, 30, 0.4]]))(
    "%i x %i, share %f: bitset, sparse and auto give the ECI and PCI of the dense definition",
    (m, p, share) => {
      const mm = randomPresence(m, p, share, 11 * m + p);
      const lists = presenceLists(mm);
      const want = referenceIndices(mm);
      for (const kernel of ["bitset", "sparse", "auto"] as SimilarityKernel[]) {
        const got = complexityIndicesOf(lists, complexityOptions({}), kernel);
        expect(got.eigenvalue).toBeCloseTo(want.lambda, 12);
        expectSame(got.eci, want.eci, 1e-9);
        expectSame(got.pci, want.pci, 1e-9);
      }
    },
  );
});
