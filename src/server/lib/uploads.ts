/**
 * Uploaded files as every module checks them (the cooperation register's attachments, the committee's task files):
 * the type is taken from the file's first bytes, never from its name, and the name is made safe for a header.
 */
import { clean } from "../../shared/text.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The file's type from its first bytes: PDF, Word or Excel (docx and xlsx are zips, told apart by their parts;
 * doc an OLE file), JPEG, PNG; else null.
 */
export function sniffMime(b: Buffer): string | null {
  if (b.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return b.includes("xl/", 0, "latin1") && !b.includes("word/", 0, "latin1") ? XLSX : DOCX;
  if (b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    return "application/msword";
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  return null;
}

/** A file name safe in a header: no path, no control characters. */
export function safeFileName(name: string): string {
  const base = [...clean(name.split(/[\\/]/).pop() ?? "")].filter((c) => c >= " " && c !== '"').join("");
  return base.slice(0, 200) || "file";
}
