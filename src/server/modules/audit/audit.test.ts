/**
 * The audit trail as an administrator reads it (issue 9 point 7): actions in words in the reader's language, records
 * by name, changed fields by label with formatted before → after values, personal data never shown (issue 11
 * point 2), filters by person, period, module and record, server paging, the sign-in view, and denials.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getTableColumns, type Table } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditActions, auditEntities, auditFieldLabel, auditModules, isAuditAction } from "../../../shared/audit.js";
import { NOISE, REFERENCES } from "./present.js";
import { auditLog } from "./schema.js";
import { units, users } from "../people/schema.js";
import * as meetingsSchema from "../meetings/schema.js";
import * as registrationSchema from "../registration/schema.js";
import * as badgesSchema from "../badges/schema.js";
import * as targetsSchema from "../targets/schema.js";
import * as workplansSchema from "../workplans/schema.js";
import { demoDelegationIds } from "../meetings/seed.js";

let t: TestApp;
let admin: Record<string, string>;
let icd: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
  icd = await t.login("icd@demo.focal");
});
afterAll(async () => t?.close());

interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  hidden: boolean;
}
interface Entry {
  id: number;
  at: string;
  actorId: string | null;
  action: string;
  actionText: string;
  module: string;
  entity: string;
  entityText: string;
  entityId: string;
  entityLabel: string | null;
  summary: string;
  changes: Change[];
  before: unknown;
  after: unknown;
}

const get = (url: string, headers = admin) => t.app.inject({ method: "GET", url, headers });
async function trail(query: string, headers = admin) {
  const res = await get(`/api/audit?${query}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return { rows: res.json() as Entry[], total: Number(res.headers["x-total-count"]) };
}
async function setLanguage(h: Record<string, string>, language: "vi" | "en") {
  const res = await t.app.inject({ method: "PATCH", url: "/api/me", headers: h, payload: { language } });
  expect(res.statusCode, res.body).toBe(200);
}
async function userId(email: string) {
  const [u] = await t.ctx.db.select().from(users).where(eq(users.email, email));
  return u!.id;
}

describe("the catalogue of actions", () => {
  /** Every action the code writes: the `action:` of each audit(…)/auditMany(…) call in the server's source. */
  function actionsInSource(): Set<string> {
    const root = path.resolve(import.meta.dirname, "../..");
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
          const src = fs.readFileSync(p, "utf8");
          if (!/\baudit(Many)?\(/.test(src)) continue;
          for (const line of src.split("\n")) {
            const m = /\baction:\s*(.+)$/.exec(line);
            if (!m) continue;
            const value = m[1]!;
            // A template: `delegate.${… ? "reset" : … ? "accredit" : "reject"}` → each outcome after ? or :.
            const tpl = /`([a-z_.]*)\$\{(.*)\}([a-z_.]*)`/.exec(value);
            if (tpl) {
              for (const o of tpl[2]!.matchAll(/[?:]\s*"([a-z_]+)"/g)) found.add(`${tpl[1]}${o[1]}${tpl[3]}`);
              continue;
            }
            for (const s of value.matchAll(/"([a-z_]+(?:\.[a-z_]+)+)"/g)) found.add(s[1]!);
          }
        }
      }
    };
    walk(root);
    return found;
  }

  it("has words in Vietnamese and English for every action the server writes", () => {
    const written = actionsInSource();
    // The scan finds the actions (a broken scan must not pass silently).
    expect(written.size).toBeGreaterThan(60);
    for (const a of ["target_report.accept", "delegate.accredit", "registration.proposal_withdraw", "unit.update"])
      expect(written).toContain(a);
    const missing = [...written].filter((a) => !isAuditAction(a));
    expect(missing, "actions written without a phrase in shared/audit.ts").toEqual([]);
  });

  it("says each action in both languages, never as its code, and places it in a module", () => {
    for (const [code, p] of Object.entries(auditActions)) {
      expect(p.vi.trim(), code).not.toBe("");
      expect(p.en.trim(), code).not.toBe("");
      expect(p.vi, code).not.toBe(code);
      expect(p.en, code).not.toMatch(/[a-z]+[._][a-z]+/);
      expect(Object.keys(auditModules)).toContain(p.module);
    }
    expect(auditActions["target_report.accept"]).toMatchObject({
      vi: "Chấp nhận báo cáo chỉ tiêu",
      en: "Accepted a target report",
    });
  });

  it("labels every column of every audited kind of record (or knows it says nothing to a reader)", () => {
    const tables: Record<string, Table> = {
      user: users,
      unit: units,
      meeting: meetingsSchema.meetings,
      venue: meetingsSchema.venues,
      room: meetingsSchema.rooms,
      delegation: meetingsSchema.delegations,
      delegate: meetingsSchema.delegates,
      meeting_session: meetingsSchema.meetingSessions,
      registration_link: registrationSchema.registrationLinks,
      registration_proposal: registrationSchema.registrationProposals,
      registration_import: registrationSchema.registrationImports,
      badge: badgesSchema.badges,
      target_report: targetsSchema.targetReports,
      workplan_activity: workplansSchema.workplanActivities,
    };
    const unlabelled: string[] = [];
    for (const [entity, table] of Object.entries(tables)) {
      expect(Object.keys(auditEntities)).toContain(entity);
      for (const col of Object.keys(getTableColumns(table))) {
        if (NOISE.has(col) || REFERENCES[col]) continue;
        // Ids of other records and who-did-it ids are not shown (the actor is the trail's own column).
        if (/(Id|By)$/.test(col) && !auditFieldLabel(entity, col)) continue;
        if (!auditFieldLabel(entity, col)) unlabelled.push(`${entity}.${col}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });
});

describe("reading the trail", () => {
  it("says what happened in the reader's language, names the record and shows before → after by label", async () => {
    const [icdUnit] = await t.ctx.db.select().from(units).where(eq(units.code, "ICD"));
    const renamed = await t.app.inject({
      method: "PATCH",
      url: `/api/units/${icdUnit!.id}`,
      headers: admin,
      payload: { version: icdUnit!.version, nameEn: "International Cooperation Department (renamed)" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const vi = (await trail(`entity=unit&entityId=${icdUnit!.id}`)).rows[0]!;
    expect(vi.action).toBe("unit.update");
    expect(vi.actionText).toBe("Sửa đơn vị");
    expect(vi.entityText).toBe("Đơn vị");
    expect(vi.entityLabel).toBe("Vụ Hợp tác quốc tế");
    expect(vi.summary).toBe("Quản trị hệ thống đã sửa đơn vị: Vụ Hợp tác quốc tế");
    expect(vi.changes).toEqual([
      {
        field: "nameEn",
        label: "Tên tiếng Anh",
        before: "International Cooperation Department",
        after: "International Cooperation Department (renamed)",
        hidden: false,
      },
    ]);

    await setLanguage(admin, "en");
    try {
      const en = (await trail(`entity=unit&entityId=${icdUnit!.id}`)).rows[0]!;
      expect(en.actionText).toBe("Changed a unit");
      expect(en.entityLabel).toBe("International Cooperation Department (renamed)");
      expect(en.summary).toBe("Quản trị hệ thống changed a unit: International Cooperation Department (renamed)");
      expect(en.changes.map((c) => c.label)).toEqual(["Name in English"]);
    } finally {
      await setLanguage(admin, "vi");
    }
  });

  it("accepting a target report reads 'Chấp nhận báo cáo chỉ tiêu' / 'Accepted a target report', by agency and year", async () => {
    const S = demoIds.scheme1439;
    const report = await get(`/api/schemes/${S}/reports/M-MOFA/2025`, icd);
    expect(report.statusCode, report.body).toBe(200);
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/schemes/${S}/reports/M-MOFA/2025/accept`,
      headers: icd,
      payload: { version: (report.json() as { version: number }).version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const row = (await trail("module=targets&limit=5")).rows.find((r) => r.action === "target_report.accept")!;
    expect(row.actionText).toBe("Chấp nhận báo cáo chỉ tiêu");
    expect(row.entityLabel).toMatch(/^Bộ Ngoại giao.* · 2025$/);
    const status = row.changes.find((c) => c.field === "status")!;
    expect(status).toMatchObject({ label: "Trạng thái", before: "Đã gửi", after: "Đã chấp nhận" });
    // Moments are in Hà Nội time, dd/MM/yyyy HH:mm.
    expect(row.changes.find((c) => c.field === "reviewedAt")!.after).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await setLanguage(admin, "en");
    try {
      const en = (await trail("module=targets&limit=5")).rows.find((r) => r.action === "target_report.accept")!;
      expect(en.actionText).toBe("Accepted a target report");
      expect(en.changes.find((c) => c.field === "status")).toMatchObject({ label: "Status", after: "Accepted" });
    } finally {
      await setLanguage(admin, "vi");
    }
  });

  it("formats dates dd/MM/yyyy in Vietnamese, booleans as Có/Không, references by name, enums in words", async () => {
    const m = (await get(`/api/meetings/${demoIds.meetingAccsm21}`, icd)).json() as {
      version: number;
      registrationDeadline: string;
    };
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/meetings/${demoIds.meetingAccsm21}`,
      headers: icd,
      payload: { version: m.version, registrationDeadline: "2022-07-20T17:00:00+07:00" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const meeting = (await trail(`entity=meeting&entityId=${demoIds.meetingAccsm21}&limit=1`)).rows[0]!;
    expect(meeting.changes).toContainEqual(
      expect.objectContaining({ label: "Hạn đăng ký", after: "20/07/2022 17:00", hidden: false }),
    );
    expect(JSON.stringify(meeting.changes)).not.toMatch(/searchText|updatedAt|"version"/);

    const uid = await userId("liaison@demo.focal");
    const u = (await get(`/api/users/${uid}`)).json() as { version: number };
    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${uid}`,
      headers: admin,
      payload: { version: u.version, active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const deact = (await trail(`entity=user&entityId=${uid}&limit=1`)).rows[0]!;
    expect(deact.actionText).toBe("Vô hiệu hóa tài khoản");
    expect(deact.changes).toContainEqual(
      expect.objectContaining({ label: "Đang hoạt động", before: "Có", after: "Không" }),
    );

    // A grant names its role and its scope in words, never an id.
    const grant = await t.app.inject({
      method: "POST",
      url: `/api/users/${uid}/grants`,
      headers: admin,
      payload: { role: "committee_member", scopeId: demoIds.meetingAccsm21 },
    });
    expect(grant.statusCode, grant.body).toBe(200);
    const added = (await trail(`entity=user&entityId=${uid}&limit=1`)).rows[0]!;
    expect(added.actionText).toBe("Giao vai trò");
    expect(added.changes).toContainEqual(
      expect.objectContaining({ label: "Vai trò", after: "Thành viên Ban tổ chức" }),
    );
    expect(added.changes.find((c) => c.field === "scopeId")!.after).toMatch(/^ACCSM21 — /);
    expect(JSON.stringify(added.changes)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("never hands a delegate's passport or birth date to the administrator (issue 11 point 2)", async () => {
    const reg = await t.login("registration@demo.focal");
    const THA = demoDelegationIds.THA;
    const base = `/api/meetings/${demoIds.meetingAccsm21}/delegations/${THA}/delegates`;
    const created = await t.app.inject({
      method: "POST",
      url: base,
      headers: reg,
      payload: {
        fullName: "Audit Leak Test",
        gender: "female",
        role: "member",
        nationality: "tha",
        passportNumber: "AA7654321",
        passportExpiry: "2031-03-04",
        dateOfBirth: "1979-11-23",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json() as { id: string; version: number };
    const edited = await t.app.inject({
      method: "PATCH",
      url: `${base}/${d.id}`,
      headers: reg,
      payload: { version: d.version, passportNumber: "AA1234567", dateOfBirth: "1979-11-24" },
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const res = await get(`/api/audit?entity=delegate&entityId=${d.id}`);
    expect(res.statusCode).toBe(200);
    for (const secret of ["AA7654321", "AA1234567", "1979-11-23", "1979-11-24", "23/11/1979", "2031-03-04"])
      expect(res.body).not.toContain(secret);
    const rows = res.json() as Entry[];
    const update = rows.find((r) => r.action === "delegate.update")!;
    expect(update.entityLabel).toBe("Audit Leak Test");
    // It says which personal fields changed, without their values.
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: "passportNumber", label: "Số hộ chiếu", before: null, after: null, hidden: true },
        { field: "dateOfBirth", label: "Ngày sinh", before: null, after: null, hidden: true },
      ]),
    );
    // The whole trail of delegates, too.
    const all = await get(`/api/audit?entity=delegate&limit=200`);
    expect(all.body).not.toMatch(/AA7654321|AA1234567|1979-11-2|\/11\/1979/);
    for (const r of all.json() as Entry[])
      for (const c of r.changes.filter((x) => ["passportNumber", "dateOfBirth"].includes(x.field)))
        expect([c.before, c.after, c.hidden]).toEqual([null, null, true]);
  });
});

describe("filters and paging", () => {
  it("pages on the server with offset and limit and counts every match in X-Total-Count", async () => {
    const first = await trail("limit=3");
    expect(first.rows).toHaveLength(3);
    const [n] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(first.total).toBe(Number(n!.n));
    const second = await trail("limit=3&offset=3");
    expect(second.total).toBe(first.total);
    expect(second.rows[0]!.id).toBeLessThan(first.rows[2]!.id);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
    expectError(await get("/api/audit?limit=100000"), 400, "VALIDATION_FAILED");
    expectError(await get("/api/audit?offset=99999999999999999999"), 400, "VALIDATION_FAILED");
  });

  it("filters by person, module, period and record", async () => {
    const me = await userId("admin@demo.focal");
    const mine = await trail(`actorId=${me}&limit=200`);
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.actorId === me)).toBe(true);
    const [n] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.actorId, me));
    expect(mine.total).toBe(Number(n!.n));

    const people = await trail("module=people&limit=200");
    expect(people.rows.length).toBeGreaterThan(0);
    expect(people.rows.every((r) => r.module === "people")).toBe(true);
    expect(people.rows.map((r) => r.action)).toContain("unit.update");

    // Today (Hà Nội) holds this run's writes; a period long past holds none of them.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const todays = await trail(`from=${today}&to=${today}&module=people&limit=200`);
    expect(todays.rows.map((r) => r.action)).toContain("unit.update");
    const past = await trail(`from=2001-01-01&to=2001-12-31`);
    expect([past.rows.length, past.total]).toEqual([0, 0]);

    const bad = expectError(await get("/api/audit?from=2026-02-31"), 400, "AUDIT_BAD_DAY");
    expect(bad.message).toBe("Từ ngày: 2026-02-31 không phải là một ngày có thật.");
    const reversed = expectError(await get("/api/audit?from=2026-03-02&to=2026-03-01"), 400, "AUDIT_BAD_PERIOD");
    expect(reversed.message).toContain("02/03/2026");
    expectError(await get("/api/audit?module=nonsense"), 400, "VALIDATION_FAILED");
  });

  it("finds records by name, ignoring diacritics, for the record picker", async () => {
    const res = await get("/api/audit/records?entity=unit&q=hop tac quoc");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string; label: string }[] };
    expect(body.items.map((i) => i.label)).toEqual(["Vụ Hợp tác quốc tế"]);
    const users = (await get("/api/audit/records?entity=user&q=quan tri")).json() as { items: { label: string }[] };
    expect(users.items.map((i) => i.label)).toContain("Quản trị hệ thống (admin@demo.focal)");
    expectError(await get("/api/audit/records"), 400, "VALIDATION_FAILED");
  });
});

describe("sign-ins", () => {
  it("lists successes and failures by person and time, in their own view", async () => {
    const id = await userId("personnel@demo.focal");
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "user-agent": "Mozilla/5.0 (audit test)" },
      remoteAddress: "203.0.113.7",
      payload: { email: "personnel@demo.focal", password: "not-the-password" },
    });
    expect(wrong.statusCode).toBe(401);
    await t.login("personnel@demo.focal");
    const res = await get(`/api/audit/sign-ins?userId=${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json() as {
      action: string;
      actionText: string;
      outcome: string;
      userId: string;
      userLabel: string;
      ip: string | null;
      userAgent: string | null;
    }[];
    expect(Number(res.headers["x-total-count"])).toBe(rows.length);
    expect(rows.map((r) => r.outcome)).toEqual(["success", "failure"]);
    expect(rows[0]!.actionText).toBe("Đăng nhập");
    expect(rows[1]!.actionText).toBe("Đăng nhập sai mật khẩu");
    // The address and the browser of the attempt are recorded.
    expect([rows[1]!.ip, rows[1]!.userAgent]).toEqual(["203.0.113.7", "Mozilla/5.0 (audit test)"]);
    expect(rows.every((r) => r.userId === id && r.userLabel.includes("personnel@demo.focal"))).toBe(true);
    // Only sign-ins: no other kind of row in this view.
    const all = (await get("/api/audit/sign-ins?limit=200")).json() as { action: string }[];
    expect(all.every((r) => r.action.startsWith("auth."))).toBe(true);
  });
});

describe("denials", () => {
  it("refuses the trail, the sign-ins and the record picker to everyone but administrators", async () => {
    for (const email of ["icd@demo.focal", "registration@demo.focal", "personnel@demo.focal"]) {
      const h = await t.login(email);
      for (const url of [
        "/api/audit",
        "/api/audit?entity=delegate",
        "/api/audit/sign-ins",
        "/api/audit/records?entity=user",
      ])
        expectError(await get(url, h), 403, "FORBIDDEN");
    }
    for (const url of ["/api/audit", "/api/audit/sign-ins", "/api/audit/records?entity=user"])
      expectError(await t.app.inject({ method: "GET", url }), 401);
  });
});
