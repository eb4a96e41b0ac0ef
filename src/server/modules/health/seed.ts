import type { Db } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { compareViNames } from "../../../shared/text.js";
import { insertHealthEntryTx, insertHealthScenarioTx } from "./repo.js";

/** Fixed ids of the demo health records (tests and journeys refer to them). */
export const demoHealthIds = {
  covidScenario: "0a0c5321-0000-4000-8000-00000000e001",
  entryThailand: "0a0c5321-0000-4000-8000-00000000e101",
  entryJapan: "0a0c5321-0000-4000-8000-00000000e102",
} as const;

/**
 * ACCSM 21's demo data for this area (issue 14, point 7): the Ministry of Health's COVID-19 scenario — active, as it
 * was in August 2022 — asking for the temperature, symptoms and a rapid test, and two invented entries of the health
 * log: a screening at arrival, and a health event the health officer shares as "needs medical attention".
 */
export async function seedHealth(db: Db): Promise<void> {
  const meetingId = demoIds.meetingAccsm21;
  const first = async (delegationId: string) =>
    (await listDelegateRows(db, { meetingId, delegationId }))
      .map((r) => r.row)
      .sort((a, b) => compareViNames(a.fullName, b.fullName))[0];
  const [thai, japanese] = await Promise.all([first(demoDelegationIds.THA), first(demoDelegationIds.JPN)]);
  await db.transaction(async (tx) => {
    await insertHealthScenarioTx(tx, {
      id: demoHealthIds.covidScenario,
      meetingId,
      nameVi: "Phòng, chống dịch COVID-19 (kế hoạch của Bộ Y tế)",
      nameEn: "COVID-19 prevention (Ministry of Health plan)",
      fields: ["temperature", "symptoms", "rapid_test", "close_contact"],
      active: true,
    });
    const by = { recordedBy: null, recordedByName: "Phan Thị Lan", sample: true } as const;
    if (japanese)
      await insertHealthEntryTx(tx, {
        id: demoHealthIds.entryJapan,
        meetingId,
        delegateId: japanese.id,
        kind: "screening",
        at: new Date("2022-08-01T15:40:00+07:00"),
        what: "Sàng lọc khi đến sân bay Nội Bài",
        action: "",
        screening: { temperature: 36.6, rapid_test: "negative", close_contact: false },
        ...by,
      });
    if (thai)
      await insertHealthEntryTx(tx, {
        id: demoHealthIds.entryThailand,
        meetingId,
        delegateId: thai.id,
        kind: "event",
        at: new Date("2022-08-02T20:15:00+07:00"),
        what: "Chóng mặt, buồn nôn sau tiệc chiêu đãi",
        action: "Khám tại phòng y tế Trung tâm Hội nghị Quốc gia; đo huyết áp, cho nghỉ ngơi",
        followUp: "Kiểm tra lại sáng 03/8 trước phiên họp",
        shareNeedsAttention: true,
        ...by,
      });
  });
}
