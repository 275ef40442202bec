/**
 * `sela-niches call NAME --args FILE`: evaluates one custom function through the code Excel runs and
 * serialises the result as the catalogue specifies:
 * `{"result": [[...]]}` with error cells as `{"error": "#DIV/0!"}`, or `{"error": "#VALUE!", "message": "..."}`.
 */
import { inputError, type SelaError } from "../core/errors";
import { isExcelError, toExcelError } from "../functions/excelErrors";
import { findFunction, type CatalogueEntry } from "../functions/catalogue";
import { sayNow } from "./say";

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
    const detail = (error as Error).message;
    throw new UsageError(
      sayNow(`the arguments are not valid JSON (${detail})`, `los argumentos no son JSON válido (${detail})`),
    );
  }
  if (!Array.isArray(parsed)) {
    throw new UsageError(
      sayNow(
        "the arguments must be a JSON array with one entry per argument",
        "los argumentos deben ser una matriz JSON con un elemento por argumento",
      ),
    );
  }
  return parsed;
}

/**
 * Evaluates `name` on `args`; the returned value is what Excel would receive. Only an unknown function is a
 * usage error (exit 2): wrong argument lists are the function's answer, `#VALUE!` with a message, as Excel
 * itself never passes too many arguments or omits a required one.
 */
export async function evaluateByName(
  index: Map<string, CatalogueEntry>,
  name: string,
  args: readonly unknown[],
): Promise<unknown> {
  const entry = findFunction(index, name);
  if (!entry) {
    throw new UsageError(
      sayNow(
        `unknown function ${name}; run "sela-niches list" to see the catalogue`,
        `función desconocida ${name}; ejecute "sela-niches list" para ver el catálogo`,
      ),
    );
  }
  const problem = argumentListProblem(entry, args);
  if (problem) return toExcelError(entry.id, problem);
  const count = entry.english.parameters.length;
  const padded = [...args, ...Array<null>(count - args.length).fill(null)];
  return await entry.implementation(...padded);
}

/** Too many arguments, or a required one missing (absent or null), as a SelaError; undefined when fine. */
function argumentListProblem(entry: CatalogueEntry, args: readonly unknown[]): SelaError | undefined {
  const { parameters } = entry.english;
  const count = String(parameters.length);
  if (args.length > parameters.length) {
    return inputError(
      `takes at most ${count} arguments (got ${String(args.length)})`,
      `admite como máximo ${count} argumentos (se recibieron ${String(args.length)})`,
    );
  }
  const missing = parameters.findIndex((p, i) => !p.optional && (args[i] === undefined || args[i] === null));
  if (missing < 0) return undefined;
  const english = parameters[missing]?.name ?? "";
  const spanish = entry.spanish.parameters[missing]?.name ?? english;
  return inputError(
    `argument ${String(missing + 1)} (${english}) is required`,
    `el argumento ${String(missing + 1)} (${spanish}) es obligatorio`,
  );
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
