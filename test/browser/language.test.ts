/**
 * Spanish and English: the pane follows Office's display language, the EN/ES switch changes every
 * heading and label, and the reports (sheets, labels, chart, download name) come out in the chosen
 * language, in Excel (fake workbook) and in the workbench.
 */
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { expectClose } from "../support/close";
import { describeBrowser } from "./harness";
import {
  download,
  expectValue,
  fakeRange,
  fakeSheets,
  guideScreenshot,
  openSection,
  runAnalysis,
  usePane,
} from "./steps";
import { brazilTable, gridColumn, gridTable, ioByFunctions, numericColumn, sheetNamed } from "./workbook";

const SECTIONS = {
  en: ["Input-output linkages", "Trade niches", "Product space", "Sample data", "Share safely", "Insert a function"],
  es: [
    "Encadenamientos insumo-producto",
    "Nichos comerciales",
    "Espacio de productos",
    "Datos de ejemplo",
    "Compartir con seguridad",
    "Insertar una función",
  ],
};

describeBrowser("the pane in Spanish and English", () => {
  const pane = usePane();

  it("in a Spanish Excel: Spanish headings, the Brazil sample and the IO and trade reports in Spanish", async () => {
    const { page, finish } = await pane("excel", "es-ES");
    await expect(page.getByRole("tab", { name: "Español" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("main").getAttribute("lang")).resolves.toBe("es");
    for (const name of SECTIONS.es) await page.getByRole("heading", { level: 2, name }).waitFor();
    await page.getByText("Nichos productivos y cadenas de valor").waitFor();
    await guideScreenshot(page, "pane-start.es");

    const samples = page.getByRole("region", { name: "Datos de ejemplo" });
    await samples.getByRole("button", { name: "Insertar la tabla insumo-producto de Brasil 2015" }).click();
    await samples.getByText("Insertada en la hoja Brasil IP 2015.").waitFor();
    const io = page.getByRole("region", { name: "Encadenamientos insumo-producto" });
    await io.getByText("Se encontraron 12 sectores.").waitFor();
    await expectValue(io.getByLabel("Producción bruta (fila o columna)"), "Producción");
    await io.getByRole("checkbox", { name: "Empleo", exact: true }).waitFor();
    await io.getByRole("radio", { name: "Rasmussen (filas de la inversa de Leontief)" }).waitFor();
    const written = await runAnalysis(io, "Ejecutar el análisis insumo-producto", "Informe escrito en las hojas:");
    expect(written).toEqual(["Encadenamientos IP", "Matrices IP"]);
    await io.getByText(/^Sectores clave: Industrias manufactureras; /).waitFor();
    await guideScreenshot(page, "pane-io.es", io.locator(".."));

    const sheets = await fakeSheets(page);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "Brasil IP 2015", "Encadenamientos IP", "Matrices IP"]);
    const chart = sheets[2]!.charts[0]!;
    expect(chart.title).toBe("Sectores clave: encadenamientos hacia atrás y hacia adelante");
    expect(chart.series.map((s) => s.name)).toEqual(["Sectores", "Hacia atrás = 1", "Hacia adelante = 1"]);
    const spanish = brazilTable("es");
    const expected = ioByFunctions(brazilTable("en"));
    const sectorsEs = spanish.rows.map((r) => String(r[0]));
    expect(chart.series[0]!.labels).toEqual(sectorsEs);
    const x = chart.series[0]!.x ?? "";
    const backward = await fakeRange(page, "Encadenamientos IP", x.slice(x.lastIndexOf("!") + 1));
    expectClose(
      backward.values.map((r) => r[0] as number),
      expected.backward,
      1e-12,
    );

    const trade = await openSection(page, "Nichos comerciales");
    await samples.getByRole("button", { name: "Insertar el ejemplo de comercio latinoamericano" }).click();
    await samples.getByText("Insertada en la hoja Comercio ALC.").waitFor();
    await page.getByRole("button", { name: "Datos de ejemplo", exact: true }).click();
    await page.getByRole("button", { name: "Encadenamientos insumo-producto", exact: true }).click();
    await expectValue(trade.getByLabel("Tabla", { exact: true }), "SELA_LatAm_trade");
    await trade.getByRole("radio", { name: "Largo: una fila por país y producto" }).waitFor();
    await expect(trade.getByRole("radio", { name: "Una columna con el total mundial" }).isChecked()).resolves.toBe(
      true,
    );
    await trade.getByRole("combobox", { name: "País foco" }).fill("chl");
    const tradeSheets = await runAnalysis(trade, "Ejecutar nichos comerciales", "Informe escrito en las hojas:");
    expect(tradeSheets).toEqual(["Nichos comerciales"]);
    await trade.getByText(/^Principales nichos de chl: \d{4}/).waitFor();
    await trade.getByText(/^Productos con VCR ≥ 1: \d+\. TradeCAN necesita dos períodos/).waitFor();
    await guideScreenshot(page, "pane-trade.es", trade.locator(".."));
    await finish();
  }, 60_000);

  it("in the workbench: the EN/ES switch changes every label, and the Spanish download has Spanish sheets", async () => {
    const { page, finish } = await pane("none", "en-US");
    await page.getByRole("tab", { name: "Español" }).click();
    await page.getByRole("heading", { level: 1, name: "SELA Nichos" }).waitFor();
    for (const name of ["Archivo de trabajo", ...SECTIONS.es.slice(0, 3)]) {
      await page.getByRole("heading", { level: 2, name }).waitFor();
    }
    for (const name of SECTIONS.es.slice(3)) await expect(page.getByRole("heading", { name }).count()).resolves.toBe(0);
    const files = page.getByRole("region", { name: "Archivo de trabajo" });
    await files.getByLabel("Abrir .xlsx o .csv").waitFor({ state: "attached" });
    await files.getByRole("button", { name: "Usar datos de ejemplo" }).click();
    await files.getByText("Tablas de ejemplo agregadas: Brasil IP 2015, Comercio ALC.").waitFor();
    const io = page.getByRole("region", { name: "Encadenamientos insumo-producto" });
    const written = await runAnalysis(io, "Ejecutar el análisis insumo-producto", "Informe escrito en las hojas:");
    expect(written).toEqual(["Encadenamientos IP", "Matrices IP"]);
    await files.getByText("2 hojas de resultados listas: Encadenamientos IP, Matrices IP").waitFor();
    const file = await download(page, files.getByRole("button", { name: "Descargar resultados (.xlsx)" }));
    expect(file.name).toBe("sela-nichos-resultados.xlsx");
    await files.getByText("Se descargó sela-nichos-resultados.xlsx.").waitFor();
    const book = readWorkbook(file.bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(["Encadenamientos IP", "Matrices IP"]);
    const table = gridTable(
      sheetNamed(book.sheets, "Encadenamientos IP").cells,
      "Sector",
      "Multiplicador de producción",
    );
    expect(gridColumn(table, "Sector")).toEqual(brazilTable("es").rows.map((r) => String(r[0])));
    expectClose(
      numericColumn(table, "Multiplicador de producción"),
      ioByFunctions(brazilTable("en")).multiplier,
      1e-12,
    );

    await page.getByRole("tab", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "SELA Niches" }).waitFor();
    for (const name of ["Workbook file", ...SECTIONS.en.slice(0, 3)]) {
      await page.getByRole("heading", { level: 2, name }).waitFor();
    }
    await page
      .getByRole("region", { name: "Input-output linkages" })
      .getByRole("button", { name: "Run input-output analysis" })
      .waitFor();
    await page
      .getByRole("region", { name: "Workbook file" })
      .getByRole("button", { name: "Use sample data" })
      .waitFor();
    await finish();
  }, 60_000);
});
