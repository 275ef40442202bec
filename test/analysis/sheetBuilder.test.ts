import { labels } from "../../src/analysis/labels";
import { inText, SUMMARY_NAMES, summaryList } from "../../src/analysis/sheetBuilder";

describe("summaryList", () => {
  it("lists a few names whole", () => {
    expect(summaryList(["Agro", "Minería"])).toBe("Agro; Minería");
    // Names with commas of their own stay readable.
    expect(summaryList(["Electricidad, gas y agua", "Transporte"])).toBe("Electricidad, gas y agua; Transporte");
    expect(summaryList(["6", "7", "8"], 2, ", ")).toBe("6, 7, … (+1)");
    expect(summaryList([])).toBe("");
  });

  it("lists the first names and counts the rest, so a note over thousands of sectors stays short", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Sector ${String(i + 1)} with a long multi-regional label`);
    const line = summaryList(names);
    expect(line.startsWith("Sector 1 with")).toBe(true);
    expect(line.endsWith(`; … (+${String(3000 - SUMMARY_NAMES)})`)).toBe(true);
    expect(line.split("; ").length).toBe(SUMMARY_NAMES + 1);
    expect(line.length).toBeLessThan(32_767);
  });
});

describe("inText", () => {
  it("writes numbers inside texts with the language's decimal mark", () => {
    expect(inText("-1.348", labels("es"))).toBe("-1,348");
    expect(inText("-1.348", labels("en"))).toBe("-1.348");
    expect(inText("12", labels("es"))).toBe("12");
  });
});
