import { stopKernelThreads, useKernelThreads } from "../../src/cli/kernelThreads";
import { inverse, luDecompose, luInverseInPlace, luSolveMatrix, type LuDecomposition } from "../../src/core/linalg/lu";
import { matrix, multiply, type Matrix } from "../../src/core/linalg/matrix";
import { kernelHelperTasks, setKernelHelperFactory, type KernelHelperFactory } from "../../src/core/linalg/wasm/luWasm";
import { proximity } from "../../src/core/complexity/proximity";
import { randomSource } from "../core/linalg/referenceLu";

// The threaded kernel splits products and triangular solves between two threads without changing any
// element's operations: its factors, inverses and solutions must be bit-identical to the one-thread kernel's.

const random = randomSource(20261128);

function randomMatrix(rows: number, cols: number, diagonal = 0): Matrix {
  const m = matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = random() * 2 - 1;
  for (let i = 0; i < Math.min(rows, cols); i++) m.data[i * cols + i] = (m.data[i * cols + i] as number) + diagonal;
  return m;
}

interface Results {
  readonly factors: LuDecomposition;
  readonly inverse: Matrix;
  readonly inverseInPlace: Matrix;
  readonly solution: Matrix;
}

const matrixCopy = (m: Matrix): Matrix => ({ ...m, data: m.data.slice() });

function compute(a: Matrix, b: Matrix): Results {
  const factors = luDecompose(a);
  return {
    factors: { ...factors, lu: factors.lu.slice() },
    inverse: inverse(a),
    inverseInPlace: matrixCopy(luInverseInPlace(luDecompose(a))),
    solution: luSolveMatrix(factors, b),
  };
}

function expectIdentical(x: ArrayLike<number>, y: ArrayLike<number>): void {
  expect(x.length).toBe(y.length);
  let differing = 0;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) differing++;
  expect(differing).toBe(0);
}

afterEach(async () => {
  await stopKernelThreads();
});

describe("kernel threads (Node worker_threads)", () => {
  it("are available in Node", () => {
    expect(useKernelThreads()).toBe(true);
  });

  it.each([400, 517])("give bit-identical factors, inverse and solves at n = %i", async (n) => {
    const a = randomMatrix(n, n, 2);
    const b = randomMatrix(n, 37);
    setKernelHelperFactory(null);
    const one = compute(a, b);
    expect(useKernelThreads()).toBe(true);
    // The helper starts on the first large operation; wait (up to 10 s on a loaded machine) until it works.
    const started = kernelHelperTasks();
    for (let tries = 0; tries < 100 && kernelHelperTasks() === started; tries++) {
      compute(a, b);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const before = kernelHelperTasks();
    const two = compute(a, b);
    expect(kernelHelperTasks() - before).toBeGreaterThan(0); // the helper did take some halves
    expectIdentical(two.factors.lu, one.factors.lu);
    expect(Array.from(two.factors.permutation)).toEqual(Array.from(one.factors.permutation));
    expectIdentical(two.inverse.data, one.inverse.data);
    expectIdentical(two.inverseInPlace.data, one.inverseInPlace.data);
    expectIdentical(two.solution.data, one.solution.data);
    // and they are right: A·A⁻¹ = I
    const product = multiply(a, two.inverse);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        worst = Math.max(worst, Math.abs((product.data[i * n + j] as number) - (i === j ? 1 : 0)));
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it("give bit-identical proximity, rows shared with the helper", async () => {
    const presence = matrix(300, 2000); // 64-row blocks of 2,000 products x 5 words: large enough to share
    for (let k = 0; k < presence.data.length; k++) presence.data[k] = random() < 0.3 ? 1 : 0;
    setKernelHelperFactory(null);
    const one = proximity(presence);
    expect(useKernelThreads()).toBe(true);
    const started = kernelHelperTasks();
    for (let tries = 0; tries < 100 && kernelHelperTasks() === started; tries++) {
      proximity(presence);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const before = kernelHelperTasks();
    const two = proximity(presence);
    expect(kernelHelperTasks() - before).toBeGreaterThan(0);
    expectIdentical(two.data, one.data);
  });

  it("attach a helper to every large operation, and none to small ones", () => {
    const attached: number[] = [];
    const spy: KernelHelperFactory = () => ({ attach: (_memory, _control, ticket) => attached.push(ticket) });
    expect(setKernelHelperFactory(spy)).toBe(true);
    luDecompose(randomMatrix(100, 100, 2));
    expect(attached).toHaveLength(0);
    const a = randomMatrix(400, 400, 2);
    const f = luDecompose(a);
    luSolveMatrix(f, randomMatrix(400, 8));
    expect(attached).toHaveLength(2);
    expect(attached[1]).not.toBe(attached[0]);
  });

  it("ask the environment to collect garbage every 256 MB of shared memory", () => {
    // Shared memories escape V8's external-memory accounting: without it a process that factorises one matrix
    // after another keeps them all (measured: +1 matrix of RSS per factorisation).
    let reclaimed = 0;
    setKernelHelperFactory(() => ({
      attach: () => undefined,
      reclaim: () => {
        reclaimed++;
      },
    }));
    const a = randomMatrix(384, 384, 2); // the smallest threaded order: about 3 MB of workspace each
    let calls = 0;
    while (reclaimed === 0 && calls < 200) {
      luDecompose(a);
      calls++;
    }
    expect(calls).toBeGreaterThan(60); // not before 256 MB
    for (let k = 0; k < 10; k++) luDecompose(a);
    expect(reclaimed).toBe(1);
  });

  it("finish on one thread when the helper never comes", () => {
    // A helper that never arrives (a dead thread) must cost nothing but its half of the work.
    setKernelHelperFactory(() => ({ attach: () => undefined }));
    const a = randomMatrix(450, 450, 2);
    const before = kernelHelperTasks();
    const x = inverse(a);
    expect(kernelHelperTasks()).toBe(before);
    setKernelHelperFactory(null);
    expectIdentical(x.data, inverse(a).data);
  });
});
