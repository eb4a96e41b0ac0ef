/**
 * Backups from the administration area (issue 9 point 7): listed, taken on demand and downloaded by administrators,
 * both audited; refused to everyone else. On PostgreSQL (TEST_DATABASE_URL) the list says backups are pg_dump's
 * business and taking one answers so, instead of failing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { auditLog } from "../audit/schema.js";

let t: TestApp;
let admin: Record<string, string>;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-backups-"));
  t = await createTestApp({ env: { FOCAL_BACKUP_DIR: dir } });
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Listing {
  engine: "pglite" | "postgres";
  items: { name: string; size: number; createdAt: string }[];
}
const list = async (h = admin) => {
  const res = await t.app.inject({ method: "GET", url: "/api/backups", headers: h });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Listing;
};
const auditRows = (action: string) => t.ctx.db.select().from(auditLog).where(eq(auditLog.action, action));

describe("backups", () => {
  it("takes a backup on demand, lists it and downloads it as a gzip tar, auditing both", async () => {
    if (t.ctx.database.kind === "postgres") {
      expect(await list()).toEqual({ engine: "postgres", items: [] });
      const refused = expectError(
        await t.app.inject({ method: "POST", url: "/api/backups", headers: admin }),
        409,
        "BACKUP_USE_PG_DUMP",
      );
      expect(refused.message).toContain("pg_dump");
      expect(await auditRows("backup.create")).toEqual([]);
      return;
    }
    expect(await list()).toEqual({ engine: "pglite", items: [] });
    const made = await t.app.inject({ method: "POST", url: "/api/backups", headers: admin });
    expect(made.statusCode, made.body).toBe(201);
    const b = made.json() as { name: string; size: number };
    expect(b.name).toMatch(/^focal-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.tar\.gz$/);
    expect(fs.statSync(path.join(dir, b.name)).size).toBe(b.size);
    expect((await list()).items.map((i) => i.name)).toEqual([b.name]);

    const dl = await t.app.inject({ method: "GET", url: `/api/backups/${b.name}`, headers: admin });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers["content-type"]).toBe("application/gzip");
    expect(String(dl.headers["content-disposition"])).toContain(b.name);
    expect(dl.rawPayload.length).toBe(b.size);
    expect([dl.rawPayload[0], dl.rawPayload[1]]).toEqual([0x1f, 0x8b]);

    const [created] = await auditRows("backup.create");
    const [downloaded] = await auditRows("backup.download");
    expect(created).toMatchObject({ entity: "backup", entityId: b.name, actorName: "Quản trị hệ thống" });
    expect(downloaded).toMatchObject({ entity: "backup", entityId: b.name, actorName: "Quản trị hệ thống" });
    // The trail says it in words.
    const trail = (
      await t.app.inject({ method: "GET", url: "/api/audit?module=system&limit=5", headers: admin })
    ).json() as { actionText: string; entityLabel: string }[];
    expect(trail.slice(0, 2).map((r) => [r.actionText, r.entityLabel])).toEqual([
      ["Tải bản sao lưu", b.name],
      ["Tạo bản sao lưu", b.name],
    ]);
  });

  it("serves only backup files of the backup folder", async () => {
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a backup");
    for (const name of ["notes.txt", "..%2F..%2Fetc%2Fpasswd", "missing.tar.gz", ".hidden.tar.gz"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/backups/${name}`, headers: admin });
      expect([404], `${name}: ${res.body}`).toContain(res.statusCode);
    }
    expect((await list()).items.map((i) => i.name)).not.toContain("notes.txt");
  });

  it("refuses the list, a backup and a download to everyone but administrators", async () => {
    fs.writeFileSync(path.join(dir, "focal-2020-01-01T00-00-00Z.tar.gz"), Buffer.from([0x1f, 0x8b, 0, 0]));
    const before = (await list()).items.length;
    const auditBefore = (await t.ctx.db.select().from(auditLog)).length;
    for (const email of ["icd@demo.focal", "registration@demo.focal", "personnel@demo.focal"]) {
      const h = await t.login(email);
      const after = (await t.ctx.db.select().from(auditLog)).length;
      expectError(await t.app.inject({ method: "GET", url: "/api/backups", headers: h }), 403, "FORBIDDEN");
      expectError(await t.app.inject({ method: "POST", url: "/api/backups", headers: h }), 403, "FORBIDDEN");
      expectError(
        await t.app.inject({ method: "GET", url: "/api/backups/focal-2020-01-01T00-00-00Z.tar.gz", headers: h }),
        403,
        "FORBIDDEN",
      );
      // Nothing written beyond the sign-in's own row.
      expect((await t.ctx.db.select().from(auditLog)).length).toBe(after);
    }
    expect((await list()).items.length).toBe(before);
    expect(auditBefore).toBeGreaterThan(0);
  });
});
