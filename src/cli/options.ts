/**
 * A small command-line parser: `--name value`, `--name=value` and bare `--flag`; everything else is
 * positional. (Node 20's util.parseArgs rejects unknown options, and each command has its own.)
 */
export interface ParsedOptions {
  readonly positional: string[];
  readonly flags: Map<string, string>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set(["help", "version", "force", "teach", "quiet", "one-thread"]);

/** Splits argv into positional arguments and flags. */
export function parseOptions(argv: readonly string[]): ParsedOptions {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith("--") && arg.length > 2) {
      const body = arg.slice(2);
      const eq = body.indexOf("=");
      if (eq >= 0) {
        flags.set(body.slice(0, eq), body.slice(eq + 1));
      } else if (BOOLEAN_FLAGS.has(body) || i + 1 >= argv.length) {
        flags.set(body, "true");
      } else {
        flags.set(body, argv[++i] as string);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

/** Every option the command knows (all commands): anything else is a typo, refused rather than ignored. */
export const KNOWN_FLAGS: ReadonlySet<string> = new Set([
  ...BOOLEAN_FLAGS,
  "lang",
  "args",
  "input",
  "output",
  "sheet",
  "table",
  "source",
  "top",
  "labels",
  "gross-output",
  "extras",
  "forward-method",
  "io-input",
  "io-sheet",
  "io-table",
  "country",
  "layout",
  "reporter",
  "product",
  "value",
  "year",
  "partner",
  "imports",
  "world",
  "imports-sheet",
  "reference",
  "reference-file",
  "t0",
  "t1",
  "years",
  "min-export-share",
]);

/** Edit distance between two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The first option not in {@link KNOWN_FLAGS}, with the known option closest to it (at most 2 edits away),
 * or undefined when all are known.
 *
 * @example unknownFlag(parseOptions(["--ouput", "x.xlsx"]).flags) // => { flag: "ouput", suggestion: "output" }
 */
export function unknownFlag(flags: ReadonlyMap<string, string>): { flag: string; suggestion?: string } | undefined {
  for (const flag of flags.keys()) {
    if (KNOWN_FLAGS.has(flag)) continue;
    let suggestion: string | undefined;
    let best = 3;
    for (const known of KNOWN_FLAGS) {
      const d = distance(flag, known);
      if (d < best) {
        best = d;
        suggestion = known;
      }
    }
    return suggestion === undefined ? { flag } : { flag, suggestion };
  }
  return undefined;
}
