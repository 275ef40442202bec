import { KNOWN_FLAGS, parseOptions, unknownFlag } from "../../src/cli/options";

describe("command-line options", () => {
  it("splits flags with values, = values and boolean flags from positional arguments", () => {
    const { positional, flags } = parseOptions(["report", "io", "--input", "a.csv", "--force", "--lang=es"]);
    expect(positional).toEqual(["report", "io"]);
    expect(flags.get("input")).toBe("a.csv");
    expect(flags.get("force")).toBe("true");
    expect(flags.get("lang")).toBe("es");
  });

  it("names an unknown option and the known one it is closest to, instead of ignoring it", () => {
    expect(unknownFlag(parseOptions(["--input", "a.csv", "--ouput", "x.xlsx"]).flags)).toEqual({
      flag: "ouput",
      suggestion: "output",
    });
    expect(unknownFlag(parseOptions(["--foce"]).flags)).toEqual({ flag: "foce", suggestion: "force" });
    expect(unknownFlag(parseOptions(["--completely-different"]).flags)).toEqual({ flag: "completely-different" });
    expect(unknownFlag(parseOptions(["--input", "a.csv", "--t0", "1998"]).flags)).toBeUndefined();
  });

  it("knows every option the command reads", () => {
    const fs = require("fs") as typeof import("fs");
    const path = require("path") as typeof import("path");
    const dir = path.join(__dirname, "../../src/cli");
    const read = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      for (const m of source.matchAll(/flags\.(?:get|has)\("([a-z][a-z0-9-]*)"\)|\(flags, "([a-z][a-z0-9-]*)"/g)) {
        read.add((m[1] ?? m[2]) as string);
      }
    }
    expect(read.size).toBeGreaterThan(10);
    for (const flag of read) expect(KNOWN_FLAGS.has(flag) ? flag : `missing ${flag}`).toBe(flag);
  });

  it("knows every option the usage text documents", () => {
    const main: string = require("fs").readFileSync(require("path").join(__dirname, "../../src/cli/main.ts"), "utf8");
    const documented = new Set([...main.matchAll(/--([a-z][a-z0-9-]+)/g)].map((m) => m[1] as string));
    for (const flag of documented) expect(KNOWN_FLAGS.has(flag) ? flag : `missing ${flag}`).toBe(flag);
  });
});
