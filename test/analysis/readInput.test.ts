import { csvGrid, gridToTable, headerRowIndex, tableFromRead, tableRowNumber } from "../../src/analysis/readInput";

describe("header row", () => {
  test("the first row with two values, for tables under a title (unchanged behaviour)", () => {
    const t = gridToTable("g", [["title"], [], ["a", "b"], [1, null], [null, null]]);
    expect(t.headers).toEqual(["a", "b"]);
    expect(t.rows).toEqual([[1, null]]);
    // An IO table's empty corner cell does not disqualify its header.
    expect(headerRowIndex([["MIP 2015"], [null, "A", "B", "Output"], ["A", 10, 20, 200]])).toBe(1);
  });

  test('a "Unidad: | millones" pair above a table is metadata, not the header', () => {
    const grid = csvGrid("Unidad:,millones de R$\n\nSector,A,B,Output\nA,10,20,200\nB,15,10,150\n");
    const t = gridToTable("min_meta.csv", grid);
    expect(t.headers).toEqual(["Sector", "A", "B", "Output"]);
    expect(t.rows).toEqual([
      ["A", 10, 20, 200],
      ["B", 15, 10, 150],
    ]);
  });

  test("a metadata pair directly above a narrow table ends before the table's right edge", () => {
    const t = gridToTable("t", csvGrid("Fuente:,BCRP\nPais,Producto,Valor\nchl,0011,100\narg,0011,50\n"));
    expect(t.headers).toEqual(["Pais", "Producto", "Valor"]);
    expect(t.rows).toEqual([
      ["chl", "0011", 100],
      ["arg", "0011", 50],
    ]);
  });

  test("several metadata rows above a wide sheet", () => {
    const header = ["Sector", "Agro", "Minería", "Industria", "Servicios", "Producción"];
    const grid = [
      ["Matriz de insumo-producto 2015"],
      ["Fecha de publicación", "date"],
      ["Unidad", "millones"],
      [],
      header,
      ["Agro", 1, 2, 3, 4, 100],
      ["Minería", 1, 2, 3, 4, 100],
    ];
    expect(headerRowIndex(grid)).toBe(4);
    expect(gridToTable("s", grid).headers).toEqual(header);
  });

  test("no row with two values: no table", () => {
    expect(gridToTable("e", [["only a title"], []])).toEqual({ name: "e", headers: [], rows: [], rowNumbers: [] });
  });
});

describe("row numbers", () => {
  test("each data row keeps its 1-based row in the sheet or file, blank rows skipped", () => {
    const t = gridToTable("g", [["Title"], [], ["a", "b"], [1, 2], [], [3, "n.d."]]);
    expect(t.rows).toEqual([
      [1, 2],
      [3, "n.d."],
    ]);
    expect(t.rowNumbers).toEqual([4, 6]);
    expect(tableRowNumber(t, 1)).toBe(6);
  });

  test("tables built elsewhere (samples, selections) count from a header in row 1", () => {
    expect(tableRowNumber({ name: "t", headers: ["a"], rows: [[1], [2]] }, 1)).toBe(3);
  });

  test("Excel tables: rows counted from the table's place on the sheet", () => {
    const read = { name: "T", sheet: "S", ref: { row: 4, col: 1, rows: 3, cols: 2 }, header: ["a", "b"] };
    expect(
      tableFromRead({
        ...read,
        rows: [
          [1, 2],
          [3, 4],
        ],
      }).rowNumbers,
    ).toEqual([6, 7]);
    expect(
      tableFromRead({
        ...read,
        rows: [
          [1, 2],
          [3, 4],
        ],
        headerless: true,
      }).rowNumbers,
    ).toEqual([5, 6]);
  });
});

describe("csvGrid", () => {
  test("code columns keep their text: HS subheadings with a dot keep their trailing zeros", () => {
    const grid = csvGrid("country,product,value\nchl,8471.30,100\nchl,0101.21,30\narg,8471.50,12.50\n");
    expect(grid).toEqual([
      ["country", "product", "value"],
      ["chl", "8471.30", 100],
      ["chl", "0101.21", 30],
      ["arg", "8471.50", 12.5],
    ]);
  });

  test("recognised by header in any case or accent; other columns and the header row as before", () => {
    expect(csvGrid("País;Código HS;Año;Valor\nchl;2710.00;2020;1.234,5\n")).toEqual([
      ["País", "Código HS", "Año", "Valor"],
      ["chl", "2710.00", 2020, 1234.5],
    ]);
    // The header row keeps its text: product codes as the headers of a wide table.
    expect(csvGrid("country,8471.30,0101.21\nchl,1,2\n")[0]).toEqual(["country", "8471.30", "0101.21"]);
  });
});
