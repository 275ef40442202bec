/**
 * The catalogue's metadata: functions.json (from JSDoc) and functions-es.json (from the translation
 * table) describe the same functions, every name and parameter is translated, and no name shadows an
 * Excel built-in in either language.
 */
import builtins from "../fixtures/excelBuiltins.json";

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
}
interface Generated {
  english: { functions: Fn[] };
  spanish: { functions: Fn[] };
  associations: Record<string, string>;
}

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<Generated> };

let meta: Generated;
beforeAll(async () => {
  meta = await generate();
});

describe("custom-function metadata", () => {
  it("has the same ids, in the same order, in English and Spanish", () => {
    expect(meta.spanish.functions.map((f) => f.id)).toEqual(meta.english.functions.map((f) => f.id));
    expect(new Set(meta.english.functions.map((f) => f.id)).size).toBe(meta.english.functions.length);
  });

  it("translates every function and parameter", () => {
    meta.english.functions.forEach((english, k) => {
      const spanish = meta.spanish.functions[k]!;
      expect(spanish.description).toBeTruthy();
      expect(spanish.description).not.toBe(english.description);
      expect(spanish.parameters.map((p) => p.optional)).toEqual(english.parameters.map((p) => p.optional));
      spanish.parameters.forEach((p) => {
        expect(p.name).toMatch(/^[a-z_][a-z0-9_]*$/);
        expect(p.description).toBeTruthy();
      });
      expect(english.description).toBeTruthy();
      english.parameters.forEach((p) => {
        expect(p.description).toBeTruthy();
      });
    });
  });

  it("uses valid names that shadow no Excel built-in, unique across both languages", () => {
    const reserved = new Set(builtins.names);
    const all = [...meta.english.functions, ...meta.spanish.functions];
    // Microsoft's naming rules ask for at least three characters; the catalogue's contract fixes the English
    // GL and LQ (saved workbooks use them), every other name, Spanish ones included, follows the rule.
    const contractShortNames = new Set(["GL", "LQ"]);
    for (const f of all) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9.]+$/);
      if (!(meta.english.functions.includes(f) && contractShortNames.has(f.name))) {
        expect(f.name.length >= 3 ? f.name : `too short: ${f.name}`).toBe(f.name);
      }
      expect(reserved.has(f.name)).toBe(false);
      // Names that look like cell references (RCA1, LQ2) would be misread by Excel.
      expect(f.name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
    }
    const owner = new Map<string, string>();
    for (const f of all) {
      const previous = owner.get(f.name);
      if (previous !== undefined) expect(previous).toBe(f.id);
      owner.set(f.name, f.id);
    }
  });

  it("maps every id to an exported function", () => {
    for (const f of meta.english.functions) expect(meta.associations[f.id]).toBeTruthy();
  });
});
