import fc from "fast-check";
import { handleRequest } from "../../src/worker/handleRequest";
import { pack, unpack } from "../../src/worker/packing";
import type { WorkerRequest, WorkerResponse } from "../../src/worker/protocol";
import { registerTask } from "../../src/worker/taskRegistry";
import { WorkerClient, type WorkerLike } from "../../src/worker/workerClient";

/** Deep equality that tells NaN, −0 and 0 apart (toEqual treats −0 and 0 as equal only with Object.is off). */
function same(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => same(v, y[i]));
  if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
    const kx = Object.keys(x);
    return (
      kx.length === Object.keys(y).length &&
      kx.every((k) => same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
    );
  }
  return Object.is(x, y);
}

const cell = fc.oneof(
  fc.double(),
  fc.constantFrom(-0, NaN, Infinity),
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  fc.record({ code: fc.constantFrom("#N/A", "#DIV/0!"), message: fc.string() }),
);

function grid(rows: number, cols: number, at: (i: number, j: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_r, i) => Array.from({ length: cols }, (_c, j) => at(i, j)));
}

describe("packing for the worker boundary", () => {
  it("round-trips any mix of cells, packed or not", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 1, max: 90 }),
        fc.array(cell, { minLength: 1 }),
        async (rows, cols, cells) => {
          const value = {
            table: {
              name: "t",
              headers: ["a"],
              rows: grid(rows, cols, (i, j) => cells[(i * cols + j) % cells.length]),
            },
          };
          const transfer: ArrayBuffer[] = [];
          const packed = await pack(value, transfer, rows % 2 === 0);
          expect(transfer.length > 0).toBe(rows * cols >= 4096);
          return same(await unpack(structuredClone(packed), cols % 2 === 0), value);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("puts the numbers of a large grid in transferable buffers, and leaves small or ragged ones alone", async () => {
    const large = grid(100, 50, (i, j) => (j === 0 ? `row ${String(i)}` : i * j));
    const transfer: ArrayBuffer[] = [];
    const packed = (await pack({ rows: large }, transfer)) as {
      rows: { numbers: Float64Array; otherValues: unknown[] };
    };
    expect(packed.rows.numbers).toBeInstanceOf(Float64Array);
    expect(packed.rows.otherValues).toHaveLength(100);
    expect(transfer).toContain(packed.rows.numbers.buffer);
    const ragged = [[1, 2, 3], [4]];
    expect(await pack(ragged, [])).toEqual(ragged);
    expect(await pack([[1, 2]], [])).toEqual([[1, 2]]);
  });

  it("pauses between slices of a large grid in the page's form only", async () => {
    const big = grid(1000, 500, (i, j) => i + j);
    let pauses = 0;
    const counting = (): void => {
      pauses++;
    };
    const timer = setInterval(counting, 0);
    const packed = await pack(big, []);
    const back = await unpack(packed);
    clearInterval(timer);
    expect(same(back, big)).toBe(true);
    // The interval ran while packing: a form that never yielded would finish on microtasks alone, before it.
    expect(pauses).toBeGreaterThan(0);
    // as the worker's form does
    pauses = 0;
    const again = setInterval(counting, 0);
    await unpack(await pack(big, [], false), false);
    clearInterval(again);
    expect(pauses).toBe(0);
  });

  it("fails a job whose message cannot be posted instead of leaving it pending", async () => {
    class RefusingWorker implements WorkerLike {
      onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      postMessage(): void {
        throw new Error("DataCloneError: could not be cloned");
      }
      terminate(): void {
        // nothing runs
      }
    }
    const client = new WorkerClient(() => new RefusingWorker());
    await expect(client.runTask("anything", { rows: grid(100, 100, () => 1) }, "en")).rejects.toThrow(/DataCloneError/);
  });

  it("is used both ways by the worker client", async () => {
    registerTask("transpose", (payload) => {
      const rows = (payload as { rows: number[][] }).rows;
      return rows[0]!.map((_v, j) => rows.map((r) => r[j]));
    });
    const posted: { message: WorkerRequest; transfer: ArrayBuffer[] | undefined }[] = [];
    class CloningWorker implements WorkerLike {
      onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      postMessage(message: WorkerRequest, transfer?: ArrayBuffer[]): void {
        posted.push({ message, transfer });
        void handleRequest(structuredClone(message), new Map()).then(async (data) => {
          const packed = data.ok ? { ...data, value: await pack(data.value, [], false) } : data;
          setTimeout(() => this.onmessage?.({ data: structuredClone(packed) }), 0);
        });
      }
      terminate(): void {
        // nothing runs in the background
      }
    }
    const client = new WorkerClient(() => new CloningWorker());
    const rows = grid(80, 60, (i, j) => (i === 3 && j === 4 ? "text" : i - j));
    const result = (await client.runTask("transpose", { rows }, "en")) as unknown[][];
    expect(posted[0]?.transfer?.length).toBeGreaterThan(0);
    expect(result).toHaveLength(60);
    expect(result[4]?.[3]).toBe("text");
    expect(result[10]?.[20]).toBe(10);
  });
});
