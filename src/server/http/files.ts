import type { FastifyReply } from "fastify";
import { attachment } from "../lib/pdf.js";

/** A file a route hands to the browser to save: an export, a Word document, an attachment. */
export interface DownloadFile {
  body: Buffer | string;
  fileName: string;
  contentType: string;
}

/** Sends a file as a download (RFC 6266 name, never cached: the caller's rights may change). */
export function sendFile<R extends FastifyReply>(reply: R, file: DownloadFile): R {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", attachment(file.fileName))
    .header("cache-control", "no-store")
    .send(file.body) as R;
}
