import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { demoIds } from "../../seed/ids.js";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { compareViNames, fold } from "../../../shared/text.js";
import { users } from "./schema.js";
import { auditLog } from "../audit/schema.js";
import { mailOutbox } from "../mail/schema.js";

let t: TestApp;
let admin: Record<string, string>;

interface UserView {
  id: string;
  email: string;
  name: string;
  title: string | null;
  version: number;
  grants: { role: string }[];
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => t?.close());

/** Counts rows of the tables a write touches, to prove that a refused write stored nothing. */
async function counts() {
  const [u] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [a] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  const [m] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(mailOutbox);
  return { users: u!.n, audit: a!.n, mail: m!.n };
}

async function findUser(email: string): Promise<UserView> {
  const list = (await t.app.inject({ method: "GET", url: "/api/users", headers: admin })).json() as UserView[];
  const u = list.find((x) => x.email === email);
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

async function invite(body: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: "/api/users", headers: admin, payload: body });
}

describe("optimistic concurrency", () => {
  it("an update based on a stale version gets 409 in the error shape and changes nothing", async () => {
    const u = await findUser("personnel@demo.focal");
    const first = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, title: "Chuyên viên chính" },
    });
    expect(first.statusCode).toBe(200);
    expect((first.json() as UserView).version).toBe(u.version + 1);

    // A second editor still holds the version read before the first change.
    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, title: "Chuyên viên cao cấp" },
    });
    const e = expectError(stale, 409, "VERSION_CONFLICT");
    expect(e.message).toBe("Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thực hiện lại thay đổi của bạn.");
    expect(e.details).toEqual({ currentVersion: u.version + 1 });

    const staleEn = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: { ...admin, "accept-language": "en" },
      payload: { version: u.version, title: "x" },
    });
    // The admin's own language setting (vi) wins over Accept-Language for a signed-in user.
    expect(expectError(staleEn, 409, "VERSION_CONFLICT").message).toContain("Bản ghi");

    const now = await findUser("personnel@demo.focal");
    expect(now.title).toBe("Chuyên viên chính");
    expect(now.version).toBe(u.version + 1);
    const history = (
      await t.app.inject({ method: "GET", url: `/api/audit?entity=user&entityId=${u.id}`, headers: admin })
    ).json() as { action: string }[];
    expect(history.filter((h) => h.action === "user.update")).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("a bad body gets 400 naming the fields, in the caller's language, and stores nothing", async () => {
    const before = await counts();
    const res = await invite({ email: "not-an-email", language: "fr", grants: [{ role: "emperor" }] });
    const e = expectError(res, 400, "VALIDATION_FAILED");
    const fields = (e.details as { field: string; message: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["body.name", "body.email", "body.language"]));
    // Each field by its label, the rule in words, in Vietnamese (issue 9): "Tên: bắt buộc nhập".
    expect(e.message).toContain("Tên: bắt buộc nhập");
    expect(e.message).not.toContain("body.");
    expect(await counts()).toEqual(before);
  });

  it("English callers get the English message", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "accept-language": "en-US,en;q=0.8,vi;q=0.5" },
      payload: { email: "admin@demo.focal" },
    });
    const e = expectError(res, 400, "VALIDATION_FAILED");
    expect(e.message).toBe("Password: is required");
  });

  it("input that passes the schema but breaks a rule is refused before the first write", async () => {
    const before = await counts();
    const res = await invite({
      email: "scope@example.org",
      name: "Người Dùng Thử",
      language: "vi",
      grants: [{ role: "icd_officer" }, { role: "unit_officer", scopeId: "not-a-unit" }],
    });
    expectError(res, 400, "INVALID_SCOPE");
    expect(await counts()).toEqual(before);
  });

  it("an e-mail already in use gets 409 and stores nothing", async () => {
    const before = await counts();
    expectError(await invite({ email: "ICD@demo.focal", name: "Trùng", language: "vi" }), 409, "EMAIL_TAKEN");
    expect(await counts()).toEqual(before);
  });

  it("an empty name after trimming is refused", async () => {
    const u = await findUser("deputy@demo.focal");
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, name: "   " },
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect((await findUser("deputy@demo.focal")).name).toBe(u.name);
  });
});

describe("Vietnamese text", () => {
  const nfc = "Phạm Thị Thanh Trúc";
  let id: string;

  it("a string sent in NFD is stored in NFC, trimmed", async () => {
    const nfd = `  ${nfc.normalize("NFD")} `;
    expect(nfd.trim()).not.toBe(nfc);
    const res = await invite({
      email: "truc.pham@example.org",
      name: nfd,
      title: "Phó Vụ trưởng (mẫu)".normalize("NFD"),
      language: "vi",
    });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { user: UserView }).user.id;
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, id));
    expect(row!.name).toBe(nfc);
    expect(row!.name.normalize("NFC")).toBe(row!.name);
    expect(row!.title).toBe("Phó Vụ trưởng (mẫu)".normalize("NFC"));
    expect(row!.searchText).toBe(fold(`${nfc} truc.pham@example.org Phó Vụ trưởng (mẫu)`));
  });

  it("an NFD edit is stored in NFC too", async () => {
    const u = (await t.app.inject({ method: "GET", url: `/api/users/${id}`, headers: admin })).json() as UserView;
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${id}`,
      headers: admin,
      payload: { version: u.version, title: "Chuyên viên cao cấp (mẫu)".normalize("NFD") },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, id));
    expect(row!.title).toBe("Chuyên viên cao cấp (mẫu)".normalize("NFC"));
  });

  const search = async (q: string) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/users?q=${encodeURIComponent(q)}`,
      headers: admin,
    });
    expect(res.statusCode).toBe(200);
    return (res.json() as UserView[]).map((u) => u.name);
  };

  it("search ignores diacritics and case: `pham thi` finds Phạm Thị Thanh Trúc", async () => {
    expect(await search("pham thi")).toContain(nfc);
    expect(await search("pham thi thanh truc")).toEqual([nfc]);
    expect(await search("PHẠM THỊ")).toContain(nfc);
    expect(await search("phạm thị thanh trúc".normalize("NFD"))).toEqual([nfc]);
    for (const name of await search("pham thi")) expect(fold(name)).toContain("pham thi");
  });

  it("`d` finds `đ` and `đ` finds `d`", async () => {
    expect(await search("duc")).toContain("Trần Văn Đức");
    expect(await search("Đức")).toContain("Trần Văn Đức");
    const dang = await search("dang");
    expect(dang).toEqual(expect.arrayContaining(["Đặng Quốc Việt", "Vũ Đăng Minh"]));
    expect(await search("ĐĂNG")).toEqual(expect.arrayContaining(["Đặng Quốc Việt", "Vũ Đăng Minh"]));
    expect(await search("zzz-nobody")).toEqual([]);
  });

  it("every word of the search matches, in any order", async () => {
    for (const q of ["thanh truc pham", "truc pham", "TRÚC thị", "cao cap pham", "truc.pham thanh"]) {
      expect(await search(q), q).toEqual([nfc]);
    }
    expect(await search("viet dang")).toContain("Đặng Quốc Việt");
    expect(await search("thanh truc nguyen")).toEqual([]);
  });

  it("`%` and `_` are literal characters, not wildcards", async () => {
    const [row] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`strpos(${users.searchText}, '%') > 0 or strpos(${users.searchText}, '_') > 0`);
    expect(row!.n).toBe(0);
    for (const q of ["%", "_", "pham%tra", "pham_thi", "% thanh"]) expect(await search(q), q).toEqual([]);
  });

  it("`lukasz` finds `Łukasz` and `oyvind` finds `Øyvind`", async () => {
    const res = await invite({ email: "lukasz@example.org", name: "Łukasz Øyvind Kowalczyk", language: "en" });
    expect(res.statusCode, res.body).toBe(201);
    for (const q of ["lukasz", "ŁUKASZ", "oyvind", "kowalczyk lukasz", "Øyvind Łukasz"]) {
      expect(await search(q), q).toEqual(["Łukasz Øyvind Kowalczyk"]);
    }
  });

  it("lists names in Vietnamese order, given name first", async () => {
    const names = (await t.app.inject({ method: "GET", url: "/api/users", headers: admin })).json() as UserView[];
    const list = names.map((u) => u.name);
    expect(list.length).toBeGreaterThan(10);
    expect([...list].sort(compareViNames)).toEqual(list);
  });
});

describe("the audit trail", () => {
  it("records who, what, before and after, without secrets", async () => {
    const u = await findUser("health@demo.focal");
    await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, organisation: "Bộ Y tế (mẫu)" },
    });
    const rows = (
      await t.app.inject({ method: "GET", url: `/api/audit?entity=user&entityId=${u.id}`, headers: admin })
    ).json() as {
      action: string;
      actorName: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }[];
    const row = rows.find((r) => r.action === "user.update")!;
    expect(row.actorName).toBe("Quản trị hệ thống");
    expect(row.before.organisation).toBe("Bộ Y tế");
    expect(row.after.organisation).toBe("Bộ Y tế (mẫu)");
    expect(JSON.stringify(rows)).not.toMatch(/passwordHash|argon2/);
  });

  it("names each record: a user by name and e-mail even where the row does not carry it, others from what was recorded", async () => {
    const u = await findUser("health@demo.focal");
    await t.app.inject({
      method: "POST",
      url: `/api/users/${u.id}/grants`,
      headers: admin,
      payload: { role: "personnel_officer" },
    });
    type Row = { action: string; entity: string; entityId: string; entityLabel: string | null };
    const rows = (
      await t.app.inject({ method: "GET", url: `/api/audit?entity=user&entityId=${u.id}`, headers: admin })
    ).json() as Row[];
    const grant = rows.find((r) => r.action === "grant.add")!;
    expect(grant.entityLabel).toBe(`${u.name} (health@demo.focal)`);
    // A meeting is named by its module's labeler, in the reader's language (the administrator reads Vietnamese).
    const icd = await t.login("icd@demo.focal");
    const m = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${demoIds.meetingAccsm21}`, headers: icd })
    ).json() as {
      version: number;
    };
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/meetings/${demoIds.meetingAccsm21}`,
      headers: icd,
      payload: { version: m.version, cityEn: "Ha Noi" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const history = async (lang: string) =>
      (
        (
          await t.app.inject({
            method: "GET",
            url: `/api/audit?entity=meeting&entityId=${demoIds.meetingAccsm21}`,
            headers: { ...admin, "accept-language": lang },
          })
        ).json() as Row[]
      )[0]!.entityLabel;
    expect(await history("vi")).toBe("ACCSM21 — Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)");
    // A venue has no labeler: its row's recorded name, in the reader's language.
    const venue = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${demoIds.meetingAccsm21}/venues`,
      headers: icd,
      payload: { nameVi: "Khách sạn Mẫu (mẫu)", nameEn: "Sample Hotel (sample)" },
    });
    expect(venue.statusCode, venue.body).toBe(201);
    const [created] = (
      await t.app.inject({
        method: "GET",
        url: `/api/audit?entity=venue&entityId=${(venue.json() as { id: string }).id}`,
        headers: admin,
      })
    ).json() as Row[];
    expect(created!.entityLabel).toBe("Khách sạn Mẫu (mẫu)");
  });

  it("is written in the same transaction: a write that fails at commit leaves no audit row", async () => {
    // A deferred constraint trigger fails the transaction at COMMIT, after both the update and the audit insert ran.
    await t.ctx.db.execute(sql`
      create or replace function focal_test_fail_commit() returns trigger language plpgsql as $$
      begin
        if new.name = 'Fails At Commit' then raise exception 'refused at commit'; end if;
        return new;
      end $$`);
    await t.ctx.db.execute(sql`
      create constraint trigger focal_test_fail_commit after update on users
      deferrable initially deferred for each row execute function focal_test_fail_commit()`);
    const u = await findUser("liaison@demo.focal");
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: { ...admin },
      payload: { version: u.version, name: "Fails At Commit" },
    });
    const e = expectError(res, 500, "INTERNAL");
    expect(e.message).toBe("Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.");
    expect(res.body).not.toContain("refused at commit");
    const after = await findUser("liaison@demo.focal");
    expect(after.name).toBe(u.name);
    expect(after.version).toBe(u.version);
    const trail = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(trail.filter((r) => r.action === "user.update")).toEqual([]);
    await t.ctx.db.execute(sql`drop trigger focal_test_fail_commit on users`);
  });

  it("and the other way round: when the audit row cannot be written, the write is undone", async () => {
    await t.ctx.db.execute(sql`
      create or replace function focal_test_fail_audit() returns trigger language plpgsql as $$
      begin
        if new.after->>'name' = 'Audit Refuses' then raise exception 'audit refused'; end if;
        return new;
      end $$`);
    await t.ctx.db.execute(sql`
      create trigger focal_test_fail_audit before insert on audit_log
      for each row execute function focal_test_fail_audit()`);
    const u = await findUser("security@demo.focal");
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: { ...admin, "accept-language": "en" },
      payload: { version: u.version, name: "Audit Refuses" },
    });
    expectError(res, 500, "INTERNAL");
    const after = await findUser("security@demo.focal");
    expect(after.name).toBe(u.name);
    expect(after.version).toBe(u.version);
    await t.ctx.db.execute(sql`drop trigger focal_test_fail_audit on audit_log`);
  });
});

describe("administration", () => {
  it("grants and revokes a role, each audited", async () => {
    const u = await findUser("unit.napa@demo.focal");
    const added = await t.app.inject({
      method: "POST",
      url: `/api/users/${u.id}/grants`,
      headers: admin,
      payload: { role: "personnel_officer" },
    });
    expect(added.statusCode).toBe(200);
    const grant = (added.json() as { grants: { id: string; role: string }[] }).grants.find(
      (g) => g.role === "personnel_officer",
    )!;
    expectError(
      await t.app.inject({
        method: "POST",
        url: `/api/users/${u.id}/grants`,
        headers: admin,
        payload: { role: "personnel_officer" },
      }),
      409,
      "GRANT_EXISTS",
    );
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/users/${u.id}/grants/${grant.id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as UserView).grants.map((g) => g.role)).toEqual(["unit_officer"]);
    const trail = (
      await t.app.inject({ method: "GET", url: `/api/audit?entity=user&entityId=${u.id}`, headers: admin })
    ).json() as { action: string }[];
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(["grant.add", "grant.remove"]));
  });
});
