import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { newWorkbook } from "../../lib/excel.js";
import { safeWorkbook } from "../../lib/safeCell.js";
import type { Lang } from "../../../shared/errors.js";
import type { PlanStatus } from "../../../shared/workplans.js";
import { countryName } from "./countries.js";
import {
  activityKindWords as kindLabel,
  activityStatusWords as statusLabel,
  onTrackJudgementWords as judgementLabel,
} from "../../../shared/vocabulary.js";
import { dmy } from "../../../shared/dates.js";
import { docText, onTrackRule } from "./labels.js";
import type { Review } from "./review.js";
import { today } from "./rows.js";

/** Meeting reports list statuses from the most advanced (seed 001: completed, ongoing, planned). */
const documentOrder: PlanStatus[] = ["completed", "ongoing", "planned", "cancelled"];

export interface ExportInput {
  plan: { code: string; titleVi: string; titleEn: string; periodStart: string; periodEnd: string };
  review: Review;
  snapshotName: string | null;
  lang: Lang;
}

export interface ExportFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

const t = (k: keyof typeof docText, lang: Lang) => docText[k][lang];

function title(input: ExportInput): string {
  return input.lang === "en" ? input.plan.titleEn : input.plan.titleVi;
}

function rowsOf(review: Review) {
  return documentOrder.map((s) => review.byStatus.find((x) => x.status === s) ?? { status: s, count: 0, percent: 0 });
}

function activityTitle(a: { titleVi: string | null; titleEn: string }, lang: Lang) {
  return lang === "vi" ? (a.titleVi ?? a.titleEn) : a.titleEn;
}

/** ASCII file name: `ACCSM-plus-3-review-2022-08-03.docx`. */
function fileName(input: ExportInput, ext: string): string {
  const code = input.plan.code.replace(/\+/g, "-plus-").replace(/[^A-Za-z0-9-]+/g, "-");
  return `${code}-review-${input.review.asOf}.${ext}`;
}

function cell(text: string, opts: { bold?: boolean; align?: "left" | "right" | "center"; width?: number } = {}) {
  const alignment =
    opts.align === "right" ? AlignmentType.RIGHT : opts.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: [new Paragraph({ alignment, children: [new TextRun({ text, bold: opts.bold })] })],
  });
}

/** The review as a Word meeting document: title, as-of date, the counts and shares table, the judgement, an annex. */
export async function reviewDocx(input: ExportInput): Promise<ExportFile> {
  const { review, lang } = input;
  const summary = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(t("status", lang), { bold: true, width: 50 }),
          cell(t("count", lang), { bold: true, align: "right", width: 25 }),
          cell(t("share", lang), { bold: true, align: "right", width: 25 }),
        ],
      }),
      ...rowsOf(review).map(
        (r) =>
          new TableRow({
            children: [
              cell(statusLabel[r.status][lang]),
              cell(String(r.count), { align: "right" }),
              cell(`${r.percent}%`, { align: "right" }),
            ],
          }),
      ),
      new TableRow({
        children: [
          cell(t("total", lang), { bold: true }),
          cell(String(review.total), { bold: true, align: "right" }),
          cell(review.total ? "100%" : "0%", { bold: true, align: "right" }),
        ],
      }),
    ],
  });
  const annex = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(t("no", lang), { bold: true, width: 6 }),
          cell(t("code", lang), { bold: true, width: 14 }),
          cell(t("activity", lang), { bold: true, width: 46 }),
          cell(t("leads", lang), { bold: true, width: 16 }),
          cell(t("status", lang), { bold: true, width: 18 }),
        ],
      }),
      ...review.activities.map(
        (a, i) =>
          new TableRow({
            children: [
              cell(String(i + 1), { align: "right" }),
              cell(a.code ?? "—"),
              cell(activityTitle(a, lang)),
              cell(a.leads.map((c) => countryName(c, lang)).join(", ")),
              cell(statusLabel[a.status][lang]),
            ],
          }),
      ),
    ],
  });
  const p = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...opts })] });
  const doc = new Document({
    creator: "Focal",
    title: `${title(input)} — ${t("asOf", lang)} ${dmy(review.asOf)}`,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title(input), bold: true, font: "Times New Roman", size: 32 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [
              new TextRun({ text: `${t("review", lang)} — ${t("asOf", lang)} ${dmy(review.asOf)}`, bold: true }),
            ],
          }),
          ...(input.snapshotName ? [p(`${t("snapshot", lang)}: ${input.snapshotName}`, { italics: true })] : []),
          p(`${t("period", lang)}: ${dmy(review.periodStart)} – ${dmy(review.periodEnd)}`),
          summary,
          p(""),
          p(
            `${t("completedOrOngoing", lang)}: ${review.completedOrOngoing.count} (${review.completedOrOngoing.percent}%)`,
          ),
          p(`${t("proposals", lang)}: ${review.proposals}`),
          p(
            `${t("judgement", lang)}: ${judgementLabel[review.onTrack.judgement][lang]} — ` +
              `${t("completedOrOngoing", lang)} ${review.onTrack.completedOrOngoingShare}%, ` +
              `${t("elapsed", lang)} ${review.onTrack.elapsedShare}%.`,
            { bold: true },
          ),
          p(onTrackRule[lang], { italics: true }),
          p(t("rounding", lang), { italics: true }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: t("annex", lang) })] }),
          annex,
          p(""),
          p(`${t("generated", lang)} ${dmy(today())}`, { italics: true }),
        ],
      },
    ],
  });
  return {
    body: await Packer.toBuffer(doc),
    fileName: fileName(input, "docx"),
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  };
}

/** The review as an Excel workbook: a summary sheet with the table and judgement, and a sheet of activities. */
export async function reviewXlsx(input: ExportInput): Promise<ExportFile> {
  const { review, lang } = input;
  const wb = await newWorkbook();
  wb.creator = "Focal";
  const ws = wb.addWorksheet(t("reviewSheet", lang));
  ws.columns = [{ width: 48 }, { width: 22 }, { width: 12 }];
  ws.addRow([title(input)]).font = { bold: true, size: 14 };
  ws.addRow([`${t("review", lang)} — ${t("asOf", lang)} ${dmy(review.asOf)}`]).font = { bold: true };
  if (input.snapshotName) ws.addRow([`${t("snapshot", lang)}: ${input.snapshotName}`]);
  ws.addRow([`${t("period", lang)}: ${dmy(review.periodStart)} – ${dmy(review.periodEnd)}`]);
  ws.addRow([]);
  ws.addRow([t("status", lang), t("count", lang), t("share", lang)]).font = { bold: true };
  for (const r of rowsOf(review)) {
    const row = ws.addRow([statusLabel[r.status][lang], r.count, r.percent / 100]);
    row.getCell(3).numFmt = "0%";
  }
  const totalRow = ws.addRow([t("total", lang), review.total, review.total ? 1 : 0]);
  totalRow.font = { bold: true };
  totalRow.getCell(3).numFmt = "0%";
  ws.addRow([]);
  const done = ws.addRow([
    t("completedOrOngoing", lang),
    review.completedOrOngoing.count,
    review.completedOrOngoing.percent / 100,
  ]);
  done.getCell(3).numFmt = "0%";
  ws.addRow([t("proposals", lang), review.proposals]);
  ws.addRow([t("judgement", lang), judgementLabel[review.onTrack.judgement][lang]]).font = { bold: true };
  ws.addRow([t("elapsed", lang), `${review.onTrack.elapsedShare}%`]);
  ws.addRow([onTrackRule[lang]]);
  ws.addRow([t("rounding", lang)]);
  ws.addRow([`${t("generated", lang)} ${dmy(today())}`]);

  const list = wb.addWorksheet(t("activitiesSheet", lang));
  list.columns = [
    { header: t("no", lang), width: 6 },
    { header: t("code", lang), width: 14 },
    { header: t("activity", lang), width: 70 },
    { header: t("leads", lang), width: 24 },
    { header: t("kind", lang), width: 20 },
    { header: t("status", lang), width: 26 },
    { header: t("since", lang), width: 12 },
  ];
  list.getRow(1).font = { bold: true };
  review.activities.forEach((a, i) =>
    list.addRow([
      i + 1,
      a.code ?? "—",
      activityTitle(a, lang),
      a.leads.map((c) => countryName(c, lang)).join(", "),
      kindLabel[a.kind][lang],
      statusLabel[a.status][lang],
      dmy(a.since),
    ]),
  );
  list.views = [{ state: "frozen", ySplit: 1 }];
  safeWorkbook(wb);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    body,
    fileName: fileName(input, "xlsx"),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
