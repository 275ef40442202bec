import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { evaluateByName, parseArguments, serialiseResult, UsageError } from "../../src/cli/call";
import { findFunction, indexCatalogue, type CatalogueData } from "../../src/functions/catalogue";

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };

let index: ReturnType<typeof indexCatalogue>;
beforeAll(async () => {
  index = indexCatalogue(await generate());
});

function output(value: unknown): unknown {
  return JSON.parse([...serialiseResult(value)].join(""));
}

describe("sela-niches call", () => {
  it("finds functions by id, with or without SELA., in any case, and by Spanish name", () => {
    expect(findFunction(index, "sela.leontief")?.id).toBe("LEONTIEF");
    expect(findFunction(index, "COEFTEC")?.id).toBe("TECHCOEF");
    expect(findFunction(index, "NOPE")).toBeUndefined();
  });

  it("prints Miller & Blair's Leontief inverse", async () => {
    const value = await evaluateByName(index, "LEONTIEF", parseArguments("[[[0.15,0.25],[0.2,0.05]]]"));
    const { result } = output(value) as { result: number[][] };
    expect(result[0]?.[0]).toBeCloseTo(1.254125, 6);
    expect(result[1]?.[1]).toBeCloseTo(1.122112, 6);
  });

  it("prints a bad cell as an error object naming it", async () => {
    const value = await evaluateByName(index, "LEONTIEF", parseArguments('[[[0.15,"x"],[0.2,0.05]]]'));
    expect(output(value)).toEqual({ error: "#VALUE!", message: "LEONTIEF: table has text at row 1, column 2" });
  });

  it("serialises error cells inside a result", () => {
    expect(output([[1, { code: "#DIV/0!" }]])).toEqual({ result: [[1, { error: "#DIV/0!" }]] });
  });

  it("rejects unknown functions and non-array JSON as usage errors", async () => {
    await expect(evaluateByName(index, "NOPE", [])).rejects.toBeInstanceOf(UsageError);
    expect(() => parseArguments("{")).toThrow(UsageError);
    expect(() => parseArguments("{}")).toThrow(UsageError);
  });

  it("answers too many arguments and a missing required one with #VALUE! (exit 0, as the catalogue says)", async () => {
    expect(output(await evaluateByName(index, "LEONTIEF", [1, 2, 3]))).toEqual({
      error: "#VALUE!",
      message: "LEONTIEF: takes at most 2 arguments (got 3)",
    });
    expect(output(await evaluateByName(index, "TECHCOEF", [[[150, 500]]]))).toEqual({
      error: "#VALUE!",
      message: "TECHCOEF: argument 2 (output) is required",
    });
    expect(output(await evaluateByName(index, "TECHCOEF", [null, [[1]]]))).toMatchObject({
      message: "TECHCOEF: argument 1 (transactions) is required",
    });
    // Optional arguments may be omitted or null.
    expect(output(await evaluateByName(index, "LEONTIEF", [[[0.5]], null]))).toEqual({ result: [[2]] });
  });
});

const cli = join(__dirname, "..", "..", "lib", "cli", "main.js");
const describeBuilt = existsSync(cli) ? describe : describe.skip;

describeBuilt("the built command", () => {
  it("writes a large result whole through a pipe, without Excel's payload limits (a million cells)", () => {
    const n = 1000;
    const z = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : (i + j) % 7)));
    const x = Array.from({ length: n }, () => 1000);
    const run = spawnSync("node", [cli, "call", "TECHCOEF", "--args", "-"], {
      input: JSON.stringify([z, x]),
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout.toString()) as { result: number[][] };
    expect(parsed.result).toHaveLength(n);
    expect(parsed.result[n - 1]).toHaveLength(n);
    expect(parsed.result[3]?.[5]).toBeCloseTo(((3 + 5) % 7) / 1000, 12);
  });

  it("exits 0 with an error object for bad input and 2 for an unknown function", () => {
    const bad = spawnSync("node", [cli, "call", "LEONTIEF", "--args", "-"], { input: '[[[1,"a"]]]' });
    expect(bad.status).toBe(0);
    expect(JSON.parse(bad.stdout.toString())).toMatchObject({ error: "#VALUE!" });
    const unknown = spawnSync("node", [cli, "call", "NOPE", "--args", "-"], { input: "[]" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.toString()).toMatch(/unknown function NOPE/);
  });
});
