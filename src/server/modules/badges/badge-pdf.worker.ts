/**
 * The badge batch's PDF, drawn in a worker thread so that the API's event loop stays free while a thousand badges
 * are laid out (jobs.ts starts one per batch with `startWorker`). The job's thread sends the badges' faces in small
 * groups (photos as the stored JPEG bytes, moved, not copied) and gets back `drawn` counts for its progress and the
 * PDF in pieces of about a megabyte as pdfkit writes it, which it stores at once — so neither thread ever holds the
 * whole file. Photos are embedded as they are stored (JPEG: DCT, not decoded), each once per document (by its etag);
 * fonts are read once per worker and each face parsed once per document.
 */
import { parentPort, workerData } from "node:worker_threads";
import { newPdf } from "../../lib/pdf.js";
import { drawBadge, type BadgeFace } from "./layout.js";
import type { BadgeSize } from "./schema.js";

/** A face as it crosses threads: the photo's bytes arrive as a Uint8Array. */
export type WireFace = Omit<BadgeFace, "photo"> & {
  photo: { bytes: Uint8Array<ArrayBuffer>; contentType: string; key: string } | null;
};

export interface PdfWorkerData {
  size: BadgeSize;
  title: string;
}

/** From the job to the worker. */
export type ToWorker = { type: "faces"; faces: WireFace[] } | { type: "end" };

/** From the worker to the job. */
export type FromWorker =
  | { type: "drawn"; count: number }
  | { type: "data"; bytes: Uint8Array<ArrayBuffer> }
  | { type: "end"; pages: number }
  | { type: "error"; message: string };

const CHUNK = 256 * 1024;

function isPdfWorkerData(x: unknown): x is PdfWorkerData {
  return typeof x === "object" && x !== null && "size" in x && "title" in x;
}

function run(port: NonNullable<typeof parentPort>, data: PdfWorkerData) {
  const send = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const doc = newPdf({ size: "A6", title: data.title, autoFirstPage: false });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (!pendingBytes) return;
    const joined = Buffer.concat(pending, pendingBytes);
    // A fresh ArrayBuffer of exactly the piece, moved to the other thread.
    const bytes = new Uint8Array(joined.buffer, joined.byteOffset, joined.length).slice();
    pending = [];
    pendingBytes = 0;
    send({ type: "data", bytes }, [bytes.buffer]);
  };
  doc.on("data", (c: Buffer) => {
    pending.push(c);
    pendingBytes += c.length;
    if (pendingBytes >= CHUNK) flush();
  });
  let pages = 0;
  doc.on("end", () => {
    flush();
    send({ type: "end", pages });
  });
  /** Each photo embedded once per document, by its key. */
  const images = new Map<string, PDFKit.OpenedImage>();
  port.on("message", (m: ToWorker) => {
    try {
      if (m.type === "end") {
        doc.end();
        return;
      }
      for (const f of m.faces) {
        let photo: BadgeFace["photo"] = null;
        if (f.photo) {
          const bytes = Buffer.from(f.photo.bytes.buffer, f.photo.bytes.byteOffset, f.photo.bytes.byteLength);
          let image = images.get(f.photo.key);
          if (!image) {
            try {
              image = doc.openImage(bytes);
              images.set(f.photo.key, image);
            } catch {
              // A photo pdfkit cannot read (a CMYK JPEG stored before normalisation): the silhouette instead.
            }
          }
          photo = image ? { bytes, contentType: f.photo.contentType, image } : null;
        }
        drawBadge(doc, data.size, { ...f, photo });
        pages++;
      }
      send({ type: "drawn", count: m.faces.length });
    } catch (err) {
      send({ type: "error", message: err instanceof Error ? err.message : String(err) });
    }
  });
}

if (parentPort && isPdfWorkerData(workerData)) run(parentPort, workerData);
