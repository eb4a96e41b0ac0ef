/**
 * A delegation's information pack (PDF): the programme of the sessions it attends, its members with their sessions,
 * hotel and airport transfers, and the venues. It carries travel data, so making one is audited.
 */
import type { Lang } from "../../../shared/errors.js";
import { countryName } from "../../../shared/countries.js";
import type { DelegateRow, DelegationRow } from "../meetings/delegates.js";
import type { MeetingRow } from "../meetings/policy.js";
import type { SessionView } from "../meetings/programme.js";
import { newPdf, numberPages, pdfBuffer } from "../../lib/pdf.js";
import { drawMeetingHeading, drawProgramme } from "./programme.js";
import { accreditationWords, delegateRoleWords as roleWords } from "../../../shared/vocabulary.js";
import { dmy } from "../../../shared/dates.js";
import { docWords, utcOffset } from "./labels.js";

const INK = "#1A1A1A";
const GREY = "#5A6570";
const BAND = "#1D4F9C";

export interface InfoPackInput {
  meeting: MeetingRow;
  delegation: DelegationRow;
  lang: Lang;
  sessions: SessionView[];
  delegates: { row: DelegateRow; sessionIds: string[] }[];
  venues: { nameVi: string; nameEn: string; address: string | null }[];
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  doc.moveDown(0.6);
  doc.fillColor(BAND).font("bold").fontSize(12.5).text(text, left, doc.y, { width });
  doc
    .moveTo(left, doc.y + 2)
    .lineTo(left + width, doc.y + 2)
    .lineWidth(0.8)
    .strokeColor(BAND)
    .stroke();
  doc.moveDown(0.6);
}

const hm = (t: string | null) => (t ? t.slice(0, 5) : "");

export async function infoPackPdf(input: InfoPackInput): Promise<Buffer> {
  const { meeting, delegation, lang } = input;
  const w = (k: keyof typeof docWords) => docWords[k][lang];
  const doc = newPdf({ size: "A4", margin: 48, title: `${meeting.code} — ${delegation.nameEn}`, bufferPages: true });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  drawMeetingHeading(doc, meeting, w("infoPack"), input.sessions[0] ? utcOffset(input.sessions[0].start) : null);

  const name = lang === "vi" ? delegation.nameVi : delegation.nameEn;
  const country = delegation.country ? countryName(delegation.country, lang) : null;
  doc.fillColor(INK).font("bold").fontSize(16).text(name, left, doc.y, { width });
  if (country && country !== name) doc.font("regular").fontSize(10).fillColor(GREY).text(country, { width });
  if (delegation.contactName) {
    doc
      .font("regular")
      .fontSize(9)
      .fillColor(INK)
      .text(
        `${w("contact")}: ${delegation.contactName}${delegation.contactEmail ? ` <${delegation.contactEmail}>` : ""}`,
        { width },
      );
  }
  doc.font("italic").fontSize(8).fillColor(GREY).text(w("confidential"), { width });

  heading(doc, w("yourProgramme"));
  if (input.sessions.length) drawProgramme(doc, input.sessions, [lang]);
  else doc.font("regular").fontSize(9.5).fillColor(INK).text(w("noSessions"), { width });

  const sessionsById = new Map(input.sessions.map((s) => [s.id, s]));
  heading(doc, w("delegates"));
  if (!input.delegates.length) doc.font("regular").fontSize(9.5).fillColor(INK).text(w("noDelegates"), { width });
  for (const { row, sessionIds } of input.delegates) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    const who = `${row.honorific ? `${row.honorific} ` : ""}${row.fullName}`;
    doc.fillColor(INK).font("bold").fontSize(10).text(who, left, doc.y, { width, continued: false });
    const meta = [roleWords[row.role][lang], row.position].filter(Boolean).join(" · ");
    doc.font("regular").fontSize(8.5).fillColor(GREY).text(meta, { width });
    if (row.accreditationStatus !== "accredited") {
      doc
        .font("italic")
        .fontSize(8)
        .fillColor("#A34B00")
        .text(`${accreditationWords[row.accreditationStatus][lang]}`, { width });
    }
    const titles = sessionIds
      .map((id) => sessionsById.get(id))
      .filter((s): s is SessionView => !!s)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map(
        (s) =>
          `${dmy(s.start.slice(0, 10)).slice(0, 5)} ${s.start.slice(11, 16)} ${lang === "vi" ? s.titleVi : s.titleEn}`,
      );
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(INK)
      .text(`${w("sessions")}: ${titles.length ? titles.join("; ") : "—"}`, { width });
    doc.moveDown(0.5);
  }

  heading(doc, w("travel"));
  const travellers = input.delegates.filter(
    ({ row }) => row.arrivalDate || row.arrivalFlight || row.departureDate || row.departureFlight || row.hotel,
  );
  if (!travellers.length) doc.font("regular").fontSize(9.5).fillColor(INK).text(w("noTravel"), { width });
  for (const { row } of travellers) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 50) doc.addPage();
    doc.fillColor(INK).font("bold").fontSize(9.5).text(row.fullName, left, doc.y, { width });
    doc.font("regular").fontSize(8.5);
    const arr = [dmy(row.arrivalDate), hm(row.arrivalTime), row.arrivalFlight, row.arrivalAirport]
      .filter(Boolean)
      .join(" ");
    const dep = [dmy(row.departureDate), hm(row.departureTime), row.departureFlight, row.departureAirport]
      .filter(Boolean)
      .join(" ");
    if (arr) doc.text(`${w("arrival")}: ${arr}`, { width });
    if (dep) doc.text(`${w("departure")}: ${dep}`, { width });
    if (row.hotel) doc.text(`${w("hotel")}: ${row.hotel}`, { width });
    doc.moveDown(0.4);
  }

  if (input.venues.length) {
    heading(doc, w("venues"));
    for (const v of input.venues) {
      doc
        .fillColor(INK)
        .font("bold")
        .fontSize(9.5)
        .text(lang === "vi" ? v.nameVi : v.nameEn, left, doc.y, { width });
      if (v.address) doc.font("regular").fontSize(8.5).fillColor(GREY).text(v.address, { width });
      doc.moveDown(0.3);
    }
  }

  numberPages(doc, (n, total) => `${meeting.code} · ${name} · ${w("page")} ${n}/${total}`);
  return pdfBuffer(doc);
}
