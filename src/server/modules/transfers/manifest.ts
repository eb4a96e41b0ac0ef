/**
 * A vehicle's manifest for one transfer (issue 14, point 3) as a PDF for the driver: the transfer, its time and
 * flights, the vehicle, driver and plate, the liaison officer(s) and their phones, and the passengers with their
 * delegation and flight — in Vietnamese or English. Names in every script (`fitText`). No passport data.
 */
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { formatDayLong } from "../../../shared/dates.js";
import { fitText } from "../../lib/fonts.js";
import { newPdf, numberPages, pdfBuffer } from "../../lib/pdf.js";
import { requireLogistics } from "../logistics/policy.js";
import { transferErrors } from "./errors.js";
import { presentTransfer, transfersState } from "./transfers.js";

const words = {
  kicker: { vi: "DANH SÁCH HÀNH KHÁCH", en: "PASSENGER MANIFEST" },
  arrival: { vi: "Đón tại sân bay", en: "Airport pick-up (arrival)" },
  departure: { vi: "Đưa ra sân bay", en: "Drive to the airport (departure)" },
  time: { vi: "Thời gian", en: "Time" },
  flights: { vi: "Chuyến bay", en: "Flights" },
  vehicle: { vi: "Xe", en: "Vehicle" },
  seats: { vi: "chỗ", en: "seats" },
  driver: { vi: "Lái xe", en: "Driver" },
  plate: { vi: "Biển số", en: "Plate" },
  liaison: { vi: "Cán bộ liên lạc", en: "Liaison officer" },
  none: { vi: "chưa phân công", en: "not assigned" },
  pickUp: { vi: "đón lúc", en: "pick-up" },
  cols: {
    n: { vi: "TT", en: "No." },
    name: { vi: "Họ và tên", en: "Name" },
    delegation: { vi: "Đoàn", en: "Delegation" },
    flight: { vi: "Chuyến bay", en: "Flight" },
    time: { vi: "Giờ", en: "Time" },
  },
  empty: { vi: "Xe chưa chở ai trong chuyến này.", en: "Nobody rides in this vehicle on this transfer." },
  page: { vi: "Trang", en: "Page" },
} as const;

const INK = "#1A1A1A";
const BAND = "#1D4F9C";
const LINE = "#C9CFD6";

export async function manifestPdf(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  transferId: string,
  vehicleId: string,
  lang: Lang,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const s = await transfersState(ctx.db, meeting);
  const g = s.transfers.find((t) => t.key === transferId);
  if (!g) throw transferErrors.TRANSFER_NOT_FOUND();
  const t = presentTransfer(g, s, meeting.timeZone);
  const v = t.vehicles.find((x) => x.id === vehicleId);
  if (!v) throw transferErrors.NOT_ALLOCATED();
  const riders = t.people.filter((p) => p.vehicleId === vehicleId);
  const hhmm = (iso: string) => iso.slice(11, 16);

  const doc = newPdf({
    size: "A4",
    margin: 40,
    title: `${meeting.code} — ${words.kicker[lang]} — ${v.label}`,
    bufferPages: true,
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const line = (text: string, style: "regular" | "bold" = "regular", size = 10) => {
    const f = fitText(doc, text, { style, x: left, y: doc.y, width, size, minSize: 7, maxLines: 2 });
    doc.y += f.height + 3;
  };
  doc.fillColor(BAND);
  line(`${meeting.code} · ${words.kicker[lang]}`, "bold", 9);
  doc.fillColor(INK);
  line(`${words[t.direction][lang]} — ${t.airport}`, "bold", 15);
  line(
    `${words.time[lang]}: ${formatDayLong(lang, t.day)}, ${hhmm(t.window.from)}${t.window.to !== t.window.from ? `–${hhmm(t.window.to)}` : ""}`,
  );
  line(`${words.flights[lang]}: ${t.flights.join(", ") || "—"}`);
  line(
    `${words.vehicle[lang]}: ${v.label} (${v.seats} ${words.seats[lang]}) · ${words.plate[lang]}: ${v.plate ?? "—"}`,
    "bold",
    11,
  );
  line(`${words.driver[lang]}: ${v.driver ?? "—"} · ${v.phone ?? "—"}`, "bold", 11);
  const liaison = t.liaison.filter((l) => riders.some((p) => l.delegationIds.includes(p.delegationId)));
  line(
    `${words.liaison[lang]}: ${liaison.length ? liaison.map((l) => `${l.name} · ${l.phone ?? "—"}`).join("; ") : words.none[lang]}`,
  );
  doc.y += 8;

  const cols = [
    { k: "n", w: 28 },
    { k: "name", w: 0 },
    { k: "delegation", w: 150 },
    { k: "flight", w: 62 },
    { k: "time", w: 70 },
  ] as const;
  const widths: number[] = cols.map((c) => c.w);
  widths[1] = width - widths.reduce((a, b) => a + b, 0);
  const header = () => {
    const y = doc.y;
    doc.rect(left, y, width, 18).fill(BAND);
    doc.fillColor("#FFFFFF");
    let x = left;
    cols.forEach((c, i) => {
      fitText(doc, words.cols[c.k][lang], {
        style: "bold",
        x: x + 3,
        y: y + 4,
        width: widths[i]! - 6,
        size: 8.5,
        minSize: 7,
        maxLines: 1,
      });
      x += widths[i]!;
    });
    doc.fillColor(INK);
    doc.y = y + 20;
  };
  header();
  if (!riders.length) line(words.empty[lang]);
  riders.forEach((p, n) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    const cells = [
      String(n + 1),
      p.name,
      p.delegation,
      p.flight ?? "—",
      p.pickUp ? `${hhmm(p.time)} (${words.pickUp[lang]} ${hhmm(p.pickUp)})` : hhmm(p.time),
    ];
    let x = left;
    let h = 0;
    cells.forEach((c, i) => {
      const f = fitText(doc, c, {
        style: i === 1 ? "bold" : "regular",
        x: x + 3,
        y: y + 3,
        width: widths[i]! - 6,
        size: 9.5,
        minSize: 7,
        maxLines: 2,
      });
      h = Math.max(h, f.height);
      x += widths[i]!;
    });
    doc.y = y + h + 6;
    doc
      .moveTo(left, doc.y - 1)
      .lineTo(left + width, doc.y - 1)
      .strokeColor(LINE)
      .lineWidth(0.5)
      .stroke();
  });
  numberPages(doc, (n, total) => `${meeting.code} · ${v.label} · ${words.page[lang]} ${n}/${total}`);
  const body = await pdfBuffer(doc);
  const safe = v.label.replace(/[^\p{L}\p{N}]+/gu, "-");
  return { body, fileName: `${meeting.code}-${t.id}-${safe}.pdf`, contentType: "application/pdf" };
}
