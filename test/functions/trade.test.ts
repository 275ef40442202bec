/**
 * The trade custom functions as Excel and the CLI call them: oracle values through the adapters, output
 * orientation, undefined cells as error values, bad input as #VALUE! with a message, TRADECAN labels in
 * both languages, and every function through `sela-niches call`'s code path.
 */
import { evaluateByName } from "../../src/cli/call";
import { indexCatalogue, type CatalogueData } from "../../src/functions/catalogue";
import { isExcelError } from "../../src/functions/excelErrors";
import { setLanguage } from "../../src/functions/language";
import * as trade from "../../src/functions/trade";
import { errorOf, grid, numbers } from "../support/close";
import { toy, regional } from "../core/trade/fixtures";

const X = toy.expected.exports;
const M = toy.expected.imports;
const b = toy.inputs["bilateral_t1[exporter][importer][product]"];
const T = b.map((row) => row.map((flows) => flows.reduce((s, v) => s + v, 0)));
const C0 = toy.inputs["market_C_imports_t0_from[A,B]"];
const C1 = [b[0]![2]!, b[1]![2]!];
const market0 = [[30, 35, 35]];
const market1 = [[35, 40, 30]];

function close(actual: number[][], expected: number[][], digits = 6): void {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  actual.forEach((row, i) => {
    row.forEach((v, j) => {
      expect(v).toBeCloseTo(expected[i]![j]!, digits);
    });
  });
}

function codes(result: unknown): unknown[][] {
  return grid(result).map((row) => row.map((cell) => (isExcelError(cell) ? cell.code : cell)));
}

afterEach(() => {
  setLanguage("en");
});

describe("trade functions: oracle values (O7, O8, O9) and orientation", () => {
  it("RCA and its variants, same shape as exports", () => {
    close(numbers(trade.rca(X)), toy.expected.rca);
    close(numbers(trade.rca(X, null as never, "SYMMETRIC")), toy.expected.srca);
    close(numbers(trade.rca(X, [[110, 85, 90]], "additive")), toy.expected.arca);
    close(
      numbers(trade.rca(X, [[110], [85], [90]], "log")),
      toy.expected.rca.map((r) => r.map(Math.log)),
      5,
    );
  });

  it("RCA.LONG returns one value per input row (k x 1), aligned", () => {
    const rows: string[][] = [];
    const cols: string[][] = [];
    const vals: number[][] = [];
    [2, 0, 1].forEach((c) => {
      [1, 2, 0].forEach((p) => {
        rows.push([["A", "B", "C"][c]!]);
        cols.push([`p${p + 1}`]);
        vals.push([X[c]![p]!]);
      });
    });
    const out = numbers(trade.rcaLong(rows, cols, vals));
    expect(out).toHaveLength(9);
    out.forEach((row, k) => {
      expect(row).toHaveLength(1);
      const c = "ABC".indexOf(rows[k]![0]!);
      const p = Number(cols[k]![0]!.slice(1)) - 1;
      expect(row[0]).toBeCloseTo(toy.expected.rca[c]![p]!, 6);
    });
    // Rows as a single row range work too, and the variant applies.
    const flat = numbers(trade.rcaLong([rows.flat()], [cols.flat()], [vals.flat()], "symmetric"));
    expect(flat[0]![0]).toBeCloseTo(toy.expected.srca[2]![1]!, 6);
  });

  it("TSI, LAFAY and GL (product) keep the shape; GL aggregate/adjusted are m x 1", () => {
    close(numbers(trade.tsi(X, M)), toy.expected.tsi);
    close(numbers(trade.lafay(X, M)), toy.expected.lafay);
    close(numbers(trade.gl(X, M)), toy.expected.gl);
    close(
      numbers(trade.gl(X, M, "aggregate")),
      toy.expected.gl_aggregate.map((v) => [v]),
    );
    close(
      numbers(trade.gl(X, M, "Adjusted")),
      toy.expected.gl_aggregate_adjusted.map((v) => [v]),
    );
  });

  it("HHI (plain, normalized) and CONCENTRATION are per-country columns", () => {
    close(
      numbers(trade.hhi(X)),
      toy.expected.hhi_products.map((v) => [v]),
    );
    close(
      numbers(trade.hhi(X, true)),
      toy.expected.hhi_normalized.map((v) => [v]),
    );
    close(
      numbers(trade.hhi(X, "VERDADERO")),
      toy.expected.hhi_normalized.map((v) => [v]),
    );
    close(
      numbers(trade.concentration(X)),
      toy.expected.unctad_concentration_sqrt.map((v) => [v]),
    );
  });

  it("TII, TCI and ESI are m x m with the documented orientation", () => {
    expect(numbers(trade.tii(T))[0]![2]).toBeCloseTo(toy.expected.tii_A_to_C_wits, 6);
    expect(numbers(trade.tii(T, "kojima"))[0]![2]).toBeCloseTo(toy.expected.tii_A_to_C_kojima, 6);
    const tci = numbers(trade.tci(X, M));
    expect(tci[0]![2]).toBeCloseTo(toy.expected.tci_A_exports_C_imports, 6);
    expect(tci[1]![0]).toBeCloseTo(toy.expected.tci_B_exports_A_imports, 6);
    const esi = numbers(trade.esi(X));
    expect(esi[0]![1]).toBeCloseTo(toy.expected.esi_A_B, 6);
    expect(esi[1]![0]).toBeCloseTo(toy.expected.esi_A_B, 6);
  });

  it("MARKETSHARE, with the market as a row or a column", () => {
    const expected = [
      [0.857143, 0.25, 0.333333],
      [0.142857, 0.75, 0.666667],
    ];
    close(numbers(trade.marketshare(C1, market1)), expected);
    close(numbers(trade.marketshare(C1, [[35], [40], [30]])), expected);
  });

  it("TRADECAN: English labels by default, codes on request, Spanish labels in Spanish", () => {
    expect(grid(trade.tradecan(C0, C1, market0, market1))).toEqual([
      ["Rising stars", "Missed opportunities", "Falling stars"],
      ["Missed opportunities", "Rising stars", "Retreat"],
    ]);
    expect(grid(trade.tradecan(C0, C1, market0, market1, "code"))).toEqual([
      ["RISING_STAR", "MISSED_OPPORTUNITY", "FALLING_STAR"],
      ["MISSED_OPPORTUNITY", "RISING_STAR", "RETREAT"],
    ]);
    setLanguage("es");
    expect(grid(trade.tradecan(C0, C1, market0, market1))).toEqual([
      ["Estrellas nacientes", "Oportunidades perdidas", "Estrellas menguantes"],
      ["Oportunidades perdidas", "Estrellas nacientes", "Retroceso"],
    ]);
    expect(grid(trade.tradecan([[1, 0]], [[1, 0]], [[2, 0]], [[2, 0]]))[0]![1]).toBe("Sin demanda");
  });

  it("LQ keeps the regional shape; SHIFTSHARE is 3 x k and adds up to the change", () => {
    const { inputs, expected } = regional;
    close(numbers(trade.lq([inputs.region_t1], [inputs.national_t1])), [expected.lq_t1]);
    const s = numbers(
      trade.shiftshare([inputs.region_t0], [inputs.region_t1], [inputs.national_t0], [inputs.national_t1]),
    );
    close(s, [expected.national_share, expected.industry_mix, expected.competitive], 9);
    s[0]!.forEach((_, k) => {
      expect(s[0]![k]! + s[1]![k]! + s[2]![k]!).toBeCloseTo(inputs.region_t1[k]! - inputs.region_t0[k]!, 9);
    });
  });
});

describe("trade functions: undefined cells are error values in their cell only", () => {
  it("RCA: #DIV/0! for a country with no exports or an untraded product; log of 0 is #NUM!", () => {
    expect(
      codes(
        trade.rca([
          [5, 0],
          [0, 0],
          [1, 0],
        ]),
      ),
    ).toEqual([
      [expect.any(Number), "#DIV/0!"],
      ["#DIV/0!", "#DIV/0!"],
      [expect.any(Number), "#DIV/0!"],
    ]);
    expect(
      codes(
        trade.rca(
          [
            [5, 0],
            [1, 3],
          ],
          null as never,
          "log",
        ),
      )[0]![1],
    ).toBe("#NUM!");
    // a/y and b/x are zero exports (log 0 = #NUM!); c exports nothing and z is exported by nobody (#DIV/0!).
    const countries = [["a"], ["a"], ["b"], ["b"], ["c"], ["a"]];
    const products = [["x"], ["y"], ["x"], ["y"], ["x"], ["z"]];
    expect(codes(trade.rcaLong(countries, products, [[2], [0], [0], [3], [0], [0]], "log"))).toEqual([
      [expect.any(Number)],
      ["#NUM!"],
      ["#NUM!"],
      [expect.any(Number)],
      ["#DIV/0!"],
      ["#DIV/0!"],
    ]);
  });

  it("TSI and GL: #DIV/0! where X + M = 0; LAFAY: 0 for an untraded product, #DIV/0! for a country with no trade", () => {
    for (const f of [trade.tsi, trade.gl]) {
      const out = codes(f([[1, 0]], [[2, 0]]));
      expect(typeof out[0]![0]).toBe("number");
      expect(out[0]![1]).toBe("#DIV/0!");
    }
    expect(codes(trade.lafay([[1, 0]], [[2, 0]]))[0]![1]).toBe(0);
    expect(codes(trade.lafay([[0, 0]], [[0, 0]]))).toEqual([["#DIV/0!", "#DIV/0!"]]);
    expect(codes(trade.gl([[1, 0]], [[0, 0]], "adjusted"))).toEqual([["#DIV/0!"]]);
  });

  it("HHI, CONCENTRATION, TII, TCI, ESI, MARKETSHARE, LQ, SHIFTSHARE: #DIV/0! where undefined", () => {
    expect(
      codes(
        trade.hhi([
          [0, 0],
          [1, 1],
        ]),
      ),
    ).toEqual([["#DIV/0!"], [0.5]]);
    expect(
      codes(
        trade.concentration([
          [0, 0],
          [1, 1],
        ]),
      )[0],
    ).toEqual(["#DIV/0!"]);
    expect(
      codes(
        trade.tii([
          [0, 0],
          [3, 0],
        ]),
      )[0],
    ).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(
      codes(
        trade.tci(
          [
            [1, 1],
            [0, 0],
          ],
          [
            [1, 1],
            [1, 0],
          ],
        ),
      )[1],
    ).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(
      codes(
        trade.esi([
          [1, 1],
          [0, 0],
        ]),
      )[0],
    ).toEqual([100, "#DIV/0!"]);
    expect(codes(trade.marketshare([[1, 0]], [[2, 0]]))).toEqual([[0.5, "#DIV/0!"]]);
    expect(codes(trade.lq([[1, 0]], [[2, 0]]))[0]![1]).toBe("#DIV/0!");
    expect(codes(trade.shiftshare([[1, 1]], [[2, 1]], [[0, 4]], [[2, 4]]))[1]![0]).toBe("#DIV/0!");
  });
});

describe("trade functions: bad input is #VALUE! naming the function, argument and cell", () => {
  const bad: [string, () => unknown, RegExp][] = [
    [
      "RCA text",
      () =>
        trade.rca([
          [1, "x"],
          [2, 3],
        ]),
      /^RCA: exports has text at row 1, column 2$/,
    ],
    ["RCA ragged", () => trade.rca([[1, 2], [3]] as never), /^RCA: exports is ragged/],
    ["RCA empty", () => trade.rca([]), /^RCA: exports is empty$/],
    ["RCA reference length", () => trade.rca(X, [[1, 2]]), /reference has 2 values but exports has 3 products/],
    [
      "RCA variant",
      () => trade.rca(X, null as never, "vollrath"),
      /variant must be one of "balassa", "symmetric", "log", "additive"/,
    ],
    ["RCA one country", () => trade.rca([[1, 2]]), /at least 2 countries/],
    [
      "RCA negative",
      () =>
        trade.rca([
          [1, -2],
          [3, 4],
        ]),
      /non-negative \(row 1, column 2/,
    ],
    [
      "RCA.LONG lengths",
      () => trade.rcaLong([["a"], ["b"]], [["x"]], [[1], [2]]),
      /products has 1 rows but countries has 2/,
    ],
    [
      "RCA.LONG blank label",
      () => trade.rcaLong([["a"], [null]], [["x"], ["y"]], [[1], [2]]),
      /countries has a blank at position 2/,
    ],
    [
      "RCA.LONG text value",
      () => trade.rcaLong([["a"], ["b"]], [["x"], ["y"]], [[1], ["n/a"]]),
      /values has text at row 2/,
    ],
    [
      "RCA.LONG 2-D",
      () =>
        trade.rcaLong(
          [
            ["a", "b"],
            ["c", "d"],
          ],
          [["x"]],
          [[1]],
        ),
      /countries must be a single row or column/,
    ],
    ["TSI shapes", () => trade.tsi(X, [[1, 2, 3]]), /^TSI: imports is 1 x 3 but exports is 3 x 3/],
    [
      "TSI error cell",
      () =>
        trade.tsi(X, [
          [1, 2, { error: "#N/A" }],
          [1, 1, 1],
          [1, 1, 1],
        ] as never),
      /imports has an error value \(#N\/A\) at row 1, column 3/,
    ],
    [
      "LAFAY boolean",
      () => trade.lafay([[true, 1]] as never, [[1, 1]]),
      /^LAFAY: exports has a TRUE\/FALSE value at row 1, column 1$/,
    ],
    ["GL level", () => trade.gl(X, M, "hs6"), /level must be one of "product", "aggregate", "adjusted"/],
    ["GL shapes", () => trade.gl(X, [[1]]), /imports is 1 x 1 but exports is 3 x 3/],
    ["HHI flag", () => trade.hhi(X, "maybe"), /^HHI: normalized must be TRUE or FALSE$/],
    ["HHI text", () => trade.hhi([["a"]]), /values has text/],
    ["CONCENTRATION negative", () => trade.concentration([[1, -1]]), /non-negative/],
    [
      "TII square",
      () =>
        trade.tii([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      /^TII: trade must be square.*2 x 3/,
    ],
    ["TII variant", () => trade.tii(T, "frankel"), /variant must be one of "wits", "kojima"/],
    ["TCI products", () => trade.tci(X, [[1, 2]]), /imports has 2 products \(columns\) but exports has 3/],
    ["ESI empty", () => trade.esi([[]]), /^ESI: exports is empty$/],
    ["MARKETSHARE length", () => trade.marketshare(C1, [[1, 2]]), /market_imports has 2 values, expected 3/],
    [
      "MARKETSHARE shape",
      () =>
        trade.marketshare(C1, [
          [1, 2],
          [3, 4],
          [5, 6],
        ]),
      /market_imports is 3 x 2 but exports is 2 x 3/,
    ],
    [
      "TRADECAN shapes",
      () => trade.tradecan(C0, [[1, 2, 3]], market0, market1),
      /exports_t1 is 1 x 3 but exports_t0 is 2 x 3/,
    ],
    ["TRADECAN market length", () => trade.tradecan(C0, C1, [[1, 2]], market1), /market_t0 has 2 values/],
    ["TRADECAN style", () => trade.tradecan(C0, C1, market0, market1, "emoji"), /style must be one of "label", "code"/],
    ["LQ length", () => trade.lq([[1, 2, 3]], [[1, 2]]), /^LQ: national has 2 values/],
    [
      "LQ 2-D national",
      () =>
        trade.lq(
          [[1, 2]],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      /national must be a single row or column/,
    ],
    [
      "SHIFTSHARE lengths",
      () => trade.shiftshare([[1, 2]], [[1]], [[1, 2]], [[1, 2]]),
      /region_t1 has 1 values but region_t0 has 2/,
    ],
    [
      "SHIFTSHARE text",
      () => trade.shiftshare([[1, "b"]], [[1, 2]], [[1, 2]], [[1, 2]]),
      /region_t0 has text at row 1, column 2/,
    ],
  ];

  it.each(bad)("%s", (_, call, message) => {
    const error = errorOf(call());
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });

  it("messages use the Spanish function and parameter names in Spanish", () => {
    setLanguage("es");
    expect(
      errorOf(
        trade.rca([
          [1, "x"],
          [2, 3],
        ]),
      ).message,
    ).toBe("VCR: exportaciones tiene texto en la fila 1, columna 2");
    expect(errorOf(trade.tsi(X, [[1, 2, 3]])).message).toMatch(
      /^IBCR: importaciones es 1 x 3 pero exportaciones es 3 x 3/,
    );
    expect(errorOf(trade.tradecan(C0, C1, market0, market1, "x")).message).toMatch(/^TRADECAN: estilo debe ser uno de/);
  });
});

describe("trade functions through the sela-niches call path", () => {
  let index: ReturnType<typeof indexCatalogue>;
  beforeAll(async () => {
    const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };
    index = indexCatalogue(await generate());
  });

  const calls: [string, unknown[], (out: unknown) => void][] = [
    [
      "SELA.RCA",
      [X],
      (o) => {
        close(numbers(o), toy.expected.rca);
      },
    ],
    [
      "rca",
      [X, null, "symmetric"],
      (o) => {
        close(numbers(o), toy.expected.srca);
      },
    ],
    [
      "RCA.LONG",
      [
        [["A"], ["B"], ["A"]],
        [["p1"], ["p1"], ["p2"]],
        [[1], [1], [2]],
      ],
      (o) => {
        expect(numbers(o)).toHaveLength(3);
      },
    ],
    [
      "TSI",
      [X, M],
      (o) => {
        close(numbers(o), toy.expected.tsi);
      },
    ],
    [
      "LAFAY",
      [X, M],
      (o) => {
        close(numbers(o), toy.expected.lafay);
      },
    ],
    [
      "GL",
      [X, M, "aggregate"],
      (o) => {
        close(
          numbers(o),
          toy.expected.gl_aggregate.map((v) => [v]),
        );
      },
    ],
    [
      "HHI",
      [X, true],
      (o) => {
        close(
          numbers(o),
          toy.expected.hhi_normalized.map((v) => [v]),
        );
      },
    ],
    [
      "CONCENTRATION",
      [X],
      (o) => {
        close(
          numbers(o),
          toy.expected.unctad_concentration_sqrt.map((v) => [v]),
        );
      },
    ],
    [
      "TII",
      [T, "kojima"],
      (o) => {
        expect(numbers(o)[0]![2]).toBeCloseTo(toy.expected.tii_A_to_C_kojima, 6);
      },
    ],
    [
      "TCI",
      [X, M],
      (o) => {
        expect(numbers(o)[0]![2]).toBeCloseTo(toy.expected.tci_A_exports_C_imports, 6);
      },
    ],
    [
      "ESI",
      [X],
      (o) => {
        expect(numbers(o)[0]![1]).toBeCloseTo(toy.expected.esi_A_B, 6);
      },
    ],
    [
      "MARKETSHARE",
      [C1, market1],
      (o) => {
        expect(numbers(o)[0]![0]).toBeCloseTo(0.857143, 6);
      },
    ],
    [
      "TRADECAN",
      [C0, C1, market0, market1, "code"],
      (o) => {
        expect(grid(o)[1]![2]).toBe("RETREAT");
      },
    ],
    [
      "LQ",
      [[regional.inputs.region_t0], [regional.inputs.national_t0]],
      (o) => {
        close(numbers(o), [regional.expected.lq_t0]);
      },
    ],
    [
      "SHIFTSHARE",
      [
        [regional.inputs.region_t0],
        [regional.inputs.region_t1],
        [regional.inputs.national_t0],
        [regional.inputs.national_t1],
      ],
      (o) => {
        close(
          numbers(o)[2]!.map((v) => [v]),
          regional.expected.competitive.map((v) => [v]),
          9,
        );
      },
    ],
  ];

  it.each(calls)("%s", async (name, args, check) => {
    check(await evaluateByName(index, name, args));
  });

  it("finds every trade function by its Spanish name", async () => {
    const spanish = [
      "VCR",
      "VCR.LARGA",
      "IBCR",
      "LAFAY",
      "IGL",
      "IHH",
      "CONCENTRACION",
      "IIC",
      "ICC",
      "ISE",
      "CUOTAMERCADO",
      "TRADECAN",
      "COCIENTE.LOC",
      "CAMBIOPARTICIPACION",
    ];
    const ids = [
      "RCA",
      "RCA.LONG",
      "TSI",
      "LAFAY",
      "GL",
      "HHI",
      "CONCENTRATION",
      "TII",
      "TCI",
      "ESI",
      "MARKETSHARE",
      "TRADECAN",
      "LQ",
      "SHIFTSHARE",
    ];
    spanish.forEach((name, k) => {
      expect(index.get(name)?.id).toBe(ids[k]);
    });
    expect(numbers(await evaluateByName(index, "sela.vcr", [X]))[0]![0]).toBeCloseTo(toy.expected.rca[0]![0]!, 6);
  });

  it("an omitted option (null) takes the default; an unknown option is a #VALUE! result, not a throw", async () => {
    close(numbers(await evaluateByName(index, "GL", [X, M, null])), toy.expected.gl);
    expect(errorOf(await evaluateByName(index, "GL", [X, M, "nope"])).code).toBe("#VALUE!");
  });
});
