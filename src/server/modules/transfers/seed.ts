import type { Db } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { getMeetingRow } from "../meetings/repo.js";
import type { VehicleInput } from "../../../shared/schemas/transfers.js";
import { autoAllocateTx, insertVehiclesTx } from "./transfers.js";

/** The demo fleet (sample): cars for heads of delegation, vans, a coach; drivers and plates invented. */
const fleet: VehicleInput[] = [
  {
    label: "Xe 01 — Toyota Camry",
    kind: "car",
    seats: 4,
    driverName: "Nguyễn Văn Hùng",
    driverPhone: "+84 912 300 101",
    plate: "29A-301.01",
  },
  {
    label: "Xe 02 — Toyota Camry",
    kind: "car",
    seats: 4,
    driverName: "Trần Quốc Bảo",
    driverPhone: "+84 912 300 102",
    plate: "29A-301.02",
  },
  {
    label: "Xe 03 — Mercedes E200",
    kind: "car",
    seats: 4,
    driverName: "Lê Minh Tuấn",
    driverPhone: "+84 912 300 103",
    plate: "29A-301.03",
  },
  {
    label: "Xe 04 — Ford Transit",
    kind: "van",
    seats: 15,
    driverName: "Phạm Đức Long",
    driverPhone: "+84 912 300 104",
    plate: "29B-402.04",
  },
  {
    label: "Xe 05 — Ford Transit",
    kind: "van",
    seats: 15,
    driverName: "Hoàng Văn Nam",
    driverPhone: "+84 912 300 105",
    plate: "29B-402.05",
  },
  {
    label: "Xe 06 — Hyundai Solati",
    kind: "van",
    seats: 15,
    driverName: "Đỗ Thanh Sơn",
    driverPhone: "+84 912 300 106",
    plate: "29B-402.06",
  },
  {
    label: "Xe 07 — Hyundai Universe",
    kind: "bus",
    seats: 45,
    driverName: "Vũ Đình Khoa",
    driverPhone: "+84 912 300 107",
    plate: "29B-503.07",
  },
];

/** ACCSM 21's demo data for this area (issue 14, point 7): the fleet, allocated to the arrivals of 1 and 2 August. */
export async function seedTransfers(db: Db): Promise<void> {
  const meeting = await getMeetingRow(db, demoIds.meetingAccsm21);
  if (!meeting) return;
  await db.transaction(async (tx) => {
    await insertVehiclesTx(tx, meeting.id, fleet, { sample: true });
    for (const date of ["2022-08-01", "2022-08-02"]) await autoAllocateTx(tx, meeting, date);
  });
}
