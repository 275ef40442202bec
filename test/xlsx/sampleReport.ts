/**
 * A small key-sector report like the IO analysis produces: title, subtitle, a formatted table with a
 * header, a note, a formula, errors, tricky labels, and a quadrant scatter chart with per-point labels
 * and two reference lines. Shared by the writer tests and the manual LibreOffice check.
 */
import type { Report, ReportValue } from "../../src/analysis/report";

export const SECTORS = [
  "Agricultura",
  "Minería",
  "Manufactura",
  "Electricidad",
  "Construcción",
  "Comercio",
  "Transporte",
  "Servicios",
];
export const BACKWARD = [0.82, 0.91, 1.34, 1.12, 1.21, 0.88, 1.05, 0.67];
export const FORWARD = [1.18, 1.42, 1.27, 0.93, 0.71, 1.09, 0.84, 0.56];

const rows: ReportValue[][] = SECTORS.map((s, i) => [s, BACKWARD[i] ?? 0, FORWARD[i] ?? 0]);

export const sampleReport: Report = {
  sheets: [
    {
      name: "Sectores clave: BL/FL",
      columnWidths: [22, 14, 14, 4, 12, 12],
      blocks: [
        { row: 0, col: 0, style: "title", values: [["Sectores clave (Rasmussen)"]] },
        { row: 1, col: 0, style: "subtitle", values: [["Encadenamientos normalizados, media = 1"]] },
        {
          row: 3,
          col: 0,
          style: "table",
          header: true,
          columnFormats: [undefined, "0.000", "0.000"],
          values: [["Sector", "Hacia atrás", "Hacia adelante"], ...rows],
        },
        // Reference lines for the quadrants: x = 1 and y = 1 across the data range.
        {
          row: 3,
          col: 4,
          style: "table",
          header: true,
          values: [
            ["x", "y"],
            [1, 0.5],
            [1, 1.5],
            [0.6, 1],
            [1.4, 1],
          ],
        },
        { row: 13, col: 0, style: "note", values: [["Fuente: matriz insumo-producto 2018; cálculo propio."]] },
      ],
      charts: [
        {
          kind: "scatter",
          title: "Sectores clave",
          xTitle: "Encadenamiento hacia atrás",
          yTitle: "Encadenamiento hacia adelante",
          anchor: { row: 15, col: 0, rows: 20, cols: 7 },
          yFormat: "0.0%",
          series: [
            {
              name: "Sectores",
              kind: "markers",
              x: { row: 4, col: 1, rows: 8, cols: 1 },
              y: { row: 4, col: 2, rows: 8, cols: 1 },
              labels: { row: 4, col: 0, rows: 8, cols: 1 },
            },
            {
              name: "x = 1",
              kind: "line",
              x: { row: 4, col: 4, rows: 2, cols: 1 },
              y: { row: 4, col: 5, rows: 2, cols: 1 },
            },
            {
              name: "y = 1",
              kind: "line",
              x: { row: 6, col: 4, rows: 2, cols: 1 },
              y: { row: 6, col: 5, rows: 2, cols: 1 },
            },
          ],
        },
      ],
    },
    {
      name: "Edge cases",
      blocks: [
        {
          row: 0,
          col: 0,
          style: "table",
          header: true,
          columnFormats: [undefined, "0.0%", "#,##0", '[$-es-CL]#,##0.00 "USD"'],
          values: [
            ["label", "share", "count", "amount"],
            ["=SUM(A1:A2)", 0.125, 1234567, 9876.5],
            ["+56 2 2345", true, false, -0],
            ["-x-", { error: "#DIV/0!" }, { error: "#N/A" }, NaN],
            ["@home", Infinity, { formula: "=C2*2", value: 2469134 }, { formula: '=A2&"!"', value: "=SUM(A1:A2)!" }],
            ["\ttab\r\nCRLF ", "  spaced  ", "_x0041_ literal", "<&>\"'"],
            [null, "", 1e-9, 12345678901234.5],
          ],
        },
      ],
      charts: [],
    },
  ],
};
