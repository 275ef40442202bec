/**
 * Generates the function reference from the catalogue itself, so it never drifts from functions.json:
 * - docs/reference/functions.en.md and docs/reference/functions.es.md: one page per language with the
 *   signature, every argument, the formula and conventions, an example and the errors of each function;
 * - the one-line function list in README.md between <!-- functions:start --> and <!-- functions:end -->.
 *
 * Names, descriptions and parameters come from the generated metadata (scripts/metadata.js); the
 * example and the conventions come from the `@example` and `@remarks` JSDoc tags of src/functions/*.ts
 * and, in Spanish, from the `example` and `remarks` fields of src/functions/i18n/es/*.json.
 *
 *   node scripts/docs.js          write the files
 *   node scripts/docs.js --check  exit 1 if any file is out of date (used by the tests)
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { FUNCTION_FILES, generate } = require("./metadata.js");

const root = path.resolve(__dirname, "..");
const DOMAINS = {
  "io.ts": { en: "Input-output", es: "Insumo-producto" },
  "trade.ts": { en: "Trade", es: "Comercio" },
  "complexity.ts": { en: "Economic complexity", es: "Complejidad económica" },
};

/** JSDoc tags of every @customfunction in the catalogue sources: id → {file, example, remarks}. */
function jsdocTags() {
  const tags = {};
  for (const file of FUNCTION_FILES) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isFunctionDeclaration(node)) return;
      const all = ts.getJSDocTags(node);
      const cf = all.find((t) => t.tagName.text === "customfunction");
      if (!cf) return;
      const id = String(ts.getTextOfJSDocComment(cf.comment) || "")
        .trim()
        .split(/\s+/)[0];
      const text = (name) =>
        all
          .filter((t) => t.tagName.text === name)
          .map((t) => String(ts.getTextOfJSDocComment(t.comment) || "").trim())
          .join("\n");
      tags[id] = { file: path.basename(file), example: text("example"), remarks: text("remarks") };
    });
  }
  return tags;
}

function spanishExtras() {
  const dir = path.join(root, "src/functions/i18n/es");
  const table = {};
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")))
    Object.assign(table, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  return table;
}

const WORDS = {
  en: {
    title: "SELA Niches function reference",
    intro:
      "Generated from the custom-function metadata (functions.json) by `node scripts/docs.js`; do not edit by hand. Optional arguments are in brackets. Ranges may contain blanks (counted as 0); text, booleans, error values and ragged ranges give `#VALUE!` with a message naming the function, the argument and the cell.",
    args: "Arguments",
    example: "Example",
    conventions: "Formula, conventions and errors",
    optional: "optional",
    returns: "Returns",
    spanish: "Spanish name",
  },
  es: {
    title: "Referencia de funciones de SELA Nichos",
    intro:
      "Generada a partir de los metadatos de las funciones personalizadas (functions-es.json) con `node scripts/docs.js`; no editar a mano. Los argumentos opcionales van entre corchetes. Los rangos pueden tener celdas vacías (cuentan como 0); texto, valores lógicos, valores de error y rangos irregulares dan `#VALUE!` con un mensaje que nombra la función, el argumento y la celda.",
    args: "Argumentos",
    example: "Ejemplo",
    conventions: "Fórmula, convenciones y errores",
    optional: "opcional",
    returns: "Devuelve",
    spanish: "Nombre en inglés",
  },
};

function signature(fn) {
  return `SELA.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

function page(lang, functions, tags, extras, other) {
  const w = WORDS[lang];
  const lines = [`# ${w.title}`, "", w.intro, ""];
  let domain = "";
  for (const fn of functions) {
    const tag = tags[fn.id] || {};
    const d = DOMAINS[tag.file];
    if (d && d[lang] !== domain) {
      domain = d[lang];
      lines.push(`## ${domain}`, "");
    }
    const twin = other.get(fn.id);
    lines.push(`### \`${signature(fn)}\``, "");
    lines.push(fn.description || "", "");
    if (twin && twin.name !== fn.name) lines.push(`${w.spanish}: \`SELA.${twin.name}\``, "");
    if (fn.parameters.length > 0) {
      lines.push(`**${w.args}**`, "");
      for (const p of fn.parameters)
        lines.push(`- \`${p.name}\`${p.optional ? ` (${w.optional})` : ""}: ${p.description || ""}`);
      lines.push("");
    }
    const es = extras[fn.id] || {};
    const remarks = lang === "es" ? es.remarks : tag.remarks;
    const example = lang === "es" ? es.example : tag.example;
    if (remarks) lines.push(`**${w.conventions}**`, "", remarks, "");
    if (example) lines.push(`**${w.example}**`, "", "```", example, "```", "");
  }
  return (
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

function readmeList(english, spanish) {
  const es = new Map(spanish.map((f) => [f.id, f]));
  const rows = ["| function | Spanish | what it returns |", "| --- | --- | --- |"];
  for (const fn of english) {
    const first = (fn.description || "").split(/(?<=\.)\s(?=[A-Z])/)[0].replace(/\|/g, "\\|");
    rows.push(`| \`${signature(fn)}\` | \`SELA.${es.get(fn.id)?.name ?? fn.name}\` | ${first} |`);
  }
  return rows.join("\n");
}

async function build() {
  const { english, spanish } = await generate();
  const tags = jsdocTags();
  const extras = spanishExtras();
  const enById = new Map(english.functions.map((f) => [f.id, f]));
  const esById = new Map(spanish.functions.map((f) => [f.id, f]));
  const files = {
    "docs/reference/functions.en.md": page("en", english.functions, tags, extras, esById),
    "docs/reference/functions.es.md": page("es", spanish.functions, tags, extras, enById),
  };
  const readmePath = path.join(root, "README.md");
  if (fs.existsSync(readmePath)) {
    const readme = fs.readFileSync(readmePath, "utf8");
    const list = readmeList(english.functions, spanish.functions);
    files["README.md"] = readme.replace(
      /(<!-- functions:start -->)[\s\S]*?(<!-- functions:end -->)/,
      `$1\n${list}\n$2`,
    );
  }
  return files;
}

async function main() {
  const check = process.argv.includes("--check");
  const files = await build();
  const stale = [];
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current === content) continue;
    if (check) stale.push(rel);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`out of date (run node scripts/docs.js): ${stale.join(", ")}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module)
  main().catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
module.exports = { build };
