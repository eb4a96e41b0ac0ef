/** The programme as a calendar (ICS) and as a bilingual PDF by day. */
import type { Lang } from "../../../shared/errors.js";
import type { MeetingRow } from "../meetings/policy.js";
import type { SessionView } from "../meetings/programme.js";
import { newPdf, numberPages, pdfBuffer } from "../../lib/pdf.js";
import { writeIcs } from "./ics.js";
import { zoneLabel } from "../../../shared/timeZones.js";
import { sessionKindWords as kindWords } from "../../../shared/vocabulary.js";
import { dmy, formatDayHeading } from "../../../shared/dates.js";
import { docWords, hhmm, utcOffset } from "./labels.js";

function roomText(s: SessionView, lang: Lang): string | null {
  if (!s.room) return null;
  return lang === "vi" ? `${s.room.nameVi} — ${s.room.venueNameVi}` : `${s.room.nameEn} — ${s.room.venueNameEn}`;
}

/** The programme as iCalendar text: one event per session, in the meeting's time zone. */
/** The chair as a reader of `lang` sees it: the English form for English when there is one. */
const chairText = (s: Pick<SessionView, "chair" | "chairEn">, lang: Lang) =>
  (lang === "en" ? s.chairEn : null) ?? s.chair ?? "";

export function programmeIcs(meeting: MeetingRow, sessions: SessionView[], lang: Lang): string {
  const other: Lang = lang === "vi" ? "en" : "vi";
  return writeIcs({
    name: `${meeting.code} — ${lang === "vi" ? meeting.titleVi : meeting.titleEn}`,
    timeZone: meeting.timeZone,
    stamp: new Date(),
    from: new Date(`${meeting.startDate}T00:00:00Z`),
    to: new Date(`${meeting.endDate}T23:59:59Z`),
    events: sessions.map((s) => {
      const title = lang === "vi" ? s.titleVi : s.titleEn;
      const description = [
        other === "vi" ? s.titleVi : s.titleEn,
        s.chair ? `${docWords.chair[lang]}: ${chairText(s, lang)}` : null,
        ...s.agenda.map(
          (a, i) => `${i + 1}. ${lang === "vi" ? a.titleVi : a.titleEn}${a.presenter ? ` (${a.presenter})` : ""}`,
        ),
        (lang === "vi" ? s.notesVi : s.notesEn) ?? null,
      ]
        .filter(Boolean)
        .join("\n");
      return {
        uid: `${s.id}@focal`,
        start: new Date(s.start),
        end: new Date(s.end),
        summary: `${meeting.code}: ${title}`,
        description,
        location: roomText(s, lang),
        categories: [kindWords[s.kind].en],
        sequence: Math.max(0, s.version - 1),
      };
    }),
  });
}

/** Sessions grouped by their calendar day in the meeting's zone, in time order. */
export function byDay(sessions: SessionView[]): [string, SessionView[]][] {
  const days = new Map<string, SessionView[]>();
  for (const s of sessions) {
    const day = s.start.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const INK = "#1A1A1A";
const GREY = "#5A6570";
const BAND = "#1D4F9C";

/**
 * Draws the sessions day by day into a document (the programme PDF, and the delegation's information pack).
 * `langs` decides whether each line is given in both languages (vi first) or one.
 */
export function drawProgramme(doc: PDFKit.PDFDocument, sessions: SessionView[], langs: Lang[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const timeW = 78;
  const textX = left + timeW;
  const textW = width - timeW;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const [first, second] = langs as [Lang, Lang | undefined];
  for (const [day, list] of byDay(sessions)) {
    if (doc.y > bottom() - 90) doc.addPage();
    const y = doc.y + 6;
    doc.rect(left, y, width, 20).fill(BAND);
    doc.fillColor("#FFFFFF").font("bold").fontSize(10);
    doc.text(langs.map((l) => formatDayHeading(l, day)).join("  ·  "), left + 8, y + 5, {
      width: width - 16,
      lineBreak: false,
    });
    doc.y = y + 28;
    for (const s of list) {
      if (doc.y > bottom() - 60) doc.addPage();
      const top = doc.y;
      doc
        .fillColor(INK)
        .font("bold")
        .fontSize(9.5)
        .text(`${hhmm(s.start)}–${hhmm(s.end)}`, left, top, { width: timeW - 8 });
      doc
        .font("condensed")
        .fontSize(7.5)
        .fillColor(GREY)
        .text(kindWords[s.kind][first], left, doc.y, { width: timeW - 8 });
      doc.y = top;
      doc
        .fillColor(INK)
        .font("bold")
        .fontSize(10.5)
        .text(first === "vi" ? s.titleVi : s.titleEn, textX, top, { width: textW });
      if (second)
        doc
          .font("italic")
          .fontSize(9)
          .fillColor(GREY)
          .text(second === "vi" ? s.titleVi : s.titleEn, textX, doc.y, { width: textW });
      doc.font("regular").fontSize(8.5).fillColor(INK);
      const room = langs.map((l) => roomText(s, l)).filter(Boolean);
      if (room.length)
        doc.text(
          `${langs.map((l) => docWords.room[l]).join(" / ")}: ${[...new Set(room)].join(" · ")}`,
          textX,
          doc.y + 2,
          { width: textW },
        );
      if (s.chair)
        doc.text(
          `${langs.map((l) => docWords.chair[l]).join(" / ")}: ${[...new Set(langs.map((l) => chairText(s, l)))].join(" — ")}`,
          textX,
          doc.y,
          { width: textW },
        );
      s.agenda.forEach((a, i) => {
        const titles = langs.map((l) => (l === "vi" ? a.titleVi : a.titleEn));
        const line = `${i + 1}. ${titles[0]}${titles[1] && titles[1] !== titles[0] ? ` — ${titles[1]}` : ""}${a.presenter ? ` (${a.presenter})` : ""}`;
        doc
          .fillColor("#333333")
          .fontSize(8)
          .text(line, textX + 8, doc.y + 1, { width: textW - 8 });
      });
      const notes = langs.map((l) => (l === "vi" ? s.notesVi : s.notesEn)).filter(Boolean);
      if (notes.length)
        doc
          .font("italic")
          .fontSize(8)
          .fillColor(GREY)
          .text(notes.join(" / "), textX, doc.y + 1, { width: textW });
      doc.y += 8;
      doc
        .moveTo(left, doc.y - 4)
        .lineTo(left + width, doc.y - 4)
        .lineWidth(0.3)
        .strokeColor("#C9CFD6")
        .stroke();
    }
  }
}

/** The meeting's heading block: code, titles, theme, place, dates and the zone times are given in. */
export function drawMeetingHeading(
  doc: PDFKit.PDFDocument,
  meeting: MeetingRow,
  kicker: string,
  offset: string | null,
) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.fillColor(BAND).font("bold").fontSize(9).text(`${meeting.code} · ${kicker}`, left, doc.y, { width });
  doc.moveDown(0.3);
  doc.fillColor(INK).font("bold").fontSize(15).text(meeting.titleVi, { width });
  doc.font("regular").fontSize(11).fillColor(GREY).text(meeting.titleEn, { width });
  if (meeting.themeVi || meeting.themeEn) {
    doc.moveDown(0.3);
    doc.font("italic").fontSize(9).fillColor(INK);
    if (meeting.themeVi) doc.text(meeting.themeVi, { width });
    if (meeting.themeEn) doc.fillColor(GREY).text(meeting.themeEn, { width });
  }
  doc.moveDown(0.3);
  const zone = offset
    ? ` · ${docWords.localTime.vi} / ${docWords.localTime.en}: ${zoneLabel("vi", meeting.timeZone, new Date(`${meeting.startDate}T12:00:00Z`))} / ${zoneLabel("en", meeting.timeZone, new Date(`${meeting.startDate}T12:00:00Z`))}`
    : "";
  doc
    .font("regular")
    .fontSize(9)
    .fillColor(INK)
    .text(`${meeting.cityVi} · ${meeting.cityEn}, ${dmy(meeting.startDate)} – ${dmy(meeting.endDate)}${zone}`, {
      width,
    });
  doc.moveDown(0.8);
}

/** The bilingual programme by day, A4. */
export async function programmePdf(meeting: MeetingRow, sessions: SessionView[]): Promise<Buffer> {
  const doc = newPdf({ size: "A4", margin: 48, title: `${meeting.code} — Programme`, bufferPages: true });
  drawMeetingHeading(
    doc,
    meeting,
    `${docWords.programme.vi} · ${docWords.programme.en}`,
    sessions[0] ? utcOffset(sessions[0].start) : null,
  );
  drawProgramme(doc, sessions, ["vi", "en"]);
  numberPages(doc, (n, total) => `${meeting.code} · ${docWords.page.vi} / ${docWords.page.en} ${n}/${total}`);
  return pdfBuffer(doc);
}
