import { inputError, numericError, SelaError } from "../errors";
import {
  conditionEstimate,
  luDecomposeIdentityMinus,
  luSolve,
  luInverse,
  luInverseInPlace,
  luSolveTransposed,
  type LuDecomposition,
} from "../linalg/lu";
import { identity, type Matrix } from "../linalg/matrix";

/**
 * Largest estimated 1-norm condition number of I − A we compute with. Beyond it a result would carry
 * fewer than about four correct digits, so the computation stops with the estimate instead.
 */
export const MAX_CONDITION = 1e12;

/**
 * Checks that A is a usable coefficient matrix: square, non-empty, finite and non-negative (the Leontief
 * model's A ≥ 0, Miller & Blair 2009, ch. 2). Whether the economy it describes is productive is decided after
 * the factorisation ({@link leontiefFactor}), from the column sums formed here.
 *
 * One pass over A checks it and forms its column and row sums (the direct requirements and sales), which the
 * Leontief system reuses.
 *
 * @returns the column sums 1′A and row sums A1.
 * @throws {SelaError} `input` naming the first problem.
 * @example checkCoefficients(fromRows([[0.2, 0.3], [0.1, 0.4]])).columns // => Float64Array [0.3, 0.7]
 */
export function checkCoefficients(a: Matrix): DirectSums {
  if (a.rows !== a.cols) {
    throw inputError(
      `coefficients must be square (got ${String(a.rows)} x ${String(a.cols)})`,
      `los coeficientes deben formar una matriz cuadrada (se recibió ${String(a.rows)} x ${String(a.cols)})`,
    );
  }
  const n = a.rows;
  if (n === 0) throw inputError("the table is empty", "la tabla está vacía");
  const { data } = a;
  const columns = new Float64Array(n);
  const rows = new Float64Array(n);
  let valid = true;
  for (let i = 0; i < n; i++) {
    const offset = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) {
      const v = data[offset + j] as number;
      if (!(v >= 0 && v < Infinity)) valid = false;
      s += v;
      columns[j] = (columns[j] as number) + v;
    }
    rows[i] = s;
  }
  if (!valid) {
    const k = data.findIndex((v) => !(v >= 0 && v < Infinity));
    const v = data[k] as number;
    throw inputError(
      `coefficients must be finite and non-negative (row ${String(Math.floor(k / n) + 1)}, column ${String((k % n) + 1)} is ${String(v)})`,
      `los coeficientes deben ser finitos y no negativos (fila ${String(Math.floor(k / n) + 1)}, columna ${String((k % n) + 1)} es ${String(v)})`,
    );
  }
  return { columns, rows };
}

/** Column sums 1′A (what each sector buys from the others per unit of output) and row sums A1. */
export interface DirectSums {
  readonly columns: Float64Array;
  readonly rows: Float64Array;
}

/**
 * I − A as a new matrix.
 *
 * @example toRows(identityMinus(fromRows([[0.15, 0.25], [0.2, 0.05]]))) // => [[0.85, -0.25], [-0.2, 0.95]]
 */
export function identityMinus(a: Matrix): Matrix {
  const n = a.rows;
  const result = identity(n);
  for (let k = 0; k < a.data.length; k++) result.data[k] = (result.data[k] as number) - (a.data[k] as number);
  return result;
}

/**
 * LU factorisation of I − A after checking A and the conditioning of I − A.
 *
 * @throws {SelaError} `input` for an invalid A; `numeric` when I − A is singular, its estimated condition
 *   number exceeds {@link MAX_CONDITION} (the message states the estimate) or the table is not productive.
 * @example leontiefFactor(fromRows([[0.5]])).lu // => Float64Array [0.5]
 */
export function leontiefFactor(a: Matrix): LuDecomposition {
  return checkedFactor(a).factor;
}

/** {@link leontiefFactor}, also returning the sums of A that the check formed. */
function checkedFactor(a: Matrix): { factor: LuDecomposition; direct: DirectSums } {
  const direct = checkCoefficients(a);
  const factor = luDecomposeIdentityMinus(a);
  const condition = conditionEstimate(factor);
  if (!(condition <= MAX_CONDITION)) {
    const shown = Number.isFinite(condition) ? condition.toExponential(1) : "infinite";
    throw numericError(
      `I − A is nearly singular (estimated condition number ${shown}, above ${MAX_CONDITION.toExponential(0)}): results would have too few correct digits; check sectors whose coefficients add up to almost 1`,
      `I − A es casi singular (número de condición estimado ${shown}, mayor que ${MAX_CONDITION.toExponential(0)}): los resultados tendrían muy pocas cifras correctas; revise los sectores cuyos coeficientes suman casi 1`,
    );
  }
  checkProductive(factor, direct.columns);
  return { factor, direct };
}

/**
 * Checks that the economy is productive: the spectral radius of A is below 1, so L = (I − A)⁻¹ ≥ 0 (Miller &
 * Blair 2009, ch. 2.3, the Hawkins–Simon condition). Column sums of A below 1 are sufficient and need no work;
 * otherwise I − A, a Z-matrix, is a non-singular M-matrix exactly when x = (I − A)⁻¹1 is positive (Berman &
 * Plemmons 1994, Nonnegative Matrices in the Mathematical Sciences, ch. 6, thm 2.3), which one solve decides. A
 * sector whose coefficients add up to 1 or more (it buys more inputs than it produces: negative value added)
 * is allowed when the whole table is productive.
 *
 * @throws {SelaError} `numeric` when the table is not productive (naming the sector with the largest column
 *   sum: the table is probably transposed, in other units, or gross output is wrong).
 */
function checkProductive(factor: LuDecomposition, columnSums: Float64Array): void {
  let worst = 0;
  for (let j = 1; j < columnSums.length; j++) if ((columnSums[j] as number) > (columnSums[worst] as number)) worst = j;
  const largest = columnSums[worst] as number;
  if (!(largest >= 1)) return;
  const x = luSolve(factor, new Float64Array(columnSums.length).fill(1));
  if (x.every((v) => v > 0 && v < Infinity)) return;
  const sector = String(worst + 1);
  const sum = largest.toFixed(4);
  throw new SelaError(
    "numeric",
    {
      en: `the table is not productive (L = (I − A)⁻¹ would have negative entries): coefficients of sector ${sector} add up to ${sum}; check that rows sell and columns buy, and that output is gross output`,
      es: `la tabla no es productiva (L = (I − A)⁻¹ tendría valores negativos): los coeficientes del sector ${sector} suman ${sum.replace(".", ",")}; verifique que las filas venden y las columnas compran, y que la producción es la producción bruta`,
    },
    worst,
  );
}

/**
 * The Leontief model of one coefficient matrix, factorised once: every multiplier, linkage, impact and
 * extraction is a few solves with this factorisation instead of a formed inverse.
 */
export interface LeontiefSystem {
  /** Number of sectors. */
  readonly n: number;
  /** A, rows = selling sector, columns = buying sector. */
  readonly coefficients: Matrix;
  /** LU factorisation of I − A. */
  readonly factor: LuDecomposition;
  /** L b = (I − A)⁻¹ b (b indexed by sector). */
  solve(b: ArrayLike<number>): Float64Array;
  /** (c′L)′ = L′c, i.e. c′L as a vector (c indexed by sector). */
  solveTransposed(c: ArrayLike<number>): Float64Array;
  /** Column sums 1′L (type I output multipliers), computed as 1 + L′(A′1) so that a sector that buys nothing gets exactly 1. */
  columnSums(): Float64Array;
  /** Row sums L1, computed as 1 + L(A1) so that a sector that sells nothing to other sectors gets exactly 1. */
  rowSums(): Float64Array;
  /** L itself (n x n); a zero row or column of A gives an exact identity row or column of L. */
  inverse(): Matrix;
  /**
   * L as {@link inverse}, computed in the factorisation's own memory (one n x n matrix less at the peak); the
   * system is spent afterwards: any further call throws.
   */
  releaseInverse(): Matrix;
}

/**
 * Factorises I − A once and exposes L = (I − A)⁻¹ through solves.
 *
 * Identities used (Miller & Blair 2009, ch. 2.3 and 6.2): L = I + AL = I + LA, so
 * 1′L = 1′ + (A′1)′L and L1 = 1 + L(A1). Computing the part above the identity by a solve keeps every
 * multiplier ≥ 1 to the last bit and gives exactly 1 for sectors with no intermediate purchases (sales).
 *
 * @param a technical coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @throws {SelaError} see {@link leontiefFactor}.
 * @example leontiefSystem(fromRows([[0.15, 0.25], [0.2, 0.05]])).columnSums() // => [1.518152, 1.452145]
 */
export function leontiefSystem(a: Matrix): LeontiefSystem {
  const { factor, direct } = checkedFactor(a);
  const n = a.rows;
  const zeroRows: number[] = [];
  const zeroColumns: number[] = [];
  for (let k = 0; k < n; k++) {
    if (direct.rows[k] === 0) zeroRows.push(k);
    if (direct.columns[k] === 0) zeroColumns.push(k);
  }
  const onePlus = (v: Float64Array): Float64Array => v.map((e) => 1 + e);
  let spent = false;
  const live = (): LuDecomposition => {
    if (spent) throw new Error("leontiefSystem: the factorisation was released by releaseInverse()");
    return factor;
  };
  // A zero row i of A gives row i of L = e_i′ (L = I + AL), a zero column j gives column j = e_j (L = I + LA):
  // set them exactly, where the LU's rounding would leave 1e-17s.
  const exactIdentity = (l: Matrix): Matrix => {
    for (const i of zeroRows) {
      l.data.fill(0, i * n, (i + 1) * n);
      l.data[i * n + i] = 1;
    }
    for (const j of zeroColumns) {
      for (let i = 0; i < n; i++) l.data[i * n + j] = i === j ? 1 : 0;
    }
    return l;
  };
  return {
    n,
    coefficients: a,
    get factor() {
      return live();
    },
    solve: (b) => luSolve(live(), b),
    solveTransposed: (c) => luSolveTransposed(live(), c),
    columnSums: () => onePlus(luSolveTransposed(live(), direct.columns)),
    rowSums: () => onePlus(luSolve(live(), direct.rows)),
    inverse: () => exactIdentity(luInverse(live())),
    releaseInverse: () => {
      const l = exactIdentity(luInverseInPlace(live()));
      spent = true;
      return l;
    },
  };
}
