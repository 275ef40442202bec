import { isAggregateLabel } from "../../src/analysis/aggregateLabels";

describe("isAggregateLabel", () => {
  it("recognises totals and world rows whatever the case and accents", () => {
    for (const label of [
      "Total",
      "TOTAL",
      " total ",
      "Total general",
      "TOTAL GENERAL",
      "Mundo",
      "World",
      "All",
      "Todos",
      "Suma",
      "Total exportaciones",
      "World total",
      "Subtotal",
      "Sub-total",
      "Tótal",
      "WLD",
    ]) {
      expect([label, isAggregateLabel(label)]).toEqual([label, true]);
    }
  });

  it("leaves countries, codes and words that merely contain 'total' or 'all'", () => {
    for (const label of ["Chile", "España", "0101", "Totalplast", "Allemagne", "Mali", "Wallis y Futuna", ""]) {
      expect([label, isAggregateLabel(label)]).toEqual([label, false]);
    }
  });
});
