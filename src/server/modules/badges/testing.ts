/**
 * Helpers for the badges, check-in, exports and privacy tests: print a batch and wait for it, read a delegate's
 * printed token and short code (what the QR code and the text under it carry), extract a PDF's text.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
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

/** The inflated content streams of a PDF (page contents: no /Type, /Subtype or /Length1 in their dictionary). */
function contentStreams(pdf: Buffer): string[] {
  const s = pdf.toString("latin1");
  const out: string[] = [];
  const re = /\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const dict = m[1]!;
    if (/\/(Type|Subtype|Length1)\b/.test(dict)) continue;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const raw = pdf.subarray(m.index + m[0].length, m.index + m[0].length + length);
    out.push((/\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw).toString("latin1"));
  }
  return out;
}

/**
 * Every glyph the PDF's text operators draw. Focal's fonts are all embedded as Identity-H CID fonts, so a string
 * shown by `Tj`/`TJ` is a run of 2-byte glyph ids of the embedded subset, where 0 is .notdef — the empty box a reader
 * sees when the font has no glyph for a character.
 */
export function pdfGlyphs(pdf: Buffer): { glyphs: number; notdef: number } {
  let glyphs = 0;
  let notdef = 0;
  for (const content of contentStreams(pdf)) {
    const shown = [
      ...[...content.matchAll(/\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\]\s*TJ/g)].map((m) => m[1]!),
      ...[...content.matchAll(/<([0-9a-fA-F]*)>\s*Tj/g)].map((m) => `<${m[1]!}>`),
    ];
    for (const operand of shown)
      for (const hex of operand.matchAll(/<([0-9a-fA-F]*)>/g)) {
        const codes = hex[1]!.match(/.{4}/g) ?? [];
        glyphs += codes.length;
        notdef += codes.filter((c) => c === "0000").length;
      }
  }
  return { glyphs, notdef };
}

/** The images a PDF draws, page by page, from poppler's pdfimages -list: size, encoding and the object drawn. */
export function pdfImages(pdf: Buffer): { page: number; width: number; height: number; enc: string; object: number }[] {
  return withFile(pdf, (file) =>
    execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        const f = l.trim().split(/\s+/);
        return {
          page: Number(f[0]),
          width: Number(f[3]),
          height: Number(f[4]),
          enc: f[8] ?? "",
          object: Number(f[10]),
        };
      }),
  );
}

/** The fonts embedded in a PDF, from poppler's pdffonts: base names without the subset prefix. */
export function pdfFonts(pdf: Buffer): string[] {
  return withFile(pdf, (file) =>
    execFileSync("pdffonts", [file], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, "")),
  );
}

export interface WordBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word poppler finds in a PDF, with its box on its page (pdftotext -bbox-layout), in points. */
export function pdfWords(pdf: Buffer): WordBox[] {
  const html = withFile(pdf, (file) =>
    execFileSync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", file, "-"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    }),
  );
  const words: WordBox[] = [];
  let page = 0;
  for (const p of html.split("<page ").slice(1)) {
    page++;
    const pageWidth = Number(/width="([\d.]+)"/.exec(p)![1]);
    const pageHeight = Number(/height="([\d.]+)"/.exec(p)![1]);
    for (const m of p.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    ))
      words.push({
        page,
        pageWidth,
        pageHeight,
        text: m[5]!,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
  }
  return words;
}

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-pdf-"));
  try {
    const file = path.join(dir, "f.pdf");
    fs.writeFileSync(file, pdf);
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
