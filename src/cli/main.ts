#!/usr/bin/env node
/**
 * The `sela-niches` command: the SELA engine without Excel.
 *
 *   sela-niches call NAME --args FILE|-  [--lang es]   evaluate one SELA function from JSON
 *   sela-niches list [--lang es]                       the catalogue, one line per function
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Writable } from "stream";
import { indexCatalogue, type CatalogueData } from "../functions/catalogue";
import { setLanguage, languageFromLocale } from "../functions/language";
import { evaluateByName, parseArguments, serialiseResult, UsageError } from "./call";
import { parseOptions } from "./options";

const USAGE = `usage:
  sela-niches call NAME --args FILE     evaluate a SELA function; FILE is a JSON array of arguments (- for stdin)
  sela-niches list                      list the functions
options: --lang en|es (labels and messages), --help, --version`;

/** Writes chunks, waiting for the stream to drain so that large results reach a pipe whole. */
async function writeAll(stream: Writable, chunks: Iterable<string>): Promise<void> {
  let buffer = "";
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 1 << 16) {
      if (!stream.write(buffer)) await new Promise<void>((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  if (buffer.length > 0 && !stream.write(buffer)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${file === "-" ? "standard input" : file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
}

function loadCatalogue(): ReturnType<typeof indexCatalogue> {
  const data = JSON.parse(readFileSync(join(__dirname, "..", "functions", "catalogue.json"), "utf8")) as CatalogueData;
  return indexCatalogue(data);
}

async function main(argv: readonly string[]): Promise<number> {
  const { positional, flags } = parseOptions(argv);
  if (flags.has("version")) {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...rest] = positional;
  if (command === undefined || flags.has("help")) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !flags.has("help") ? 2 : 0;
  }
  setLanguage(languageFromLocale(flags.get("lang") ?? "en"));
  if (command === "call") {
    const name = rest[0];
    const file = flags.get("args");
    if (name === undefined || file === undefined) throw new UsageError("call needs a function name and --args FILE");
    const args = parseArguments(readInput(file));
    const value = await evaluateByName(loadCatalogue(), name, args);
    await writeAll(process.stdout, serialiseResult(value));
    return 0;
  }
  if (command === "list") {
    const spanish = flags.get("lang")?.startsWith("es") ?? false;
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const entry of loadCatalogue().values()) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const meta = spanish ? entry.spanish : entry.english;
      lines.push(
        `SELA.${meta.name}(${meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})  ${meta.description ?? ""}\n`,
      );
    }
    await writeAll(process.stdout, lines);
    return 0;
  }
  throw new UsageError(`unknown command ${command}\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sela-niches: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
