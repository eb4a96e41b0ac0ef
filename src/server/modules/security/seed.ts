import type { Db } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { findUserByEmail } from "../people/repo.js";
import { meetingVenueRows } from "../meetings/repo.js";
import { hotelsOf } from "../lodging/repo.js";
import type { CheckItemStatus } from "../../../shared/logistics.js";
import { insertChecklistTx, insertIncidentTx } from "./service.js";
import { templateByKey } from "./templates.js";

/** What the demo says of one template item: its status and evidence (index = the template's item). */
interface ItemState {
  status: CheckItemStatus;
  note?: string;
}

const RESPONSIBLE = [
  "Trần Văn Hùng (Công an TP Hà Nội), 0912 021 201",
  "Lê Thị Thu (Ban quản lý Trung tâm), 0912 021 202",
  "Phạm Quốc Bảo (Phòng cháy chữa cháy), 0912 021 203",
];

/**
 * ACCSM 21's demo data for this area (issue 14, point 7): checklists for the convention centre (the demo venue
 * "Trung tâm hội nghị") and for the first hotel lodging seeds (none when there is no hotel), some items signed off by
 * the security officer, some done, some open and overdue; one incident. All sample data.
 */
export async function seedSecurity(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  const venue = (await meetingVenueRows(db, M)).find((v) => v.nameVi === "Trung tâm hội nghị");
  const officer = await findUserByEmail(db, "security@demo.focal");
  if (!venue) return;
  const hotel = (await hotelsOf(db, M))[0];
  const signedAt = new Date("2022-07-29T16:00:00+07:00");
  const doneAt = new Date("2022-07-28T10:00:00+07:00");

  const place = (kind: "venue" | "hotel", id: string) => ({
    placeKind: kind,
    venueId: kind === "venue" ? id : null,
    hotelId: kind === "hotel" ? id : null,
  });
  const lists: { kind: "venue" | "hotel"; id: string; key: string; due: string; states: ItemState[] }[] = [
    {
      kind: "venue",
      id: venue.id,
      key: "fire_safety",
      due: "2022-07-29T17:00:00+07:00",
      states: [
        { status: "signed_off", note: "24 bình, hạn 12/2023 / 24 extinguishers, in date to 12/2023" },
        { status: "signed_off", note: "Đã đi kiểm tra 6 lối thoát / Walked all 6 exits" },
        { status: "done", note: "Thử chuông lúc 9:00 / Alarm tested at 9:00" },
        { status: "open" },
        { status: "open" },
      ],
    },
    {
      kind: "venue",
      id: venue.id,
      key: "access_control",
      due: "2022-07-31T17:00:00+07:00",
      states: [{ status: "signed_off", note: "3 khu vực, 5 chốt / 3 zones, 5 checkpoints" }, { status: "open" }],
    },
    { kind: "venue", id: venue.id, key: "screening", due: "2022-08-01T12:00:00+07:00", states: [] },
    {
      kind: "venue",
      id: venue.id,
      key: "food_safety",
      due: "2022-08-02T10:00:00+07:00",
      states: [{ status: "signed_off", note: "Giấy chứng nhận số 123/ATTP / Certificate no. 123/ATTP" }],
    },
  ];
  if (hotel)
    lists.push(
      {
        kind: "hotel",
        id: hotel.id,
        key: "fire_safety",
        due: "2022-07-30T17:00:00+07:00",
        states: [{ status: "signed_off", note: "Biên bản PCCC ngày 25/7 / Fire inspection report of 25 July" }],
      },
      { kind: "hotel", id: hotel.id, key: "access_control", due: "2022-07-31T17:00:00+07:00", states: [] },
    );

  await db.transaction(async (tx) => {
    for (const l of lists) {
      const t = templateByKey.get(l.key)!;
      await insertChecklistTx(
        tx,
        {
          id: crypto.randomUUID(),
          meetingId: M,
          ...place(l.kind, l.id),
          templateKey: t.key,
          titleVi: t.titleVi,
          titleEn: t.titleEn,
          sample: true,
        },
        t.items.map((item, n) => {
          const s = l.states[n] ?? { status: "open" as const };
          const done = s.status !== "open";
          const signed = s.status === "signed_off";
          return {
            textVi: item.vi,
            textEn: item.en,
            responsible: RESPONSIBLE[n % RESPONSIBLE.length]!,
            dueAt: new Date(l.due),
            status: s.status,
            evidenceNote: s.note ?? null,
            doneAt: done ? doneAt : null,
            doneBy: done ? (officer?.id ?? null) : null,
            signedOffAt: signed ? signedAt : null,
            signedOffBy: signed ? (officer?.id ?? null) : null,
          };
        }),
      );
    }
    await insertIncidentTx(tx, {
      id: crypto.randomUUID(),
      meetingId: M,
      at: new Date("2022-08-03T14:20:00+07:00"),
      place: "Trung tâm hội nghị, cổng số 2 / Conference centre, gate 2",
      what:
        "Một xe không có thẻ dừng trước cổng khi đoàn đại biểu đến. / A vehicle without a pass stopped at the gate " +
        "as a delegation arrived.",
      action:
        "Cảnh sát giao thông hướng dẫn xe rời đi; bổ sung một cán bộ tại cổng. / Traffic police moved it on; one " +
        "more officer posted at the gate.",
      reporter: "Trần Văn Hùng",
      reportedBy: officer?.id ?? null,
      sample: true,
    });
  });
}
