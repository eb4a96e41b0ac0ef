/**
 * What people read after a meeting's personal data is purged (issue 9, point 5): submitted versions open and compare
 * (with a notice of what was erased and when), proposals still list, badge counts say none is active any more, and
 * a delegation contact of a closed meeting is told the meeting is closed — not "the deadline (—) has passed".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { M, THA, api, buildDelegate, type Headers } from "../registration/testing.js";
import { printBadges } from "../badges/testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
let tha: Headers;
const base = `/api/meetings/${M}/delegations/${THA}`;

interface DelegateView {
  id: string;
  fullName: string;
  version: number;
  passportNumber: string | null;
}

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
  tha = await t.login("contact.thailand@demo.focal");
});
afterAll(async () => t?.close());

async function setMeeting(patch: Record<string, unknown>) {
  const m = (await a.get(`/api/meetings/${M}`, icd)).json() as { version: number };
  const res = await a.patch(`/api/meetings/${M}`, icd, { version: m.version, ...patch });
  expect(res.statusCode, res.body).toBe(200);
}

const en = (h: Headers) => ({ ...h, "accept-language": "en" });

describe("a meeting under way without a registration deadline", () => {
  beforeAll(async () => {
    // Two submissions of Thailand's list, with passports and a photo-less new delegate in between.
    const v1 = await a.post(`${base}/versions`, icd, { note: "first" });
    expect(v1.statusCode, v1.body).toBe(201);
    const add = await a.post(
      `${base}/registration/delegates`,
      icd,
      buildDelegate({ fullName: "Added Later (sample)" }),
    );
    expect(add.statusCode, add.body).toBe(201);
    const v2 = await a.post(`${base}/versions`, icd, { note: "second" });
    expect(v2.statusCode, v2.body).toBe(201);
  });

  it("a contact's direct change is refused because the meeting has begun, with no deadline dash", async () => {
    await setMeeting({ status: "ongoing" });
    const res = await a.post(
      `${base}/registration/delegates`,
      en(tha),
      buildDelegate({ fullName: "Too Late (sample)" }),
    );
    const err = expectError(res, 409, "REGISTRATION_CLOSED_STARTED");
    expect(err.message).toBe(
      "The meeting has begun. Changes to the list need the host's consent: propose the change instead.",
    );
    expect(err.message).not.toContain("—");
    // The contact proposes instead: this proposal keeps the delegate as they were (passport included) until the purge.
    const [d] = (await a.get(`${base}/delegates`, tha)).json() as DelegateView[];
    const p = await a.post(`${base}/proposals`, tha, {
      kind: "edit",
      delegateId: d!.id,
      delegateVersion: d!.version,
      changes: { hotel: "Proposed hotel (sample)" },
    });
    expect(p.statusCode, p.body).toBe(201);
  });
});

describe("a closed meeting", () => {
  it("tells its contact that it is closed: no deadline, no proposals", async () => {
    await printBadges(t, icd, M, { size: "a6", delegationId: THA });
    await setMeeting({ status: "closed", purgeAt: "2022-09-06" });
    const o = (await a.get(`${base}/registration`, tha)).json();
    expect(o).toMatchObject({ closed: true, meetingClosed: true, canEdit: false, canPropose: false });

    const edit = await a.post(
      `${base}/registration/delegates`,
      en(tha),
      buildDelegate({ fullName: "Closed (sample)" }),
    );
    expect(expectError(edit, 409, "MEETING_CLOSED").message).toBe(
      "The meeting is closed; the delegation's list can no longer be changed, nor changes proposed.",
    );

    const [d] = (await a.get(`${base}/delegates`, tha)).json() as DelegateView[];
    const before = (await a.get(`${base}/proposals`, tha)).json() as unknown[];
    const prop = await a.post(`${base}/proposals`, en(tha), {
      kind: "edit",
      delegateId: d!.id,
      delegateVersion: d!.version,
      changes: { hotel: "Another hotel (sample)" },
    });
    expectError(prop, 409, "MEETING_CLOSED");
    expect((await a.get(`${base}/proposals`, tha)).json()).toHaveLength(before.length);
    // The host still manages the list of a closed meeting (before the purge).
    const host = (await a.get(`${base}/registration`, icd)).json();
    expect(host).toMatchObject({ meetingClosed: true, canEdit: true });
  });
});

describe("after the purge", () => {
  let activeBefore: number;
  let versions: { number: number }[];

  beforeAll(async () => {
    activeBefore = (await a.get(`/api/meetings/${M}/privacy`, icd)).json().counts.badgesActive as number;
    expect(activeBefore).toBeGreaterThan(0);
    const res = await a.post(`/api/meetings/${M}/purge`, icd, { confirm: "ACCSM21" });
    expect(res.statusCode, res.body).toBe(200);
    versions = (await a.get(`${base}/versions`, icd)).json() as { number: number }[];
    expect(versions.length).toBeGreaterThan(1);
  });

  it("every submitted version opens, shows who was on the list and says what was erased and when", async () => {
    for (const v of versions) {
      const res = await a.get(`${base}/versions/${v.number}`, icd);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.purged.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(body.purged.erasedFields).toEqual(expect.arrayContaining(["passportNumber", "email", "hotel", "photo"]));
      expect(body.purged.erasedFields).not.toContain("fullName");
      expect(body.delegates.length).toBeGreaterThan(0);
      for (const d of body.delegates) {
        expect(d.fullName).toBeTruthy();
        expect(d.role).toBeTruthy();
        expect(d.passportNumber).toBeNull();
        expect(d.email).toBeNull();
        expect(d.photo).toBeNull();
      }
    }
    // The contact reads them too (in the full view).
    expect((await a.get(`${base}/versions/1`, tha)).statusCode).toBe(200);
  });

  it("the compare view works on purged versions, in both directions", async () => {
    const last = versions.at(-1)!.number;
    for (const [x, y] of [
      [1, last],
      [last, 1],
    ]) {
      const res = await a.get(`${base}/versions/${x}/diff/${y}`, icd);
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json();
      expect(d.purged).not.toBeNull();
      expect(d.added.length + d.removed.length + d.changed.length).toBeGreaterThan(0);
      // Erased fields are no "change": both sides are empty now.
      for (const c of d.changed) for (const f of c.changes) expect(d.purged.erasedFields).not.toContain(f.field);
    }
    const unsubmitted = await a.get(`${base}/registration/unsubmitted`, icd);
    expect(unsubmitted.statusCode, unsubmitted.body).toBe(200);
    const overview = await a.get(`${base}/registration`, tha);
    expect(overview.statusCode, overview.body).toBe(200);
    expect(overview.json()).toMatchObject({ purged: true, meetingClosed: true });
  });

  it("proposals made before the purge still list, without the personal data", async () => {
    const res = await a.get(`${base}/proposals`, icd);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { before: { fullName: string; passportNumber: string | null } | null }[];
    const edited = list.find((p) => p.before);
    expect(edited!.before!.fullName).toBeTruthy();
    expect(edited!.before!.passportNumber).toBeNull();
  });

  it("no badge counts as active any more: the purge voided them", async () => {
    const s = (await a.get(`/api/meetings/${M}/privacy`, icd)).json();
    expect(s.counts.badgesActive).toBe(0);
    expect(s.counts.badgesVoidedByPurge).toBe(activeBefore);
  });
});
