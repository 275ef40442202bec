/** The 5 x 6 toy of test/fixtures/complexity/toy_5x6.json (py-ecomplexity, Growth Lab convention). */
import { fromRows, type Matrix } from "../../../src/core/linalg/matrix";
import toy from "../../fixtures/complexity/toy_5x6.json";

export const expected = toy.expected;

/** The toy's exports, 5 countries x 6 products. */
export function toyExports(): Matrix {
  return fromRows(toy.inputs.exports);
}

/** Fixture values are rounded to 6 decimals. */
export const TOY_TOLERANCE = 2e-6;
