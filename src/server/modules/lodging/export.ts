/**
 * A hotel's rooming list as an Excel workbook for the hotel (issue 14, point 2): its guests over the whole stay,
 * room type, room and roommates, arrival and departure. Passport number and nationality only when the hotel needs
 * them (foreign guests' registration), only for those who keep logistics, and audited as a read of personal data.
 */
import { newWorkbook } from "../../lib/excel.js";
import type { Ctx } from "../../context.js";
import type { Tx } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { safeWorkbook } from "../../lib/safeCell.js";
import { audit, auditPersonalRead } from "../audit/service.js";
import { requireLogistics } from "../logistics/policy.js";
import type { Lang } from "../../../shared/errors.js";
import { countryName } from "../../../shared/countries.js";
import { dmy } from "../../../shared/dates.js";
import { lodgingErrors } from "./errors.js";
import { loadRooming } from "./service.js";
import { nightsOf, roomOf } from "./rooming.js";
import { hotelsOf } from "./repo.js";

const roomWords = {
  single: { vi: "Phòng đơn", en: "Single" },
  double: { vi: "Phòng đôi (1 giường)", en: "Double" },
  twin: { vi: "Phòng đôi (2 giường)", en: "Twin" },
  suite: { vi: "Phòng VIP (suite)", en: "Suite" },
} as const;

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The Excel rooming list of one hotel. Passport-needing hotels: logistics keepers only; every export audited. */
export async function exportHotelRooming(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  hotelId: string,
  lang?: Lang,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const hotel = (await hotelsOf(ctx.db, meetingId)).find((h) => h.id === hotelId);
  if (!hotel) throw lodgingErrors.HOTEL_NOT_FOUND();
  if (hotel.needsPassports && !perms.manage) throw lodgingErrors.PASSPORTS_KEEPERS_ONLY();
  const passports = hotel.needsPassports;
  const l = lang ?? actor.language;
  const { input, rows } = await loadRooming(ctx.db, meetingId);
  const rowById = new Map(rows.map((r) => [r.row.id, r.row]));
  const dById = new Map(input.delegates.map((d) => [d.id, d]));
  // `here` keeps only the stays whose delegate is listed (and so has a row).
  const delegate = (id: string) => {
    const d = dById.get(id);
    if (!d) throw appError("INTERNAL");
    return d;
  };
  const here = input.stays.filter((s) => s.hotelId === hotel.id && dById.has(s.delegateId));
  const byRoom = new Map<string, string[]>();
  for (const s of here) byRoom.set(roomOf(s), [...(byRoom.get(roomOf(s)) ?? []), s.delegateId]);
  here.sort((a, b) => {
    const x = delegate(a.delegateId);
    const y = delegate(b.delegateId);
    return x.delegation.localeCompare(y.delegation, "en") || x.name.localeCompare(y.name, "vi");
  });

  const wb = await newWorkbook();
  wb.creator = "Focal";
  wb.created = new Date();
  const ws = wb.addWorksheet(l === "vi" ? "Danh sách phòng" : "Rooming list", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const cols = [
    { key: "no", vi: "STT", en: "No.", width: 6 },
    { key: "name", vi: "Họ và tên", en: "Guest", width: 32 },
    { key: "delegation", vi: "Đoàn", en: "Delegation", width: 28 },
    { key: "roomType", vi: "Loại phòng", en: "Room type", width: 18 },
    { key: "room", vi: "Mã phòng", en: "Room", width: 10 },
    { key: "roommates", vi: "Ở cùng", en: "Sharing with", width: 30 },
    { key: "arrival", vi: "Ngày đến", en: "Arrival", width: 12 },
    { key: "arrivalFlight", vi: "Chuyến bay đến", en: "Arrival flight", width: 16 },
    { key: "departure", vi: "Ngày đi", en: "Departure", width: 12 },
    { key: "departureFlight", vi: "Chuyến bay đi", en: "Departure flight", width: 16 },
    { key: "nights", vi: "Số đêm", en: "Nights", width: 8 },
    ...(passports
      ? [
          { key: "nationality", vi: "Quốc tịch", en: "Nationality", width: 18 },
          { key: "passportNumber", vi: "Số hộ chiếu", en: "Passport number", width: 16 },
        ]
      : []),
  ];
  ws.columns = cols.map((c) => ({ header: c[l], key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  const flight = (no: string | null, time: string | null) => [no, time?.slice(0, 5)].filter(Boolean).join(" ") || null;
  here.forEach((s, i) => {
    const d = delegate(s.delegateId);
    const r = rowById.get(s.delegateId);
    if (!r) throw appError("INTERNAL");
    const mates = (byRoom.get(roomOf(s)) ?? []).filter((id) => id !== s.delegateId).map((id) => delegate(id).name);
    ws.addRow({
      no: i + 1,
      name: d.name,
      delegation: d.delegation,
      roomType: roomWords[s.roomType][l],
      room: s.roomKey,
      roommates: mates.join("; ") || null,
      arrival: dmy(d.arrivalDate) || null,
      arrivalFlight: flight(r.arrivalFlight, r.arrivalTime),
      departure: dmy(d.departureDate) || null,
      departureFlight: flight(r.departureFlight, r.departureTime),
      nights: nightsOf(d).length,
      ...(passports
        ? { nationality: r.nationality ? countryName(r.nationality, l) : null, passportNumber: r.passportNumber }
        : {}),
    });
  });
  const about = wb.addWorksheet(l === "vi" ? "Thông tin" : "About");
  for (const line of [
    [l === "vi" ? "Hội nghị" : "Meeting", `${meeting.code} — ${l === "vi" ? meeting.titleVi : meeting.titleEn}`],
    [l === "vi" ? "Khách sạn" : "Hotel", hotel.name],
    [l === "vi" ? "Hợp đồng" : "Contract", `${dmy(hotel.contractFrom)} – ${dmy(hotel.contractTo)}`],
    [l === "vi" ? "Số khách" : "Guests", String(here.length)],
    [l === "vi" ? "Lập lúc" : "Generated", new Date().toISOString()],
    [l === "vi" ? "Người lập" : "Generated by", actor.name],
    ...(passports
      ? [
          [
            l === "vi" ? "Lưu ý" : "Note",
            l === "vi"
              ? "Có số hộ chiếu — chỉ dùng để khách sạn khai báo lưu trú; việc xuất tệp đã được ghi nhật ký."
              : "Contains passport numbers — for the hotel's guest registration only; this export has been logged.",
          ],
        ]
      : []),
  ])
    about.addRow(line);
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 80;
  about.getColumn(1).font = { bold: true };
  safeWorkbook(wb);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  const personalColumns = passports ? ["nationality", "passportNumber"] : [];
  await ctx.db.transaction(async (tx: Tx) => {
    await audit(tx, actor, {
      action: "export.rooming",
      ip: actor.ip ?? null,
      entity: "lodging_hotel",
      entityId: hotel.id,
      after: { format: "xlsx", meetingId, hotel: hotel.name, rows: here.length, personalColumns },
    });
    if (passports)
      await auditPersonalRead(tx, actor, {
        entity: "lodging_hotel",
        entityId: hotel.id,
        view: "full",
        delegateIds: here.map((s) => s.delegateId),
        fields: ["passportNumber"],
      });
  });
  return {
    body,
    fileName: `${slug(meeting.code)}-rooming-${slug(hotel.name)}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
