/**
 * The grant form's scope pickers: GET /api/scopes lists, by name in the administrator's language, the scopes of each
 * kind that the owning modules register, so nobody types a uuid. Administrators only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { scopedKinds } from "../../../shared/roles.js";
import { SCOPE_SEARCH_LIMIT, scopeResolver } from "./scopes.js";

interface Option {
  id: string;
  label: string;
  description: string | null;
}
interface Answer {
  items: Option[];
  more: boolean;
}

let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => t?.close());

const url = (kind: string, q?: string) =>
  `/api/scopes?kind=${encodeURIComponent(kind)}${q === undefined ? "" : `&q=${encodeURIComponent(q)}`}`;

async function scopes(kind: string, q?: string, headers = admin): Promise<Answer> {
  const res = await t.app.inject({ method: "GET", url: url(kind, q), headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Answer;
}

const labels = async (kind: string, q?: string) => (await scopes(kind, q)).items.map((o) => o.label);

async function setLanguage(language: "vi" | "en") {
  const res = await t.app.inject({ method: "PATCH", url: "/api/me", headers: admin, payload: { language } });
  expect(res.statusCode, res.body).toBe(200);
}

describe("who may list scopes", () => {
  it("an anonymous caller gets 401", async () => {
    expectError(await t.app.inject({ method: "GET", url: url("meeting") }), 401, "UNAUTHENTICATED");
  });

  it("everyone but an administrator gets 403, the ICD and a delegation contact included", async () => {
    for (const email of [
      "icd@demo.focal",
      "unit.archives@demo.focal",
      "registration@demo.focal",
      "contact.thailand@demo.focal",
      "agency.hanoi@demo.focal",
    ]) {
      const h = await t.login(email);
      for (const kind of scopedKinds) {
        expectError(await t.app.inject({ method: "GET", url: url(kind, "a"), headers: h }), 403, "FORBIDDEN");
      }
    }
  });

  it("an unknown kind, or one without a scope id (system, ministry), is a 400", async () => {
    for (const kind of ["system", "ministry", "planet"]) {
      const res = await t.app.inject({ method: "GET", url: url(kind), headers: admin });
      expect(res.statusCode, kind).toBe(400);
    }
  });
});

describe("every scope kind", () => {
  it("has a resolver that lists its scopes", () => {
    expect(scopedKinds.toSorted()).toEqual(
      ["agency", "approval_step", "delegation", "meeting", "unit", "workplan_member"].toSorted(),
    );
    for (const kind of scopedKinds) expect(typeof scopeResolver(kind)?.search, kind).toBe("function");
  });

  it("offers scopes that exist, labelled as the user's grants list labels them, in both languages", async () => {
    for (const lang of ["vi", "en"] as const) {
      await setLanguage(lang);
      for (const kind of scopedKinds) {
        const answer = await scopes(kind);
        expect(answer.items.length, kind).toBeGreaterThan(0);
        expect(answer.items.length).toBeLessThanOrEqual(SCOPE_SEARCH_LIMIT);
        const r = scopeResolver(kind)!;
        const named = await r.label(
          t.ctx.db,
          answer.items.map((o) => o.id),
          lang,
        );
        for (const o of answer.items) {
          expect(await r.exists(t.ctx.db, o.id), `${kind} ${o.id}`).toBe(true);
          expect(o.label, `${kind} ${o.id}`).toBe(named.get(o.id));
          expect(o.label).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/i);
        }
      }
    }
    await setLanguage("vi");
  });
});

describe("searching by name", () => {
  it("meetings: 'accsm 21' finds ACCSM 21 by its title, with its dates and city", async () => {
    const [m] = (await scopes("meeting", "accsm 21")).items;
    expect(m!.label).toBe("ACCSM21 — Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)");
    expect(m!.description).toMatch(/^\d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}, Hà Nội$/);
    expect(await labels("meeting", "hoi nghi cong vu")).toEqual([m!.label]);
    expect(await labels("meeting", "zzz-no-meeting")).toEqual([]);
  });

  it("delegations: 'thai' and 'thailand' find Thailand's delegation, named in the user's language", async () => {
    expect(await labels("delegation", "thai")).toEqual(["ACCSM21 — Thái Lan"]);
    expect(await labels("delegation", "THÁI lan")).toEqual(["ACCSM21 — Thái Lan"]);
    expect(await labels("delegation", "thailand 21")).toEqual(["ACCSM21 — Thái Lan"]);
    await setLanguage("en");
    expect(await labels("delegation", "thai lan")).toEqual(["ACCSM21 — Thailand"]);
    await setLanguage("vi");
  });

  it("work plan members: 'nhat ban' finds Japan in the ACCSM+3 work plan", async () => {
    expect(await labels("workplan_member", "nhat ban")).toEqual([
      "Nhật Bản — Kế hoạch làm việc ACCSM+3 giai đoạn 2021–2025",
    ]);
    expect(await labels("workplan_member", "japan accsm+3")).toHaveLength(1);
    const thai = await labels("workplan_member", "thai lan");
    expect(thai.length).toBeGreaterThanOrEqual(2); // a member of both plans
    expect(thai.every((l) => l.startsWith("Thái Lan — "))).toBe(true);
  });

  it("agencies: ministries and provinces by name; the former and the merged 'Bắc Ninh' are told apart", async () => {
    const [moha] = (await scopes("agency", "noi vu")).items;
    expect(moha).toMatchObject({ id: "M-MOHA", label: "Bộ Nội vụ", description: "Bộ, ngành" });
    const qn = (await scopes("agency", "quang ninh")).items;
    expect(qn.map((o) => o.label)).toEqual(["Quảng Ninh"]);
    expect(qn[0]!.description).toBe("Tỉnh, thành phố");
    const bn = (await scopes("agency", "bac ninh")).items;
    // The former one's name says until when it existed, wherever a grant shows it; the merged one says since when.
    expect(bn.map((o) => o.label)).toEqual(["Bắc Ninh", "Bắc Ninh (đến 30/06/2025)"]);
    expect(bn[0]!.description).toMatch(/^Tỉnh, thành phố · từ 01\/07\/2025$/); // in force today: first
    expect(bn[1]!.description).toBe("Tỉnh, thành phố");
    // Thừa Thiên Huế's former name still finds Huế.
    expect(await labels("agency", "thua thien")).toEqual(["Huế"]);
  });

  it("says when there are more than it lists, so the picker asks for a narrower search", async () => {
    const all = await scopes("agency");
    expect(all.items).toHaveLength(SCOPE_SEARCH_LIMIT);
    expect(all.more).toBe(true);
    expect((await scopes("agency", "noi vu")).more).toBe(false);
  });

  it("units and approval steps are listed by name too", async () => {
    expect(await labels("approval_step", "bo truong")).toEqual(["Bộ trưởng"]);
    expect(await labels("unit", "phap che")).toEqual(["Vụ Pháp chế"]);
  });
});

describe("granting a picked scope", () => {
  it("a delegation picked by name is granted and the user's grants show its name, not its id", async () => {
    const [thai] = (await scopes("delegation", "thai")).items;
    const invited = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "picked.scope@example.org", name: "Somchai Picked", language: "en", external: true },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const userId = (invited.json() as { user: { id: string } }).user.id;
    const granted = await t.app.inject({
      method: "POST",
      url: `/api/users/${userId}/grants`,
      headers: admin,
      payload: { role: "delegation_contact", scopeId: thai!.id },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const grants = (granted.json() as { grants: { scopeId: string; scopeLabel: string }[] }).grants;
    expect(grants).toEqual([expect.objectContaining({ scopeId: thai!.id, scopeLabel: thai!.label })]);
  });
});
