import type { Db } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { getMeetingRow, meetingSessionRows } from "../meetings/repo.js";
import { parseZoned } from "../meetings/time.js";
import type { MealKind } from "../../../shared/logistics.js";
import { freezeDueMeals, insertMealTx } from "./meals.js";

interface MealSpec {
  kind: MealKind;
  vi: string;
  en: string;
  at: string;
  place: string;
  /** The programme's sessions (by English title) whose delegates eat here. */
  sessions: string[];
  cutoff: string | null;
}

const NCC = "Trung tâm Hội nghị Quốc gia / National Convention Center";
const specs: MealSpec[] = [
  {
    kind: "dinner",
    vi: "Tiệc chào mừng các trưởng đoàn",
    en: "Welcome dinner for heads of delegation",
    at: "2022-08-02T19:00",
    place: `Phòng tiệc, ${NCC}`,
    sessions: ["Welcome dinner for heads of delegation"],
    cutoff: "2022-08-01T12:00",
  },
  {
    kind: "coffee_break",
    vi: "Giải lao buổi sáng (SOM)",
    en: "Morning coffee break (SOM)",
    at: "2022-08-03T10:15",
    place: `Sảnh phòng họp toàn thể, ${NCC}`,
    sessions: ["21st ACCSM Senior Officials Meeting (SOM)"],
    cutoff: "2022-08-02T17:00",
  },
  {
    kind: "lunch",
    vi: "Ăn trưa ngày 03/8",
    en: "Lunch, 3 August",
    at: "2022-08-03T12:00",
    place: `Nhà hàng, ${NCC}`,
    sessions: ["21st ACCSM Senior Officials Meeting (SOM)", "6th ACCSM+3 Senior Officials Meeting (SOM+3)"],
    cutoff: "2022-08-02T17:00",
  },
  {
    kind: "coffee_break",
    vi: "Giải lao buổi chiều (SOM+3)",
    en: "Afternoon coffee break (SOM+3)",
    at: "2022-08-03T15:30",
    place: `Sảnh phòng họp toàn thể, ${NCC}`,
    sessions: ["6th ACCSM+3 Senior Officials Meeting (SOM+3)"],
    cutoff: "2022-08-02T17:00",
  },
  {
    kind: "lunch",
    vi: "Ăn trưa ngày 04/8",
    en: "Lunch, 4 August",
    at: "2022-08-04T12:00",
    place: `Nhà hàng, ${NCC}`,
    sessions: ["Forum on Good Governance", "Visit to the Imperial Citadel of Thang Long"],
    cutoff: "2022-08-03T17:00",
  },
  {
    kind: "coffee_break",
    vi: "Giải lao Hội nghị ACCSM Heads",
    en: "Coffee break, ACCSM Heads Meeting",
    at: "2022-08-05T10:00",
    place: `Sảnh phòng họp toàn thể, ${NCC}`,
    sessions: ["21st ACCSM Heads Meeting"],
    cutoff: "2022-08-04T17:00",
  },
  {
    kind: "lunch",
    vi: "Ăn trưa ngày 05/8",
    en: "Lunch, 5 August",
    at: "2022-08-05T12:00",
    place: `Nhà hàng, ${NCC}`,
    sessions: ["21st ACCSM Heads Meeting", "6th ACCSM+3 Heads Meeting"],
    cutoff: "2022-08-04T17:00",
  },
  {
    kind: "reception",
    vi: "Tiệc nhẹ Đêm văn hóa – nghệ thuật",
    en: "Reception at the cultural evening",
    at: "2022-08-05T19:00",
    place: NCC,
    sessions: ["Cultural evening celebrating ACCSM 21"],
    cutoff: null,
  },
];

/**
 * ACCSM 21's meals (issue 14, point 7): the welcome dinner on 2 August, coffee breaks and lunches on 3–5 August
 * linked to the programme's sessions, a reception at the cultural evening without a cut-off (its counts stay live).
 * Sample data (the times and places are invented). The meals whose cut-off has passed are frozen here, so the
 * counts the kitchen got are those of the demo's registrations.
 */
export async function seedMeals(db: Db): Promise<void> {
  const meeting = await getMeetingRow(db, demoIds.meetingAccsm21);
  if (!meeting) return;
  const tz = meeting.timeZone;
  const sessions = new Map((await meetingSessionRows(db, meeting.id)).map((s) => [s.titleEn, s.id]));
  const at = (s: string) => {
    const d = parseZoned(s, tz);
    if (!d) throw new Error(`seed meals: bad time ${s}`);
    return d;
  };
  await db.transaction(async (tx) => {
    for (const m of specs) {
      await insertMealTx(
        tx,
        {
          id: crypto.randomUUID(),
          meetingId: meeting.id,
          kind: m.kind,
          nameVi: m.vi,
          nameEn: m.en,
          startsAt: at(m.at),
          place: m.place,
          cutoffAt: m.cutoff ? at(m.cutoff) : null,
          sample: true,
        },
        m.sessions.flatMap((t) => sessions.get(t) ?? []),
      );
    }
    await freezeDueMeals(tx, meeting);
  });
}
