/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection", issue 11 item 6, decision 020): a cell whose text
 * begins with `=`, `+`, `-` or `@` is read as a formula by Excel and LibreOffice when the file is opened or the cell
 * is edited (`=HYPERLINK(…)` sends the reader somewhere, `=1+1` shows 2, a phone `+84-24-3825` is subtracted), and
 * a leading tab or carriage return hides such a start. Every text Focal writes into an xlsx or a CSV goes through
 * `safeCell`, which prefixes those with a single quote: the reader sees the text as typed, after a quote, and
 * nothing evaluates. Numbers, dates and empty cells are left as they are.
 */
import type { Workbook } from "exceljs";

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's value with formula-like text neutralised by a leading `'`; other values unchanged. */
export function safeCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A row of cells, each through `safeCell`. */
export function safeRow<T>(values: readonly T[]): (T | string)[] {
  return values.map(safeCell);
}

/**
 * Every text cell of a workbook through `safeCell`, just before it is written: one call per export covers the
 * headers, the rows and the notes sheet, whatever code filled them.
 */
export function safeWorkbook(wb: Workbook): void {
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = safeCell(cell.value);
      }),
    ),
  );
}
