/**
 * Demo data of the cooperation register from seed 002 (the ministry's conference on international cooperation of
 * 24/03/2022), on top of today's demo: the partners its units name (the archives of France, the United States and
 * Russia; the civil-service academies and agencies of Cuba, Bangladesh and Laos; the Hanoi University of Home
 * Affairs' partners; the ASEAN and ACCSM secretariats), the 2021 activities the article lists, the conference itself,
 * the 2022 annual plan, and activities in every state of the route. Written through the module's own inserts and
 * services. What the seed does not give (a decision number, people's names below the leaders it names) is marked as
 * sample data in the record's note.
 */
import type { Db } from "../../db/client.js";
import { audit } from "../audit/service.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { addDays, insertActivityTx, insertPartnerTx, insertPlanItemTx, insertPlanTx } from "./repo.js";
import type { CoopKind, FundingSource, LeaderRank, PartnerKind } from "../../../shared/cooperation.js";
import { eq } from "drizzle-orm";
import { findUserByEmail, userWithGrants } from "../people/repo.js";
import type { Actor } from "../../auth/actor.js";
import type { Ctx } from "../../context.js";
import type { RouteStep } from "../../../shared/cooperation.js";
import type { ActivityBody } from "../../../shared/schemas/cooperation.js";
import { createMailer } from "../../mail/mailer.js";
import { sendResultsReminders } from "./results.js";
import { cancelActivity, createActivity } from "./activities.js";
import { decideStep, routeView, submitActivity } from "./route.js";
import { coopActivities, coopPartners } from "./schema.js";
import { demoIds } from "../../seed/ids.js";

const SAMPLE_VI = "Dữ liệu mẫu";
const SAMPLE_EN = "sample data";
const sample = (what: string) => `${SAMPLE_VI} (${SAMPLE_EN}): ${what}`;

const partners: {
  key: string;
  vi: string;
  en: string;
  short: string | null;
  kind: PartnerKind;
  country: string | null;
}[] = [
  {
    key: "FRA",
    vi: "Cục Lưu trữ quốc gia hải ngoại Pháp",
    en: "National Overseas Archives of France",
    short: "ANOM",
    kind: "ministry",
    country: "FRA",
  },
  {
    key: "USA",
    vi: "Cơ quan Lưu trữ và Hồ sơ quốc gia Hoa Kỳ",
    en: "National Archives and Records Administration",
    short: "NARA",
    kind: "ministry",
    country: "USA",
  },
  {
    key: "RUS",
    vi: "Cơ quan Lưu trữ Liên bang Nga",
    en: "Federal Archival Agency of Russia",
    short: "Rosarkhiv",
    kind: "ministry",
    country: "RUS",
  },
  {
    key: "CUB",
    vi: "Trường Cán bộ cấp cao Nhà nước và Chính phủ Cu Ba",
    en: "Higher School of State and Government Cadres of Cuba",
    short: "ESCEG",
    kind: "university",
    country: "CUB",
  },
  {
    key: "BGD",
    vi: "Trung tâm Đào tạo Hành chính công Băng-la-đét",
    en: "Bangladesh Public Administration Training Centre",
    short: "BPATC",
    kind: "university",
    country: "BGD",
  },
  {
    key: "LAO",
    vi: "Bộ Nội vụ nước Cộng hòa Dân chủ Nhân dân Lào",
    en: "Ministry of Home Affairs of the Lao PDR",
    short: null,
    kind: "ministry",
    country: "LAO",
  },
  {
    key: "NUOL",
    vi: "Đại học Quốc gia Lào",
    en: "National University of Laos",
    short: "NUOL",
    kind: "university",
    country: "LAO",
  },
  {
    key: "ASEC",
    vi: "Ban Thư ký ASEAN",
    en: "ASEAN Secretariat",
    short: "ASEC",
    kind: "international_org",
    country: null,
  },
  {
    key: "ACCSM",
    vi: "Ban Thư ký ACCSM (Cơ quan Công vụ Ma-lai-xi-a)",
    en: "ACCSM Secretariat (Public Service Department of Malaysia)",
    short: "ACCSM",
    kind: "international_org",
    country: "MYS",
  },
  {
    key: "JPN",
    vi: "Bộ Nội vụ và Truyền thông Nhật Bản",
    en: "Ministry of Internal Affairs and Communications of Japan",
    short: "MIC",
    kind: "ministry",
    country: "JPN",
  },
  {
    key: "KOICA",
    vi: "Cơ quan Hợp tác quốc tế Hàn Quốc",
    en: "Korea International Cooperation Agency",
    short: "KOICA",
    kind: "government",
    country: "KOR",
  },
];

const ASEAN = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"];

interface SeedActivity {
  id?: string;
  unit: string;
  kind: CoopKind;
  titleVi: string;
  titleEn: string;
  partners: string[];
  countries: string[];
  start: string;
  end: string;
  place: string;
  mode?: "in_person" | "online" | "hybrid";
  leaderName?: string;
  leaderRank?: LeaderRank;
  funding?: FundingSource;
  purpose?: string;
  planItem?: string;
  outOfPlanReason?: string;
  note?: string;
  foreignParticipants?: number;
  members?: { name: string; unit: string; position: string }[];
}

/** The demo's cooperation register. `unitIds` are the people seed's units by code. */
export async function seedCooperation(db: Db, unitIds: Map<string, string>): Promise<void> {
  const unit = (code: string) => {
    const id = unitIds.get(code);
    if (!id) throw new Error(`seed: no unit ${code}`);
    return id;
  };
  const today = todayInHanoi();
  const icd = await findUserByEmail(db, "icd@demo.focal");
  const minister = await findUserByEmail(db, "minister@demo.focal");
  await db.transaction(async (tx) => {
    const partnerIds = new Map<string, string>();
    for (const p of partners) {
      const row = await insertPartnerTx(tx, {
        nameVi: p.vi,
        nameEn: p.en,
        shortName: p.short,
        kind: p.kind,
        country: p.country,
      });
      partnerIds.set(p.key, row.id);
    }
    const pid = (keys: string[]) =>
      keys.map((k) => {
        const id = partnerIds.get(k);
        if (!id) throw new Error(`seed: no partner ${k}`);
        return id;
      });

    // The 2022 plan: the units' items as the conference heard them, consolidated by the ICD and approved.
    const plan = await insertPlanTx(tx, {
      year: 2022,
      status: "approved",
      decisionNumber: "145/QĐ-BNV",
      decisionDate: "2022-02-28",
      approvedBy: minister?.id ?? null,
      note: sample("số và ngày quyết định phê duyệt kế hoạch / the approving decision's number and date"),
    });
    const items = new Map<string, string>();
    const item = async (
      key: string,
      i: {
        unit: string;
        kind: CoopKind;
        vi: string;
        en: string;
        countries: string[];
        partners: string[];
        from: number;
        to: number;
        rank?: LeaderRank;
        pm?: boolean;
        funding?: FundingSource;
      },
    ) => {
      const row = await insertPlanItemTx(tx, {
        planId: plan.id,
        year: 2022,
        unitId: unit(i.unit),
        kind: i.kind,
        titleVi: i.vi,
        titleEn: i.en,
        countries: i.countries,
        partnerIds: pid(i.partners),
        monthFrom: i.from,
        monthTo: i.to,
        leaderRank: i.rank ?? null,
        fundingSource: i.funding ?? "state_budget",
        pmApproved: i.pm ?? false,
        status: "included",
      });
      items.set(key, row.id);
    };
    await item("conference2022", {
      unit: "ICD",
      kind: "conference",
      vi: "Hội nghị triển khai công tác hợp tác quốc tế năm 2022",
      en: "Conference on the ministry's international cooperation in 2022",
      countries: [],
      partners: [],
      from: 3,
      to: 3,
      rank: "deputy_minister",
    });
    await item("aseanHeads", {
      unit: "ICD",
      kind: "conference",
      vi: "Hội nghị những người đứng đầu nền công vụ các nước ASEAN",
      en: "Meeting of the heads of the civil services of ASEAN",
      countries: ASEAN,
      partners: ["ASEC", "ACCSM"],
      from: 9,
      to: 10,
      rank: "minister",
    });
    await item("archivesFrance", {
      unit: "ARCHIVES",
      kind: "outbound",
      vi: "Đoàn công tác làm việc với Cục Lưu trữ quốc gia hải ngoại Pháp về tài liệu lưu trữ",
      en: "Delegation to the National Overseas Archives of France on archival records",
      countries: ["FRA"],
      partners: ["FRA"],
      from: 6,
      to: 6,
      rank: "director_general",
      pm: true,
    });
    await item("napaCuba", {
      unit: "NAPA",
      kind: "inbound",
      vi: "Khóa bồi dưỡng cho công chức cao cấp Cu Ba",
      en: "Training course for senior civil servants of Cuba",
      countries: ["CUB"],
      partners: ["CUB"],
      from: 10,
      to: 11,
      funding: "mixed",
    });
    await item("napaLaos", {
      unit: "NAPA",
      kind: "inbound",
      vi: "Khóa bồi dưỡng cho công chức cao cấp Lào",
      en: "Training course for senior civil servants of Laos",
      countries: ["LAO"],
      partners: ["LAO"],
      from: 8,
      to: 8,
    });
    await item("huhaMou", {
      unit: "HUHA",
      kind: "agreement",
      vi: "Gia hạn biên bản ghi nhớ hợp tác với Đại học Quốc gia Lào",
      en: "Renewal of the memorandum of understanding with the National University of Laos",
      countries: ["LAO"],
      partners: ["NUOL"],
      from: 5,
      to: 5,
    });
    // Proposed by a unit and left out by the ICD at consolidation.
    await insertPlanItemTx(tx, {
      planId: plan.id,
      year: 2022,
      unitId: unit("LOCALGOV"),
      kind: "outbound",
      titleVi: "Khảo sát kinh nghiệm chính quyền đô thị tại Hàn Quốc",
      titleEn: "Study visit on urban government in Korea",
      countries: ["KOR"],
      partnerIds: [],
      monthFrom: 11,
      monthTo: 11,
      leaderRank: "director_general",
      status: "left_out",
      note: "Chuyển sang năm 2023 / Moved to 2023",
    });

    const insert = async (a: SeedActivity, state: Partial<typeof coopActivities.$inferInsert>) =>
      insertActivityTx(
        tx,
        {
          id: a.id,
          unitId: unit(a.unit),
          kind: a.kind,
          titleVi: a.titleVi,
          titleEn: a.titleEn,
          countries: a.countries,
          startDate: a.start,
          endDate: a.end,
          place: a.place,
          mode: a.mode ?? "in_person",
          leaderName: a.leaderName ?? null,
          leaderRank: a.leaderRank ?? null,
          fundingSource: a.funding ?? "state_budget",
          purpose: a.purpose ?? null,
          planItemId: a.planItem ? items.get(a.planItem)! : null,
          outOfPlanReason: a.outOfPlanReason ?? null,
          details: {
            ...(a.foreignParticipants !== undefined ? { foreignParticipants: a.foreignParticipants } : {}),
            ...(a.note ? { note: a.note } : {}),
          },
          createdBy: icd?.id ?? null,
          ...state,
        },
        pid(a.partners),
        (a.members ?? []).map((m) => ({ name: m.name, unitId: unit(m.unit), position: m.position })),
      );
    const done = (at: string) => ({
      status: "approved" as const,
      decidedAt: new Date(`${at}T09:00:00+07:00`),
      results: null as string | null,
    });

    // 2021, as the ICD reported it to the conference (before the register: no route recorded).
    const before = "Hoạt động năm 2021 theo báo cáo tại Hội nghị 24/3/2022 (seed 002), nhập không qua quy trình duyệt.";
    for (const a of [
      {
        titleVi: "Hội nghị trù bị và Cuộc họp quan chức cấp cao Hợp tác ASEAN về các vấn đề công vụ (ACCSM) lần thứ 21",
        titleEn:
          "Preparatory meeting and Senior Officials Meeting of the 21st ASEAN Cooperation on Civil Service Matters (ACCSM)",
        start: "2021-04-08",
        end: "2021-04-08",
        results:
          "Bộ Nội vụ chủ trì với tư cách Chủ tịch ACCSM 21; thống nhất kế hoạch công tác và chuẩn bị nhiệm kỳ Chủ tịch.",
      },
      {
        titleVi: "Cuộc họp đầu mối phụ trách ACCSM",
        titleEn: "Meeting of the ACCSM focal points",
        start: "2021-11-22",
        end: "2021-11-22",
        results: "Rà soát tiến độ Kế hoạch công tác ACCSM 2021–2025 và thảo luận kế hoạch năm 2022.",
      },
      {
        titleVi: "Hội thảo ASEAN về ứng dụng công nghệ thông tin trong hiện đại hóa nền công vụ",
        titleEn: "ASEAN workshop on information technology in the modernisation of the civil service",
        start: "2021-11-25",
        end: "2021-11-25",
        results: "Chia sẻ kinh nghiệm của các nước ASEAN về chuyển đổi số trong quản lý công chức.",
      },
    ]) {
      await insert(
        {
          unit: "ICD",
          kind: "conference",
          titleVi: a.titleVi,
          titleEn: a.titleEn,
          partners: ["ASEC", "ACCSM"],
          countries: ASEAN,
          start: a.start,
          end: a.end,
          place: "Hà Nội (trực tuyến)",
          mode: "online",
          outOfPlanReason: "Trước khi có sổ đăng ký / before the register",
          note: before,
        },
        { ...done(a.start), results: a.results, resultsReportedAt: new Date(`${a.end}T17:00:00+07:00`) },
      );
    }

    // The conference of 24/03/2022 itself (seed 002), chaired by Deputy Minister Vũ Chiến Thắng.
    await insert(
      {
        unit: "ICD",
        kind: "conference",
        titleVi: "Hội nghị triển khai công tác hợp tác quốc tế năm 2022",
        titleEn: "Conference on the ministry's international cooperation in 2022",
        partners: [],
        countries: [],
        start: "2022-03-24",
        end: "2022-03-24",
        place: "Trụ sở Bộ Nội vụ, Hà Nội",
        leaderName: "Vũ Chiến Thắng",
        leaderRank: "deputy_minister",
        purpose:
          "Thống nhất nội dung, giải pháp triển khai có hiệu quả công tác hợp tác quốc tế của Bộ Nội vụ năm 2022.",
        planItem: "conference2022",
        foreignParticipants: 0,
        members: [
          { name: "Chu Tuấn Tú", unit: "ICD", position: "Vụ trưởng Vụ Hợp tác quốc tế" },
          { name: "Phạm Thu Hằng", unit: "ICD", position: "Phó Vụ trưởng Vụ Hợp tác quốc tế" },
          { name: "Trần Thị Liên Hương", unit: "ICD", position: "Phó Vụ trưởng Vụ Hợp tác quốc tế" },
          { name: "Đặng Thanh Tùng", unit: "ARCHIVES", position: "Cục trưởng" },
          { name: "Nguyễn Đăng Quế", unit: "NAPA", position: "Phó Giám đốc" },
          { name: "Nguyễn Bá Chiến", unit: "HUHA", position: "Hiệu trưởng" },
          { name: "Phan Trung Tuấn", unit: "LOCALGOV", position: "Vụ trưởng" },
        ],
      },
      {
        ...done("2022-03-10"),
        results:
          "Các đơn vị báo cáo nhiệm vụ nổi bật và đề xuất giải pháp; Thứ trưởng giao hoàn thành tốt nhiệm vụ Chủ tịch " +
          "ACCSM 21 và tổ chức Hội nghị những người đứng đầu nền công vụ các nước ASEAN năm 2022.",
        followUp: "Vụ Hợp tác quốc tế hướng dẫn các đơn vị cơ chế phối hợp; hạn chế hoạt động ngoài kế hoạch.",
        resultsReportedAt: new Date("2022-03-31T10:00:00+07:00"),
      },
    );

    // 2022 plan items carried out or under way.
    await insert(
      {
        id: demoIds.coopArchivesFrance,
        unit: "ARCHIVES",
        kind: "outbound",
        titleVi: "Đoàn Cục Văn thư và Lưu trữ nhà nước làm việc tại Cục Lưu trữ quốc gia hải ngoại Pháp",
        titleEn: "State Records and Archives Department delegation to the National Overseas Archives of France",
        partners: ["FRA"],
        countries: ["FRA"],
        start: "2022-06-13",
        end: "2022-06-18",
        place: "Aix-en-Provence, Pháp",
        leaderName: "Đặng Thanh Tùng",
        leaderRank: "director_general",
        purpose:
          "Tiếp nhận bản sao tài liệu lưu trữ về hoạt động của Chủ tịch Hồ Chí Minh trên đất Pháp; trao đổi kinh nghiệm bảo quản.",
        planItem: "archivesFrance",
      },
      {
        ...done("2022-05-20"),
        results:
          "Tiếp nhận bản sao tài liệu lưu trữ có giá trị lịch sử; thống nhất kế hoạch trao đổi tài liệu giai đoạn tiếp theo.",
        resultsReportedAt: new Date("2022-07-05T10:00:00+07:00"),
      },
    );
    await insert(
      {
        unit: "NAPA",
        kind: "inbound",
        titleVi: "Khóa bồi dưỡng cho công chức cao cấp Lào năm 2022",
        titleEn: "Training course for senior civil servants of Laos, 2022",
        partners: ["LAO"],
        countries: ["LAO"],
        start: "2022-08-08",
        end: "2022-08-26",
        place: "Học viện Hành chính Quốc gia, Hà Nội",
        leaderName: "Nguyễn Đăng Quế",
        leaderRank: "deputy_director_general",
        planItem: "napaLaos",
        foreignParticipants: 25,
        note: sample("số học viên / number of participants"),
      },
      {
        ...done("2022-07-15"),
        results: "25 công chức cao cấp Lào hoàn thành khóa bồi dưỡng về quản lý hành chính nhà nước.",
        resultsReportedAt: new Date("2022-09-09T10:00:00+07:00"),
      },
    );

    // Today's work: the Archives' delegation to Russia, being drafted (its route comes with the route module).
    await insert(
      {
        id: demoIds.coopArchivesRussia,
        unit: "ARCHIVES",
        kind: "outbound",
        titleVi: "Đoàn Cục Văn thư và Lưu trữ nhà nước làm việc với Cơ quan Lưu trữ Liên bang Nga",
        titleEn: "State Records and Archives Department delegation to the Federal Archival Agency of Russia",
        partners: ["RUS"],
        countries: ["RUS"],
        start: addDays(today, 75),
        end: addDays(today, 80),
        place: "Mát-xcơ-va, Liên bang Nga",
        leaderName: "Đặng Thanh Tùng",
        leaderRank: "director_general",
        purpose: "Trao đổi bản sao tài liệu lưu trữ về quan hệ Việt Nam – Liên bang Nga; kinh nghiệm số hóa tài liệu.",
        outOfPlanReason: "Phía Nga mời sau khi kế hoạch năm đã được phê duyệt.",
        members: [{ name: "Trần Văn Đức", unit: "ARCHIVES", position: "Chuyên viên" }],
        note: sample("thành viên đoàn và thời gian / the delegation's members and dates"),
      },
      { status: "draft" },
    );

    await audit(tx, null, {
      action: "seed.cooperation",
      entity: "system",
      entityId: "demo",
      after: { partners: partners.length, planItems: 7, activities: 8 },
    });
  });
  await seedCooperationRoutes(db, unitIds);
}

/** A demo account as the services see it (its grants from the database). */
async function demoActor(db: Db, email: string): Promise<Actor> {
  const u = await findUserByEmail(db, email);
  if (!u) throw new Error(`seed: no user ${email}`);
  const found = await userWithGrants(db, u.id);
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    language: u.language === "en" ? "en" : "vi",
    grants: (found?.grants ?? []).map((g) => ({
      role: g.role,
      scopeKind: g.scopeKind,
      scopeId: g.scopeId,
    })),
    sessionId: "",
  };
}

/**
 * Activities in every state of the route, made the way people make them: created, submitted and decided through
 * the services (`activities.ts`, `route.ts`), so their routes, lead times, document numbers and mail are real. Dates
 * are relative to the day the demo is loaded; one activity is submitted and decided "in the past" (the services'
 * `today`) so that its results are overdue now.
 */
export async function seedCooperationRoutes(db: Db, unitIds: Map<string, string>): Promise<void> {
  const ctx: Ctx = {
    db,
    database: null as unknown as Ctx["database"],
    // Links in the route's mail are written from the public address; the demo's messages stay in the outbox.
    config: { publicUrl: process.env.PUBLIC_URL ?? "http://localhost:3000" } as unknown as Ctx["config"],
    mailer: createMailer(null, "focal@demo.focal"),
  };
  const today = todayInHanoi();
  const icd = await demoActor(db, "icd@demo.focal");
  const archives = await demoActor(db, "unit.archives@demo.focal");
  const napa = await demoActor(db, "unit.napa@demo.focal");
  const director = await demoActor(db, "director.icd@demo.focal");
  const deputy = await demoActor(db, "deputy@demo.focal");
  const minister = await demoActor(db, "minister@demo.focal");
  const personnel = await demoActor(db, "personnel@demo.focal");

  const holder: Record<RouteStep, Actor> = {
    icd_review: icd,
    pm_permission: icd,
    icd_director: director,
    deputy_minister: deputy,
    minister,
    personnel_decision: personnel,
  };
  const partnerByShort = async (short: string) => {
    const [p] = await db.select().from(coopPartners).where(eq(coopPartners.shortName, short));
    if (!p) throw new Error(`seed: no partner ${short}`);
    return p.id;
  };
  const unit = (code: string) => {
    const id = unitIds.get(code);
    if (!id) throw new Error(`seed: no unit ${code}`);
    return id;
  };
  /** Approves step after step until the route waits on `until` (or ends). */
  const advance = async (id: string, until: RouteStep | null, day = today) => {
    for (let i = 0; i < 10; i++) {
      const [a] = await db.select().from(coopActivities).where(eq(coopActivities.id, id));
      if (!a || a.status !== "submitted") return;
      const route = await routeView(db, id, "vi");
      const cur = route?.current !== null && route?.current !== undefined ? route.steps[route.current]! : null;
      if (!cur || cur.step === until) return;
      await decideStep(
        ctx,
        holder[cur.step],
        id,
        {
          decision: "approve",
          comment: null,
          documentNumber: cur.step === "pm_permission" ? "1234/VPCP-QHQT" : null,
        },
        day,
      );
    }
  };
  const create = async (actor: Actor, body: ActivityBody) => (await createActivity(ctx, actor, body)).id;
  const submit = (actor: Actor, id: string, day = today) => submitActivity(ctx, actor, id, {}, day);
  const note = { note: sample("thành viên và ngày tháng / members and dates") };

  // An outbound delegation outside the plan, led by Deputy Minister Vũ Chiến Thắng: the Local Government Department
  // seeks foreign experience of rearranging district and commune units (seed 002). ICD → Minister → waiting for the
  // Prime Minister's permission.
  const japan = await create(icd, {
    unitId: unit("LOCALGOV"),
    kind: "outbound",
    titleVi: "Đoàn công tác khảo sát kinh nghiệm sắp xếp đơn vị hành chính cấp huyện, cấp xã tại Nhật Bản",
    titleEn: "Study visit to Japan on rearranging district- and commune-level administrative units",
    partnerIds: [await partnerByShort("MIC")],
    countries: ["JPN"],
    startDate: addDays(today, 60),
    endDate: addDays(today, 66),
    place: "Tô-ky-ô, Nhật Bản",
    leaderName: "Vũ Chiến Thắng",
    leaderRank: "deputy_minister",
    fundingSource: "state_budget",
    fundingEstimate: 850_000_000,
    purpose:
      "Tham khảo kinh nghiệm quốc tế về quy trình, điều kiện sắp xếp đơn vị hành chính cấp huyện, cấp xã và mô hình chính quyền đô thị.",
    outOfPlanReason: "Phía Nhật Bản mời sau khi Kế hoạch đoàn ra năm đã được Thủ tướng Chính phủ phê duyệt.",
    members: [
      { name: "Vũ Chiến Thắng", unitId: unit("MOHA"), position: "Thứ trưởng" },
      { name: "Phan Trung Tuấn", unitId: unit("LOCALGOV"), position: "Vụ trưởng Vụ Chính quyền địa phương" },
    ],
    details: note,
  });
  await submit(icd, japan);
  await advance(japan, "pm_permission");

  // Returned to its unit by the ICD's review: the National Academy's course for Bangladesh.
  const bangladesh = await create(napa, {
    unitId: unit("NAPA"),
    kind: "inbound",
    titleVi: "Khóa bồi dưỡng cho công chức cao cấp Băng-la-đét",
    titleEn: "Training course for senior civil servants of Bangladesh",
    partnerIds: [await partnerByShort("BPATC")],
    countries: ["BGD"],
    startDate: addDays(today, 45),
    endDate: addDays(today, 56),
    place: "Học viện Hành chính Quốc gia, Hà Nội",
    leaderName: "Nguyễn Đăng Quế",
    leaderRank: "deputy_director_general",
    fundingSource: "partner",
    purpose: "Bồi dưỡng kiến thức quản lý hành chính nhà nước cho công chức cao cấp Băng-la-đét.",
    outOfPlanReason: "Phía Băng-la-đét đề nghị bổ sung sau khi kế hoạch được phê duyệt.",
    details: { foreignParticipants: 20, ...note },
  });
  await submit(napa, bangladesh);
  await decideStep(
    ctx,
    icd,
    bangladesh,
    { decision: "return", comment: "Đề nghị bổ sung chương trình khóa học và dự toán kinh phí phía đối tác." },
    today,
  );

  // Submitted with too few working days before its start: the Archives' working visit to NARA.
  const nara = await create(archives, {
    unitId: unit("ARCHIVES"),
    kind: "outbound",
    titleVi: "Đoàn Cục Văn thư và Lưu trữ nhà nước làm việc với Cơ quan Lưu trữ và Hồ sơ quốc gia Hoa Kỳ",
    titleEn: "State Records and Archives Department delegation to the US National Archives and Records Administration",
    partnerIds: [await partnerByShort("NARA")],
    countries: ["USA"],
    startDate: addDays(today, 9),
    endDate: addDays(today, 15),
    place: "Washington, D.C., Hoa Kỳ",
    leaderName: "Đặng Thanh Tùng",
    leaderRank: "director_general",
    fundingSource: "state_budget",
    purpose: "Trao đổi tài liệu lưu trữ về Việt Nam; kinh nghiệm bảo quản tài liệu số.",
    outOfPlanReason: "Thư mời của phía Hoa Kỳ đến muộn.",
    details: note,
  });
  await submit(archives, nara);

  // Outside the plan, reviewed by the ICD and waiting for the Minister: receiving the ASEAN Secretariat.
  const asec = await create(icd, {
    unitId: unit("ICD"),
    kind: "guests",
    titleVi: "Tiếp đoàn Ban Thư ký ASEAN chuẩn bị Hội nghị những người đứng đầu nền công vụ các nước ASEAN",
    titleEn: "Receiving the ASEAN Secretariat to prepare the meeting of the heads of ASEAN civil services",
    partnerIds: [await partnerByShort("ASEC"), await partnerByShort("ACCSM")],
    countries: ["IDN", "MYS"],
    startDate: addDays(today, 30),
    endDate: addDays(today, 30),
    place: "Trụ sở Bộ Nội vụ, Hà Nội",
    leaderName: "Chu Tuấn Tú",
    leaderRank: "director_general",
    fundingSource: "state_budget",
    purpose: "Thống nhất chương trình và công tác hậu cần của Hội nghị.",
    outOfPlanReason: "Kế hoạch năm chưa được phê duyệt.",
    details: { foreignParticipants: 4, ...note },
  });
  await submit(icd, asec);
  await advance(asec, "minister");

  // Approved, ahead: the Academy's course for Cuba.
  const cuba = await create(napa, {
    unitId: unit("NAPA"),
    kind: "inbound",
    titleVi: "Khóa bồi dưỡng cho công chức cao cấp Cu Ba",
    titleEn: "Training course for senior civil servants of Cuba",
    partnerIds: [await partnerByShort("ESCEG")],
    countries: ["CUB"],
    startDate: addDays(today, 40),
    endDate: addDays(today, 52),
    place: "Học viện Hành chính Quốc gia, Hà Nội",
    leaderName: "Nguyễn Đăng Quế",
    leaderRank: "deputy_director_general",
    fundingSource: "mixed",
    purpose: "Tiếp tục bồi dưỡng các khóa cho công chức cao cấp Cu Ba (seed 002).",
    outOfPlanReason: "Kế hoạch năm chưa được phê duyệt.",
    details: { foreignParticipants: 18, ...note },
  });
  await submit(napa, cuba);
  await advance(cuba, null);

  // Approved and ended, results overdue: the Archives' exchange with Russia's archival agency last quarter.
  const past = addDays(today, -90);
  const rosarkhiv = await create(archives, {
    unitId: unit("ARCHIVES"),
    kind: "outbound",
    titleVi: "Đoàn Cục Văn thư và Lưu trữ nhà nước trao đổi tài liệu lưu trữ với Cơ quan Lưu trữ Liên bang Nga",
    titleEn: "State Records and Archives Department exchange of archival records with the Federal Archival Agency",
    partnerIds: [await partnerByShort("Rosarkhiv")],
    countries: ["RUS"],
    startDate: addDays(today, -50),
    endDate: addDays(today, -45),
    place: "Mát-xcơ-va, Liên bang Nga",
    leaderName: "Đặng Thanh Tùng",
    leaderRank: "director_general",
    fundingSource: "state_budget",
    purpose: "Bàn giao, tiếp nhận bản sao tài liệu lưu trữ.",
    outOfPlanReason: "Đề nghị của phía Nga ngoài kế hoạch.",
    details: note,
  });
  await submit(archives, rosarkhiv, past);
  await advance(rosarkhiv, null, past);
  // Its reminder went out when it fell overdue: the demo's outbox holds it, and the daily job (which runs as soon as
  // Focal starts) has nothing left to send on a fresh demo.
  await sendResultsReminders(ctx, today, ctx.config.publicUrl);

  // Refused at the ICD's review, and one withdrawn by its unit.
  const koica = await create(icd, {
    unitId: unit("LOCALGOV"),
    kind: "project",
    titleVi: "Dự án hỗ trợ kỹ thuật về chính quyền đô thị do KOICA tài trợ",
    titleEn: "KOICA-funded technical assistance project on urban government",
    partnerIds: [await partnerByShort("KOICA")],
    countries: ["KOR"],
    startDate: addDays(today, 120),
    endDate: addDays(today, 850),
    place: "Hà Nội",
    leaderName: "Phan Trung Tuấn",
    leaderRank: "director_general",
    fundingSource: "project",
    purpose: "Hỗ trợ kỹ thuật xây dựng mô hình chính quyền đô thị.",
    outOfPlanReason: "Đề xuất mới của nhà tài trợ.",
    details: { donor: "KOICA", durationMonths: 24, ...note },
  });
  await submit(icd, koica);
  await decideStep(
    ctx,
    icd,
    koica,
    { decision: "refuse", comment: "Trùng nội dung với chương trình đang thực hiện; đề nghị lồng ghép." },
    today,
  );
  const withdrawn = await create(archives, {
    unitId: unit("ARCHIVES"),
    kind: "guests",
    titleVi: "Tiếp đoàn Cục Lưu trữ quốc gia hải ngoại Pháp",
    titleEn: "Receiving the National Overseas Archives of France",
    partnerIds: [await partnerByShort("ANOM")],
    startDate: addDays(today, 20),
    details: note,
  });
  const [w] = await db.select().from(coopActivities).where(eq(coopActivities.id, withdrawn));
  await cancelActivity(ctx, archives, withdrawn, w!.version);
}
