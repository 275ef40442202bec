import { LABELS } from "../../src/analysis/labels";

describe("report labels", () => {
  it("have the same keys in English and Spanish, none empty", () => {
    expect(Object.keys(LABELS.es).sort()).toEqual(Object.keys(LABELS.en).sort());
    for (const language of ["en", "es"] as const) {
      for (const [key, value] of Object.entries(LABELS[language])) {
        expect([key, value.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    const holes = (s: string): string[] => (s.match(/\{\d\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(LABELS.en)) {
      expect([key, holes(LABELS.es[key as keyof typeof LABELS.es])]).toEqual([key, holes(value)]);
    }
  });

  it("keep sheet names within Excel's 31 characters", () => {
    for (const language of ["en", "es"] as const) {
      const t = LABELS[language];
      for (const name of [t.sheetIo, t.sheetIoMatrices, t.sheetTrade, t.sheetSpace]) {
        expect(name.length).toBeLessThanOrEqual(31);
      }
    }
  });
});
