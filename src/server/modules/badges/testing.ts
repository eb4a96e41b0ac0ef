/**
 * Helpers for the badges, check-in, exports and privacy tests: print a batch and wait for it, read a delegate's
 * printed token and short code (what the QR code and the text under it carry), extract a PDF's text.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import type { TestApp } from "../../test/harness.js";
import { activeBadges, badgeCredentials } from "./service.js";

export type Headers = Record<string, string>;

export interface JobView {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  total: number;
  done: number;
  skipped: { delegateId: string; fullName: string; reason: string }[];
  error: string | null;
  downloadUrl: string | null;
  fileName: string | null;
}

/** Queues a batch and polls it until it is done; returns the job and the PDF bytes. */
export async function printBadges(
  t: TestApp,
  headers: Headers,
  meetingId: string,
  body: { size: "a6" | "card"; delegationId?: string; delegateIds?: string[] },
): Promise<{ job: JobView; pdf: Buffer }> {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/meetings/${meetingId}/badge-jobs`,
    headers,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(202);
  let job = res.json() as JobView;
  for (let i = 0; i < 600 && (job.status === "queued" || job.status === "running"); i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await t.app.inject({ method: "GET", url: `/api/badge-jobs/${job.id}`, headers })).json() as JobView;
  }
  expect(job.status, job.error ?? "").toBe("done");
  const file = await t.app.inject({ method: "GET", url: job.downloadUrl!, headers });
  expect(file.statusCode).toBe(200);
  expect(file.headers["content-type"]).toBe("application/pdf");
  return { job, pdf: file.rawPayload };
}

/** The token and short code printed on a delegate's active badge. */
export async function printedBadge(
  t: TestApp,
  delegateId: string,
): Promise<{ token: string; code: string; badgeId: string }> {
  const badge = (await activeBadges(t.ctx.db, [delegateId])).get(delegateId);
  if (!badge) throw new Error(`no active badge for ${delegateId}`);
  return { ...(await badgeCredentials(t.ctx.db, badge)), badgeId: badge.id };
}

/** The text of a PDF, through poppler's pdftotext (what a reader gets), with runs of white space as one space. */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-pdf-"));
  try {
    const file = path.join(dir, "f.pdf");
    fs.writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
      .normalize("NFC")
      .replace(/\s+/g, " ");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Number of pages, from pdfinfo. */
export function pdfPages(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-pdf-"));
  try {
    const file = path.join(dir, "f.pdf");
    fs.writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders one page with pdftoppm and reads its QR code with jsQR, as a phone camera would. */
export async function qrOnPage(pdf: Buffer, page: number): Promise<string | null> {
  const { default: jsQR } = await import("jsqr");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-pdf-"));
  try {
    const file = path.join(dir, "f.pdf");
    fs.writeFileSync(file, pdf);
    execFileSync("pdftoppm", [
      "-r",
      "200",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      file,
      path.join(dir, "p"),
    ]);
    const ppm = fs.readFileSync(path.join(dir, "p.ppm"));
    // P6 header: "P6\n<w> <h>\n255\n" then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
    if (!header) throw new Error("not a PPM");
    const [w, h] = [Number(header[1]), Number(header[2])];
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      rgba[i * 4] = rgb[i * 3]!;
      rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
      rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
      rgba[i * 4 + 3] = 255;
    }
    return jsQR(rgba, w, h)?.data ?? null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
