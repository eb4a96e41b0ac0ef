import type { Db } from "../../db/client.js";
import type { LanguageLevel, OfficerKind } from "../../../shared/logistics.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { parseZoned } from "../meetings/time.js";
import { findUserByEmail } from "../people/repo.js";
import { arrivalDays, assignTx, insertOfficerTx, insertTrainingTx, setAttendanceTx } from "./liaison.js";
import { availableOn } from "./suggest.js";

type Key = keyof typeof demoDelegationIds;
interface Spec {
  fullName: string;
  kind: OfficerKind;
  unit: string;
  phone: string;
  email: string;
  languages: [string, LanguageLevel][];
  availableDays?: string[];
  account?: string;
  delegations: Key[];
  /** Trainings attended (1, 2); invited to both. */
  attended: number[];
}

const HNUE = "Trường Đại học Hà Nội";
const specs: Spec[] = [
  {
    fullName: "Ngô Thu Trang",
    kind: "volunteer",
    unit: "Trường Đại học Nội vụ Hà Nội",
    phone: "0912 021 011",
    email: "liaison@demo.focal",
    languages: [
      ["en", "fluent"],
      ["ja", "working"],
    ],
    account: "liaison@demo.focal",
    delegations: ["JPN"],
    attended: [1, 2],
  },
  {
    fullName: "Phạm Minh Châu",
    kind: "liaison",
    unit: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    phone: "0903 114 220",
    email: "pham.minh.chau@demo.focal",
    languages: [
      ["en", "fluent"],
      ["th", "fluent"],
    ],
    delegations: ["THA"],
    attended: [1, 2],
  },
  {
    fullName: "Vũ Hoàng Long",
    kind: "liaison",
    unit: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    phone: "0913 250 318",
    email: "vu.hoang.long@demo.focal",
    languages: [
      ["en", "working"],
      ["lo", "fluent"],
      ["th", "working"],
    ],
    delegations: ["LAO"],
    attended: [1],
  },
  {
    fullName: "Trần Thị Bích Ngọc",
    kind: "volunteer",
    unit: HNUE,
    phone: "0988 402 115",
    email: "tran.bich.ngoc@demo.focal",
    languages: [
      ["en", "fluent"],
      ["km", "working"],
    ],
    delegations: ["KHM"],
    attended: [1, 2],
  },
  {
    fullName: "Lê Quang Huy",
    kind: "liaison",
    unit: "Học viện Ngoại giao",
    phone: "0904 671 932",
    email: "le.quang.huy@demo.focal",
    languages: [
      ["en", "fluent"],
      ["zh", "fluent"],
    ],
    delegations: ["CHN"],
    attended: [2],
  },
  {
    fullName: "Đỗ Thị Hải Yến",
    kind: "volunteer",
    unit: HNUE,
    phone: "0966 318 207",
    email: "do.hai.yen@demo.focal",
    languages: [
      ["en", "fluent"],
      ["ko", "fluent"],
    ],
    delegations: ["KOR"],
    attended: [1, 2],
  },
  {
    fullName: "Nguyễn Đức Anh",
    kind: "liaison",
    unit: "Học viện Hành chính Quốc gia",
    phone: "0912 558 640",
    email: "nguyen.duc.anh@demo.focal",
    languages: [
      ["en", "fluent"],
      ["ms", "basic"],
    ],
    delegations: ["BRN", "MYS"],
    attended: [1, 2],
  },
  {
    fullName: "Hoàng Thị Mai Anh",
    kind: "volunteer",
    unit: HNUE,
    phone: "0977 903 411",
    email: "hoang.mai.anh@demo.focal",
    languages: [
      ["en", "fluent"],
      ["fr", "working"],
    ],
    delegations: ["IDN"],
    attended: [1],
  },
  {
    fullName: "Bùi Tuấn Kiệt",
    kind: "volunteer",
    unit: "Học viện Ngoại giao",
    phone: "0936 227 584",
    email: "bui.tuan.kiet@demo.focal",
    languages: [["en", "fluent"]],
    // Away on the first of August (an exam): never proposed for a delegation arriving that day.
    availableDays: ["2022-08-02", "2022-08-03", "2022-08-04", "2022-08-05", "2022-08-06", "2022-08-07"],
    delegations: ["MMR"],
    attended: [2],
  },
  {
    fullName: "Đặng Thùy Linh",
    kind: "liaison",
    unit: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    phone: "0915 640 773",
    email: "dang.thuy.linh@demo.focal",
    languages: [["en", "native"]],
    delegations: ["PHL", "SGP"],
    attended: [1, 2],
  },
  {
    fullName: "Phan Văn Thành",
    kind: "liaison",
    unit: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    phone: "0983 115 296",
    email: "phan.van.thanh@demo.focal",
    languages: [["en", "fluent"]],
    delegations: ["AUS"],
    attended: [1, 2],
  },
  {
    fullName: "Trịnh Ngọc Ánh",
    kind: "volunteer",
    unit: HNUE,
    phone: "0947 382 610",
    email: "trinh.ngoc.anh@demo.focal",
    languages: [
      ["en", "fluent"],
      ["zh", "basic"],
    ],
    delegations: ["ASEC"],
    attended: [],
  },
];

/** ACCSM 21's demo data for this area (issue 14, point 7): twelve officers, two July trainings, every assignment. */
export async function seedLiaison(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  const arrivals = arrivalDays((await listDelegateRows(db, { meetingId: M })).map((d) => d.row));
  const accounts = new Map<string, string>();
  for (const s of specs)
    if (s.account) {
      const u = await findUserByEmail(db, s.account);
      if (u) accounts.set(s.account, u.id);
    }
  const at = (v: string) => parseZoned(v, "Asia/Ho_Chi_Minh")!;
  await db.transaction(async (tx) => {
    const trainings = [
      await insertTrainingTx(tx, {
        id: crypto.randomUUID(),
        meetingId: M,
        titleVi: "Tập huấn về Hội nghị ACCSM 21 và nghi thức đón tiếp đoàn",
        titleEn: "Briefing on ACCSM 21 and delegation protocol",
        startsAt: at("2022-07-15T08:30"),
        endsAt: at("2022-07-15T11:30"),
        place: "Phòng họp tầng 3, Bộ Nội vụ, 8 Tôn Thất Thuyết",
      }),
      await insertTrainingTx(tx, {
        id: crypto.randomUUID(),
        meetingId: M,
        titleVi: "Văn hóa, đất nước, con người Việt Nam; diễn tập đón đoàn tại sân bay Nội Bài",
        titleEn: "Viet Nam's culture, country and people; airport welcome rehearsal at Noi Bai",
        startsAt: at("2022-07-27T14:00"),
        endsAt: at("2022-07-27T17:00"),
        place: "Trung tâm Hội nghị Quốc gia",
      }),
    ];
    const attendance: { officerId: string; attended: boolean }[][] = [[], []];
    for (const s of specs) {
      const o = await insertOfficerTx(tx, {
        id: crypto.randomUUID(),
        meetingId: M,
        kind: s.kind,
        fullName: s.fullName,
        unit: s.unit,
        phone: s.phone,
        email: s.email,
        userId: s.account ? (accounts.get(s.account) ?? null) : null,
        languages: s.languages.map(([code, level]) => ({ code, level })),
        availableDays: s.availableDays ?? [],
        sample: true,
      });
      for (const i of [0, 1]) attendance[i]!.push({ officerId: o.id, attended: s.attended.includes(i + 1) });
      for (const k of s.delegations) {
        const day = arrivals.get(demoDelegationIds[k]);
        if (!availableOn(o, day)) throw new Error(`demo liaison: ${s.fullName} is away when ${k} arrives (${day})`);
        await assignTx(tx, M, demoDelegationIds[k], o.id);
      }
    }
    for (const i of [0, 1]) await setAttendanceTx(tx, trainings[i]!.id, attendance[i]!);
  });
}
