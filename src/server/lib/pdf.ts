/**
 * PDF documents in every script the delegations write. pdfkit's built-in Helvetica has no Vietnamese glyphs, so
 * every document registers the faces of lib/fonts.ts — DejaVu Sans under the style names below for Latin and
 * Vietnamese, Noto Sans for Thai, Lao, Khmer, Myanmar, Tamil, Chinese, Japanese and Korean — and its `doc.text` splits
 * each string into runs by script, drawing each run with the face that has its glyphs. pdfkit embeds a subset of each
 * face used, with a ToUnicode map, so text stays searchable and `pdftotext` reads it back.
 */
import type PDFKitDocument from "pdfkit";
import { onFirstUse } from "./onFirstUse.js";
import { fitText, registerFonts, runAwareText, type Style } from "./fonts.js";

export type FontName = Style;

export interface PdfOptions {
  size: [number, number] | string;
  margin?: number;
  layout?: "portrait" | "landscape";
  title: string;
  /** Pages are added by the caller (badges set their own size on every page). */
  autoFirstPage?: boolean;
  /** Keep pages in memory so that page numbers can be written at the end (`numberPages`). */
  bufferPages?: boolean;
}

/** pdfkit, loaded with the first document rather than at start. */
const pdfkit = onFirstUse<typeof PDFKitDocument>("pdfkit");

/** A new document with every script's fonts registered, run-aware `text`, and the regular style selected. */
export function newPdf(opts: PdfOptions): PDFKit.PDFDocument {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: opts.size,
    margin: opts.margin ?? 40,
    layout: opts.layout ?? "portrait",
    autoFirstPage: opts.autoFirstPage ?? true,
    bufferPages: opts.bufferPages ?? false,
    info: { Title: opts.title, Author: "Focal", Creator: "Focal" },
    lang: "vi",
  });
  registerFonts(doc);
  runAwareText(doc);
  doc.font("regular");
  return doc;
}

/** Writes `label(n, total)` centred at the foot of every page (the document must buffer its pages). */
export function numberPages(doc: PDFKit.PDFDocument, label: (n: number, total: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fillColor("#666666");
    fitText(doc, label(i + 1, range.count), {
      style: "regular",
      x: doc.page.margins.left,
      y: doc.page.height - bottom / 2 - 4,
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      size: 8,
      minSize: 6,
      maxLines: 1,
      align: "center",
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Collects a document's bytes; call after everything is drawn (this ends the document). */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/** An RFC 6266 content-disposition value: an ASCII name plus the UTF-8 original. */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9._+-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
