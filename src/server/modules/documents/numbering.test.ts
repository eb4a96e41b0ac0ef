/**
 * The numbering registers (issue 12 item 5, decision 022): one register per issuer and year, numbers from 01, a new
 * year starts again at 01, and no number is ever given twice — not to 30 transactions at once, and not after a
 * transaction that took a number rolled back (its number was never seen, so the next document gets it and the
 * register keeps no gap). Then the register's page: who may read which issuer's register, and what it shows.
 * Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL, where the 30 transactions really run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import type { Executor } from "../../db/client.js";
import { auditLog } from "../audit/schema.js";
import type { DocumentIssuer, IssuedDocument } from "../../../shared/schemas/documents.js";
import { formatDocumentNumber, takeDocumentNumber } from "./numbering.js";
import { issuedDocuments } from "./schema.js";
import { registerDocumentLink } from "./links.js";
import { todayInHanoi } from "../../../shared/dates.js";

let t: TestApp;
let actor: { id: string; name: string };
const ACTIVITY = "0a0c5321-0000-4000-8000-00000000ac01";

beforeAll(async () => {
  t = await createTestApp();
  const h = await t.login("personnel@demo.focal");
  const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: h })).json() as { id: string; name: string };
  actor = { id: me.id, name: me.name };
}, 120_000);
afterAll(async () => t?.close());

const take = (
  tx: Executor,
  issuer: DocumentIssuer,
  year: number,
  title = "Về việc cử đoàn đi công tác tại Cộng hòa Pháp",
) =>
  takeDocumentNumber(tx, {
    issuer,
    year,
    symbol: issuer === "ICD" ? "TTr-HTQT" : "QĐ-BNV",
    kind: issuer === "ICD" ? "submission" : "decision",
    entity: "cooperation_activity",
    entityId: ACTIVITY,
    title,
    issuedOn: `${year}-02-05`,
    actor,
  });

const register = (issuer: DocumentIssuer, year: number) =>
  t.ctx.db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.issuer, issuer), eq(issuedDocuments.year, year)))
    .orderBy(asc(issuedDocuments.seq));

describe("formatDocumentNumber", () => {
  it("writes numbers below 10 with a leading zero (the register starts at 01) and the symbol after a slash", () => {
    expect(formatDocumentNumber(1, "TTr-HTQT")).toBe("01/TTr-HTQT");
    expect(formatDocumentNumber(9, "TTr-HTQT")).toBe("09/TTr-HTQT");
    expect(formatDocumentNumber(12, "TTr-HTQT")).toBe("12/TTr-HTQT");
    expect(formatDocumentNumber(345, "QĐ-BNV")).toBe("345/QĐ-BNV");
  });
});

describe("takeDocumentNumber", () => {
  it("numbers each issuer's register of each year on its own, from 01; a new year starts again at 01", async () => {
    const icd = [];
    for (let i = 0; i < 3; i++) icd.push(await t.ctx.db.transaction((tx) => take(tx, "ICD", 2030)));
    expect(icd.map((n) => n.number)).toEqual(["01/TTr-HTQT", "02/TTr-HTQT", "03/TTr-HTQT"]);
    // Another issuer, same year: its own register.
    const personnel = await t.ctx.db.transaction((tx) => take(tx, "PERSONNEL", 2030));
    expect(personnel).toMatchObject({ seq: 1, number: "01/QĐ-BNV" });
    // The next year: 01 again, and the year before goes on where it was.
    const next = await t.ctx.db.transaction((tx) => take(tx, "ICD", 2031));
    expect(next).toMatchObject({ seq: 1, number: "01/TTr-HTQT" });
    const more = await t.ctx.db.transaction((tx) => take(tx, "ICD", 2030));
    expect(more).toMatchObject({ seq: 4, number: "04/TTr-HTQT" });

    const rows = await register("ICD", 2030);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({
      id: icd[0]!.id,
      number: "01/TTr-HTQT",
      symbol: "TTr-HTQT",
      kind: "submission",
      entity: "cooperation_activity",
      entityId: ACTIVITY,
      issuedOn: "2030-02-05",
      issuedBy: actor.id,
      issuedByName: actor.name,
    });
    // Each number is audited in the same transaction.
    const audited = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, icd[0]!.id));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ action: "document.issue", entity: "issued_document", actorId: actor.id });
    expect(audited[0]!.after).toMatchObject({ number: "01/TTr-HTQT", issuer: "ICD", year: 2030 });
  });

  it("30 transactions at once get 30 distinct, consecutive numbers", async () => {
    const taken = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.ctx.db.transaction((tx) => take(tx, "PERSONNEL", 2032, `Quyết định ${i}`)),
      ),
    );
    const seqs = taken.map((n) => n.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(taken.map((n) => n.number)).size).toBe(30);
    const rows = await register("PERSONNEL", 2032);
    expect(rows.map((r) => r.seq)).toEqual(seqs);
    // Each row is the one its transaction was told about.
    for (const n of taken) expect(rows.find((r) => r.id === n.id)?.number).toBe(n.number);
  });

  it("a transaction that rolls back leaves no number behind: nobody saw it, and the next document takes it", async () => {
    await t.ctx.db.transaction((tx) => take(tx, "ICD", 2033)); // 01
    let seenInside: string | null = null;
    await expect(
      t.ctx.db.transaction(async (tx) => {
        seenInside = (await take(tx, "ICD", 2033)).number; // 02, inside the transaction only
        throw new Error("the issuing transaction fails after taking its number");
      }),
    ).rejects.toThrow(/fails after taking/);
    expect(seenInside).toBe("02/TTr-HTQT");
    // Nothing of it committed: no register row, no audit row.
    expect((await register("ICD", 2033)).map((r) => r.number)).toEqual(["01/TTr-HTQT"]);
    // The number goes to the next document issued: the register has no gap, and 02 is given once.
    const next = await t.ctx.db.transaction((tx) => take(tx, "ICD", 2033));
    expect(next.number).toBe("02/TTr-HTQT");
    expect((await register("ICD", 2033)).map((r) => r.number)).toEqual(["01/TTr-HTQT", "02/TTr-HTQT"]);
  });

  it("while one transaction holds a number and then rolls back, another one waiting gets the first free number", async () => {
    const before = (await register("PERSONNEL", 2034)).length;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let startedA!: () => void;
    const aTook = new Promise<void>((r) => (startedA = r));
    const a = t.ctx.db.transaction(async (tx) => {
      await take(tx, "PERSONNEL", 2034);
      startedA();
      await gate;
      throw new Error("A rolls back");
    });
    await aTook;
    // B starts while A holds the counter row (PostgreSQL: B waits on its lock; PGlite: on the one connection).
    const b = t.ctx.db.transaction((tx) => take(tx, "PERSONNEL", 2034));
    release();
    await expect(a).rejects.toThrow("A rolls back");
    const got = await b;
    expect(got.seq).toBe(before + 1);
    const rows = await register("PERSONNEL", 2034);
    expect(rows.map((r) => r.seq)).toEqual([before + 1]);
  });

  it("refuses a document date outside the register's year (a caller's mistake, not a user's)", async () => {
    await expect(
      t.ctx.db.transaction((tx) => takeDocumentNumber(tx, { ...base(), year: 2035, issuedOn: "2036-01-02" })),
    ).rejects.toThrow(/not in the register's year/);
    expect(await register("ICD", 2035)).toEqual([]);
  });
});

const base = () => ({
  issuer: "ICD" as const,
  year: 2035,
  symbol: "TTr-HTQT",
  kind: "submission",
  entity: "cooperation_activity",
  entityId: ACTIVITY,
  title: "Về việc cử đoàn",
  issuedOn: "2035-01-02",
  actor,
});

describe("GET /api/documents/register", () => {
  const get = (email: string, query: string) =>
    t.login(email).then((headers) => t.app.inject({ method: "GET", url: `/api/documents/register?${query}`, headers }));

  it("ICD officers and administrators read every register: numbers ascending, date, title, link, total", async () => {
    registerDocumentLink("cooperation_activity", (id) => `/cooperation/activities/${id}`);
    for (const email of ["icd@demo.focal", "admin@demo.focal"]) {
      for (const issuer of ["ICD", "PERSONNEL"] as const) {
        const res = await get(email, `issuer=${issuer}&year=2030`);
        expect(res.statusCode, `${email} ${issuer}: ${res.body}`).toBe(200);
      }
    }
    const res = await get("icd@demo.focal", "issuer=ICD&year=2030&offset=1&limit=2");
    expect(res.headers["x-total-count"]).toBe("4");
    const items = res.json() as IssuedDocument[];
    expect(items.map((i) => i.number)).toEqual(["02/TTr-HTQT", "03/TTr-HTQT"]);
    expect(items[0]).toMatchObject({
      issuer: "ICD",
      year: 2030,
      seq: 2,
      kind: "submission",
      title: "Về việc cử đoàn đi công tác tại Cộng hòa Pháp",
      issuedOn: "2030-02-05",
      issuedByName: actor.name,
      entity: "cooperation_activity",
      entityId: ACTIVITY,
      link: `/cooperation/activities/${ACTIVITY}`,
    });
  });

  it("the personnel officer reads the Personnel Department's register, and not the ICD's", async () => {
    const own = await get("personnel@demo.focal", "issuer=PERSONNEL&year=2032");
    expect(own.statusCode, own.body).toBe(200);
    expect(own.headers["x-total-count"]).toBe("30");
    expectError(await get("personnel@demo.focal", "issuer=ICD&year=2030"), 403, "FORBIDDEN");
  });

  it("everyone else is refused, whatever the register", async () => {
    for (const email of [
      "unit.archives@demo.focal",
      "minister@demo.focal",
      "deputy@demo.focal",
      "contact.japan@demo.focal",
    ]) {
      for (const issuer of ["ICD", "PERSONNEL"]) {
        expectError(await get(email, `issuer=${issuer}&year=2030`), 403, "FORBIDDEN");
      }
    }
  });

  it("without a year: this year's register; an unknown issuer or a silly year is refused in the caller's language", async () => {
    const res = await get("icd@demo.focal", "issuer=ICD");
    expect(res.statusCode, res.body).toBe(200);
    // The demo's cooperation route issues this year's submissions, so the register is compared, not assumed empty.
    const thisYear = await get("icd@demo.focal", `issuer=ICD&year=${todayInHanoi().slice(0, 4)}`);
    expect(res.headers["x-total-count"]).toBe(thisYear.headers["x-total-count"]);
    expect(res.body).toBe(thisYear.body);
    const nextYear = await get("icd@demo.focal", `issuer=ICD&year=${Number(todayInHanoi().slice(0, 4)) + 1}`);
    expect(nextYear.headers["x-total-count"]).toBe("0");
    const vi = expectError(await get("icd@demo.focal", "issuer=NOBODY&year=2030"), 400);
    expect(vi.message).toMatch(/[àáảãạăâđêôơư]/i);
    expectError(await get("icd@demo.focal", "issuer=ICD&year=99999"), 400);
    expectError(await get("icd@demo.focal", "year=2030"), 400);
  });
});
