import type { Db } from "../../db/client.js";
import { audit } from "../audit/service.js";
import { demoIds } from "../../seed/ids.js";
import { allAgencies } from "./agencies-data.js";
import { agencySearchText } from "./service.js";
import {
  targetAgencies,
  targetIndicators,
  targetReportEvents,
  targetReportValues,
  targetReports,
  targetSchemes,
} from "./schema.js";

/**
 * Scheme 1439 as seed 004 states it: Decision 1439/QĐ-TTg of 29/10/2018; in 2019 every ministry and province issues
 * an action plan; from 2019 to 2025, 100% of civil servants trained on the ASEAN Community and 80% in administrative
 * and public-management skills meeting the common standards of ASEAN civil services.
 */
export const scheme1439 = {
  id: demoIds.scheme1439,
  code: "1439",
  titleVi:
    "Đề án “Tuyên bố ASEAN về vai trò của nền công vụ làm chất xúc tác trong việc đạt được Tầm nhìn Cộng đồng ASEAN 2025” (Đề án 1439)",
  titleEn:
    "Scheme on the ASEAN Declaration on the Role of the Civil Service as a Catalyst for Achieving the ASEAN Community Vision 2025 (Scheme 1439)",
  decisionNo: "1439/QĐ-TTg",
  decisionDate: "2018-10-29",
  startYear: 2019,
  endYear: 2025,
};

/** Fixed ids so tests and other seeds can name the indicators. */
export const indicatorIds = {
  a: "0a0c5321-0000-4000-8000-00000014390a",
  b: "0a0c5321-0000-4000-8000-00000014390b",
  c: "0a0c5321-0000-4000-8000-00000014390c",
} as const;

const baseline = { baselinePercent: 0, baselineDate: "2018-10-29" };
export const indicators1439 = [
  {
    id: indicatorIds.a,
    code: "a",
    position: 1,
    kind: "boolean",
    titleVi: "Các bộ, ngành, địa phương ban hành Kế hoạch hành động thực hiện Đề án trong năm 2019",
    titleEn: "Ministries and provinces issue an action plan for the Scheme in 2019",
    numeratorLabelVi: "Đã ban hành Kế hoạch hành động thực hiện Đề án 1439",
    numeratorLabelEn: "Action plan for Scheme 1439 issued",
    denominatorLabelVi: null,
    denominatorLabelEn: null,
    ...baseline,
    targetPercent: 100,
    deadline: "2019-12-31",
  },
  {
    id: indicatorIds.b,
    code: "b",
    position: 2,
    kind: "ratio",
    titleVi: "Tỷ lệ công chức được tập huấn, trang bị kiến thức đầy đủ về Cộng đồng ASEAN",
    titleEn: "Share of civil servants trained on the ASEAN Community",
    numeratorLabelVi: "Số công chức đã được tập huấn về Cộng đồng ASEAN (lũy kế từ năm 2019)",
    numeratorLabelEn: "Civil servants trained on the ASEAN Community (cumulative since 2019)",
    denominatorLabelVi: "Tổng số công chức",
    denominatorLabelEn: "Civil servants in total",
    ...baseline,
    targetPercent: 100,
    deadline: "2025-12-31",
  },
  {
    id: indicatorIds.c,
    code: "c",
    position: 3,
    kind: "ratio",
    titleVi:
      "Tỷ lệ công chức được tập huấn về kỹ năng hành chính, quản lý nhà nước đáp ứng các tiêu chuẩn và giá trị chung của nền công vụ các nước ASEAN",
    titleEn:
      "Share of civil servants trained in administrative and public-management skills to the common standards of ASEAN civil services",
    numeratorLabelVi: "Số công chức đã được tập huấn về kỹ năng hành chính, quản lý nhà nước theo chuẩn ASEAN (lũy kế)",
    numeratorLabelEn: "Civil servants trained in administrative skills to ASEAN standards (cumulative)",
    denominatorLabelVi: "Tổng số công chức",
    denominatorLabelEn: "Civil servants in total",
    ...baseline,
    targetPercent: 80,
    deadline: "2025-12-31",
  },
] as const;

export const SAMPLE_NOTE = "(mẫu) Số liệu minh họa — sample figures";

/**
 * Sample figures (invented; the seeds give only the targets): headcount per year, the cumulative shares trained for
 * (b) and (c) in percent, and the date the action plan was issued. Hà Giang reports until 2024 and became part of
 * Tuyên Quang on 1/7/2025; Quảng Nam became part of Đà Nẵng.
 */
interface SampleAgency {
  code: string;
  headcount: number;
  b: number[];
  c: number[];
  plan: string;
  /** Years (2019–2024) without a report. */
  skip?: number[];
}
const sample: SampleAgency[] = [
  { code: "M-MOHA", headcount: 1180, b: [22, 38, 52, 66, 80, 92], c: [15, 28, 40, 51, 62, 72], plan: "2019-02-20" },
  { code: "M-MOFA", headcount: 1520, b: [30, 45, 60, 72, 84, 95], c: [18, 30, 42, 55, 66, 76], plan: "2019-03-05" },
  { code: "M-MOET", headcount: 640, b: [12, 24, 36, 50, 63, 76], c: [9, 18, 28, 38, 49, 60], plan: "2019-05-14" },
  {
    code: "M-MOJ",
    headcount: 910,
    b: [10, 20, 31, 43, 55, 68],
    c: [8, 16, 25, 34, 44, 53],
    plan: "2019-06-28",
    skip: [2021],
  },
  { code: "P-HNI", headcount: 9650, b: [18, 33, 47, 60, 75, 89], c: [12, 25, 37, 48, 60, 70], plan: "2019-03-29" },
  { code: "P-HGG", headcount: 2230, b: [8, 15, 24, 33, 45, 58], c: [5, 10, 16, 24, 32, 41], plan: "2020-02-10" },
  { code: "P-TQU", headcount: 2080, b: [16, 31, 45, 58, 72, 86], c: [11, 22, 33, 45, 57, 68], plan: "2019-04-22" },
  { code: "P-DNG", headcount: 2540, b: [20, 36, 50, 64, 78, 91], c: [14, 26, 38, 50, 61, 71], plan: "2019-04-02" },
  { code: "P-QNM", headcount: 3120, b: [11, 22, 34, 46, 59, 72], c: [8, 17, 26, 36, 46, 56], plan: "2019-07-16" },
  { code: "P-QNH", headcount: 3310, b: [19, 35, 49, 63], c: [13, 25, 36, 47], plan: "2019-03-11" },
  { code: "P-NAN", headcount: 3650, b: [14, 27, 40, 53, 67, 80], c: [10, 20, 30, 41, 52, 63], plan: "2019-05-30" },
];

/** Reports of 2025, the year under review in the demo: some accepted, some awaiting review, one returned. */
const sample2025: {
  code: string;
  headcount: number;
  b: number;
  c: number;
  plan: string;
  status: "accepted" | "submitted" | "returned";
}[] = [
  { code: "M-MOHA", headcount: 1650, b: 97, c: 81, plan: "2019-02-20", status: "accepted" },
  { code: "M-MOFA", headcount: 1510, b: 99, c: 83, plan: "2019-03-05", status: "submitted" },
  { code: "M-MOJ", headcount: 905, b: 79, c: 62, plan: "2019-06-28", status: "returned" },
  { code: "P-DNG-2025", headcount: 5600, b: 88, c: 70, plan: "2019-04-02", status: "submitted" },
  { code: "P-NAN", headcount: 3620, b: 93, c: 76, plan: "2019-05-30", status: "accepted" },
];

const ICD_REVIEWER = "Nguyễn Thị Hồng Nhung";
const AGENCY_OFFICER = "Cán bộ báo cáo"; // the reports carry SAMPLE_NOTE

/** Loads the reporting agencies (both maps), Scheme 1439 with its indicators, and the sample reports. */
export async function seedTargets(db: Db): Promise<void> {
  const agencies = allAgencies();
  await db.transaction(async (tx) => {
    await tx
      .insert(targetAgencies)
      .values(
        agencies
          .filter((a) => !a.successorCode)
          .map(({ aliases, ...a }) => ({ ...a, searchText: agencySearchText({ ...a, aliases }) })),
      );
    await tx
      .insert(targetAgencies)
      .values(
        agencies
          .filter((a) => a.successorCode)
          .map(({ aliases, ...a }) => ({ ...a, searchText: agencySearchText({ ...a, aliases }) })),
      );
    await tx.insert(targetSchemes).values(scheme1439);
    await tx.insert(targetIndicators).values(indicators1439.map((i) => ({ ...i, schemeId: scheme1439.id })));

    // Built in memory and inserted in three statements: the seed runs for every test database.
    const reports: (typeof targetReports.$inferInsert)[] = [];
    const values: (typeof targetReportValues.$inferInsert)[] = [];
    const events: (typeof targetReportEvents.$inferInsert)[] = [];
    const addReport = (
      code: string,
      period: number,
      status: "accepted" | "submitted" | "returned",
      headcount: number,
      b: number,
      c: number,
      plan: string,
    ) => {
      const id = crypto.randomUUID();
      const submittedAt = new Date(`${period + 1}-01-${period === 2025 ? 20 : 15}T03:00:00Z`);
      const reviewedAt = status === "submitted" ? null : new Date(`${period + 1}-02-02T08:00:00Z`);
      const returnComment =
        status === "returned"
          ? "(mẫu) Tổng số công chức chưa khớp với báo cáo thống kê năm 2025; đề nghị rà soát và gửi lại."
          : null;
      reports.push({
        id,
        schemeId: scheme1439.id,
        agencyCode: code,
        period,
        status,
        note: SAMPLE_NOTE,
        returnComment,
        submittedAt,
        submittedBy: AGENCY_OFFICER,
        reviewedAt,
        reviewedBy: reviewedAt ? ICD_REVIEWER : null,
        createdAt: submittedAt,
        updatedAt: reviewedAt ?? submittedAt,
      });
      const issued = plan <= `${period}-12-31`;
      values.push(
        { reportId: id, indicatorId: indicatorIds.a, achieved: issued, achievedOn: issued ? plan : null },
        {
          reportId: id,
          indicatorId: indicatorIds.b,
          numerator: Math.round((headcount * b) / 100),
          denominator: headcount,
        },
        {
          reportId: id,
          indicatorId: indicatorIds.c,
          numerator: Math.round((headcount * c) / 100),
          denominator: headcount,
        },
      );
      events.push({
        id: crypto.randomUUID(),
        reportId: id,
        action: "submitted",
        actorName: AGENCY_OFFICER,
        at: submittedAt,
      });
      if (reviewedAt) {
        events.push({
          id: crypto.randomUUID(),
          reportId: id,
          action: status,
          actorName: ICD_REVIEWER,
          comment: returnComment,
          at: reviewedAt,
        });
      }
    };

    for (const s of sample) {
      for (const [i, b] of s.b.entries()) {
        const c = s.c[i];
        if (c === undefined) throw new Error(`the seed's sample ${s.code} has fewer c than b figures`);
        const period = 2019 + i;
        if (s.skip?.includes(period)) continue;
        // Headcounts drift a little from year to year, as they do.
        const headcount = s.headcount + ((i * 37) % 90) - 40;
        addReport(s.code, period, "accepted", headcount, b, c, s.plan);
      }
    }
    for (const s of sample2025) addReport(s.code, 2025, s.status, s.headcount, s.b, s.c, s.plan);
    await tx.insert(targetReports).values(reports);
    await tx.insert(targetReportValues).values(values);
    await tx.insert(targetReportEvents).values(events);
    const count = reports.length;

    await audit(tx, null, {
      action: "seed.targets",
      entity: "system",
      entityId: "demo",
      after: { agencies: agencies.length, scheme: scheme1439.code, reports: count },
    });
  });
}
