import type { TableData } from "../../src/analysis/gateway";
import { ioInputFromTable, satelliteKind } from "../../src/analysis/ioInput";
import { tradeInputFromTable } from "../../src/analysis/tradeInput";
import { thrownSelaError } from "../support/close";

describe("IO tables with a repeated sector label", () => {
  it("refuse it, naming the label among the rows and the columns, in both languages", () => {
    const table: TableData = {
      name: "d.csv",
      headers: ["Sector", "A", "B", "Otros", "Otros", "Output"],
      rows: [
        ["A", 10, 20, 5, 5, 200],
        ["B", 15, 10, 5, 5, 150],
        ["Otros", 5, 5, 10, 10, 100],
        ["Otros", 5, 5, 10, 10, 100],
      ],
    };
    const e = thrownSelaError(() => ioInputFromTable(table));
    expect(e.text.en).toBe(
      'sector labels must be unique, but these are repeated (case and accents ignored): rows "Otros"; columns "Otros"; rename or merge them',
    );
    expect(e.text.es).toBe(
      'las etiquetas de sector deben ser únicas, pero estas se repiten (sin distinguir mayúsculas ni tildes): filas "Otros"; columnas "Otros"; cámbieles el nombre o combínelas',
    );
  });

  it("refuse a repetition up to case and accents in the rows only", () => {
    const table: TableData = {
      name: "d",
      headers: ["", "Agro", "Energía", "Output"],
      rows: [
        ["Agro", 1, 2, 10],
        ["Energía", 3, 4, 20],
        ["ENERGIA", 3, 4, 20],
      ],
    };
    expect(() => ioInputFromTable(table)).toThrow(/repeated \(case and accents ignored\): rows "Energía"; rename/);
  });
});

describe("gross output as both a row and a column", () => {
  const grid = (label: string): TableData => ({
    name: "g",
    headers: ["Sector", "A", "B", label],
    rows: [
      ["A", 10, 20, 200],
      ["B", 15, 10, 150],
      [label, 200, 150, 350],
    ],
  });

  it("is recognised by its usual names in Spanish, Portuguese and English, and is not a sector", () => {
    for (const label of [
      "Total general",
      "Producción a precios básicos",
      "Valor bruto de la producción",
      "VBP",
      "Produção",
      "Total output",
      "Total geral",
    ]) {
      const input = ioInputFromTable(grid(label));
      expect([label, input.sectors, Array.from(input.output)]).toEqual([label, ["A", "B"], [200, 150]]);
    }
  });

  it("can be chosen by a name that is not on the list", () => {
    expect(() => ioInputFromTable(grid("Valor de los bienes"))).toThrow(/gross output not found/);
    const input = ioInputFromTable(grid("Valor de los bienes"), { output: "valor de los BIENES" });
    expect(input.sectors).toEqual(["A", "B"]);
    expect(Array.from(input.output)).toEqual([200, 150]);
  });

  it("is taken before an intermediate 'Total' when the table has both", () => {
    const table: TableData = {
      name: "g",
      headers: ["Sector", "A", "B", "Total", "Demanda final", "Total general"],
      rows: [
        ["A", 10, 20, 30, 170, 200],
        ["B", 15, 10, 25, 125, 150],
        ["Total", 25, 30, null, null, null],
        ["Total general", 200, 150, null, null, null],
      ],
    };
    expect(Array.from(ioInputFromTable(table).output)).toEqual([200, 150]);
  });
});

describe("IO row numbers", () => {
  it("are the sheet or file rows when the table was read from a file", () => {
    const table = {
      name: "io",
      headers: ["", "A", "B", "Output"],
      rows: [
        ["A", 1, "n.d.", 10],
        ["B", 2, 3, 20],
      ],
      rowNumbers: [7, 8],
    };
    expect(() => ioInputFromTable(table)).toThrow('non-numeric cell at row 7, column C "B": "n.d."');
  });
});

describe("satellite accounts and gross output found by the words of their labels", () => {
  it("classifies labels used by INEGI, IBGE, ONS, Eurostat and ECLAC tables", () => {
    for (const label of ["Personal ocupado", "Total employment", "Employment (persons)", "employment_persons"]) {
      expect(satelliteKind(label)).toBe("employment");
    }
    for (const label of ["Empleo (miles de personas)", "Empleos", "Ocupación", "EMP", "Pessoal ocupado"]) {
      expect(satelliteKind(label)).toBe("employment");
    }
    for (const label of ["Compensation of employees", "Remuneraciones de asalariados", "wages_and_salaries"]) {
      expect(satelliteKind(label)).toBe("wages");
    }
    for (const label of ["Valor agregado bruto a precios básicos", "GVA", "Valor adicionado bruto", "VAB"]) {
      expect(satelliteKind(label)).toBe("valueAdded");
    }
    for (const label of ["Employers' social contributions", "Taxes less subsidies", "Operating surplus", "Imports"]) {
      expect(satelliteKind(label)).toBeUndefined();
    }
  });

  it("reads them from rows and columns, and gross output named with its prices or a note", () => {
    const table: TableData = {
      name: "io",
      headers: ["", "Agro", "Industria", "Producción total a precios básicos", "Personal ocupado"],
      rows: [
        ["Agro", 10, 20, 100, 7],
        ["Industria", 30, 40, 200, 3],
        ["Remuneraciones de asalariados", 25, 60, null, null],
        ["Impuestos netos", 1, 2, null, null],
      ],
    };
    const input = ioInputFromTable(table);
    expect(input.sectors).toEqual(["Agro", "Industria"]);
    expect(Array.from(input.output)).toEqual([100, 200]);
    expect(input.outputLabel).toBe("Producción total a precios básicos");
    expect(input.extras.map((e) => e.name)).toEqual(["Personal ocupado", "Remuneraciones de asalariados"]);
    expect(Array.from(input.extras[1]!.values)).toEqual([25, 60]);
    // Named twice by the user: read once.
    expect(ioInputFromTable(table, { extras: ["Personal ocupado", "personal ocupado"] }).extras).toHaveLength(1);
    const english = ioInputFromTable({
      ...table,
      headers: ["", "Agro", "Industria", "Gross output (basic prices)", "Jobs"],
    });
    expect(english.outputLabel).toBe("Gross output (basic prices)");
  });
});

describe("IO tables with a code column and a name column", () => {
  // Headers are codes (as in ONS and IBGE tables); the names sit in another column.
  const table: TableData = {
    name: "io",
    headers: ["code", "name", "S01", "S02", "output"],
    rows: [
      ["S01", "Agropecuaria", 10, 20, 100],
      ["S02", "Industria", 30, 40, 200],
      [null, "Personal ocupado", 5, 9, null],
    ],
  };

  it("matches on the codes and shows the names of the chosen label column", () => {
    const input = ioInputFromTable(table, { labelColumn: "name" });
    expect(input.sectors).toEqual(["Agropecuaria", "Industria"]);
    expect(Array.from(input.output)).toEqual([100, 200]);
    // A satellite row named only in the name column is found too.
    expect(input.extras.map((e) => e.name)).toEqual(["Personal ocupado"]);
    expect(Array.from(input.extras[0]!.values)).toEqual([5, 9]);
  });

  it("by default keeps the first column when its labels are the codes", () => {
    expect(ioInputFromTable(table).sectors).toEqual(["S01", "S02"]);
  });

  it("finds the code column when the first column holds names, and shows the names", () => {
    const namesFirst: TableData = {
      ...table,
      headers: ["name", "code", "S01", "S02", "output"],
      rows: table.rows.map((r) => [r[1] ?? null, r[0] ?? null, ...r.slice(2)]),
    };
    expect(ioInputFromTable(namesFirst).sectors).toEqual(["Agropecuaria", "Industria"]);
    // A first column of row numbers is not names: the codes are shown.
    const numbered: TableData = { ...namesFirst, rows: namesFirst.rows.map((r, i) => [i + 1, ...r.slice(1)]) };
    expect(ioInputFromTable(numbered).sectors).toEqual(["S01", "S02"]);
  });

  it("names the label column in the error when no column's labels are repeated by the headers", () => {
    expect(() =>
      ioInputFromTable({
        name: "io",
        headers: ["Sector", "A", "B"],
        rows: [
          ["x", 1, 2],
          ["y", 3, 4],
        ],
      }),
    ).toThrow(/sector labels of the column \("Sector"\) that holds them/);
  });
});

describe("a sheet that holds no table", () => {
  it("says so and what to choose, for IO and trade tables", () => {
    const notes: TableData = { name: "Notas", headers: [], rows: [] };
    expect(thrownSelaError(() => ioInputFromTable(notes)).text.en).toBe(
      'no table in "Notas": no header row (two or more values) with rows below it; choose the sheet or table that holds the input-output table',
    );
    expect(thrownSelaError(() => tradeInputFromTable(notes)).text.es).toMatch(/^no hay una tabla en "Notas"/);
  });
});

describe("IO detection: second review", () => {
  it("does not count gross output's labels as sectors when it looks for the matching column", () => {
    const table: TableData = {
      name: "io",
      headers: ["Sector", "Code", "A01", "B05", "Total", "Gross output"],
      rows: [
        ["Agro", "A01", 1, 2, 3, 10],
        ["Minas", "B05", 3, 4, 7, 20],
        ["Total", null, 4, 6, 10, null],
        ["Gross output", null, 10, 20, null, null],
      ],
    };
    const input = ioInputFromTable(table);
    expect(input.sectors).toEqual(["Agro", "Minas"]);
    expect(Array.from(input.output)).toEqual([10, 20]);
  });

  it("leaves taxes named after value added out, and reads more employment and wage labels", () => {
    for (const label of ["Value added tax", "Impuesto al valor agregado", "Imposto sobre valor adicionado", "IVA"]) {
      expect(satelliteKind(label)).toBeUndefined();
    }
    for (const label of ["Employees", "Number of employees", "Empleados", "Asalariados"]) {
      expect(satelliteKind(label)).toBe("employment");
    }
    for (const label of ["Salario", "Compensación de empleados", "Remuneración de los asalariados"]) {
      expect(satelliteKind(label)).toBe("wages");
    }
  });

  it("passes over a detected account with text in it instead of stopping", () => {
    const input = ioInputFromTable({
      name: "io",
      headers: ["", "A", "B", "Output", "Employment source", "Jobs"],
      rows: [
        ["A", 1, 2, 10, "INE survey", 5],
        ["B", 3, 4, 20, "INE survey", 6],
      ],
    });
    expect(input.extras.map((e) => e.name)).toEqual(["Jobs"]);
  });
});
