import type { Db } from "../../db/client.js";
import { hashPassword } from "../../auth/passwords.js";
import { audit } from "../audit/service.js";
import { roleScopes, type Role } from "../../../shared/roles.js";
import { DEMO_PASSWORD, demoIds } from "../../seed/ids.js";
import { insertGrantTx, insertUnitTx, insertUserTx } from "./repo.js";

/** The Ministry of Home Affairs and the units the seeds name (seed 000, 002). */
export const demoUnits = [
  { code: "MOHA", vi: "Bộ Nội vụ", en: "Ministry of Home Affairs", kind: "ministry", parent: null },
  {
    code: "ICD",
    vi: "Vụ Hợp tác quốc tế",
    en: "International Cooperation Department",
    kind: "department",
    parent: "MOHA",
  },
  { code: "OFFICE", vi: "Văn phòng Bộ", en: "Office of the Ministry", kind: "department", parent: "MOHA" },
  { code: "PERSONNEL", vi: "Vụ Tổ chức cán bộ", en: "Personnel Department", kind: "department", parent: "MOHA" },
  {
    code: "LOCALGOV",
    vi: "Vụ Chính quyền địa phương",
    en: "Local Government Department",
    kind: "department",
    parent: "MOHA",
  },
  {
    code: "CIVILSERVICE",
    vi: "Vụ Công chức - Viên chức",
    en: "Civil Servants Department",
    kind: "department",
    parent: "MOHA",
  },
  {
    code: "ADMINREFORM",
    vi: "Vụ Cải cách hành chính",
    en: "Administrative Reform Department",
    kind: "department",
    parent: "MOHA",
  },
  { code: "LEGAL", vi: "Vụ Pháp chế", en: "Legal Department", kind: "department", parent: "MOHA" },
  {
    code: "ARCHIVES",
    vi: "Cục Văn thư và Lưu trữ nhà nước",
    en: "State Records and Archives Department",
    kind: "agency",
    parent: "MOHA",
  },
  {
    code: "NAPA",
    vi: "Học viện Hành chính Quốc gia",
    en: "National Academy of Public Administration",
    kind: "academy",
    parent: "MOHA",
  },
  {
    code: "HUHA",
    vi: "Trường Đại học Nội vụ Hà Nội",
    en: "Hanoi University of Home Affairs",
    kind: "university",
    parent: "MOHA",
  },
  {
    code: "EMULATION",
    vi: "Ban Thi đua - Khen thưởng Trung ương",
    en: "Central Emulation and Commendation Board",
    kind: "agency",
    parent: "MOHA",
  },
  {
    code: "RELIGION",
    vi: "Ban Tôn giáo Chính phủ",
    en: "Government Committee for Religious Affairs",
    kind: "agency",
    parent: "MOHA",
  },
  { code: "INFOCENTRE", vi: "Trung tâm Thông tin", en: "Information Centre", kind: "centre", parent: "MOHA" },
  { code: "JOURNAL", vi: "Tạp chí Tổ chức nhà nước", en: "State Organisation Journal", kind: "centre", parent: "MOHA" },
] as const;

type DemoUser = {
  email: string;
  name: string;
  title: string;
  unit?: string;
  org?: string;
  lang?: "vi" | "en";
  grants: [Role, string | null][];
};

/**
 * One demo account per role (README lists them). The ministry's leaders are named as in seeds 000 and 002; the
 * other names are sample data.
 */
export const demoUsers: DemoUser[] = [
  {
    email: "admin@demo.focal",
    name: "Quản trị hệ thống",
    title: "Quản trị viên",
    unit: "INFOCENTRE",
    grants: [["admin", null]],
  },
  {
    email: "icd@demo.focal",
    name: "Nguyễn Thị Hồng Nhung",
    title: "Chuyên viên chính",
    unit: "ICD",
    grants: [["icd_officer", null]],
  },
  {
    email: "unit.archives@demo.focal",
    name: "Trần Văn Đức",
    title: "Chuyên viên",
    unit: "ARCHIVES",
    grants: [["unit_officer", "unit:ARCHIVES"]],
  },
  {
    email: "unit.napa@demo.focal",
    name: "Lê Thị Mai Anh",
    title: "Chuyên viên",
    unit: "NAPA",
    grants: [["unit_officer", "unit:NAPA"]],
  },
  {
    email: "minister@demo.focal",
    name: "Phạm Thị Thanh Trà",
    title: "Bộ trưởng",
    unit: "MOHA",
    grants: [["approver", "minister"]],
  },
  {
    email: "deputy@demo.focal",
    name: "Vũ Chiến Thắng",
    title: "Thứ trưởng",
    unit: "MOHA",
    grants: [["approver", "deputy_minister"]],
  },
  {
    email: "director.icd@demo.focal",
    name: "Chu Tuấn Tú",
    title: "Vụ trưởng Vụ Hợp tác quốc tế",
    unit: "ICD",
    // Heads the Content sub-committee of ACCSM 21's organising committee (seed 000).
    grants: [
      ["approver", "icd_director"],
      ["committee_member", `meeting:${demoIds.meetingAccsm21}`],
    ],
  },
  {
    email: "personnel@demo.focal",
    name: "Hoàng Văn Sơn",
    title: "Chuyên viên",
    unit: "PERSONNEL",
    grants: [["personnel_officer", null]],
  },
  {
    email: "committee@demo.focal",
    name: "Vũ Đăng Minh",
    title: "Chánh Văn phòng Bộ",
    unit: "OFFICE",
    grants: [["committee_member", `meeting:${demoIds.meetingAccsm21}`]],
  },
  {
    email: "registration@demo.focal",
    name: "Đặng Quốc Việt",
    title: "Tiểu ban Nội dung — đăng ký đại biểu",
    unit: "ICD",
    grants: [["registration_manager", `meeting:${demoIds.meetingAccsm21}`]],
  },
  {
    email: "liaison@demo.focal",
    name: "Ngô Thu Trang",
    title: "Tình nguyện viên",
    org: "Trường Đại học Nội vụ Hà Nội",
    grants: [["liaison_officer", `meeting:${demoIds.meetingAccsm21}`]],
  },
  {
    email: "security@demo.focal",
    name: "Trịnh Văn Hùng",
    title: "Cán bộ an ninh",
    org: "Công an thành phố Hà Nội",
    grants: [["security_officer", `meeting:${demoIds.meetingAccsm21}`]],
  },
  {
    email: "health@demo.focal",
    name: "Phan Thị Lan",
    title: "Bác sĩ",
    org: "Bộ Y tế",
    grants: [["health_officer", `meeting:${demoIds.meetingAccsm21}`]],
  },
  {
    email: "focal.japan@demo.focal",
    name: "Sato Haruka",
    title: "ACCSM+3 focal point",
    org: "National Personnel Authority, Japan",
    lang: "en",
    grants: [["member_focal_point", `wp:${demoIds.workplanAccsmPlus3}:JPN`]],
  },
  {
    email: "agency.hanoi@demo.focal",
    name: "Lý Thị Hoa",
    title: "Chuyên viên Sở Nội vụ",
    org: "UBND thành phố Hà Nội",
    grants: [["reporting_agency", `agency:${demoIds.agencyHanoi}`]],
  },
];

/** Seeds the unit tree and the demo accounts; returns unit ids by code for other seeds. */
export async function seedPeople(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const u of demoUnits) {
      const id = crypto.randomUUID();
      ids.set(u.code, id);
      await insertUnitTx(tx, {
        id,
        code: u.code,
        nameVi: u.vi,
        nameEn: u.en,
        kind: u.kind,
        parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
      });
    }
    for (const d of demoUsers) {
      const id = crypto.randomUUID();
      await insertUserTx(tx, {
        id,
        email: d.email,
        name: d.name,
        title: d.title,
        unitId: d.unit ? (ids.get(d.unit) ?? null) : null,
        organisation: d.org ?? null,
        language: d.lang ?? "vi",
        external: !d.unit,
        passwordHash,
      });
      for (const [role, scope] of d.grants) {
        let scopeId: string | null = null;
        if (scope) {
          const [kind, ...rest] = scope.split(":");
          // "unit:ARCHIVES", "meeting:<id>"… name their kind; an approval step ("minister") is the scope itself.
          const value = rest.length ? rest.join(":") : kind!;
          scopeId = kind === "unit" ? (ids.get(value) ?? null) : value;
        }
        await insertGrantTx(tx, { userId: id, role, scopeKind: roleScopes[role], scopeId });
      }
    }
    await audit(tx, null, {
      action: "seed.people",
      entity: "system",
      entityId: "demo",
      after: { units: demoUnits.length, users: demoUsers.length },
    });
  });
  return ids;
}
