/**
 * A small in-memory fake of the Excel object model, for tests of src/excel (and the pane and browser tests
 * that need a workbook): Excel.run, a request context that counts syncs and the cells sent per sync,
 * worksheets, ranges (values, formulas, numberFormat, valueTypes, formats, spills), tables, names, charts.
 *
 * Operations apply immediately (there is no queue); what matters for the gateway's contract is recorded
 * instead: every sync, the cells and estimated bytes sent before it, and every call that a test may want to
 * inspect. Typing rules are emulated where they matter for safety: a string written to `values` in a cell not
 * formatted as Text is coerced the way Excel coerces typed input (leading = + - @ → formula, number-looking
 * → number, date-looking → date serial, TRUE/FALSE → boolean, leading apostrophe → text).
 *
 * Failures are injected with {@link FakeExcel.failAtSync} (a RichApi-like error with a code).
 */

/** A cell of the fake. `value` is "" when blank; errors have `error: true` and the error text as value. */
export interface FakeCell {
  value: string | number | boolean;
  formula: string;
  error: boolean;
  numberFormat: string;
  /** True when the stored text came from a coercion the writer did not ask for (formula or number from text). */
  coerced: boolean;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borderBottom?: string;
}

/** One sync: what was sent since the previous one. */
export interface SyncRecord {
  readonly cells: number;
  readonly bytes: number;
}

/** An error shaped like OfficeExtension.Error. */
export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const ERRORS = new Set([
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#VALUE!",
  "#NULL!",
  "#REF!",
  "#NAME?",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
]);

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new FakeRichApiError("InvalidArgument", `bad address ${ref}`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRect(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a = "", b = a] = local.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(p.row - q.row) + 1,
    cols: Math.abs(p.col - q.col) + 1,
  };
}

export function rectAddress(r: Rect): string {
  const start = `${columnName(r.col)}${r.row + 1}`;
  const end = `${columnName(r.col + r.cols - 1)}${r.row + r.rows}`;
  return start === end ? start : `${start}:${end}`;
}

function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(r)}`;
}

function blankCell(): FakeCell {
  return { value: "", formula: "", error: false, numberFormat: "General", coerced: false };
}

/** A scalar property object: records sets, reads back. */
class Bag {
  [key: string]: unknown;
}

export class FakeChartPoint {
  readonly dataLabel = new Bag();
}

export class FakeChartSeries {
  name: string;
  chartType = "XYScatter";
  markerStyle = "Automatic";
  markerSize = 7;
  hasDataLabels = false;
  readonly dataLabels = new Bag();
  xValues: string | undefined;
  yValues: string | undefined;
  readonly pointList: FakeChartPoint[] = [];
  readonly points = {
    getItemAt: (i: number): FakeChartPoint => {
      while (this.pointList.length <= i) this.pointList.push(new FakeChartPoint());
      return this.pointList[i] as FakeChartPoint;
    },
  };
  readonly format = { line: new Bag() };
  constructor(name: string) {
    this.name = name;
  }
  setXAxisValues(range: FakeRange): void {
    this.xValues = range.address;
  }
  setValues(range: FakeRange): void {
    this.yValues = range.address;
  }
}

export class FakeChart {
  readonly title = new Bag();
  readonly legend = new Bag();
  readonly axes: {
    categoryAxis: { title: Bag; numberFormat?: string };
    valueAxis: { title: Bag; numberFormat?: string };
  } = { categoryAxis: { title: new Bag() }, valueAxis: { title: new Bag() } };
  readonly seriesList: FakeChartSeries[] = [];
  position: [string, string] | undefined;
  readonly series = {
    getItemAt: (i: number): FakeChartSeries => {
      const s = this.seriesList[i];
      if (!s) throw new FakeRichApiError("ItemNotFound", `no series ${i}`);
      return s;
    },
    add: (name?: string): FakeChartSeries => {
      const s = new FakeChartSeries(name ?? `Series${this.seriesList.length + 1}`);
      this.seriesList.push(s);
      return s;
    },
  };
  constructor(
    readonly type: string,
    source: FakeRange,
    readonly seriesBy: string,
  ) {
    const n = seriesBy === "Rows" ? source.rect.rows : source.rect.cols;
    for (let i = 0; i < n; i++) this.series.add(`Series${i + 1}`);
  }
  setPosition(start: string, end: string): void {
    this.position = [start, end];
  }
}

export class FakeTable {
  constructor(
    private readonly wb: FakeExcel,
    private tableName: string,
    readonly worksheet: FakeWorksheet,
    readonly rect: Rect,
  ) {}
  get name(): string {
    return this.tableName;
  }
  set name(v: string) {
    if (this.wb.tableNames().some((n) => n.toUpperCase() === v.toUpperCase() && n !== this.tableName)) {
      throw new FakeRichApiError("ItemAlreadyExists", `table name ${v} exists`);
    }
    this.tableName = v;
  }
  isNullObject = false;
  load(): this {
    return this;
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.wb, this.worksheet, { ...this.rect, rows: 1 });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.wb, this.worksheet, { ...this.rect, row: this.rect.row + 1, rows: this.rect.rows - 1 });
  }
  getRange(): FakeRange {
    return new FakeRange(this.wb, this.worksheet, this.rect);
  }
}

/** Style setters on a range write into its cells. */
function styleProxy(range: FakeRange, map: Record<string, keyof FakeCell>): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [prop, field] of Object.entries(map)) {
    Object.defineProperty(target, prop, {
      get: () => range.cellAt(0, 0)[field],
      set: (v: unknown) => {
        range.eachCell((c) => Object.assign(c, { [field]: v }));
      },
    });
  }
  return target;
}

export class FakeRange {
  isNullObject = false;
  readonly format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    borders: { getItem: (edge: string) => Record<string, unknown> };
    columnWidth: number;
    autofitColumns: () => void;
    autofitRows: () => void;
    wrapText: boolean;
    verticalAlignment: string;
  };

  constructor(
    private readonly wb: FakeExcel,
    readonly worksheet: FakeWorksheet,
    readonly rect: Rect,
    isNull = false,
  ) {
    this.isNullObject = isNull;
    // The format object's accessors need the range; arrow functions cannot be accessors.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    this.format = {
      font: styleProxy(this, { bold: "bold", italic: "italic", size: "size", color: "color" }),
      fill: styleProxy(this, { color: "fill" }),
      borders: {
        getItem: (edge: string) => {
          const bag: Record<string, unknown> = {};
          Object.defineProperty(bag, "style", {
            set: (v: string) => {
              if (edge === "EdgeBottom") range.eachCell((c) => (c.borderBottom = v));
            },
            get: () => range.cellAt(0, 0).borderBottom,
          });
          bag.weight = "Thin";
          return bag;
        },
      },
      get columnWidth(): number {
        return range.worksheet.columnWidths.get(range.rect.col) ?? 48;
      },
      set columnWidth(points: number) {
        for (let c = 0; c < range.rect.cols; c++) range.worksheet.columnWidths.set(range.rect.col + c, points);
      },
      autofitColumns: () => {
        range.worksheet.autofits.push(range.address);
      },
      autofitRows: () => {
        range.worksheet.rowAutofits.push(range.address);
      },
      wrapText: false,
      verticalAlignment: "Bottom",
    };
  }

  load(): this {
    this.wb.loads++;
    return this;
  }
  get address(): string {
    return qualified(this.worksheet.name, this.rect);
  }
  get rowIndex(): number {
    return this.rect.row;
  }
  get columnIndex(): number {
    return this.rect.col;
  }
  get rowCount(): number {
    return this.rect.rows;
  }
  get columnCount(): number {
    return this.rect.cols;
  }

  cellAt(r: number, c: number): FakeCell {
    return this.worksheet.cell(this.rect.row + r, this.rect.col + c);
  }
  eachCell(fn: (c: FakeCell, r: number, col: number) => void): void {
    for (let r = 0; r < this.rect.rows; r++) for (let c = 0; c < this.rect.cols; c++) fn(this.cellAt(r, c), r, c);
  }
  private grid<T>(fn: (c: FakeCell, r: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.cols; c++)
        row.push(fn(this.worksheet.peek(this.rect.row + r, this.rect.col + c), r, c));
      out.push(row);
    }
    return out;
  }
  private assign(
    input: unknown[][],
    prop: string,
    fn: (c: FakeCell, v: unknown, r: number, col: number) => void,
  ): void {
    if (!Array.isArray(input) || input.length !== this.rect.rows || input.some((r) => r.length !== this.rect.cols)) {
      throw new FakeRichApiError("InvalidArgument", `${prop}: array shape does not match ${this.address}`);
    }
    this.wb.sent(input);
    input.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) fn(this.worksheet.cell(this.rect.row + r, this.rect.col + c), v, r, c);
      });
    });
  }

  get values(): unknown[][] {
    return this.grid((c) => c.value);
  }
  set values(input: unknown[][]) {
    this.assign(input, "values", (cell, v, r, c) => {
      this.wb.typeInto(this.worksheet, this.rect.row + r, this.rect.col + c, cell, v);
    });
  }
  get formulas(): unknown[][] {
    return this.grid((c) => (c.formula !== "" ? c.formula : c.value));
  }
  set formulas(input: unknown[][]) {
    this.assign(input, "formulas", (cell, v, r, c) => {
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") {
        this.wb.enterFormula(this.worksheet, this.rect.row + r, this.rect.col + c, cell, v);
      } else {
        this.wb.typeInto(this.worksheet, this.rect.row + r, this.rect.col + c, cell, v);
      }
    });
  }
  get numberFormat(): unknown[][] {
    return this.grid((c) => c.numberFormat);
  }
  set numberFormat(input: unknown[][]) {
    this.assign(input, "numberFormat", (cell, v) => (cell.numberFormat = String(v)));
  }
  get valueTypes(): string[][] {
    return this.grid((c) => {
      if (c.error) return "Error";
      if (c.value === "") return "Empty";
      if (typeof c.value === "number") return "Double";
      if (typeof c.value === "boolean") return "Boolean";
      return "String";
    });
  }
  get text(): string[][] {
    return this.grid((c) => String(c.value));
  }

  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.wb, this.worksheet, { row: this.rect.row + r, col: this.rect.col + c, rows: 1, cols: 1 });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.wb, this.worksheet, {
      ...this.rect,
      rows: this.rect.rows + dr,
      cols: this.rect.cols + dc,
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.wb, this.worksheet, { ...this.rect, row: this.rect.row + i, rows: 1 });
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    const a = this.rect;
    const b = other.rect;
    const row = Math.max(a.row, b.row);
    const col = Math.max(a.col, b.col);
    const end = Math.min(a.row + a.rows, b.row + b.rows);
    const endC = Math.min(a.col + a.cols, b.col + b.cols);
    if (other.isNullObject || end <= row || endC <= col) return new FakeRange(this.wb, this.worksheet, a, true);
    return new FakeRange(this.wb, this.worksheet, { row, col, rows: end - row, cols: endC - col });
  }
  getSpillingToRangeOrNullObject(): FakeRange {
    const spill = this.worksheet.spills.get(`${this.rect.row},${this.rect.col}`);
    if (!spill || this.rect.rows !== 1 || this.rect.cols !== 1)
      return new FakeRange(this.wb, this.worksheet, this.rect, true);
    return new FakeRange(this.wb, this.worksheet, { row: this.rect.row, col: this.rect.col, ...spill });
  }
  getSpillParentOrNullObject(): FakeRange {
    for (const [key, s] of this.worksheet.spills) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      if (
        this.rect.row >= row &&
        this.rect.row < row + s.rows &&
        this.rect.col >= col &&
        this.rect.col < col + s.cols
      ) {
        return new FakeRange(this.wb, this.worksheet, { row, col, rows: 1, cols: 1 });
      }
    }
    return new FakeRange(this.wb, this.worksheet, this.rect, true);
  }
}

export class FakeWorksheet {
  isNullObject = false;
  visibility = "Visible";
  readonly cells = new Map<string, FakeCell>();
  readonly spills = new Map<string, { rows: number; cols: number }>();
  readonly columnWidths = new Map<number, number>();
  readonly autofits: string[] = [];
  readonly rowAutofits: string[] = [];
  readonly chartList: FakeChart[] = [];
  frozenRows: number | undefined;
  /** Columns repeated on printed pages (ExcelApi 1.9 pageLayout.setPrintTitleColumns). */
  printTitleColumns: string | undefined;
  readonly pageLayout = {
    setPrintTitleColumns: (columns: string) => {
      this.printTitleColumns = columns;
    },
  };
  readonly freezePanes = {
    freezeRows: (n?: number) => {
      this.frozenRows = n ?? 1;
    },
  };
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy = "Auto"): FakeChart => {
      const chart = new FakeChart(type, source, seriesBy);
      this.chartList.push(chart);
      return chart;
    },
  };
  readonly tables = {
    add: (address: FakeRange | string, hasHeaders: boolean): FakeTable => {
      const rect = typeof address === "string" ? parseRect(address) : address.rect;
      if (!hasHeaders) throw new Error("fake supports hasHeaders=true only");
      const table = new FakeTable(this.wb, `Table${this.wb.tableList.length + 1}`, this, rect);
      this.wb.tableList.push(table);
      return table;
    },
  };

  constructor(
    private readonly wb: FakeExcel,
    public name: string,
    isNull = false,
  ) {
    this.isNullObject = isNull;
  }
  load(): this {
    return this;
  }
  key(r: number, c: number): string {
    return `${r},${c}`;
  }
  /** The cell, created on demand. */
  cell(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = blankCell();
      this.cells.set(k, cell);
    }
    return cell;
  }
  /** The cell without creating it. */
  peek(r: number, c: number): FakeCell {
    return this.cells.get(this.key(r, c)) ?? blankCell();
  }
  /** Seeds a cell's content directly (no coercion). */
  set(address: string, value: string | number | boolean, formula = "", error = false): void {
    const { row, col } = parseCell(address);
    Object.assign(this.cell(row, col), { value, formula, error });
  }
  /** The value at an A1 address. */
  get(address: string): FakeCell {
    const { row, col } = parseCell(address);
    return this.peek(row, col);
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return this.getUsedRangeOrNullObject();
    return new FakeRange(this.wb, this, parseRect(address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new FakeRichApiError("InvalidArgument", "empty range");
    return new FakeRange(this.wb, this, { row, col, rows, cols });
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRangeOrNullObject(): FakeRange {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && cell.formula === "") continue;
      const [r, c] = k.split(",").map(Number) as [number, number];
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) return new FakeRange(this.wb, this, { row: 0, col: 0, rows: 1, cols: 1 }, true);
    return new FakeRange(this.wb, this, { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  activate(): void {
    this.wb.activeSheet = this;
  }
  delete(): void {
    this.wb.deleteSheet(this);
  }
  /** Values of the used range, for assertions ("" blanks). */
  dump(): unknown[][] {
    const used = this.getUsedRangeOrNullObject();
    return used.isNullObject ? [] : used.values;
  }
}

/** The fake workbook and its Excel.run. */
export class FakeExcel {
  readonly sheetList: FakeWorksheet[] = [];
  readonly tableList: FakeTable[] = [];
  readonly definedNames: string[] = [];
  activeSheet: FakeWorksheet | undefined;
  selection: FakeRange | undefined;
  /** Completed syncs and what each sent. */
  readonly syncs: SyncRecord[] = [];
  loads = 0;
  calcSuspensions = 0;
  runs = 0;
  /** When true, SELA formulas evaluate (the add-in is loaded); otherwise they show #NAME?. */
  addinLoaded = true;
  /** Formulas entered through the API, in order (sheet!address, formula). */
  readonly entered: { address: string; formula: string }[] = [];
  private pendingCells = 0;
  private pendingBytes = 0;
  private failures = new Map<number, string>();

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = this.sheetList[0];
    if (this.activeSheet) this.selection = this.activeSheet.getRange("A1");
  }

  addSheet(name: string): FakeWorksheet {
    if (this.sheetList.some((s) => s.name.toUpperCase() === name.toUpperCase())) {
      throw new FakeRichApiError("ItemAlreadyExists", `a sheet named ${name} exists`);
    }
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name === "") {
      throw new FakeRichApiError("InvalidArgument", `invalid sheet name ${name}`);
    }
    const sheet = new FakeWorksheet(this, name);
    this.sheetList.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeWorksheet {
    const s = this.sheetList.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }
  deleteSheet(sheet: FakeWorksheet): void {
    const i = this.sheetList.indexOf(sheet);
    if (i >= 0) this.sheetList.splice(i, 1);
    for (let t = this.tableList.length - 1; t >= 0; t--)
      if (this.tableList[t]?.worksheet === sheet) this.tableList.splice(t, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheetList[0];
  }
  tableNames(): string[] {
    return this.tableList.map((t) => t.name);
  }
  /** Selects an address on a sheet (`"B2:C4"`). */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.activeSheet = s;
    this.selection = s.getRange(address);
  }
  /** Makes the nth sync from now (1 = the next) reject with a RichApi-like error of this code. */
  failAtSync(n: number, code = "GeneralException"): void {
    this.failures.set(this.syncs.length + n, code);
  }

  /** Records a 2-D array sent to Excel (cells and JSON bytes). */
  sent(input: unknown[][]): void {
    this.pendingCells += input.reduce((s, r) => s + r.length, 0);
    this.pendingBytes += JSON.stringify(input).length;
  }

  /** Excel's typing rules, as far as the tests need them. */
  typeInto(sheet: FakeWorksheet, row: number, col: number, cell: FakeCell, v: unknown): void {
    this.clearSpill(sheet, row, col);
    cell.formula = "";
    cell.error = false;
    cell.coerced = false;
    if (typeof v !== "string") {
      cell.value = v as number | boolean;
      return;
    }
    if (cell.numberFormat === "@") {
      cell.value = v;
      return;
    }
    if (v.startsWith("'")) {
      cell.value = v.slice(1);
      return;
    }
    if (/^[=+\-@]/.test(v)) {
      cell.coerced = true;
      this.enterFormula(sheet, row, col, cell, v.startsWith("=") ? v : `=${v}`);
      return;
    }
    if (ERRORS.has(v)) {
      cell.value = v;
      cell.error = true;
      return;
    }
    if (/^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?%?\s*$/i.test(v)) {
      cell.coerced = true;
      cell.value = Number(v.replace(/[,%\s]/g, ""));
      return;
    }
    if (/^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(v)) {
      cell.coerced = true;
      cell.value = 45000;
      return;
    }
    if (/^(TRUE|FALSE)$/i.test(v)) {
      cell.coerced = true;
      cell.value = v.toUpperCase() === "TRUE";
      return;
    }
    cell.value = v;
  }

  /** Enters a formula and evaluates it the way the tests need. */
  enterFormula(sheet: FakeWorksheet, row: number, col: number, cell: FakeCell, f: string): void {
    this.clearSpill(sheet, row, col);
    cell.formula = f;
    this.entered.push({ address: qualified(sheet.name, { row, col, rows: 1, cols: 1 }), formula: f });
    const literal = /^=(#[A-Z0-9/!?]+)$/.exec(f);
    cell.error = false;
    if (f === "=NA()") Object.assign(cell, { value: "#N/A", error: true });
    else if (literal && ERRORS.has(literal[1] as string)) Object.assign(cell, { value: literal[1], error: true });
    else if (/SELA\./i.test(f)) {
      if (this.addinLoaded) cell.value = 1;
      else Object.assign(cell, { value: "#NAME?", error: true });
    } else if (/^=[+-]?\d/.test(f)) cell.value = Number(f.slice(1));
    else Object.assign(cell, { value: "#NAME?", error: true });
  }

  private clearSpill(sheet: FakeWorksheet, row: number, col: number): void {
    sheet.spills.delete(`${row},${col}`);
  }

  /** The request context handed to batches. */
  readonly context = {
    workbook: {
      worksheets: {
        items: [] as FakeWorksheet[],
        load: (): void => {
          this.context.workbook.worksheets.items = [...this.sheetList];
        },
        add: (name?: string): FakeWorksheet => this.addSheet(name ?? `Sheet${this.sheetList.length + 1}`),
        getItem: (name: string): FakeWorksheet => {
          const s = this.sheetList.find((x) => x.name.toUpperCase() === name.toUpperCase());
          if (!s) throw new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist`);
          return s;
        },
        getItemOrNullObject: (name: string): FakeWorksheet =>
          this.sheetList.find((x) => x.name.toUpperCase() === name.toUpperCase()) ??
          new FakeWorksheet(this, name, true),
        getActiveWorksheet: (): FakeWorksheet => {
          if (!this.activeSheet) throw new FakeRichApiError("ItemNotFound", "no active sheet");
          return this.activeSheet;
        },
      },
      tables: {
        items: [] as FakeTable[],
        load: (): void => {
          this.context.workbook.tables.items = [...this.tableList];
        },
        getItemOrNullObject: (name: string): FakeTable | { isNullObject: true } =>
          this.tableList.find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? { isNullObject: true },
      },
      names: {
        items: [] as { name: string }[],
        load: (): void => {
          this.context.workbook.names.items = this.definedNames.map((name) => ({ name }));
        },
      },
      getSelectedRange: (): FakeRange => {
        if (!this.selection) throw new FakeRichApiError("InvalidSelection", "no selection");
        return this.selection;
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: (): void => {
        this.calcSuspensions++;
      },
    },
    sync: async (): Promise<void> => {
      await Promise.resolve();
      const n = this.syncs.length + 1;
      const failure = this.failures.get(n);
      this.syncs.push({ cells: this.pendingCells, bytes: this.pendingBytes });
      this.pendingCells = 0;
      this.pendingBytes = 0;
      if (failure !== undefined) {
        this.failures.delete(n);
        throw new FakeRichApiError(failure, `fake failure at sync ${n}`);
      }
    },
  };

  /** Excel.run with or without options. */
  readonly run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    this.runs++;
    const batch = (typeof a === "function" ? a : b) as (context: unknown) => Promise<T>;
    return batch(this.context);
  };

  /** The gateway host for createOfficeGateway (ExcelApi sets up to `maxMinor`, e.g. 12 for 1.12). */
  host(maxMinor = 12): {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
    supports: (v: string) => boolean;
  } {
    return {
      run: (batch) => this.run(batch),
      supports: (v) => Number(v.split(".")[1]) <= maxMinor,
    };
  }

  /** Installs this fake as the global `Excel` (for code that calls Excel.run directly). */
  install(): void {
    (globalThis as { Excel?: unknown }).Excel = { run: this.run };
  }
}
