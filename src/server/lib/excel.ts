import type ExcelJS from "exceljs";

/**
 * A new workbook. exceljs takes ~0.4 s to load, so it is loaded by the first spreadsheet a process writes or reads,
 * not at every start (issue 15: start in 3 s).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: lib } = await import("exceljs");
  return new lib.Workbook();
}
