/**
 * Builds the custom-function metadata from the JSDoc catalogue:
 * - functions.json (English), exactly what custom-functions-metadata generates;
 * - functions-es.json, the same ids with Spanish names and help from src/functions/i18n/es/*.json
 *   (the generator cannot localise; Office picks the file through the manifest's locale overrides);
 * - catalogue.json for the headless command: id → JavaScript function name, plus both metadata sets.
 *
 * Used by webpack (functions-es.json) and by `npm run build:cli`; fails loudly on any missing
 * translation or generator error, since the generator itself only prints them.
 */
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const root = path.resolve(__dirname, "..");

/** The catalogue's source files, one per domain (webpack's functions entry uses the same list). */
const FUNCTION_FILES = ["src/functions/io.ts", "src/functions/trade.ts", "src/functions/complexity.ts"].map((f) =>
  path.join(root, f),
);

function spanishTable() {
  const dir = path.join(root, "src/functions/i18n/es");
  const table = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    Object.assign(table, JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  }
  return table;
}

/** The Spanish metadata: same ids, parameters and types; names and descriptions from the table. */
function spanishMetadata(english, table) {
  const problems = [];
  const functions = english.functions.map((fn) => {
    const es = table[fn.id];
    if (!es) {
      problems.push(`no Spanish entry for ${fn.id}`);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const ep = es.parameters && es.parameters[p.name];
      if (!ep) problems.push(`no Spanish entry for parameter ${p.name} of ${fn.id}`);
      return { ...p, name: ep ? ep.name : p.name, description: ep ? ep.description : p.description };
    });
    const result = es.result && fn.result ? { ...fn.result } : fn.result;
    return { ...fn, name: es.name, description: es.description, parameters, ...(result ? { result } : {}) };
  });
  return { metadata: { ...english, functions }, problems };
}

/** Generates every metadata file's content; throws on any generator error or missing translation. */
async function generate() {
  const result = await generateCustomFunctionsMetadata(FUNCTION_FILES, false);
  if (result.errors.length > 0) throw new Error(`custom-functions metadata errors:\n${result.errors.join("\n")}`);
  const english = JSON.parse(result.metadataJson);
  const { metadata: spanish, problems } = spanishMetadata(english, spanishTable());
  if (problems.length > 0) throw new Error(`Spanish metadata incomplete:\n${problems.join("\n")}`);
  const associations = Object.fromEntries(result.associate.map((a) => [a.id, a.functionName]));
  return { english, spanish, associations };
}

async function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error("usage: node scripts/metadata.js OUT_DIR");
  const { english, spanish, associations } = await generate();
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "catalogue.json"), JSON.stringify({ associations, english, spanish }));
  process.stdout.write(`metadata: ${english.functions.length} functions (English and Spanish) → ${outDir}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { FUNCTION_FILES, generate, spanishMetadata };
