/** Data that several journeys and screenshot scripts add to the demo before they look at it. */
import type { ApiClient } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;

/**
 * The demo has no double booking; this makes one so the clash flag shows: a Viet Nam – Thailand bilateral in the
 * plenary hall on 05/08/2022, 10:30–11:15, during the Heads meeting. Returns the new session's id.
 */
export async function addClashingBilateral(icd: ApiClient): Promise<string> {
  const venues = await icd.get<{ rooms: { id: string; nameEn: string }[] }[]>(`/meetings/${M}/venues`);
  const plenary = venues.flatMap((v) => v.rooms).find((r) => r.nameEn === "Plenary hall")!;
  const clash = await icd.post<{ id: string }>(`/meetings/${M}/sessions`, {
    kind: "bilateral",
    titleVi: "Gặp song phương Việt Nam – Thái Lan (thử trùng lịch)",
    titleEn: "Bilateral Viet Nam – Thailand (clash test)",
    start: "2022-08-05T10:30",
    end: "2022-08-05T11:15",
    roomId: plenary.id,
    chair: "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà",
    chairEn: "Minister of Home Affairs Pham Thi Thanh Tra",
    delegationIds: [demoDelegationIds.VNM, demoDelegationIds.THA],
    agenda: [
      { titleVi: "Hợp tác đào tạo công chức", titleEn: "Civil servant training cooperation", presenter: "Thailand" },
    ],
  });
  return clash.id;
}
