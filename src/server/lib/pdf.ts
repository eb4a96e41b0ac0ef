/**
 * PDF documents with Vietnamese text. pdfkit's built-in Helvetica has no Vietnamese glyphs (ạ, ệ, ử come out
 * garbled), so every document registers DejaVu Sans (TrueType, shipped by the pinned npm package dejavu-fonts-ttf)
 * under the names below and uses only those. pdfkit embeds a subset with a ToUnicode map, so text stays searchable
 * and `pdftotext` reads it back.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);

const fontFiles = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  condensed: "DejaVuSansCondensed.ttf",
  condensedBold: "DejaVuSansCondensed-Bold.ttf",
} as const;

export type FontName = keyof typeof fontFiles;

let fontBytes: Record<FontName, Buffer> | null = null;

/** The font files, read once per process. */
function fonts(): Record<FontName, Buffer> {
  if (!fontBytes) {
    const dir = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
    fontBytes = Object.fromEntries(
      Object.entries(fontFiles).map(([name, file]) => [name, fs.readFileSync(dir + file)]),
    ) as Record<FontName, Buffer>;
  }
  return fontBytes;
}

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

/** A new document with the Vietnamese-capable fonts registered and the regular one selected. */
export function newPdf(opts: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: opts.size,
    margin: opts.margin ?? 40,
    layout: opts.layout ?? "portrait",
    autoFirstPage: opts.autoFirstPage ?? true,
    bufferPages: opts.bufferPages ?? false,
    info: { Title: opts.title, Author: "Focal", Creator: "Focal" },
    lang: "vi",
  });
  for (const [name, bytes] of Object.entries(fonts())) doc.registerFont(name, bytes);
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
    doc
      .font("regular")
      .fontSize(8)
      .fillColor("#666666")
      .text(label(i + 1, range.count), 0, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width,
        align: "center",
        lineBreak: false,
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
