#!/usr/bin/env node
/**
 * `npm run demo`: the main job on a fresh machine. Runs the three analyses of the task pane on the bundled
 * samples (Brazil 2015 IO table, IBGE; world exports 1998–2000 of 226 countries, focus Chile) with the built
 * engine in lib/ (run `npm run build:cli` first), writes ONE report workbook with native charts to
 * reports/sela-niches-demo.xlsx (the demo's own file, rewritten on every run) and prints a short summary.
 *
 * Options: --lang es (Spanish labels), --country ISO3 (another focus country, e.g. arg, mex).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const lib = path.join(root, "lib");
if (!fs.existsSync(path.join(lib, "analysis", "index.js"))) {
  process.stderr.write("demo: lib/ is missing; run `npm run build:cli` first\n");
  process.exit(1);
}
const { ioInputFromTable, ioLinkages, tradeInputFromTable, tradeNiches, productSpace, combineReports } = require(
  path.join(lib, "analysis", "index.js"),
);
const { parseCsv } = require(path.join(lib, "xlsx", "csv.js"));
const { writeReportWorkbook } = require(path.join(lib, "xlsx", "writeWorkbook.js"));

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const language = flag("lang", "en").toLowerCase().startsWith("es") ? "es" : "en";
const country = flag("country", "chl");

/** A CSV of the repository as a table (first record = headers). */
function csv(relative, name) {
  const [headers, ...rows] = parseCsv(fs.readFileSync(path.join(root, relative), "utf8"));
  return { name, headers: headers.map(String), rows };
}

/** Brazil 2015 in the layout a user keeps in Excel: labels, Z, output and satellite columns. */
function brazil() {
  const dir = "assets/samples/io/br_ibge_2015_12s";
  const sectors = csv(`${dir}/sectors.csv`, "sectors");
  const z = csv(`${dir}/transactions.csv`, "transactions");
  const at = (name) => sectors.headers.indexOf(name);
  const label = new Map(
    sectors.rows.map((r) => [String(r[0]), String(r[at(language === "es" ? "label_es" : "label_en")])]),
  );
  const extras =
    language === "es"
      ? ["Valor agregado bruto", "Remuneraciones", "Empleo"]
      : ["Gross value added", "Compensation of employees", "Employment"];
  return {
    name: "Brazil 2015 IO",
    headers: [
      "Sector",
      ...z.headers.slice(1).map((id) => label.get(id)),
      language === "es" ? "Producción" : "Output",
      ...extras,
    ],
    rows: z.rows.map((r) => {
      const s = sectors.rows.find((x) => x[0] === r[0]);
      return [
        label.get(String(r[0])),
        ...r.slice(1),
        s[at("output")],
        s[at("gross_value_added")],
        s[at("compensation_of_employees")],
        s[at("employment")],
      ];
    }),
  };
}

const t0 = Date.now();
const date = new Date();
const es = language === "es";
const io = ioLinkages(ioInputFromTable(brazil()), {
  language,
  date,
  source: "IBGE, Matriz de insumo-produto 2015 (12 sectors); assets/samples/io/br_ibge_2015_12s",
});
const tradeSource =
  "UN Comtrade / Open Trade Statistics, via the economiccomplexity R package (M. Vargas); SITC rev. 2, 4 digits, mean 1998–2000; assets/samples/trade";
// All 226 countries of the source: RCA against the world is the column sums, and the product space needs
// the whole world (with 20 countries, products one country exports get extreme complexity values).
const world = tradeInputFromTable(csv("assets/samples/trade/world_trade_sitc4_avg_1998_2000.csv", "world"));
const niches = tradeNiches(world, { country, reference: "all", language, date, source: tradeSource });
const space = productSpace(world, { country, reference: "all", language, date, source: tradeSource });

const report = combineReports(io.report, niches.report, space.report);
const out = path.join(root, "reports", "sela-niches-demo.xlsx");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, writeReportWorkbook(report, { language, title: "SELA Niches demo", created: date }));

const n = (v, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : "—");
const lines = [];
lines.push(`SELA Niches demo → ${out}`);
lines.push(`  sheets: ${report.sheets.map((s) => s.name).join(", ")}`);
lines.push("");
lines.push(es ? "Brasil 2015 (IBGE, 12 sectores)" : "Brazil 2015 (IBGE, 12 sectors)");
lines.push(`  ${es ? "sectores clave" : "key sectors"}: ${io.summary.keySectors.join("; ") || "—"}`);
lines.push(
  `  ${es ? "mayor encadenamiento hacia atrás" : "strongest backward linkages"}: ${io.summary.topBackward
    .slice(0, 3)
    .map((s) => `${s.sector} ${n(s.value, 3)}`)
    .join("; ")}`,
);
lines.push(
  `  ${es ? "mayor pérdida por extracción" : "largest extraction losses"}: ${io.summary.topExtraction
    .slice(0, 3)
    .map((s) => s.sector)
    .join("; ")}`,
);
lines.push("");
const c = niches.summary.country.toUpperCase();
lines.push(
  es
    ? `${c}, exportaciones SITC4 1998–2000 frente al mundo (${niches.summary.productsWithAdvantage} productos con VCR ≥ 1)`
    : `${c}, SITC4 exports 1998–2000 against the world (${niches.summary.productsWithAdvantage} products with RCA ≥ 1)`,
);
lines.push(`  ${es ? "principales nichos por VCR" : "top niches by RCA"}:`);
for (const x of niches.summary.niches.slice(0, 5)) {
  lines.push(
    `    ${x.product}  ${es ? "VCR" : "RCA"} ${n(x.rca)}  ${es ? "cuota" : "share"} ${n(100 * x.marketShare, 1)}%`,
  );
}
lines.push(
  es
    ? "  TradeCAN (estrellas nacientes) necesita dos períodos; la muestra tiene uno (promedio 1998–2000)."
    : "  TradeCAN (rising stars) needs two periods; the sample has one (the 1998–2000 average).",
);
lines.push(
  `  ${es ? "ICE" : "ECI"} ${n(space.summary.focus.eci)} (${es ? "puesto" : "rank"} ${space.summary.focus.rank}/${space.summary.countries}); ${
    es ? "oportunidades del espacio de productos" : "product-space opportunities"
  }:`,
);
for (const o of space.summary.opportunities.slice(0, 5)) {
  lines.push(`    ${o.product}  COG ${n(o.cog)}  ${es ? "densidad" : "density"} ${n(o.density)}  PCI ${n(o.pci)}`);
}
lines.push("");
lines.push(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
process.stdout.write(`${lines.join("\n")}\n`);
