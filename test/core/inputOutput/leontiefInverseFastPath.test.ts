import { leontiefSystem, identityMinus } from "../../../src/core/inputOutput/leontiefSystem";
import { luDecompose, luSolveMatrix } from "../../../src/core/linalg/lu";
import { identity, matrix } from "../../../src/core/linalg/matrix";

/** L from the factors (luInverse) against the plain solve of (I − A) X = I, with zero rows and columns of A. */
describe("Leontief inverse from the factors", () => {
  test.each([
    [5, "inverse"],
    [60, "inverse"],
    [130, "inverse"],
    [5, "releaseInverse"],
    [60, "releaseInverse"],
    [130, "releaseInverse"],
  ] as const)(
    "n = %i, %s: equals solving against the identity; zero rows/columns give identity rows/columns",
    (n, how) => {
      let s = n;
      const a = matrix(n, n);
      for (let k = 0; k < n * n; k++) {
        s = (s * 48271) % 2147483647;
        a.data[k] = ((s / 2147483647) * 0.9) / n; // column sums below 0.9: productive
      }
      a.data.fill(0, n, 2 * n); // sector 1 sells nothing
      for (let i = 0; i < n; i++) a.data[i * n + 2] = 0; // sector 2 buys nothing
      const system = leontiefSystem(a);
      const l = how === "inverse" ? system.inverse() : system.releaseInverse();
      if (how === "releaseInverse") expect(() => system.columnSums()).toThrow(/released/);
      const reference = luSolveMatrix(luDecompose(identityMinus(a)), identity(n));
      let worst = 0;
      for (let k = 0; k < n * n; k++)
        worst = Math.max(worst, Math.abs((l.data[k] as number) - (reference.data[k] as number)));
      expect(worst).toBeLessThan(1e-13);
      for (let j = 0; j < n; j++) expect(l.data[n + j]).toBe(j === 1 ? 1 : 0);
      for (let i = 0; i < n; i++) expect(l.data[i * n + 2]).toBe(i === 2 ? 1 : 0);
    },
  );
});
