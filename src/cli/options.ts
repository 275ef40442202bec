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
