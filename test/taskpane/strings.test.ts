import { countText, format, strings } from "../../src/taskpane/strings";

const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("pane strings", () => {
  it("define the same keys in English and Spanish, none empty", () => {
    expect(Object.keys(strings.es).sort()).toEqual(Object.keys(strings.en).sort());
    for (const language of ["en", "es"] as const) {
      for (const [key, text] of Object.entries(strings[language])) {
        expect([key, text.trim()]).not.toEqual([key, ""]);
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect([key, placeholders(strings.es[key])]).toEqual([key, placeholders(strings.en[key])]);
    }
  });

  it("are translated (Spanish differs from English except names and codes)", () => {
    const same = (Object.keys(strings.en) as (keyof typeof strings.en)[]).filter(
      (k) => strings.en[k] === strings.es[k],
    );
    expect(same.sort()).toEqual(["english", "spanish"]);
  });

  it("name Excel's error values in Spanish as Spanish Excel shows them", () => {
    const spanishExcel: Readonly<Record<string, string>> = {
      "#NAME?": "#¿NOMBRE?",
      "#VALUE!": "#¡VALOR!",
      "#N/A": "#N/D",
      "#DIV/0!": "#¡DIV/0!",
      "#NUM!": "#¡NUM!",
      "#REF!": "#¡REF!",
      "#NULL!": "#¡NULO!",
      "#SPILL!": "#¡DESBORDAMIENTO!",
      "#CALC!": "#¡CALC!",
    };
    for (const [key, text] of Object.entries(strings.es)) {
      for (const [english, spanish] of Object.entries(spanishExcel)) {
        expect([key, text.includes(english)]).toEqual([key, false]);
        if (strings.en[key as keyof typeof strings.en].includes(english)) {
          expect([key, text.includes(spanish)]).toEqual([key, true]);
        }
      }
    }
    expect(strings.es.freezeIntro).toContain("#¿NOMBRE?");
    expect(strings.es.repairIntro).toContain("#¿NOMBRE?");
  });

  it("fill placeholders", () => {
    expect(format(strings.es.tableSize, 3, 4)).toBe("3 filas x 4 columnas");
    expect(format("{0} and {1}", "a")).toBe("a and {1}");
  });

  it("count one in the singular and many in the plural, grouped as the language groups thousands", () => {
    expect(countText("en", "fileOpened", 1, "trade.csv")).toBe("Opened trade.csv: 1 table or range.");
    expect(countText("es", "fileOpened", 1, "trade.csv")).toBe("Se abrió trade.csv: 1 tabla o rango.");
    expect(countText("en", "fileOpened", 3, "book.xlsx")).toBe("Opened book.xlsx: 3 tables or ranges.");
    expect(countText("es", "frozen", 13987, "SELA formulas")).toBe(
      "13.987 celdas congeladas; las fórmulas quedan registradas en la hoja SELA formulas.",
    );
    expect(countText("en", "frozen", 1, "SELA formulas")).toBe(
      "1 cell frozen; the formula is recorded in the sheet SELA formulas.",
    );
    expect(strings.es.focusCountryHintOne).not.toContain("los 1");
  });
});
