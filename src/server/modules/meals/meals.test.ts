import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { pdfText } from "../badges/testing.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { delegates } from "../meetings/schema.js";
import { mealEvents } from "./schema.js";

/**
 * Meals (issue 14, point 4) through HTTP on the demo meeting: the contract's list with counts by diet, frozen at the
 * cut-off with the changes since; a changed flight and a changed diet moving the live counts; add, change, delete
 * with versions; a cut-off after the meal refused in both languages with nothing written; the kitchen sheet without
 * passport data; 403 for every role that does not keep or read logistics.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, committee: H, registration: H, health: H, contact: H, liaison: H, security: H;
const M = demoIds.meetingAccsm21;
const JPN = demoDelegationIds.JPN;
const url = `/api/meetings/${M}/meals`;

interface Counts {
  total: number;
  none: number;
  halal: number;
  vegetarian: number;
  allergy: number;
  other: number;
}
interface MealJson {
  id: string;
  name: string;
  nameEn: string;
  at: string;
  cutoffAt: string | null;
  kind: string;
  sessionIds: string[];
  counts: Counts;
  liveCounts: Counts;
  frozen: boolean;
  changedSince: number;
  allergens: { text: string; count: number }[];
  others: { text: string; count: number }[];
  version: number;
  canEdit: boolean;
}

const req = (method: "GET" | "POST" | "PATCH" | "DELETE", h: H, u: string, payload?: object) =>
  t.app.inject({ method, url: u, headers: h, ...(payload ? { payload } : {}) });
const list = async (h: H = icd): Promise<MealJson[]> => {
  const res = await req("GET", h, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const byName = async (en: string) => {
  const m = (await list()).find((x) => x.nameEn === en);
  if (!m) throw new Error(`no meal ${en}`);
  return m;
};
const writes = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from meal_events)::int + (select count(*) from meal_sessions)::int + (select count(*) from audit_log)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );

async function japanTraveller() {
  const [d] = await t.ctx.db
    .select()
    .from(delegates)
    .where(and(eq(delegates.delegationId, JPN), eq(delegates.arrivalFlight, "VN311")));
  if (!d) throw new Error("the demo's Japanese delegate on VN311 is missing");
  return d;
}
const patchDelegate = (d: { id: string; version: number }, body: object) =>
  req("PATCH", icd, `/api/meetings/${M}/delegations/${JPN}/delegates/${d.id}`, { version: d.version, ...body });

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  committee = await t.login("committee@demo.focal");
  registration = await t.login("registration@demo.focal");
  health = await t.login("health@demo.focal");
  contact = await t.login("contact.japan@demo.focal");
  liaison = await t.login("liaison@demo.focal");
  security = await t.login("security@demo.focal");
});
afterAll(() => t.close());

describe("meals", () => {
  it("lists the demo's meals in time order, each with counts by diet (the contract)", async () => {
    const meals = await list();
    expect(meals.length).toBeGreaterThanOrEqual(8);
    expect(meals.map((m) => m.at)).toEqual([...meals.map((m) => m.at)].sort());
    const dinner = meals[0]!;
    expect(dinner).toMatchObject({ nameEn: "Welcome dinner for heads of delegation", kind: "dinner", frozen: true });
    expect(dinner.at).toBe("2022-08-02T19:00:00+07:00");
    expect(Object.keys(dinner)).toEqual(expect.arrayContaining(["id", "name", "at", "counts"]));
    expect(dinner.counts.total).toBeGreaterThan(0);
    expect(dinner.counts.halal + dinner.counts.vegetarian).toBeGreaterThan(0);
    expect(dinner.counts).toEqual(dinner.liveCounts);
    expect(dinner.changedSince).toBe(0);
    const reception = meals.find((m) => m.kind === "reception")!;
    expect(reception).toMatchObject({ frozen: false, cutoffAt: null });
    expect(reception.others.map((o) => o.text)).toContain("No seafood");
    // Each line is within the total; the name follows the reader's language.
    for (const m of meals) for (const v of Object.values(m.counts)) expect(v).toBeLessThanOrEqual(m.counts.total);
    const vi = await t.login("committee@demo.focal");
    expect((await list(vi)).every((m) => typeof m.name === "string" && m.name.length > 0)).toBe(true);
  });

  it("moves the live counts with a changed flight and diet; the frozen counts stay and say how many changed", async () => {
    const d = await japanTraveller();
    const dinner = await byName("Welcome dinner for heads of delegation");
    const reception = await byName("Reception at the cultural evening");
    // The flight now lands after midnight: the delegate misses the welcome dinner.
    let res = await patchDelegate(d, { arrivalDate: "2022-08-03", arrivalTime: "00:40" });
    expect(res.statusCode, res.body).toBe(200);
    const d2 = await japanTraveller();
    res = await patchDelegate(d2, { dietary: "Dị ứng tôm và cua" });
    expect(res.statusCode, res.body).toBe(200);
    const after = await byName("Welcome dinner for heads of delegation");
    const attended = dinner.sessionIds.length > 0;
    expect(attended).toBe(true);
    expect(after.counts).toEqual(dinner.counts);
    expect(after.liveCounts.total).toBe(dinner.liveCounts.total - 1);
    expect(after.changedSince).toBe(1);
    const r2 = await byName("Reception at the cultural evening");
    expect(r2.allergens.map((a) => a.text)).toEqual(expect.arrayContaining(["tôm", "cua"]));
    expect(r2.counts.allergy).toBe(reception.counts.allergy + 1);
  });

  it("adds, changes and deletes a meal with versions, audited", async () => {
    const opts = (await req("GET", icd, `/api/meetings/${M}/meal-options`)).json();
    expect(opts.canEdit).toBe(true);
    const som = opts.sessions.find((s: { titleEn: string }) => s.titleEn.includes("(SOM)"));
    const created = await req("POST", icd, url, {
      kind: "lunch",
      nameVi: "Ăn trưa làm việc",
      nameEn: "Working lunch",
      at: "2022-08-03T12:30",
      place: "Phòng 201",
      cutoffAt: "2099-08-02T12:00",
      sessionIds: [som.id],
    });
    // A cut-off far in the future is after the meal: refused.
    expect(created.statusCode).toBe(400);
    const ok = await req("POST", icd, url, {
      kind: "lunch",
      nameVi: "Ăn trưa làm việc",
      nameEn: "Working lunch",
      at: "2022-08-03T12:30",
      place: "Phòng 201",
      cutoffAt: "2022-08-03T09:00",
      sessionIds: [som.id],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const meal: MealJson = ok.json();
    expect(meal).toMatchObject({ at: "2022-08-03T12:30:00+07:00", frozen: true, version: 1, canEdit: true });
    expect(meal.counts.total).toBeGreaterThan(0);
    const changed = await req("PATCH", icd, `${url}/${meal.id}`, { version: 1, sessionIds: [], cutoffAt: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, frozen: false, sessionIds: [] });
    // Linked to nothing: everyone present at 12:30 on 3 August eats.
    expect(changed.json().counts.total).toBeGreaterThanOrEqual(meal.counts.total);
    expectError(await req("PATCH", icd, `${url}/${meal.id}`, { version: 1, nameEn: "Stale" }), 409, "VERSION_CONFLICT");
    expectError(await req("DELETE", icd, `${url}/${meal.id}?version=1`), 409, "VERSION_CONFLICT");
    expect((await req("DELETE", icd, `${url}/${meal.id}?version=2`)).statusCode).toBe(200);
    expectError(await req("GET", icd, `${url}/${meal.id}`), 404, "MEAL_NOT_FOUND");
    const trail = (await t.ctx.db.execute(
      sql`select action from audit_log where entity_id = ${meal.id} order by id`,
    )) as unknown as { rows: { action: string }[] };
    expect(trail.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["meal.create", "meal.freeze", "meal.update", "meal.delete"]),
    );
  });

  it("refuses a cut-off after the meal, in the caller's language, and writes nothing", async () => {
    const dinner = await byName("Welcome dinner for heads of delegation");
    const before = await writes();
    const vi = await req("PATCH", { ...icd, "accept-language": "vi" }, `${url}/${dinner.id}`, {
      version: dinner.version,
      cutoffAt: "2022-08-02T21:00",
    });
    const e = expectError(vi, 400, "VALIDATION_FAILED");
    expect(JSON.stringify(e)).toMatch(/Hạn chốt số suất ăn|Cut-off/);
    expect(JSON.stringify(e)).toMatch(/02\/08\/2022 19:00|02 Aug 2022, 19:00/);
    const bad = await req("POST", icd, url, {
      kind: "lunch",
      nameVi: "Bữa trưa",
      at: "2022-08-04T12:00",
      cutoffAt: "2022-08-04T12:01",
    });
    expectError(bad, 400, "VALIDATION_FAILED");
    expectError(await req("POST", icd, url, { kind: "lunch", nameVi: "X", at: "2022-02-30T12:00" }), 400);
    expectError(
      await req("POST", icd, url, {
        kind: "lunch",
        nameVi: "X",
        at: "2022-08-04T12:00",
        sessionIds: [crypto.randomUUID()],
      }),
      400,
    );
    expectError(await req("POST", icd, url, { kind: "lunch", nameVi: "   ", at: "2022-08-04T12:00" }), 400);
    expect(await writes()).toBe(before);
    const [row] = await t.ctx.db.select().from(mealEvents).where(eq(mealEvents.id, dinner.id));
    expect(row!.version).toBe(dinner.version);
  });

  it("prints the kitchen sheet: counts, allergens, names with needs, no passport data", async () => {
    const reception = await byName("Reception at the cultural evening");
    const res = await req("GET", icd, `${url}/${reception.id}/kitchen.pdf?lang=en`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toContain("application/pdf");
    const text = pdfText(res.rawPayload);
    expect(text).toContain("KITCHEN SHEET");
    expect(text).toContain(`Total servings: ${reception.counts.total}`);
    expect(text).toContain("tôm");
    expect(text).toContain("Japan");
    const d = await japanTraveller();
    expect(text).toContain(d.fullName);
    if (d.passportNumber) expect(text).not.toContain(d.passportNumber);
    const vi = pdfText((await req("GET", registration, `${url}/${reception.id}/kitchen.pdf?lang=vi`)).rawPayload);
    expect(vi).toContain("PHIẾU BẾP");
  });

  it("lets only those who read logistics read meals, and only its keepers write", async () => {
    const dinner = await byName("Welcome dinner for heads of delegation");
    for (const h of [committee, registration]) {
      expect((await req("GET", h, url)).statusCode).toBe(200);
      expect((await req("GET", h, `${url}/${dinner.id}/kitchen.pdf`)).statusCode).toBe(200);
    }
    // The registration manager reads; the committee member heading the Protocol sub-committee keeps meals.
    expect((await list(registration))[0]!.canEdit).toBe(false);
    for (const h of [health, contact, liaison, security]) {
      expectError(await req("GET", h, url), 403);
      expectError(await req("GET", h, `${url}/${dinner.id}/kitchen.pdf`), 403);
      expectError(await req("GET", h, `/api/meetings/${M}/meal-options`), 403);
    }
    const before = await writes();
    for (const h of [registration, health, contact, liaison]) {
      expectError(await req("POST", h, url, { kind: "lunch", nameVi: "X", at: "2022-08-04T12:00" }), 403);
      expectError(await req("PATCH", h, `${url}/${dinner.id}`, { version: dinner.version, nameVi: "X" }), 403);
      expectError(await req("DELETE", h, `${url}/${dinner.id}?version=${dinner.version}`), 403);
    }
    expect(await writes()).toBe(before);
  });
});
