/**
 * The printed script of a session (issue 13, point 4): title, session, time and room, then the table of cues (time,
 * minutes, what, who, where, needs, notes), in Vietnamese or English, A4 landscape with page numbers. Every print is
 * recorded as the session's next revision (its cues kept), so the script can say what changed since.
 */
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { formatDayLong } from "../../../shared/dates.js";
import { zoneLabel } from "../../../shared/timeZones.js";
import { cueNeedWords } from "../../../shared/vocabulary.js";
import { newPdf, numberPages, pdfBuffer } from "../../lib/pdf.js";
import { toZonedIso } from "../meetings/time.js";
import { requireCommittee } from "./policy.js";
import { cueWhere, cuesOf, inLang, lookups, recordPrintTx, roomName, sessionOf, type CueRow } from "./scripts.js";

const words = {
  kicker: { vi: "KỊCH BẢN CHI TIẾT", en: "DETAILED SCRIPT" },
  session: { vi: "Phiên họp", en: "Session" },
  time: { vi: "Thời gian", en: "Time" },
  room: { vi: "Địa điểm", en: "Venue" },
  revision: { vi: "Bản in số", en: "Print no." },
  printed: { vi: "in lúc", en: "printed at" },
  cols: {
    time: { vi: "Giờ", en: "Time" },
    minutes: { vi: "Phút", en: "Min." },
    what: { vi: "Nội dung", en: "What happens" },
    who: { vi: "Người thực hiện", en: "Who" },
    where: { vi: "Vị trí", en: "Where" },
    needs: { vi: "Chuẩn bị", en: "Needs" },
    notes: { vi: "Ghi chú cho lễ tân", en: "Notes for protocol" },
  },
  empty: { vi: "Chưa có mục nào trong kịch bản.", en: "The script has no cues yet." },
  page: { vi: "Trang", en: "Page" },
  total: {
    vi: "Tổng thời lượng: {total} phút · Khung giờ phiên họp: {slot} phút",
    en: "Total: {total} min · Session slot: {slot} min",
  },
} as const;

const INK = "#1A1A1A";
const GREY = "#5A6570";
const BAND = "#1D4F9C";
const LINE = "#C9CFD6";

type Col = keyof typeof words.cols;
const baseWidths: Record<Col, number> = { time: 46, minutes: 34, what: 0, who: 120, where: 100, needs: 96, notes: 130 };
const order: Col[] = ["time", "minutes", "what", "who", "where", "needs", "notes"];

export async function scriptPdf(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  lang: Lang,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  const tz = meeting.timeZone;
  return ctx.db.transaction(async (tx) => {
    const cues = await cuesOf(tx, sessionId);
    const l = await lookups(
      tx,
      meetingId,
      cues.map((c) => c.id),
      lang,
    );
    const revision = await recordPrintTx(tx, actor, sessionId, lang, cues, meetingId);
    const title = inLang(lang, session.titleVi, session.titleEn);
    const doc = newPdf({
      size: "A4",
      layout: "landscape",
      margin: 36,
      title: `${meeting.code} — ${words.kicker[lang]} — ${title}`,
      bufferPages: true,
    });
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const widths = { ...baseWidths };
    widths.what = width - order.filter((c) => c !== "what").reduce((n, c) => n + widths[c], 0);
    const bottom = () => doc.page.height - doc.page.margins.bottom;
    const start = toZonedIso(session.startsAt, tz);
    const end = toZonedIso(session.endsAt, tz);
    const room = l.rooms.find((r) => r.id === session.roomId);

    doc
      .fillColor(BAND)
      .font("bold")
      .fontSize(9)
      .text(`${meeting.code} · ${words.kicker[lang]}`, left, doc.y, { width });
    doc.moveDown(0.2);
    doc.fillColor(INK).font("bold").fontSize(14).text(title, { width });
    doc.font("regular").fontSize(9.5).fillColor(INK);
    doc.text(`${inLang(lang, meeting.titleVi, meeting.titleEn)}`, { width });
    doc.text(
      `${words.time[lang]}: ${formatDayLong(lang, start.slice(0, 10))}, ${start.slice(11, 16)}–${end.slice(11, 16)} · ${zoneLabel(lang, tz, session.startsAt)}`,
      { width },
    );
    if (room) doc.text(`${words.room[lang]}: ${roomName(room, lang)}`, { width });
    const total = cues.reduce((n, c) => n + c.minutes, 0);
    const slot = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000);
    doc.text(words.total[lang].replace("{total}", String(total)).replace("{slot}", String(slot)), { width });
    doc
      .fillColor(GREY)
      .fontSize(8)
      .text(
        `${words.revision[lang]} ${revision} · ${words.printed[lang]} ${toZonedIso(new Date(), tz).slice(11, 16)} ${toZonedIso(new Date(), tz).slice(0, 10).split("-").reverse().join("/")} · ${actor.name}`,
        { width },
      );
    doc.moveDown(0.6);

    const header = () => {
      const y = doc.y;
      doc.rect(left, y, width, 18).fill(BAND);
      doc.fillColor("#FFFFFF").font("bold").fontSize(8.5);
      let x = left;
      for (const c of order) {
        doc.text(words.cols[c][lang], x + 3, y + 5, { width: widths[c] - 6, lineBreak: false });
        x += widths[c];
      }
      doc.y = y + 20;
    };
    const cells = (c: CueRow): Record<Col, string> => ({
      time: toZonedIso(c.at, tz).slice(11, 16),
      minutes: String(c.minutes),
      what: inLang(lang, c.whatVi, c.whatEn),
      who: [
        inLang(lang, c.whoVi, c.whoEn),
        (() => {
          const m = c.responsibleId ? l.members.get(c.responsibleId) : undefined;
          return m ? `${m.fullName}${m.phone ? ` (${m.phone})` : ""}` : "";
        })(),
      ]
        .filter(Boolean)
        .join("\n"),
      where: cueWhere(c, l.rooms, lang),
      needs: [...c.needs.map((n) => cueNeedWords[n][lang]), c.needsOther ?? ""].filter(Boolean).join(", "),
      notes: c.notes ?? "",
    });

    header();
    if (!cues.length)
      doc
        .fillColor(GREY)
        .font("italic")
        .fontSize(9)
        .text(words.empty[lang], left, doc.y + 4, { width });
    for (const c of cues) {
      const text = cells(c);
      doc.font("regular").fontSize(8.5);
      const h =
        Math.max(...order.map((k) => (text[k] ? doc.heightOfString(text[k], { width: widths[k] - 6 }) : 0)), 10) + 8;
      if (doc.y + h > bottom()) {
        doc.addPage();
        header();
      }
      const y = doc.y;
      let x = left;
      for (const k of order) {
        doc
          .font(k === "time" || k === "what" ? "bold" : k === "notes" ? "italic" : "regular")
          .fontSize(8.5)
          .fillColor(k === "notes" ? GREY : INK);
        if (text[k]) doc.text(text[k], x + 3, y + 4, { width: widths[k] - 6 });
        x += widths[k];
      }
      doc.y = y + h;
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(0.3)
        .strokeColor(LINE)
        .stroke();
    }
    numberPages(doc, (n, t) => `${meeting.code} · ${words.kicker[lang]} · ${words.page[lang]} ${n}/${t}`);
    const body = await pdfBuffer(doc);
    const day = start.slice(0, 10);
    return {
      body,
      fileName: `${meeting.code}-script-${day}-${start.slice(11, 16).replace(":", "")}-${lang}.pdf`,
      contentType: "application/pdf",
    };
  });
}
