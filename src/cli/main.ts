#!/usr/bin/env node
/**
 * The `sela-niches` command: the SELA engine without Excel.
 *
 *   sela-niches call NAME --args FILE|-  [--lang es]   evaluate one SELA function from JSON
 *   sela-niches list [--lang es]                       the catalogue, one line per function
 *   sela-niches report io|trade|space|all --input FILE  an analysis report workbook (.xlsx)
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Writable } from "stream";
import { indexCatalogue, type CatalogueData } from "../functions/catalogue";
import { setLanguage, languageFromLocale } from "../functions/language";
import { setExcelLimits } from "../functions/limits";
import { evaluateByName, parseArguments, serialiseResult, UsageError } from "./call";
import { parseOptions, unknownFlag } from "./options";
import { useKernelThreads } from "./kernelThreads";
import { fileErrorReason, runReport } from "./report";
import { SelaError } from "../core/errors";
import { getLanguage } from "../functions/language";
import { sayNow } from "./say";

const USAGE_EN = `usage:
  sela-niches call NAME --args FILE     evaluate a SELA function; FILE is a JSON array of arguments (- for stdin)
  sela-niches list                      list the functions
  sela-niches report io|trade|space --input FILE.xlsx|FILE.csv [--output FILE.xlsx] [--force] [--quiet]
  sela-niches report all --io-input FILE --input FILE --country NAME   the three reports in one workbook
  sela-niches report teach [--output FILE.xlsx]   the trainer's workbook (Excel formulas next to SELA functions);
                                        --teach adds it to any report
options: --lang en|es (labels and messages), --one-thread (do not use a second thread for large matrices),
  --help, --version
report options:
  --sheet NAME | --table NAME     which sheet or Excel table of an .xlsx to read (default: the first table or sheet)
  --output FILE.xlsx              where to write (default sela-niches-KIND.xlsx); never overwritten without --force
  --source TEXT                   the source printed in the report (default: file and table)
  --top N                         length of the sorted views, niche and opportunity lists
  io: --labels COLUMN --gross-output NAME --extras NAME,NAME|none --forward-method leontief|ghosh
      (default: labels in the first column, Z = the columns whose header repeats a row label, output and
      employment/wages/value-added rows or columns found by name)
      all: --io-sheet NAME | --io-table NAME for the IO file
  trade, space: --country NAME (focus) --layout long|wide --reporter COL --product COL --value COL --year COL
      --partner COL --imports COL --world COL --imports-sheet NAME --reference all|ROW
      --reference-file FILE (product,value table of world exports, added as reporter "World"); with it, or
      a world column (world_value, --world COL), trade works on a table of one country
      trade: --t0 YEAR[,YEAR] --t1 YEAR[,YEAR] (several years are averaged; default first and last year)
      space: --years YEAR[,YEAR] (default: the last year; in report all, --t1)
        --min-export-share PERCENT (leave out reporters below this share of total exports; default 0.01%, 0 keeps all)`;

const USAGE_ES = `uso:
  sela-niches call NOMBRE --args ARCHIVO  evalúa una función SELA; ARCHIVO es una matriz JSON de argumentos (- para stdin)
  sela-niches list                      lista las funciones
  sela-niches report io|trade|space --input ARCHIVO.xlsx|ARCHIVO.csv [--output ARCHIVO.xlsx] [--force] [--quiet]
  sela-niches report all --io-input ARCHIVO --input ARCHIVO --country NOMBRE   los tres informes en un libro
  sela-niches report teach [--output ARCHIVO.xlsx]   el libro del formador (fórmulas de Excel junto a las
                                        funciones SELA); --teach lo agrega a cualquier informe
opciones: --lang en|es (etiquetas y mensajes), --one-thread (no usar un segundo hilo para matrices grandes),
  --help, --version
opciones de report:
  --sheet NOMBRE | --table NOMBRE  hoja o tabla de Excel del .xlsx que se lee (por defecto: la primera)
  --output ARCHIVO.xlsx           dónde escribir (por defecto sela-niches-TIPO.xlsx); nunca se sobrescribe sin --force
  --source TEXTO                  la fuente que se imprime en el informe (por defecto: archivo y tabla)
  --top N                         largo de las vistas ordenadas y de las listas de nichos y oportunidades
  io: --labels COLUMNA --gross-output NOMBRE --extras NOMBRE,NOMBRE|none --forward-method leontief|ghosh
      (por defecto: etiquetas en la primera columna, Z = las columnas cuyo encabezado repite una etiqueta de
      fila, producción y filas o columnas de empleo/remuneraciones/valor agregado halladas por su nombre)
      all: --io-sheet NOMBRE | --io-table NOMBRE para el archivo IP
  trade, space: --country NOMBRE (foco) --layout long|wide --reporter COL --product COL --value COL --year COL
      --partner COL --imports COL --world COL --imports-sheet NOMBRE --reference all|FILA
      --reference-file ARCHIVO (tabla producto,valor de las exportaciones mundiales, agregada como "World");
      con ella, o con una columna mundial (valor_mundial, --world COL), trade acepta una tabla de un solo país
      trade: --t0 AÑO[,AÑO] --t1 AÑO[,AÑO] (varios años se promedian; por defecto el primero y el último)
      space: --years AÑO[,AÑO] (por defecto: el último año; en report all, --t1)
        --min-export-share PORCENTAJE (omite declarantes con menos de esta parte de las exportaciones; 0,01% por
        defecto, 0 los conserva todos)`;

/** The usage text in the language of `--lang` (English by default). */
function usage(flags: ReadonlyMap<string, string>): string {
  return languageFromLocale(flags.get("lang") ?? "en") === "es" ? USAGE_ES : USAGE_EN;
}

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
    const why = fileErrorReason((error as NodeJS.ErrnoException).code, "read", getLanguage());
    throw new UsageError(
      sayNow(
        `cannot read ${file === "-" ? "standard input" : file}: ${why}`,
        `no se puede leer ${file === "-" ? "la entrada estándar" : file}: ${why}`,
      ),
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
    process.stdout.write(`${usage(flags)}\n`);
    return command === undefined && !flags.has("help") ? 2 : 0;
  }
  setLanguage(languageFromLocale(flags.get("lang") ?? "en"));
  const unknown = unknownFlag(flags);
  if (unknown) {
    const hint = unknown.suggestion === undefined ? "" : ` (--${unknown.suggestion}?)`;
    throw new UsageError(
      sayNow(
        `unknown option --${unknown.flag}${hint}; see sela-niches --help`,
        `opción desconocida --${unknown.flag}${hint}; vea sela-niches --help`,
      ),
    );
  }
  // Large factorisations and solves share their work with a second thread (started only when one comes).
  if (!flags.has("one-thread")) useKernelThreads();
  if (command === "call") {
    // Excel's 5 MB payload limits do not apply here: results of millions of cells are streamed to stdout.
    setExcelLimits(false);
    const name = rest[0];
    const file = flags.get("args");
    if (name === undefined || file === undefined) {
      throw new UsageError(
        sayNow("call needs a function name and --args FILE", "call necesita el nombre de una función y --args ARCHIVO"),
      );
    }
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
  if (command === "report") {
    const outcome = runReport(rest[0], flags, { progress: (message) => process.stderr.write(`${message}\n`) });
    if (!flags.has("quiet")) {
      process.stderr.write(`${sayNow("sheets", "hojas")}: ${outcome.sheets.join(", ")}\n`);
    }
    process.stdout.write(`${outcome.output}\n`);
    return 0;
  }
  throw new UsageError(`${sayNow("unknown command", "comando desconocido")} ${command}\n${usage(flags)}`);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Data problems are shown in the user's language; never a stack.
    const message =
      error instanceof SelaError ? error.text[getLanguage()] : error instanceof Error ? error.message : String(error);
    process.stderr.write(`sela-niches: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
