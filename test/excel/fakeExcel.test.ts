import { FakeExcel } from "../support/fakeExcel";

// The fake must coerce typed text like Excel does, or the text-safety tests would prove nothing.
describe("the fake Excel coerces typed text like Excel", () => {
  it.each([
    ['=HYPERLINK("x")', { coerced: true }],
    ["+54 11", { coerced: true }],
    ["-", { coerced: true }],
    ["@user", { coerced: true }],
    ["0101", { coerced: true, value: 101 }],
    ["1-2", { coerced: true }],
    ["Agriculture", { coerced: false, value: "Agriculture" }],
  ])("%j in a General cell", async (text, expected) => {
    const fake = new FakeExcel();
    await fake.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      await context.sync();
    });
    expect(fake.sheet("Sheet1").get("A1")).toMatchObject(expected);
  });

  it("keeps text in a Text-formatted cell and counts what each sync sent", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["+54 11", "0101"]];
      await context.sync();
    });
    expect(fake.sheet("Sheet1").get("B1")).toMatchObject({ value: "0101", coerced: false });
    expect(fake.syncs).toEqual([{ cells: 4, bytes: 30 }]);
  });
});
