import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { delegates } from "../meetings/schema.js";

/**
 * The delegates' changes the logistics areas act on (issue 14): a changed flight becomes one change touching
 * transfers, rooming, meals and liaison, listed per area until that area acknowledges it; a change that moves no
 * logistics (a phone number) is not listed; only those who keep logistics acknowledge; the settings keep a version.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, committee: H, registration: H, health: H, contact: H;
const M = demoIds.meetingAccsm21;
const JPN = demoDelegationIds.JPN;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  committee = await t.login("committee@demo.focal");
  registration = await t.login("registration@demo.focal");
  health = await t.login("health@demo.focal");
  contact = await t.login("contact.japan@demo.focal");
});
afterAll(() => t.close());

const changes = (h: H, area: string) =>
  t.app.inject({ method: "GET", url: `/api/meetings/${M}/logistics/changes?area=${area}`, headers: h });

async function japanTraveller() {
  const [d] = await t.ctx.db
    .select()
    .from(delegates)
    .where(and(eq(delegates.delegationId, JPN), eq(delegates.arrivalFlight, "VN311")));
  if (!d) throw new Error("the demo's Japanese delegate on VN311 is missing");
  return d;
}

const patch = (h: H, d: { id: string; version: number }, body: object) =>
  t.app.inject({
    method: "PATCH",
    url: `/api/meetings/${M}/delegations/${JPN}/delegates/${d.id}`,
    headers: h,
    payload: { version: d.version, ...body },
  });

describe("delegates' changes for logistics", () => {
  it("records a changed arrival flight once, for every area it moves, until each acknowledges it", async () => {
    const d = await japanTraveller();
    const before = (await changes(icd, "transfers")).json().length;
    const res = await patch(icd, d, { arrivalFlight: "JL751", arrivalTime: "15:05" });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await changes(icd, "transfers")).json();
    expect(list).toHaveLength(before + 1);
    expect(list[0]).toMatchObject({
      delegateId: d.id,
      delegateName: d.fullName,
      kind: "arrival",
      before: { arrivalFlight: "VN311", arrivalTime: "14:00:00" },
      after: { arrivalFlight: "JL751", arrivalTime: "15:05:00" },
      areas: ["transfers", "lodging", "meals", "liaison"],
      acknowledged: [],
    });
    expect(list[0].delegationName).toMatch(/Japan/);
    const ack = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/logistics/changes/${list[0].id}/ack`,
      headers: icd,
      payload: { area: "transfers" },
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect((await changes(icd, "transfers")).json()).toHaveLength(before);
    // Still waiting for the hotels and the kitchen.
    expect((await changes(icd, "meals")).json().map((c: { id: string }) => c.id)).toContain(list[0].id);
  });

  it("does not list a change that moves no logistics", async () => {
    const d = await japanTraveller();
    const before = (await changes(icd, "meals")).json().length;
    const res = await patch(icd, d, { phone: "+81 3 1234 5678" });
    expect(res.statusCode, res.body).toBe(200);
    expect((await changes(icd, "meals")).json()).toHaveLength(before);
  });

  it("lets only those who keep logistics acknowledge, and nobody outside read", async () => {
    const [c] = (await changes(icd, "meals")).json();
    const ack = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/logistics/changes/${c.id}/ack`,
      headers: registration,
      payload: { area: "meals" },
    });
    expect(ack.statusCode).toBe(403);
    expect((await changes(registration, "meals")).statusCode).toBe(200);
    expect((await changes(committee, "meals")).statusCode).toBe(200);
    expect((await changes(health, "meals")).statusCode).toBe(403);
    expect((await changes(contact, "meals")).statusCode).toBe(403);
  });

  it("keeps the settings with a version, and refuses a window out of range in the caller's language", async () => {
    const url = `/api/meetings/${M}/logistics/settings`;
    const s = (await t.app.inject({ method: "GET", url, headers: icd })).json();
    expect(s).toMatchObject({ transferWindowMinutes: 60, liaisonNoticeDays: 7, canEdit: true });
    const bad = await t.app.inject({
      method: "PATCH",
      url,
      headers: { ...icd, "accept-language": "vi" },
      payload: { version: s.version, transferWindowMinutes: 1000 },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: "PATCH",
      url,
      headers: icd,
      payload: { version: s.version, transferWindowMinutes: 45 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ transferWindowMinutes: 45, version: s.version + 1 });
    const stale = await t.app.inject({
      method: "PATCH",
      url,
      headers: icd,
      payload: { version: s.version, transferWindowMinutes: 50 },
    });
    expect(stale.statusCode).toBe(409);
    const denied = await t.app.inject({
      method: "PATCH",
      url,
      headers: registration,
      payload: { version: s.version + 1, transferWindowMinutes: 50 },
    });
    expect(denied.statusCode).toBe(403);
  });
});
