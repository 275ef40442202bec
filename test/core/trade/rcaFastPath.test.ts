import { matrix } from "../../../src/core/linalg/matrix";
import { RCA_VARIANTS, revealedComparativeAdvantage } from "../../../src/core/trade/revealedComparativeAdvantage";

/** The fused two-pass RCA against the formula evaluated cell by cell, bit for bit. */
describe("RCA fast path", () => {
  function random(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 48271) % 2147483647;
      return s / 2147483647;
    };
  }

  function reference(x: Float64Array, m: number, p: number, world: Float64Array, variant: string): Float64Array {
    let w = 0;
    for (const v of world) w += v;
    const out = new Float64Array(m * p);
    for (let c = 0; c < m; c++) {
      let xc = 0;
      for (let j = 0; j < p; j++) xc += x[c * p + j] as number;
      for (let j = 0; j < p; j++) {
        const xwp = world[j] as number;
        if (!(xc > 0 && xwp > 0 && w > 0)) {
          out[c * p + j] = NaN;
          continue;
        }
        const cs = (x[c * p + j] as number) / xc;
        const ws = xwp / w;
        const rca = cs / ws;
        out[c * p + j] =
          variant === "balassa"
            ? rca
            : variant === "symmetric"
              ? (rca - 1) / (rca + 1)
              : variant === "log"
                ? Math.log(rca)
                : cs - ws;
      }
    }
    return out;
  }

  test.each([
    [2, 3],
    [17, 40],
    [60, 301],
  ])("%i x %i with empty rows and columns, every variant, with and without a reference", (m, p) => {
    const r = random(m * 31 + p);
    const x = matrix(m, p);
    for (let k = 0; k < m * p; k++) x.data[k] = r() < 0.5 ? 0 : Math.exp(6 * r());
    x.data.fill(0, (m - 1) * p, m * p); // a country with no exports
    for (let c = 0; c < m; c++) x.data[c * p] = 0; // a product nobody exports
    const columns = new Float64Array(p);
    for (let c = 0; c < m; c++)
      for (let j = 0; j < p; j++) columns[j] = (columns[j] as number) + (x.data[c * p + j] as number);
    const given = columns.map((v, j) => (j % 5 === 1 ? 0 : v * 1.5 + 1));
    for (const variant of RCA_VARIANTS) {
      for (const world of [undefined, given]) {
        const got = revealedComparativeAdvantage(x, world, { variant }).data;
        const want = reference(x.data, m, p, world ?? columns, variant);
        const bad: number[] = [];
        for (let k = 0; k < want.length; k++) if (!Object.is(got[k], want[k])) bad.push(k);
        expect(bad).toEqual([]);
      }
    }
  });

  test("the first bad cell is still the one named", () => {
    const x = matrix(3, 4).data.fill(1);
    x[6] = -1;
    x[9] = NaN;
    expect(() => revealedComparativeAdvantage({ rows: 3, cols: 4, data: x })).toThrow(/row 2, column 3/);
  });
});
