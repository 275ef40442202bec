/**
 * `sela-niches call NAME --args FILE`: evaluates one custom function through the code Excel runs and
 * serialises the result as the catalogue specifies:
 * `{"result": [[...]]}` with error cells as `{"error": "#DIV/0!"}`, or `{"error": "#VALUE!", "message": "..."}`.
 */
import { isExcelError } from "../functions/excelErrors";
import { findFunction, type CatalogueEntry } from "../functions/catalogue";

/** Thrown for problems of the command line itself (unknown function, unreadable JSON): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Parses the JSON argument list: one entry per argument (2-D array, scalar or null). */
export function parseArguments(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the arguments are not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new UsageError("the arguments must be a JSON array with one entry per argument");
  return parsed;
}

/** Evaluates `name` on `args`; the returned value is what Excel would receive. */
export async function evaluateByName(
  index: Map<string, CatalogueEntry>,
  name: string,
  args: readonly unknown[],
): Promise<unknown> {
  const entry = findFunction(index, name);
  if (!entry) throw new UsageError(`unknown function ${name}; run "sela-niches list" to see the catalogue`);
  const count = entry.english.parameters.length;
  if (args.length > count) {
    throw new UsageError(`${entry.id} takes at most ${String(count)} arguments (got ${String(args.length)})`);
  }
  const padded = [...args, ...Array<null>(count - args.length).fill(null)];
  return await entry.implementation(...padded);
}

function serialiseCell(cell: unknown): unknown {
  if (isExcelError(cell)) return { error: cell.code };
  if (typeof cell === "number" && !Number.isFinite(cell)) return { error: "#NUM!" };
  return cell;
}

/**
 * The JSON lines of a result, produced lazily so that millions of numbers are written row by row
 * instead of as one giant string.
 */
export function* serialiseResult(value: unknown): Generator<string> {
  if (isExcelError(value)) {
    yield JSON.stringify(
      value.message === undefined ? { error: value.code } : { error: value.code, message: value.message },
    );
    yield "\n";
    return;
  }
  const rows = Array.isArray(value) ? (value as unknown[]) : [[value]];
  yield '{"result":[';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cells = Array.isArray(row) ? row : [row];
    yield (i > 0 ? "," : "") + JSON.stringify(cells.map(serialiseCell));
  }
  yield "]}\n";
}
