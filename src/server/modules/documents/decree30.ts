/**
 * Administrative documents in the format of Decree 30/2020/NĐ-CP, Appendix I (decision 022): A4, the decree's
 * margins, Times New Roman; the header as a borderless two-column table (issuing body on the left, the national
 * emblem lines — Quốc hiệu and Tiêu ngữ — on the right, each with its rule under it), the number and symbol under
 * the issuer and the place-date line under the motto; the kind of document and its summary centred; "Kính gửi";
 * the body justified with a first-line indent; then a second borderless table with "Nơi nhận" on the left and the
 * signature block on the right. Pages after the first are numbered at the top, centred, as the decree asks.
 *
 * The renderer knows nothing of cooperation: `templates.ts` builds an `AdministrativeDocument` from plain data.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from "docx";

export interface AdministrativeDocument {
  /** The issuer's direct superior, upper case ("BỘ NỘI VỤ"); null when the issuer is the ministry itself. */
  issuerParent: string | null;
  /** The issuing body, upper case ("VỤ HỢP TÁC QUỐC TẾ", or "BỘ NỘI VỤ" for the Ministry's decisions). */
  issuer: string;
  /** "12/TTr-HTQT"; null for a draft, written "Số:      /TTr-HTQT" with the day and month of the date left blank. */
  number: string | null;
  /** The symbol after the number ("TTr-HTQT"), used for a draft's blank number. */
  symbol: string;
  /** The place of the place-date line ("Hà Nội"). */
  place: string;
  /** The document's date (YYYY-MM-DD). */
  date: string;
  /** The kind of document, upper case: "TỜ TRÌNH", "QUYẾT ĐỊNH". */
  kind: string;
  /** The summary (trích yếu): "Về việc cử đoàn đi công tác tại Cộng hòa Pháp". */
  summary: string;
  /** "Kính gửi": one recipient on the line itself, several as a list under it; empty for a decision. */
  recipients: string[];
  /** The authority that enacts a decision, centred above its grounds ("BỘ TRƯỞNG BỘ NỘI VỤ"). */
  enactingAuthority?: string;
  /** The grounds of a decision ("Căn cứ …;"), in italics, one per line. */
  preamble?: string[];
  /**
   * The body. A `heading` paragraph is bold and centred ("QUYẾT ĐỊNH:"); an `article` starts with its label in
   * bold ("Điều 1."); a `subheading` is a bold run-in heading ("1. Sự cần thiết") on its own line.
   */
  body: Array<{ text: string; heading?: boolean; subheading?: boolean; article?: string }>;
  /** The signature block: "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / the signer's name. */
  signature: { authority?: string; position: string; name: string };
  /** "Nơi nhận": each entry a line; the renderer writes "- " before it, ";" after it, and "." after the last. */
  copiesTo: string[];
}

/** A4 and the decree's margins, in twips: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const DECREE30_PAGE = {
  width: 11906,
  height: 16838,
  top: convertMillimetersToTwip(20),
  bottom: convertMillimetersToTwip(20),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(15),
} as const;
const TEXT_WIDTH = DECREE30_PAGE.width - DECREE30_PAGE.left - DECREE30_PAGE.right;
/** The header's and the signature row's columns: the issuer (and Nơi nhận) left, the emblem lines (and signer) right. */
const LEFT = Math.round(TEXT_WIDTH * 0.4);
const RIGHT = TEXT_WIDTH - LEFT;

export const FONT = "Times New Roman";
/** Sizes in points (Decree 30, Appendix I). */
export const SIZES = {
  body: 14,
  issuer: 13,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  dateLine: 14,
  kind: 14,
  summary: 14,
  signature: 14,
  copiesToLabel: 12,
  copiesTo: 11,
  pageNumber: 13,
} as const;

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Day with a leading zero for 1–9, month with one for January and February only (Decree 30, Appendix I, II.4). */
export function decreeDateLine(place: string, iso: string | null, year?: number): string {
  if (iso === null) return `${place}, ngày      tháng      năm ${year ?? ""}`.trimEnd();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`decreeDateLine: not a day: ${iso}`);
  const [y, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "Số: 12/TTr-HTQT", or "Số:      /TTr-HTQT" while the document is a draft. */
export function numberLine(number: string | null, symbol: string): string {
  return number === null ? `Số:       /${symbol}` : `Số: ${number}`;
}

const pt = (n: number) => n * 2; // docx sizes are half-points
const run = (text: string, size: number, o: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: pt(size), bold: o.bold, italics: o.italics });

/** A centred line of text. */
function centred(
  text: string,
  size: number,
  o: { bold?: boolean; italics?: boolean; before?: number; after?: number } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    children: [run(text, size, o)],
  });
}

/** Rough printed width of a line in twips, to size the rules under it (bold capitals are the widest). */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.25;
    else if (/[A-ZÀ-ỸĐ]/u.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/[-.,:;]/.test(ch)) em += 0.3;
    else em += bold ? 0.47 : 0.45;
  }
  return Math.round(em * size * 20);
}

/**
 * A solid rule of `length` twips centred in a column of `column` twips, a little under the line above it: an empty
 * paragraph of fixed small height (its indents set the rule's length) with a bottom border.
 */
function rule(length: number, column: number, after = 0) {
  const side = Math.max(0, Math.round((column - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 80, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    children: [run("", 4)],
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlign.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });

const borderless = (rows: TableRow[]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });

function headerTable(doc: AdministrativeDocument): Table {
  const left: Paragraph[] = [];
  if (doc.issuerParent) left.push(centred(doc.issuerParent, SIZES.issuer));
  left.push(centred(doc.issuer, SIZES.issuer, { bold: true }));
  left.push(rule(Math.round(textWidth(doc.issuer, SIZES.issuer, true) * 0.45), LEFT));
  const right: Paragraph[] = [
    centred(NATIONAL_TITLE, SIZES.nationalTitle, { bold: true }),
    centred(MOTTO, SIZES.motto, { bold: true }),
    rule(textWidth(MOTTO, SIZES.motto, true), RIGHT),
  ];
  if (doc.issuerParent) right.push(centred("", SIZES.motto)); // keeps the number and date lines level
  const year = Number(doc.date.slice(0, 4));
  const dateLine = decreeDateLine(doc.place, doc.number === null ? null : doc.date, year);
  return borderless([
    new TableRow({ cantSplit: true, children: [cell(LEFT, left), cell(RIGHT, right)] }),
    new TableRow({
      cantSplit: true,
      children: [
        cell(LEFT, [centred(numberLine(doc.number, doc.symbol), SIZES.number, { before: 120 })]),
        cell(RIGHT, [centred(dateLine, SIZES.dateLine, { italics: true, before: 120 })]),
      ],
    }),
  ]);
}

const BODY_INDENT = convertMillimetersToTwip(12.7);
const BODY_SPACING = { before: 0, after: 120, line: 312 }; // 6 pt after, 1.3 lines

/** A body paragraph; `keepNext` keeps the last one on the page of the signature (never a signature page alone). */
function bodyParagraph(p: AdministrativeDocument["body"][number], keepNext = false): Paragraph {
  if (p.heading) return centred(p.text, SIZES.body, { bold: true, before: 120, after: 120 });
  const children: TextRun[] = [];
  if (p.article) children.push(run(`${p.article} `, SIZES.body, { bold: true }));
  children.push(run(p.text, SIZES.body, { bold: p.subheading }));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: BODY_SPACING,
    keepNext,
    children,
  });
}

function recipientsBlock(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  if (recipients.length === 1) {
    return [centred(`Kính gửi: ${recipients[0]}`, SIZES.body, { before: 240, after: 240 })];
  }
  const out = [
    new Paragraph({
      indent: { left: convertMillimetersToTwip(40) },
      spacing: { before: 240, after: 0 },
      children: [run("Kính gửi:", SIZES.body)],
    }),
  ];
  recipients.forEach((r, i) => {
    out.push(
      new Paragraph({
        indent: { left: convertMillimetersToTwip(65) },
        spacing: { before: 0, after: i === recipients.length - 1 ? 240 : 0 },
        children: [run(`- ${withEnding(r, i === recipients.length - 1 ? "." : ";")}`, SIZES.body)],
      }),
    );
  });
  return out;
}

/** `text` ending with `mark` (";" or "."), replacing a trailing ";" "." or "," it may already have. */
function withEnding(text: string, mark: string): string {
  return text.replace(/[;.,]\s*$/u, "") + mark;
}

function closingTable(doc: AdministrativeDocument): Table {
  const left: Paragraph[] = [
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: [run("Nơi nhận:", SIZES.copiesToLabel, { bold: true, italics: true })],
    }),
    ...doc.copiesTo.map(
      (c, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [run(`- ${withEnding(c, i === doc.copiesTo.length - 1 ? "." : ";")}`, SIZES.copiesTo)],
        }),
    ),
  ];
  const s = doc.signature;
  const right: Paragraph[] = [];
  if (s.authority) right.push(centred(s.authority, SIZES.signature, { bold: true, before: 120 }));
  right.push(centred(s.position, SIZES.signature, { bold: true, before: s.authority ? 0 : 120 }));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) right.push(centred("", SIZES.signature));
  right.push(centred(s.name, SIZES.signature, { bold: true }));
  return borderless([new TableRow({ cantSplit: true, children: [cell(LEFT, left), cell(RIGHT, right)] })]);
}

/** Builds the document's paragraphs and tables (exported for tests that look at the structure). */
function content(doc: AdministrativeDocument): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [headerTable(doc)];
  out.push(centred(doc.kind, SIZES.kind, { bold: true, before: 360 }));
  out.push(centred(doc.summary, SIZES.summary, { bold: true }));
  out.push(rule(Math.min(textWidth(doc.summary, SIZES.summary, true), TEXT_WIDTH) / 3, TEXT_WIDTH, 120));
  out.push(...recipientsBlock(doc.recipients));
  if (doc.enactingAuthority)
    out.push(centred(doc.enactingAuthority, SIZES.body, { bold: true, before: 240, after: 240 }));
  const grounds = doc.preamble ?? [];
  grounds.forEach((g, i) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: BODY_INDENT },
        spacing: BODY_SPACING,
        children: [run(withEnding(g, i === grounds.length - 1 ? "." : ";"), SIZES.body, { italics: true })],
      }),
    ),
  );
  out.push(...doc.body.map((p, i) => bodyParagraph(p, i === doc.body.length - 1)));
  out.push(closingTable(doc));
  return out;
}

/** The document as a .docx file that Word and LibreOffice open without repair. */
export async function renderDecree30Docx(doc: AdministrativeDocument): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(SIZES.pageNumber) })],
      }),
    ],
  });
  const document = new Document({
    creator: "Focal",
    title: `${doc.kind} ${doc.number ?? ""}`.trim(),
    description: doc.summary,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(SIZES.body) }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: DECREE30_PAGE.width, height: DECREE30_PAGE.height },
            margin: {
              top: DECREE30_PAGE.top,
              bottom: DECREE30_PAGE.bottom,
              left: DECREE30_PAGE.left,
              right: DECREE30_PAGE.right,
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: content(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}
