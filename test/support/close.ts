/**
 * Assertions for numeric results: element-wise closeness with a relative-plus-absolute tolerance, and
 * unwrapping of custom-function grids.
 */
import type { Matrix } from "../../src/core/linalg/matrix";
import { isExcelError, type ExcelError } from "../../src/functions/excelErrors";
import { SelaError } from "../../src/core/errors";

/** |actual − expected| ≤ tol·max(1, |expected|) for every element. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (!(Math.abs(a - e) <= tol * Math.max(1, Math.abs(e)))) {
      throw new Error(`element ${String(i)}: expected ${String(e)}, got ${String(a)} (tolerance ${String(tol)})`);
    }
  }
}

/** A matrix compared with nested expected rows. */
export function expectMatrixClose(actual: Matrix, expected: readonly (readonly number[])[], tol = 1e-9): void {
  expect([actual.rows, actual.cols]).toEqual([expected.length, expected[0]?.length ?? 0]);
  expectClose(actual.data, expected.flat(), tol);
}

/** The grid a custom function returned; fails the test when it returned an error value. */
export function grid(result: unknown): unknown[][] {
  if (isExcelError(result)) throw new Error(`expected a result, got ${result.code}: ${result.message ?? ""}`);
  return result as unknown[][];
}

/** The numbers of a grid (error cells fail the test). */
export function numbers(result: unknown): number[][] {
  return grid(result).map((row) =>
    row.map((cell) => {
      if (typeof cell !== "number") throw new Error(`expected a number, got ${JSON.stringify(cell)}`);
      return cell;
    }),
  );
}

/** The error value a custom function returned; fails the test when it returned a result. */
export function errorOf(result: unknown): ExcelError {
  if (!isExcelError(result)) throw new Error(`expected an error value, got ${JSON.stringify(result).slice(0, 200)}`);
  return result;
}

/** The SelaError `f` throws; fails the test when it throws nothing or something else. */
export function thrownSelaError(f: () => unknown): SelaError {
  try {
    f();
  } catch (error) {
    if (error instanceof SelaError) return error;
    throw error;
  }
  throw new Error("expected a SelaError");
}
