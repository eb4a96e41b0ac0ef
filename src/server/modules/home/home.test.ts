import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { indicatorIds } from "../targets/seed.js";
import { printBadges } from "../badges/testing.js";
import type { InboxItem, InboxKind } from "../../../shared/inbox.js";

/**
 * GET /api/home: what waits for each demo role, counted from the demo data through each module's own list (not
 * numbers copied from the seed), and what a role without access to the work never sees.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H;
let registration: H;
let thailand: H;
let hanoi: H;
const M = demoIds.meetingAccsm21;
const S = demoIds.scheme1439;
const THA = demoDelegationIds.THA;
const HOST_KINDS: InboxKind[] = ["delegates.accredit", "registration.proposals", "badges.reissue"];
const ICD_KINDS: InboxKind[] = ["targets.review", "workplans.proposals"];

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  registration = await t.login("registration@demo.focal");
  thailand = await t.login("contact.thailand@demo.focal");
  hanoi = await t.login("agency.hanoi@demo.focal");
});
afterAll(async () => t?.close());

const get = (url: string, headers: H) => t.app.inject({ method: "GET", url, headers });
const send = (method: "POST" | "PUT" | "PATCH", url: string, headers: H, payload: object) =>
  t.app.inject({ method, url, headers, payload });

async function home(headers: H): Promise<InboxItem[]> {
  const res = await get("/api/home", headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: InboxItem[] }>().items;
}
const kinds = (items: InboxItem[]) => items.map((i) => i.kind);
const item = (items: InboxItem[], kind: InboxKind) => items.find((i) => i.kind === kind);

/** Delegates of ACCSM 21 waiting for accreditation, as the host's registration overview counts them. */
async function pendingDelegates(headers: H) {
  const rows = (await get(`/api/meetings/${M}/registration`, headers)).json<{ counts: { pending: number } }[]>();
  return rows.reduce((n, r) => n + r.counts.pending, 0);
}
const submittedReports = async () =>
  (await get(`/api/schemes/${S}/reports?status=submitted`, icd)).json<unknown[]>().length;

describe("GET /api/home", () => {
  it("needs a signed-in person", async () => {
    expectError(await t.app.inject({ method: "GET", url: "/api/home" }), 401);
  });

  it("the registration manager: delegates to accredit in their meeting, linked to the filtered list — nothing else", async () => {
    const items = await home(registration);
    const pending = await pendingDelegates(registration);
    expect(pending).toBeGreaterThan(0);
    expect(items).toEqual([
      {
        kind: "delegates.accredit",
        count: pending,
        link: `/meetings/${M}/registration?filter=attention`,
        scopeVi: expect.stringContaining("ACCSM 21"),
        scopeEn: expect.stringContaining("ACCSM 21"),
        deadline: null,
        year: null,
      },
    ]);
  });

  it("the ICD officer: reports to review and proposals to adopt, with the counts their lists show", async () => {
    const items = await home(icd);
    const review = item(items, "targets.review");
    expect(review).toMatchObject({ count: await submittedReports(), link: `/targets/${S}/review` });
    expect(review!.count).toBeGreaterThan(0);
    const plus3 = demoIds.workplanAccsmPlus3;
    const proposals = (await get(`/api/workplans/${plus3}/proposals`, icd)).json<{ status: string }[]>();
    expect(item(items, "workplans.proposals")).toMatchObject({
      count: proposals.filter((p) => p.status === "proposed").length,
      link: `/workplans/${plus3}/proposals`,
    });
    expect(item(items, "delegates.accredit")?.count).toBe(await pendingDelegates(icd));
    expect(kinds(items)).not.toContain("registration.notSubmitted");
    expect(kinds(items)).not.toContain("targets.due");
  });

  it("a delegation contact: their own list not yet submitted, with how many are on it — no host or ICD work", async () => {
    const items = await home(thailand);
    const o = (await get(`/api/meetings/${M}/delegations/${THA}/registration`, thailand)).json<{
      delegateCount: number;
      meeting: { registrationDeadline: string | null };
    }>();
    expect(items).toEqual([
      {
        kind: "registration.notSubmitted",
        count: o.delegateCount,
        link: `/register/${M}/${THA}`,
        scopeVi: expect.stringContaining("Thái Lan"),
        scopeEn: expect.stringContaining("Thailand"),
        deadline: o.meeting.registrationDeadline,
        year: null,
      },
    ]);
  });

  it("a reporting agency: its own year due, never another agency's returned report or the ICD's queue", async () => {
    const items = await home(hanoi);
    const own = (await get(`/api/schemes/${S}/reports?agency=P-HNI`, hanoi)).json<{ period: number }[]>();
    expect(own.map((r) => r.period)).not.toContain(2025);
    expect(items).toEqual([
      expect.objectContaining({
        kind: "targets.due",
        count: 1,
        year: 2025,
        link: `/targets/${S}/reports?agency=P-HNI&year=2025`,
      }),
    ]);
    // The demo has a returned report (the Ministry of Justice's): not Hanoi's to see.
    const returned = (await get(`/api/schemes/${S}/reports?status=returned`, icd)).json<unknown[]>();
    expect(returned.length).toBeGreaterThan(0);
    expect(kinds(items)).not.toContain("targets.returned");
  });

  it("roles with nothing waiting get an empty list, and none of the others' items", async () => {
    for (const who of ["security", "health", "committee", "admin", "focal.japan", "contact.japan"]) {
      const items = await home(await t.login(`${who}@demo.focal`));
      expect(items, who).toEqual([]);
    }
    // The Academy's only work waiting: its course for Bangladesh, returned by the ICD (cooperation demo, seed 002).
    expect(kinds(await home(await t.login("unit.napa@demo.focal")))).toEqual(["cooperation.returned"]);
    for (const kind of [...HOST_KINDS, ...ICD_KINDS]) {
      expect(kinds(await home(thailand))).not.toContain(kind);
      expect(kinds(await home(hanoi))).not.toContain(kind);
    }
    for (const kind of ICD_KINDS) expect(kinds(await home(registration))).not.toContain(kind);
  });

  it("counts follow the work: an accreditation, a submission, a review", async () => {
    const before = item(await home(registration), "delegates.accredit")!.count;
    const list = (await get(`/api/meetings/${M}/delegations/${demoDelegationIds.LAO}/delegates`, registration)).json<
      { id: string; version: number; accreditationStatus: string }[]
    >();
    const pending = list.find((d) => d.accreditationStatus === "pending");
    expect(pending).toBeDefined();
    const acc = await send(
      "POST",
      `/api/meetings/${M}/delegations/${demoDelegationIds.LAO}/delegates/${pending!.id}/accreditation`,
      registration,
      { status: "accredited", version: pending!.version },
    );
    expect(acc.statusCode, acc.body).toBe(200);
    expect(item(await home(registration), "delegates.accredit")!.count).toBe(before - 1);

    // Thailand submits: the item goes; a change afterwards comes back as changes not yet submitted.
    const sub = await send("POST", `/api/meetings/${M}/delegations/${THA}/versions`, thailand, { note: "First list" });
    expect(sub.statusCode, sub.body).toBe(201);
    expect(await home(thailand)).toEqual([]);
    const mine = (await get(`/api/meetings/${M}/delegations/${THA}/delegates`, thailand)).json<
      { id: string; version: number; position: string | null }[]
    >();
    const edit = await send(
      "PATCH",
      `/api/meetings/${M}/delegations/${THA}/registration/delegates/${mine[0]!.id}`,
      thailand,
      { position: "Director-General (sample)", version: mine[0]!.version },
    );
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await home(thailand)).toEqual([
      expect.objectContaining({ kind: "registration.unsubmitted", count: 1, link: `/register/${M}/${THA}` }),
    ]);

    // Hanoi submits 2025: no longer due, and it joins the ICD's queue; returned, it waits for Hanoi again.
    const queue = await submittedReports();
    const put = await send("PUT", `/api/schemes/${S}/reports/P-HNI/2025`, hanoi, {
      version: 0,
      submit: true,
      values: [
        { indicatorId: indicatorIds.a, achieved: true, achievedOn: "2019-03-29" },
        { indicatorId: indicatorIds.b, numerator: 9000, denominator: 9700 },
        { indicatorId: indicatorIds.c, numerator: 7000, denominator: 9700 },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await home(hanoi)).toEqual([]);
    expect(item(await home(icd), "targets.review")!.count).toBe(queue + 1);
    const ret = await send("POST", `/api/schemes/${S}/reports/P-HNI/2025/return`, icd, {
      version: put.json<{ version: number }>().version,
      comment: "Headcount differs from last year",
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(await home(hanoi)).toEqual([expect.objectContaining({ kind: "targets.returned", count: 1, year: 2025 })]);
    expect(item(await home(icd), "targets.review")!.count).toBe(queue);
  });

  it("badges to reissue: a delegate accredited again after an identity change since their badge was printed", async () => {
    const LAO = demoDelegationIds.LAO;
    const url = `/api/meetings/${M}/delegations/${LAO}/registration/delegates`;
    const d = (await get(`/api/meetings/${M}/delegations/${LAO}/delegates`, registration))
      .json<{ id: string; version: number; fullName: string; accreditationStatus: string }[]>()
      .find((x) => x.accreditationStatus === "accredited")!;
    await printBadges(t, registration, M, { size: "card", delegateIds: [d.id] });
    expect(kinds(await home(registration))).not.toContain("badges.reissue");

    const edit = await send("PATCH", `${url}/${d.id}`, registration, {
      fullName: `${d.fullName} Jr`,
      version: d.version,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const changed = edit.json<{ version: number; accreditationStatus: string }>();
    expect(changed.accreditationStatus).toBe("pending");
    const acc = await send(
      "POST",
      `/api/meetings/${M}/delegations/${LAO}/delegates/${d.id}/accreditation`,
      registration,
      {
        status: "accredited",
        version: changed.version,
      },
    );
    expect(acc.statusCode, acc.body).toBe(200);
    const reissue = item(await home(registration), "badges.reissue");
    expect(reissue).toMatchObject({ count: 1, link: `/meetings/${M}/badges?show=reissue` });
    // The list the link opens marks the same badges.
    const marked = (await get(`/api/meetings/${M}/badges`, registration))
      .json<{ delegateId: string; needsReissue: boolean }[]>()
      .filter((b) => b.needsReissue);
    expect(marked.map((b) => b.delegateId)).toEqual([d.id]);
    expect(item(await home(icd), "badges.reissue")?.count).toBe(1);
    // The security officer at the door of the same meeting prints no badges: not theirs.
    expect(await home(await t.login("security@demo.focal"))).toEqual([]);

    const done = await send("POST", `/api/meetings/${M}/badges/${d.id}/reissue`, registration, { reason: "new name" });
    expect(done.statusCode, done.body).toBe(200);
    expect(kinds(await home(registration))).not.toContain("badges.reissue");
  });
});
