/**
 * Large 2-D arrays cross the worker boundary packed: their numbers in one Float64Array whose buffer is
 * transferred (moved, not copied) and the few other cells (text, blanks, errors) listed apart. Posting a
 * 2,000 x 2,000 table as nested arrays costs the page about 100 ms of structured cloning; packing it costs
 * one pass over the cells and the transfer is free, so the page never blocks on the copy.
 *
 * `pack` and `unpack` walk arrays and plain objects (payloads, reports, function arguments and results) and
 * leave everything else as it is; `unpack` of data that was never packed returns it unchanged. The page uses
 * them with pauses every {@link SLICE_CELLS} cells, so that a 4-million-cell table (about 100 ms of work)
 * never blocks the page for more than a few milliseconds at a time.
 */

/** Grids with fewer cells than this are posted as they are (packing would not pay). */
const PACK_MIN_CELLS = 4096;
/** Cells handled between two pauses of the async forms (a few milliseconds of work). */
export const SLICE_CELLS = 200_000;

/** Lets the page render and handle input before the next slice. */
type Pause = () => Promise<void>;

/** The part of a MessageChannel used here (declared so that the Node build, without DOM types, compiles it). */
interface PauseChannel {
  readonly port1: { onmessage: ((event: unknown) => void) | null; unref?: () => void };
  readonly port2: { postMessage(message: unknown): void };
}

/**
 * Lets the page render and handle input before the next slice. A MessageChannel message rather than a timer:
 * browsers throttle timers in hidden pages (Excel's shared runtime while the pane is closed) to one a second or
 * less, which would stretch a large custom-function call by seconds; messages are not throttled.
 */
const nextTask: Pause = (() => {
  const Channel = (globalThis as unknown as { MessageChannel?: new () => PauseChannel }).MessageChannel;
  if (Channel === undefined) {
    return () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      });
  }
  const waiting: (() => void)[] = [];
  let channel: PauseChannel | undefined;
  return () =>
    new Promise<void>((resolve) => {
      if (channel === undefined) {
        channel = new Channel();
        channel.port1.onmessage = () => {
          waiting.shift()?.();
        };
        // In Node (tests) an open port would keep the process alive.
        channel.port1.unref?.();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
})();

/** Counts cells done and pauses once a slice is full (a no-op in the synchronous forms). */
interface Slicer {
  done(cells: number): Promise<void> | undefined;
}

function slicer(pause: Pause | undefined): Slicer {
  let since = 0;
  return {
    done(cells) {
      since += cells;
      if (pause === undefined || since < SLICE_CELLS) return undefined;
      since = 0;
      return pause();
    },
  };
}

/** A packed rectangular 2-D array. */
interface PackedGrid {
  readonly packedGrid: "sela-grid-v1";
  readonly rows: number;
  readonly cols: number;
  /** Row-major values; cells listed in `otherIndex` hold a placeholder. */
  readonly numbers: Float64Array;
  /** Row-major indices (ascending) of the cells that are not numbers, and their values. */
  readonly otherIndex: Int32Array;
  readonly otherValues: unknown[];
}

/** An object literal (of any realm: a structured clone's prototype is the receiving realm's Object.prototype). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function isPackedGrid(value: unknown): value is PackedGrid {
  return isPlainObject(value) && value.packedGrid === "sela-grid-v1";
}

/** The width of `value` when it is a rectangular array of arrays, else −1. */
function gridWidth(value: readonly unknown[]): number {
  const first = value[0];
  if (!Array.isArray(first)) return -1;
  const width = first.length;
  for (const row of value) if (!Array.isArray(row) || row.length !== width) return -1;
  return width;
}

/** Packs a grid row by row; `slices` pauses between slices in the async form. */
async function packGrid(
  grid: readonly (readonly unknown[])[],
  cols: number,
  transfer: ArrayBuffer[],
  slices: Slicer,
): Promise<PackedGrid> {
  const rows = grid.length;
  const numbers = new Float64Array(rows * cols);
  const index: number[] = [];
  const otherValues: unknown[] = [];
  for (let i = 0; i < rows; i++) {
    const row = grid[i] as readonly unknown[];
    const offset = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (typeof v === "number") {
        numbers[offset + j] = v;
      } else {
        index.push(offset + j);
        otherValues.push(v);
      }
    }
    await slices.done(cols);
  }
  for (let k = 0; k < otherValues.length; k++) otherValues[k] = await walkPack(otherValues[k], transfer, slices);
  const otherIndex = Int32Array.from(index);
  transfer.push(numbers.buffer, otherIndex.buffer);
  return { packedGrid: "sela-grid-v1", rows, cols, numbers, otherIndex, otherValues };
}

async function unpackGrid(packed: PackedGrid, slices: Slicer): Promise<unknown[][]> {
  const { rows, cols, numbers, otherIndex, otherValues } = packed;
  const out: unknown[][] = new Array<unknown[]>(rows);
  let next = 0;
  let nextIndex = otherIndex.length > 0 ? (otherIndex[0] as number) : -1;
  for (let i = 0; i < rows; i++) {
    const row = new Array<unknown>(cols);
    const offset = i * cols;
    for (let j = 0; j < cols; j++) {
      if (offset + j === nextIndex) {
        row[j] = await walkUnpack(otherValues[next], slices);
        next++;
        nextIndex = next < otherIndex.length ? (otherIndex[next] as number) : -1;
      } else {
        row[j] = numbers[offset + j];
      }
    }
    out[i] = row;
    await slices.done(cols);
  }
  return out;
}

async function walkPack(value: unknown, transfer: ArrayBuffer[], slices: Slicer): Promise<unknown> {
  if (Array.isArray(value)) {
    const width = value.length > 0 ? gridWidth(value) : -1;
    if (width > 0 && value.length * width >= PACK_MIN_CELLS) {
      return packGrid(value as readonly (readonly unknown[])[], width, transfer, slices);
    }
    const out: unknown[] = [];
    for (const item of value) out.push(await walkPack(item, transfer, slices));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await walkPack(item, transfer, slices);
    return out;
  }
  return value;
}

async function walkUnpack(value: unknown, slices: Slicer): Promise<unknown> {
  if (isPackedGrid(value)) return unpackGrid(value, slices);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(await walkUnpack(item, slices));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await walkUnpack(item, slices);
    return out;
  }
  return value;
}

/**
 * `value` with every rectangular 2-D array of at least 4,096 cells packed; the buffers to transfer are
 * appended to `transfer` (pass them to postMessage). With `pauses` (the page) it yields to the event loop
 * between slices of cells (see {@link SLICE_CELLS}); the worker needs no pauses.
 *
 * @example await pack([[1, "a"], [2, null]], []) // => the same nested arrays (too small to pack)
 */
export function pack(value: unknown, transfer: ArrayBuffer[], pauses = true): Promise<unknown> {
  return walkPack(value, transfer, slicer(pauses ? nextTask : undefined));
}

/**
 * `value` with every packed grid made nested arrays again (other values unchanged); `pauses` as in
 * {@link pack}.
 *
 * @example await unpack(await pack(grid, [])) // => grid (same cells)
 */
export function unpack(value: unknown, pauses = true): Promise<unknown> {
  return walkUnpack(value, slicer(pauses ? nextTask : undefined));
}
