/**
 * Test helpers of the documents module: a sample outbound delegation (seed 002's archives cooperation with France;
 * people other than the Ministry's leaders are sample data), LibreOffice converting files headless, and reading a
 * .docx's main part back.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import type { DelegationFacts } from "./templates.js";

const run = promisify(execFile);

export function sampleDelegation(): DelegationFacts {
  return {
    title: "Đoàn công tác làm việc với Lưu trữ Quốc gia Pháp về hợp tác lưu trữ song phương",
    unitName: "Cục Văn thư và Lưu trữ nhà nước",
    countries: ["Cộng hòa Pháp"],
    partners: [
      "Lưu trữ Quốc gia Pháp",
      "Cơ quan Lưu trữ liên bộ Pháp (Service interministériel des Archives de France)",
    ],
    from: "2026-03-09",
    to: "2026-03-15",
    purpose:
      "Trao đổi kinh nghiệm về số hóa tài liệu lưu trữ và bảo quản tài liệu quý, hiếm; thống nhất kế hoạch hợp tác " +
      "giai đoạn 2026 - 2028",
    expectedResults: "Ký Biên bản ghi nhớ về hợp tác giai đoạn 2026 - 2028",
    leader: { name: "Vũ Chiến Thắng", rank: "Thứ trưởng Bộ Nội vụ" },
    members: [
      { name: "Nguyễn Văn An (dữ liệu mẫu)", position: "Cục trưởng", unit: "Cục Văn thư và Lưu trữ nhà nước" },
      { name: "Trần Thị Bình (dữ liệu mẫu)", position: "Chuyên viên chính", unit: "Vụ Hợp tác quốc tế" },
    ],
    fundingSource: "Ngân sách nhà nước năm 2026 cấp cho Cục Văn thư và Lưu trữ nhà nước",
    fundingEstimate: 385_000_000,
    inPlan: false,
    outOfPlanReason: "Phía Pháp mời sau khi Kế hoạch năm 2026 đã được phê duyệt",
    needsPrimeMinisterPermission: true,
    proposalReference: "Công văn số 45/VTLTNN-HTQT ngày 02/02/2026 của Cục Văn thư và Lưu trữ nhà nước",
  };
}

/**
 * Converts files with LibreOffice headless (`soffice --convert-to <format>`) in one run (its start is the slow
 * part), with a throw-away profile, and returns the folder the results are in (`<name>.<ext>`).
 */
export async function convertWithLibreOffice(files: string[], format: string, outDir: string): Promise<string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "focal-soffice-"));
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...files,
      ],
      { timeout: 240_000 },
    );
  } catch (e) {
    throw new Error(
      `LibreOffice (soffice; Debian's libreoffice-writer-nogui for .docx) did not convert ${files.join(", ")}: ` +
        (e as Error).message,
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return outDir;
}

/** A PDF's text (poppler's pdftotext, layout kept), one string per page. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { maxBuffer: 16 << 20 });
  return stdout.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
}

/** The parts of a .docx (`word/document.xml`, `word/styles.xml`, …) as text. */
export async function docxParts(buf: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f && /\.(xml|rels)$/.test(name)) out.set(name, await f.async("string"));
  }
  return out;
}

export interface DocxRun {
  text: string;
  /** The run's properties as written (`<w:rPr>…</w:rPr>`), "" when it has none. */
  props: string;
}
export interface DocxParagraph {
  text: string;
  props: string;
  runs: DocxRun[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The paragraphs of a WordprocessingML part, each with its text, its properties and its runs. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const p of xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)) {
    const inner = p[1] ?? p[2] ?? "";
    const props = /<w:pPr>(.*?)<\/w:pPr>/s.exec(inner)?.[1] ?? "";
    const runs: DocxRun[] = [];
    for (const r of inner.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const body = r[1] ?? "";
      const text = [...body.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map((m) => unescape(m[1] ?? "")).join("");
      runs.push({ text, props: /<w:rPr>(.*?)<\/w:rPr>/s.exec(body)?.[1] ?? "" });
    }
    out.push({ text: runs.map((r) => r.text).join(""), props, runs });
  }
  return out;
}
