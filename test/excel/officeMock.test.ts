/**
 * The gateway against office-addin-mock's OfficeMockObject (load/sync tracking): reading a property that was
 * not loaded and synced yields the mock's "Error, property was not loaded" string, so these tests prove the
 * code loads and syncs what it reads. The mock cannot enumerate collections, so only methods that need none
 * are tested here; the rest use test/support/fakeExcel.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-class-instance-assignment --
   office-addin-mock objects are shaped at run time from the seed; their members are `any` by nature. */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeGateway } from "../../src/excel/officeGateway";

type Mock = OfficeMockObject & Record<string, any>;

function host(mock: Mock) {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => mock.run(batch),
    supports: () => true,
  };
}

function insertFormulaMock(existing: string): Mock & { requested: string[] } {
  const requested: string[] = [];
  const seed = {
    context: {
      workbook: {
        anchor: { address: "'My data'!C3", formulas: [[existing]], numberFormat: [["General"]] },
        target: { formulas: [[""]], numberFormat: [["General"]] },
        getSelectedRange: () => ({ getCell: () => mock.context.workbook.anchor }),
        worksheets: {
          getItem: (name: string) => {
            requested.push(name);
            return { getRange: () => mock.context.workbook.target };
          },
        },
      },
    },
    run: async function (this: Mock, batch: (c: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(seed) as Mock;
  return Object.assign(mock, { requested });
}

describe("gateway with office-addin-mock", () => {
  it("insertFormula loads and syncs the anchor before deciding, and writes when it is empty", async () => {
    const mock = insertFormulaMock("");
    const ask = jest.fn(() => Promise.resolve(true));
    expect(await createOfficeGateway(host(mock)).insertFormula("=SELA.RCA(A1:B4)", ask)).toBe("written");
    expect(ask).not.toHaveBeenCalled();
    expect(mock.requested).toEqual(["My data"]);
    expect(mock.context.workbook.target.formulas).toEqual([["=SELA.RCA(A1:B4)"]]);
  });

  it("insertFormula asks before overwriting and respects no", async () => {
    const mock = insertFormulaMock("=SUM(A1:A4)");
    const ask = jest.fn(() => Promise.resolve(false));
    expect(await createOfficeGateway(host(mock)).insertFormula("=SELA.RCA(A1:B4)", ask)).toBe("cancelled");
    expect(ask).toHaveBeenCalledTimes(1);
    expect(mock.requested).toEqual([]);
  });

  it("readSelection reads loaded values and turns blanks into null", async () => {
    const seed = {
      context: {
        workbook: {
          selection: { address: "Sheet1!A1:B2", rowCount: 2, columnCount: 2 },
          chunk: {
            values: [
              [1, ""],
              ["ARG", true],
            ],
          },
          getSelectedRange: () => {
            const selection = mock.context.workbook.selection;
            selection.getCell = () => ({ getResizedRange: () => mock.context.workbook.chunk });
            return selection;
          },
        },
      },
      run: async function (this: Mock, batch: (c: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    };
    const mock = new OfficeMockObject(seed) as Mock;
    expect(await createOfficeGateway(host(mock)).readSelection()).toEqual({
      address: "Sheet1!A1:B2",
      values: [
        [1, null],
        ["ARG", true],
      ],
    });
  });
});
