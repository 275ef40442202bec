/**
 * The trainer's workbook: a sheet that computes a small example step by step with Excel's own formulas
 * (MMULT, MINVERSE, SUM, SUMPRODUCT) side by side with the SELA functions, and a check column that shows
 * the two agree. Trainees see where every number comes from; trainers can change a cell of Z and watch
 * every step follow.
 *
 * Examples: Miller & Blair (2009), *Input-Output Analysis*, 2nd ed., table 2.3 (two sectors), and a
 * three-country, three-product trade table (the project's toy case O7) for revealed comparative advantage.
 * Cached values are computed by the engine so that file readers without a calculation engine show them.
 */
import { keySectors } from "../core/inputOutput/keySectors";
import { backwardLinkages } from "../core/inputOutput/backwardLinkages";
import { forwardLinkages } from "../core/inputOutput/forwardLinkages";
import { ioTable } from "../core/inputOutput/ioTable";
import { leontiefInverse } from "../core/inputOutput/leontiefInverse";
import { outputMultipliers } from "../core/inputOutput/outputMultipliers";
import { technicalCoefficients } from "../core/inputOutput/technicalCoefficients";
import { fromRows, multiplyVector, toRows, type Matrix } from "../core/linalg/matrix";
import { revealedComparativeAdvantage } from "../core/trade/revealedComparativeAdvantage";
import type { Language } from "./labels";
import type { Report, ReportBlock, ReportSheet, ReportValue } from "./report";
import { methodBlock, SheetBuilder } from "./sheetBuilder";
import { cellRef } from "../xlsx/cellRef";

const WORDS = {
  en: {
    sheet: "Trainer's workbook",
    title: "Trainer's workbook: the Leontief model and RCA step by step",
    intro:
      "Left: Excel's own formulas. Right: the SELA function that gives the same result. Last column: the largest difference (0 means they agree). Change a number in Z or f and every step follows. The SELA formulas need the add-in loaded (use Share safely › Repair formulas if they show #NAME?).",
    step1: "1. Transactions Z (rows sell, columns buy), final demand f and gross output x",
    step2: "2. Technical coefficients A = Z x̂⁻¹ (a_ij = z_ij / x_j)",
    step3: "3. I − A",
    step4: "4. Leontief inverse L = (I − A)⁻¹",
    step5: "5. Check: L f reproduces gross output x",
    step6: "6. Output multipliers (column sums of L)",
    step7: "7. Rasmussen linkages: backward n·colsum(L)/ΣL, forward n·rowsum(L)/ΣL, key sectors",
    step8: "8. Revealed comparative advantage RCA = (X_cp / X_c) / (X_wp / X_w)",
    excel: "Excel formulas",
    sela: "SELA function",
    diff: "largest difference",
    sector: "Sector",
    demand: "Final demand f",
    output: "Output x",
    backward: "Backward",
    forward: "Forward",
    key: "Class",
    country: "Country",
    total: "Total",
    world: "World",
    source: "Miller & Blair (2009), Input-Output Analysis, table 2.3; trade: toy case of 3 countries x 3 products",
  },
  es: {
    sheet: "Libro del formador",
    title: "Libro del formador: el modelo de Leontief y la VCR paso a paso",
    intro:
      "Izquierda: las fórmulas propias de Excel. Derecha: la función SELA que da el mismo resultado. Última columna: la mayor diferencia (0 significa que coinciden). Cambie un número de Z o f y cada paso lo sigue. Las fórmulas SELA necesitan el complemento cargado (use Compartir con seguridad › Reparar fórmulas si muestran #NAME?).",
    step1: "1. Transacciones Z (las filas venden, las columnas compran), demanda final f y producción bruta x",
    step2: "2. Coeficientes técnicos A = Z x̂⁻¹ (a_ij = z_ij / x_j)",
    step3: "3. I − A",
    step4: "4. Inversa de Leontief L = (I − A)⁻¹",
    step5: "5. Comprobación: L f reproduce la producción bruta x",
    step6: "6. Multiplicadores de producción (sumas por columna de L)",
    step7: "7. Encadenamientos de Rasmussen: hacia atrás n·colsum(L)/ΣL, hacia adelante n·rowsum(L)/ΣL, sectores clave",
    step8: "8. Ventaja comparativa revelada VCR = (X_cp / X_c) / (X_wp / X_w)",
    excel: "Fórmulas de Excel",
    sela: "Función SELA",
    diff: "mayor diferencia",
    sector: "Sector",
    demand: "Demanda final f",
    output: "Producción x",
    backward: "Hacia atrás",
    forward: "Hacia adelante",
    key: "Clase",
    country: "País",
    total: "Total",
    world: "Mundo",
    source: "Miller y Blair (2009), Input-Output Analysis, cuadro 2.3; comercio: caso de 3 países x 3 productos",
  },
} as const;

function area(row: number, col: number, rows: number, cols: number, absolute = false): string {
  return `${cellRef(row, col, absolute)}:${cellRef(row + rows - 1, col + cols - 1, absolute)}`;
}

/** An array formula anchored at its cell, with cached values; the rest of its area stays null in the block. */
function arrayFormula(formula: string, values: readonly (readonly (number | string)[])[]): ReportValue {
  return { formula, array: values };
}

/**
 * The check cell: the largest absolute difference between two areas, as an array formula (entered as an
 * ordinary formula, MAX(ABS(range − range)) would take one cell by implicit intersection and show #VALUE!),
 * cached with the difference of the cached values on both sides.
 */
function largestDifference(
  left: string,
  right: string,
  leftValues: ArrayLike<number>,
  rightValues: ArrayLike<number>,
): ReportValue[][] {
  let largest = 0;
  for (let k = 0; k < leftValues.length; k++) {
    largest = Math.max(largest, Math.abs((leftValues[k] ?? 0) - (rightValues[k] ?? 0)));
  }
  return [[arrayFormula(`=MAX(ABS(${left}-${right}))`, [[largest]])]];
}

/** `count` values made by `make(index)`: a row of cells, or the rows of a table. */
function rowsOf<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

const Z = [
  [150, 500],
  [200, 100],
];
const F = [350, 1700];
const X = [1000, 2000];
const TRADE = [
  [70, 20, 10],
  [10, 50, 35],
  [30, 15, 45],
];

/** The trainer's sheet in `language` (the whole sheet is formulas over the example's cells). */
export function teachingSheet(language: Language, date = new Date()): ReportSheet {
  const w = WORDS[language];
  const blocks: ReportBlock[] = [];
  const put = (
    row: number,
    col: number,
    style: ReportBlock["style"],
    values: ReportValue[][],
    formats?: (string | undefined)[],
    header = false,
  ) => {
    blocks.push({
      row,
      col,
      style,
      values,
      ...(header ? { header } : {}),
      ...(formats ? { columnFormats: formats } : {}),
    });
  };
  const n = 2;
  const names = [`${w.sector} 1`, `${w.sector} 2`];
  const four = "0.0000";

  put(0, 0, "title", [[w.title]]);
  put(1, 0, "note", [[w.intro]]);

  // Step 1: data at B5:C6, f in D5:D6, x in E5:E6 (row 4 is the header).
  put(3, 0, "subtitle", [[w.step1]]);
  put(
    4,
    0,
    "table",
    [["", ...names, w.demand, w.output], ...Z.map((r, i) => [names[i] ?? "", ...r, F[i] ?? 0, X[i] ?? 0])],
    ["", "#,##0", "#,##0", "#,##0", "#,##0"],
    true,
  );
  const zRef = area(5, 1, n, n);
  const xRef = area(5, 4, n, 1);
  const fRef = area(5, 3, n, 1);

  // Step 2: A by cell formulas at B10:C11, SELA.TECHCOEF at F10, check at I10.
  const a = technicalCoefficients(fromRows(Z), X);
  put(7, 0, "subtitle", [[w.step2]]);
  put(8, 1, "note", [[w.excel, null, null, null, w.sela, null, null, w.diff]]);
  const aCells = rowsOf(n, (i) => [
    names[i] ?? "",
    ...rowsOf(n, (j) => ({
      formula: `=${cellRef(5 + i, 1 + j)}/${cellRef(5 + j, 4, true)}`,
      value: a.data[i * n + j] ?? 0,
    })),
  ]);
  put(9, 0, "table", aCells, [undefined, four, four]);
  const aRef = area(9, 1, n, n);
  const aSelaRef = area(9, 5, n, n);
  put(9, 5, "table", [[arrayFormula(`=SELA.TECHCOEF(${zRef},${xRef})`, toRows(a))]], [four, four]);
  put(9, 8, "table", largestDifference(aRef, aSelaRef, a.data, a.data), ["0.0E+00"]);

  // Step 3: I − A at B14:C15.
  put(12, 0, "subtitle", [[w.step3]]);
  const iMinusA = rowsOf(n, (i) => [
    names[i] ?? "",
    ...rowsOf(n, (j) => ({
      formula: `=${i === j ? "1" : "0"}-${cellRef(9 + i, 1 + j)}`,
      value: (i === j ? 1 : 0) - (a.data[i * n + j] ?? 0),
    })),
  ]);
  put(13, 0, "table", iMinusA, [undefined, four, four]);
  const iMinusARef = area(13, 1, n, n);

  // Step 4: L = MINVERSE at B18, SELA.LEONTIEF at F18.
  const l: Matrix = leontiefInverse(a);
  put(16, 0, "subtitle", [[w.step4]]);
  put(
    17,
    0,
    "table",
    [[names[0] ?? "", arrayFormula(`=MINVERSE(${iMinusARef})`, toRows(l))], [names[1] ?? ""]],
    [undefined, four, four],
  );
  const lRef = area(17, 1, n, n);
  const lSelaRef = area(17, 5, n, n);
  put(17, 5, "table", [[arrayFormula(`=SELA.LEONTIEF(${aRef})`, toRows(l))]], [four, four]);
  put(17, 8, "table", largestDifference(lRef, lSelaRef, l.data, l.data), ["0.0E+00"]);

  // Step 5: MMULT(L, f) against x.
  const lf = multiplyVector(l, F);
  put(20, 0, "subtitle", [[w.step5]]);
  put(
    21,
    0,
    "table",
    [
      [
        w.output,
        arrayFormula(
          `=MMULT(${lRef},${fRef})`,
          Array.from(lf, (v) => [v]),
        ),
      ],
      [null],
    ],
    [undefined, "#,##0.00"],
  );
  put(21, 8, "table", largestDifference(area(21, 1, n, 1), xRef, lf, X), ["0.0E+00"]);

  // Step 6: multipliers = column sums of L, as a column (sectors in rows, as SELA returns them).
  const mult = outputMultipliers(a);
  put(24, 0, "subtitle", [[w.step6]]);
  const multCells = rowsOf(n, (j) => [
    names[j] ?? "",
    { formula: `=SUM(${area(17, 1 + j, n, 1)})`, value: mult[j] ?? 0 },
  ]);
  put(25, 0, "table", multCells, [undefined, four]);
  put(
    25,
    5,
    "table",
    [
      [
        arrayFormula(
          `=SELA.OUTPUTMULT(${aRef})`,
          Array.from(mult, (v) => [v]),
        ),
      ],
    ],
    [four],
  );
  put(25, 8, "table", largestDifference(area(25, 1, n, 1), area(25, 5, n, 1), mult, mult), ["0.0E+00"]);

  // Step 7: Rasmussen indices and key sectors.
  const table = ioTable(a);
  const back = backwardLinkages(a);
  const fwd = forwardLinkages(table);
  const codes = keySectors(table);
  put(28, 0, "subtitle", [[w.step7]]);
  put(29, 0, "table", [["", w.backward, w.forward, w.key]], undefined, true);
  const lTotal = `SUM(${area(17, 1, n, n, true)})`;
  const linkCells = rowsOf(n, (i) => {
    const b = cellRef(30 + i, 1);
    const f = cellRef(30 + i, 2);
    return [
      names[i] ?? "",
      { formula: `=${n}*SUM(${area(17, 1 + i, n, 1)})/${lTotal}`, value: back[i] ?? 0 },
      { formula: `=${n}*SUM(${area(17 + i, 1, 1, n)})/${lTotal}`, value: fwd[i] ?? 0 },
      {
        formula: `=IF(AND(${b}>1,${f}>1),"KEY",IF(${b}>1,"BACKWARD",IF(${f}>1,"FORWARD","WEAK")))`,
        value: codes[i] ?? "",
      },
    ];
  });
  put(30, 0, "table", linkCells, [undefined, four, four, undefined]);
  put(29, 5, "table", [[w.backward, w.forward, w.key]], undefined, true);
  put(
    30,
    5,
    "table",
    [
      [
        arrayFormula(
          `=SELA.BACKWARD(${aRef})`,
          Array.from(back, (v) => [v]),
        ),
        arrayFormula(
          `=SELA.FORWARD(${aRef})`,
          Array.from(fwd, (v) => [v]),
        ),
        arrayFormula(
          `=SELA.KEYSECTORS(${aRef},,,"code")`,
          codes.map((c) => [c]),
        ),
      ],
    ],
    [four, four, undefined],
  );
  put(30, 8, "table", largestDifference(area(30, 1, n, 2), area(30, 5, n, 2), [...back, ...fwd], [...back, ...fwd]), [
    "0.0E+00",
  ]);

  // Step 8: RCA by formulas on a 3 x 3 trade table.
  const m = 3;
  const rca = revealedComparativeAdvantage(fromRows(TRADE));
  const countries = ["A", "B", "C"];
  put(33, 0, "subtitle", [[w.step8]]);
  put(
    34,
    0,
    "table",
    [
      [w.country, "p1", "p2", "p3", w.total],
      ...TRADE.map((r, i) => [
        countries[i] ?? "",
        ...r,
        { formula: `=SUM(${area(35 + i, 1, 1, m)})`, value: r.reduce((s, v) => s + v, 0) },
      ]),
    ],
    [undefined, "#,##0", "#,##0", "#,##0", "#,##0"],
    true,
  );
  const worldRow: ReportValue[] = [w.world];
  for (let p = 0; p < m; p++)
    worldRow.push({ formula: `=SUM(${area(35, 1 + p, m, 1)})`, value: TRADE.reduce((s, r) => s + (r[p] ?? 0), 0) });
  worldRow.push({ formula: `=SUM(${area(35, 1, m, m)})`, value: TRADE.flat().reduce((s, v) => s + v, 0) });
  put(38, 0, "table", [worldRow], [undefined, "#,##0", "#,##0", "#,##0", "#,##0"]);
  const rcaCells = rowsOf(m, (c) => [
    countries[c] ?? "",
    ...rowsOf(m, (p) => ({
      formula: `=(${cellRef(35 + c, 1 + p)}/${cellRef(35 + c, 4)})/(${cellRef(38, 1 + p)}/${cellRef(38, 4, true)})`,
      value: rca.data[c * m + p] ?? 0,
    })),
  ]);
  put(40, 1, "note", [[w.excel, null, null, null, w.sela, null, null, w.diff]]);
  put(41, 0, "table", rcaCells, [undefined, four, four, four]);
  put(41, 5, "table", [[arrayFormula(`=SELA.RCA(${area(35, 1, m, m)})`, toRows(rca))]], [four, four, four]);
  put(41, 8, "table", largestDifference(area(41, 1, m, m), area(41, 5, m, m), rca.data, rca.data), ["0.0E+00"]);

  // The method block, as on every report sheet.
  const method = new SheetBuilder(w.sheet);
  method.row = 45;
  methodBlock(method, { language, date, source: w.source }, []);
  const tail = method.build();
  return {
    name: w.sheet,
    blocks: [...blocks, ...tail.blocks],
    charts: [],
    columnWidths: [18, 12, 12, 16, 14, 12, 12, 12, 16],
  };
}

/** The trainer's workbook as a report of one sheet. */
export function teachingReport(language: Language, date = new Date()): Report {
  return { sheets: [teachingSheet(language, date)] };
}
