/**
 * The units screen's API (issue 9 point 7): administrators add a unit under a parent and rename it; each write is
 * audited in its own transaction; everyone else is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { auditLog } from "../audit/schema.js";
import { units } from "./schema.js";

let t: TestApp;
let admin: Record<string, string>;

interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  version: number;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => t?.close());

const send = (method: "POST" | "PATCH", url: string, headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method, url, headers, payload: payload as Record<string, unknown> });
async function unitByCode(code: string) {
  const [u] = await t.ctx.db.select().from(units).where(eq(units.code, code));
  return u!;
}
async function counts() {
  const [u] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(units);
  const [a] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { units: Number(u!.n), audit: Number(a!.n) };
}

describe("units for administrators", () => {
  it("adds a unit under a parent, audited, and it appears in the tree", async () => {
    const icd = await unitByCode("ICD");
    const before = await counts();
    const res = await send("POST", "/api/units", admin, {
      parentId: icd.id,
      code: "icd-asean",
      nameVi: "Phòng Hợp tác ASEAN (mẫu)",
      nameEn: "ASEAN Cooperation Division (sample)",
      kind: "department",
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json() as Unit;
    expect(made).toMatchObject({
      parentId: icd.id,
      code: "ICD-ASEAN",
      nameVi: "Phòng Hợp tác ASEAN (mẫu)",
      version: 1,
    });
    expect(await counts()).toEqual({ units: before.units + 1, audit: before.audit + 1 });
    const tree = (await t.app.inject({ method: "GET", url: "/api/units", headers: admin })).json() as Unit[];
    expect(tree.find((u) => u.id === made.id)?.parentId).toBe(icd.id);
    const [row] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(row).toMatchObject({ action: "unit.create", entity: "unit", actorName: "Quản trị hệ thống" });
    // Found by search without diacritics (the search text follows the name).
    const [stored] = await t.ctx.db.select().from(units).where(eq(units.id, made.id));
    expect(stored!.searchText).toContain("phong hop tac asean");
  });

  it("renames a unit in both languages; a stale version is refused", async () => {
    const u = await unitByCode("LEGAL");
    const res = await send("PATCH", `/api/units/${u.id}`, admin, {
      version: u.version,
      nameVi: "Vụ Pháp chế (đổi tên)",
      nameEn: "Legal Affairs Department",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      nameVi: "Vụ Pháp chế (đổi tên)",
      nameEn: "Legal Affairs Department",
      version: 2,
    });
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(audit.map((a) => a.action)).toEqual(["unit.update"]);
    expect(audit[0]!.before).toMatchObject({ nameVi: "Vụ Pháp chế" });
    expect(audit[0]!.after).toMatchObject({ nameVi: "Vụ Pháp chế (đổi tên)" });
    const before = await counts();
    expectError(await send("PATCH", `/api/units/${u.id}`, admin, { version: 1, nameVi: "X" }), 409, "VERSION_CONFLICT");
    expect(await counts()).toEqual(before);
    expect((await unitByCode("LEGAL")).nameVi).toBe("Vụ Pháp chế (đổi tên)");
  });

  it("refuses bad input with a message in the caller's language, and changes nothing", async () => {
    const moha = await unitByCode("MOHA");
    const icd = await unitByCode("ICD");
    const before = await counts();
    const taken = expectError(
      await send("POST", "/api/units", admin, {
        parentId: moha.id,
        code: "icd",
        nameVi: "Trùng mã",
        nameEn: "Same code",
        kind: "department",
      }),
      409,
      "UNIT_CODE_TAKEN",
    );
    expect(taken.message).toBe("Mã đơn vị ICD đã được dùng cho đơn vị khác.");
    expectError(
      await send("POST", "/api/units", admin, {
        parentId: moha.id,
        code: "X1",
        nameVi: " ",
        nameEn: "x",
        kind: "department",
      }),
      400,
    );
    expectError(
      await send("POST", "/api/units", admin, {
        parentId: crypto.randomUUID(),
        code: "X2",
        nameVi: "Không có cấp trên",
        nameEn: "No parent",
        kind: "department",
      }),
      404,
      "UNIT_NOT_FOUND",
    );
    expectError(
      await send("POST", "/api/units", admin, {
        parentId: moha.id,
        code: "X3",
        nameVi: "a",
        nameEn: "b",
        kind: "empire",
      }),
      400,
      "VALIDATION_FAILED",
    );
    // A unit cannot move under its own sub-unit.
    const loop = expectError(
      await send("PATCH", `/api/units/${moha.id}`, admin, { version: moha.version, parentId: icd.id }),
      400,
      "UNIT_PARENT_LOOP",
    );
    expect(loop.message).toContain("bên dưới chính nó");
    expect(await counts()).toEqual(before);
  });

  it("refuses every write to everyone but administrators", async () => {
    const u = await unitByCode("OFFICE");
    const others = await Promise.all(
      ["icd@demo.focal", "unit.archives@demo.focal", "personnel@demo.focal"].map((e) => t.login(e)),
    );
    const before = await counts();
    for (const h of others) {
      expectError(
        await send("POST", "/api/units", h, {
          parentId: u.id,
          code: "NOPE",
          nameVi: "Không",
          nameEn: "No",
          kind: "department",
        }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await send("PATCH", `/api/units/${u.id}`, h, { version: u.version, nameVi: "Không" }),
        403,
        "FORBIDDEN",
      );
    }
    expect(await counts()).toEqual(before);
    expect((await unitByCode("OFFICE")).nameVi).toBe(u.nameVi);
  });
});
