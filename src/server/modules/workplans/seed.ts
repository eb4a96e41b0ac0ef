import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { audit } from "../audit/service.js";
import { demoIds } from "../../seed/ids.js";
import type { ActivityKind, ActivityStatus } from "../../../shared/workplans.js";
import { workplanActivities, workplanSnapshots, workplanStatusChanges, workplans } from "./schema.js";
import { activitySearchText } from "./rows.js";
import { computeWorkplanReview } from "./snapshots.js";

/**
 * The two work plans of seeds 001 and 003, with histories that give exactly the counts reported at SOM 21 and
 * SOM+3 6 on 3 August 2022 (ACCSM: 31 → 7 completed, 5 ongoing, 19 planned; ACCSM+3: 32 → 7, 4, 21) and different,
 * plausible counts on earlier dates. The seeds name only a few activities; every other title, lead and date is
 * sample data and says so.
 */

const ASEAN = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"];
const PLUS3 = ["CHN", "JPN", "KOR"];
const SEED_DAY = "2022-08-03";
const RECORDER = "Dữ liệu mẫu / Sample data";

type Step = [ActivityStatus, string];
interface Spec {
  kind: ActivityKind;
  years: number[];
  path: Step[];
  /** A title and lead the seeds give; otherwise a sample title is generated. */
  real?: { vi: string; en: string; leads: string[]; coLeads?: string[]; note?: string };
}

const Y = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const start = "2021-01-01";
const focalMeeting = "2021-11-18"; // the ACCSM focal points meeting of November 2021 (seed 001; day is sample)

const planned = (on = start): Step[] => [["planned", on]];
const ongoing = (since: string, on = start): Step[] => [
  ["planned", on],
  ["ongoing", since],
];
const completed = (done: string, since?: string, on = start): Step[] =>
  since
    ? [
        ["planned", on],
        ["ongoing", since],
        ["completed", done],
      ]
    : [
        ["planned", on],
        ["completed", done],
      ];

const accsmSpecs: Spec[] = [
  { kind: "project", years: [2021], path: completed("2021-06-15", "2021-03-15") },
  { kind: "activity", years: [2021], path: completed("2021-09-30", "2021-05-10") },
  { kind: "activity", years: [2021], path: completed("2021-10-20") },
  { kind: "project", years: [2021], path: completed("2021-12-10", "2021-08-02") },
  { kind: "project", years: [2021, 2022], path: completed("2022-03-25", "2021-11-01") },
  { kind: "activity", years: [2022], path: completed("2022-05-18") },
  { kind: "activity", years: [2022], path: completed("2022-07-08", "2022-02-14") },
  {
    kind: "project",
    years: Y(2021, 2025),
    path: ongoing("2021-06-15"),
    real: {
      vi: "Thúc đẩy hợp tác của ACCSM với các nước đối tác đối thoại Canada, Úc, Niu Di-lân, Ấn Độ (sáng kiến của Singapore)",
      en: "Strengthening ACCSM cooperation with the dialogue partners Canada, Australia, New Zealand and India (Singapore's initiative)",
      leads: ["SGP"],
    },
  },
  { kind: "annual_activity", years: Y(2021, 2025), path: ongoing("2021-02-01") },
  { kind: "annual_activity", years: Y(2021, 2025), path: ongoing("2021-04-01") },
  {
    kind: "project",
    years: Y(2022, 2025),
    path: ongoing("2022-03-01", focalMeeting),
    real: {
      vi: "Kế hoạch hành động thực hiện Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ đối với những thách thức mới",
      en: "Action plan to implement the ASEAN Declaration on Strengthening the Adaptability of the Civil Service to New Challenges",
      leads: ["VNM"],
      note: "Thông qua tạm thời tại ACCSM 21; trình bày tại Hội nghị ACCSM Heads ngày 05/8/2022 (seed 001)",
    },
  },
  { kind: "project", years: [2022, 2023], path: ongoing("2022-06-20") },
  ...Array.from({ length: 18 }, (_, i): Spec => ({
    kind: i % 3 === 0 ? "project" : "activity",
    years: [2022 + (i % 4)],
    path: planned(),
  })),
  { kind: "activity", years: [2023], path: planned(focalMeeting) },
];

const plus3Specs: Spec[] = [
  { kind: "activity", years: [2021], path: completed("2021-07-22", "2021-04-05") },
  { kind: "activity", years: [2021], path: completed("2021-09-16") },
  { kind: "project", years: [2021], path: completed("2021-11-25", "2021-05-17") },
  { kind: "activity", years: [2021, 2022], path: completed("2022-01-20", "2021-10-11") },
  { kind: "activity", years: [2022], path: completed("2022-04-28") },
  { kind: "project", years: [2022], path: completed("2022-06-09", "2022-01-10") },
  { kind: "activity", years: [2022], path: completed("2022-07-27", "2022-05-02") },
  { kind: "annual_activity", years: Y(2021, 2025), path: ongoing("2021-03-01") },
  { kind: "annual_activity", years: Y(2021, 2025), path: ongoing("2021-06-01") },
  { kind: "project", years: [2021, 2022, 2023], path: ongoing("2021-09-13") },
  { kind: "project", years: [2022, 2023], path: ongoing("2022-04-18", focalMeeting) },
  ...Array.from({ length: 20 }, (_, i): Spec => ({
    kind: i % 3 === 1 ? "project" : "activity",
    years: [2022 + ((i + 1) % 4)],
    path: planned(),
  })),
  { kind: "activity", years: [2024], path: planned(focalMeeting) },
];

/** Sample topics, each as it reads after "về …" / "on …". */
const topics: [string, string][] = [
  [
    "chuyển đổi số trong quản lý nguồn nhân lực khu vực công",
    "digital transformation of public-sector human resource management",
  ],
  ["đạo đức công vụ và liêm chính", "civil-service ethics and integrity"],
  ["quản lý kết quả thực thi công vụ", "performance management in the civil service"],
  ["phát triển đội ngũ lãnh đạo cấp cao", "senior leadership development"],
  ["bình đẳng giới trong nền công vụ", "gender equality in the civil service"],
  ["tuyển dụng dựa trên năng lực", "competency-based recruitment"],
  ["làm việc linh hoạt và từ xa sau đại dịch COVID-19", "flexible and remote work after COVID-19"],
  ["chính phủ số và dịch vụ công trực tuyến", "digital government and online public services"],
  ["đổi mới sáng tạo trong khu vực công", "public-sector innovation"],
  ["quản lý tri thức trong cơ quan hành chính", "knowledge management in public administration"],
  ["cải cách chính sách tiền lương", "pay policy reform"],
  ["phòng, chống tham nhũng trong nền công vụ", "anti-corruption in the civil service"],
  ["mạng lưới các trung tâm nguồn lực ACCSM", "the network of ACCSM resource centres"],
  ["năng lực thích ứng và quản trị khủng hoảng", "resilience and crisis governance"],
  ["trao đổi công chức trẻ ASEAN", "exchanges of young ASEAN civil servants"],
  ["đánh giá nhu cầu đào tạo, bồi dưỡng", "training needs assessment"],
  ["dịch vụ công lấy người dân làm trung tâm", "citizen-centred public services"],
  ["cơ sở dữ liệu về nền công vụ ASEAN", "a database of ASEAN civil services"],
  ["sức khỏe và phúc lợi của công chức", "civil servants' health and well-being"],
  ["kỹ năng số cho công chức", "digital skills for civil servants"],
  ["quản trị công tốt và minh bạch", "good governance and transparency"],
  ["luân chuyển và biệt phái công chức", "mobility and secondment of civil servants"],
  ["đo lường sự hài lòng của người dân", "measuring citizen satisfaction"],
  ["cải cách thủ tục hành chính", "administrative procedure reform"],
  ["quy hoạch cán bộ kế cận", "succession planning"],
  ["trí tuệ nhân tạo trong hành chính công", "artificial intelligence in public administration"],
  ["hợp tác công - tư trong đào tạo công chức", "public–private partnerships in civil-service training"],
  ["nâng cao nhận thức về Cộng đồng ASEAN", "awareness of the ASEAN Community"],
  ["quản lý hồ sơ, tài liệu điện tử", "electronic records management"],
  ["đánh giá tác động chính sách", "policy impact assessment"],
  ["quản lý công chức theo vị trí việc làm", "job-position-based civil-service management"],
  ["đào tạo trực tuyến cho công chức", "e-learning for civil servants"],
];

const forms: Record<"accsm" | "plus3", Record<ActivityKind, [string, string][]>> = {
  accsm: {
    project: [
      ["Dự án nghiên cứu về", "Research project on"],
      ["Chương trình đào tạo về", "Training programme on"],
    ],
    activity: [
      ["Hội thảo khu vực về", "Regional workshop on"],
      ["Chuyến khảo sát, học tập kinh nghiệm về", "Study visit on"],
    ],
    annual_activity: [["Diễn đàn thường niên về", "Annual forum on"]],
  },
  plus3: {
    project: [
      ["Nghiên cứu chung ASEAN+3 về", "ASEAN+3 joint study on"],
      ["Chương trình trao đổi ASEAN+3 về", "ASEAN+3 exchange programme on"],
    ],
    activity: [
      ["Hội thảo ASEAN+3 về", "ASEAN+3 workshop on"],
      ["Khóa tập huấn ASEAN+3 về", "ASEAN+3 training course on"],
    ],
    annual_activity: [["Diễn đàn thường niên ASEAN+3 về", "ASEAN+3 annual forum on"]],
  },
};

interface PlanSeed {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  members: string[];
  specs: Spec[];
  flavour: "accsm" | "plus3";
  /** Sample lead rotation, by activity number. */
  leadRotation: string[];
  topicOffset: number;
  /** Codes are shuffled over the statuses with a step coprime to the count, so the list is not grouped by status. */
  step: number;
  snapshots: { name: string; asOf: string }[];
}

const plans: PlanSeed[] = [
  {
    id: demoIds.workplanAccsm,
    code: "ACCSM",
    titleVi: "Kế hoạch làm việc ACCSM giai đoạn 2021–2025",
    titleEn: "ACCSM Work Plan 2021–2025",
    members: ASEAN,
    specs: accsmSpecs,
    flavour: "accsm",
    leadRotation: ["VNM", "THA", "MYS", "SGP", "IDN", "PHL", "BRN", "KHM", "LAO", "MMR"],
    topicOffset: 0,
    step: 7,
    snapshots: [
      { name: "Cuộc họp các đầu mối ACCSM, tháng 11/2021", asOf: focalMeeting },
      { name: "SOM 21, 3 August 2022", asOf: SEED_DAY },
    ],
  },
  {
    id: demoIds.workplanAccsmPlus3,
    code: "ACCSM+3",
    titleVi: "Kế hoạch làm việc ACCSM+3 giai đoạn 2021–2025",
    titleEn: "ACCSM+3 Work Plan 2021–2025",
    members: [...ASEAN, ...PLUS3],
    specs: plus3Specs,
    flavour: "plus3",
    leadRotation: ["JPN", "CHN", "KOR", "VNM", "THA", "SGP", "MYS", "IDN", "PHL", "BRN", "KHM", "LAO", "MMR"],
    topicOffset: 5,
    step: 5,
    snapshots: [
      { name: "Cuộc họp các đầu mối ACCSM+3, tháng 11/2021", asOf: focalMeeting },
      { name: "SOM+3 6, 3 August 2022", asOf: SEED_DAY },
    ],
  },
];

/** Japan's proposal at SOM+3 6 (seed 003), waiting for a meeting to adopt it. */
const japanProposal = {
  titleVi: "Hội thảo quốc tế: Kỷ niệm 50 năm quan hệ hợp tác hữu nghị ASEAN - Nhật Bản",
  titleEn: "International seminar: 50th anniversary of ASEAN–Japan friendship and cooperation",
  proposedBy: "JPN",
  years: [2023],
  note:
    "Nhật Bản đề xuất tại SOM+3 lần thứ 6 (03/8/2022), dự kiến tổ chức tại Nhật Bản năm 2023. / " +
    "Proposed by Japan at the 6th SOM+3 (3 August 2022), to be held in Japan in 2023.",
};

const at = (isoDay: string) => new Date(`${isoDay}T02:00:00Z`); // 09:00 in Hanoi

/** Seeds both work plans, their activities and histories, Japan's proposal and the named snapshots. */
/** The element at `i` counting round the list (the demo's rotations of leads, topics and forms). */
function cycle<T>(xs: readonly T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error("the seed cycles over an empty list");
  return x;
}

export async function seedWorkplans(db: Db, _unitIds: Map<string, string>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const p of plans) {
      await tx.insert(workplans).values({
        id: p.id,
        code: p.code,
        titleVi: p.titleVi,
        titleEn: p.titleEn,
        periodStart: "2021-01-01",
        periodEnd: "2025-12-31",
        members: p.members,
      });
      const n = p.specs.length;
      for (const [i, spec] of p.specs.entries()) {
        const number = ((i * p.step) % n) + 1;
        const code = `${p.code}-${String(number).padStart(2, "0")}`;
        const rotation = p.leadRotation;
        const lead = cycle(rotation, number - 1);
        const coLead = number % 4 === 0 ? cycle(rotation, number) : null;
        const topic = cycle(topics, number - 1 + p.topicOffset);
        const form = cycle(forms[p.flavour][spec.kind], number);
        // Invented titles say so in the activity's first history note, not in the title people read.
        const titleVi = spec.real?.vi ?? `${form[0]} ${topic[0]}`;
        const titleEn = spec.real?.en ?? `${form[1]} ${topic[1]}`;
        const leads = spec.real?.leads ?? [lead];
        const coLeads = spec.real ? (spec.real.coLeads ?? []) : coLead && coLead !== lead ? [coLead] : [];
        const id = crypto.randomUUID();
        const last = spec.path.at(-1);
        if (!last) throw new Error(`the seed's activity ${code} has no status path`);
        const [lastStatus, lastOn] = last;
        const row = {
          id,
          workplanId: p.id,
          code,
          titleVi,
          titleEn,
          leads,
          coLeads,
          plannedYears: spec.years,
          kind: spec.kind,
        };
        await tx
          .insert(workplanActivities)
          .values({ ...row, status: lastStatus, statusOn: lastOn, searchText: activitySearchText(row) });
        for (const [k, [status, on]] of spec.path.entries()) {
          const sampleNote = spec.real ? "" : "Hoạt động mẫu (tên minh họa) / Sample activity (illustrative title). ";
          const note =
            k === 0 && sampleNote
              ? `${sampleNote}${on === start ? "Có trong Kế hoạch làm việc khi thông qua / In the work plan as adopted" : "Bổ sung tại cuộc họp các đầu mối tháng 11/2021 / Added at the focal points meeting, Nov 2021"}`
              : k === 0
                ? on === start
                  ? "Có trong Kế hoạch làm việc khi thông qua (mẫu) / In the work plan as adopted (sample)"
                  : "Bổ sung tại cuộc họp các đầu mối tháng 11/2021 (mẫu) / Added at the focal points meeting, Nov 2021 (sample)"
                : status === "completed"
                  ? "Báo cáo hoàn thành (mẫu) / Reported completed (sample)"
                  : "Bắt đầu triển khai (mẫu) / Implementation started (sample)";
          await tx.insert(workplanStatusChanges).values({
            id: crypto.randomUUID(),
            activityId: id,
            workplanId: p.id,
            seq: k + 1,
            fromStatus: spec.path[k - 1]?.[0] ?? null,
            status,
            effectiveOn: on,
            note: k === spec.path.length - 1 && spec.real?.note ? spec.real.note : note,
            recordedBy: null,
            recordedByName: RECORDER,
            recordedAt: at(on),
          });
        }
      }
      if (p.id === demoIds.workplanAccsmPlus3) {
        const id = crypto.randomUUID();
        const row = {
          id,
          workplanId: p.id,
          code: null,
          titleVi: japanProposal.titleVi,
          titleEn: japanProposal.titleEn,
          leads: [japanProposal.proposedBy],
          coLeads: [],
          plannedYears: japanProposal.years,
          kind: "activity" as const,
        };
        await tx.insert(workplanActivities).values({
          ...row,
          status: "proposed",
          statusOn: SEED_DAY,
          proposedBy: japanProposal.proposedBy,
          proposedOn: SEED_DAY,
          searchText: activitySearchText(row),
        });
        await tx.insert(workplanStatusChanges).values({
          id: crypto.randomUUID(),
          activityId: id,
          workplanId: p.id,
          seq: 1,
          fromStatus: null,
          status: "proposed",
          effectiveOn: SEED_DAY,
          note: japanProposal.note,
          recordedBy: null,
          recordedByName: RECORDER,
          recordedAt: at(SEED_DAY),
        });
      }
      const [plan] = await tx.select().from(workplans).where(eq(workplans.id, p.id));
      if (!plan) throw new Error(`the seed's programme ${p.code} was not stored`);
      for (const s of p.snapshots) {
        await tx.insert(workplanSnapshots).values({
          id: crypto.randomUUID(),
          workplanId: p.id,
          name: s.name,
          asOf: s.asOf,
          data: await computeWorkplanReview(tx, plan, s.asOf),
          createdBy: null,
          createdByName: RECORDER,
          createdAt: at(s.asOf),
        });
      }
    }
    await audit(tx, null, {
      action: "seed.workplans",
      entity: "system",
      entityId: "demo",
      after: { workplans: plans.map((p) => ({ code: p.code, activities: p.specs.length })), proposals: 1 },
    });
  });
}
