import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { registrationProposals } from "./schema.js";
import { M, THA, api, buildDelegate, delegateCount, type Headers } from "./testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
let tha: Headers;
const base = `/api/meetings/${M}/delegations/${THA}`;

interface DelegateView {
  id: string;
  fullName: string;
  hotel: string | null;
  version: number;
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  reason: string | null;
  changes: Record<string, unknown>;
  before: { hotel: string | null } | null;
  resultDelegateId: string | null;
  version: number;
}

const list = async (h: Headers = icd) => (await a.get(`${base}/delegates`, h)).json() as DelegateView[];

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
  tha = await t.login("contact.thailand@demo.focal");
});
afterAll(async () => t?.close());

describe("before the deadline", () => {
  it("the contact changes the list directly", async () => {
    const res = await a.post(
      `${base}/registration/delegates`,
      tha,
      buildDelegate({ fullName: "Before Deadline (sample)" }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const o = (await a.get(`${base}/registration`, tha)).json() as {
      closed: boolean;
      canEdit: boolean;
      canPropose: boolean;
    };
    expect(o).toMatchObject({ closed: false, canEdit: true, canPropose: false });
  });
});

describe("after the deadline", () => {
  beforeAll(async () => {
    const m = (await a.get(`/api/meetings/${M}`, icd)).json() as { version: number };
    const res = await a.patch(`/api/meetings/${M}`, icd, {
      version: m.version,
      registrationDeadline: "2022-07-25T17:00",
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it("direct changes by the contact are refused with the deadline, and nothing changes", async () => {
    const n = await delegateCount(t, THA);
    const [d] = await list(tha);
    const add = await a.post(`${base}/registration/delegates`, tha, buildDelegate());
    expect(expectError(add, 409, "REGISTRATION_CLOSED").message).toBe(
      "The registration deadline (25 Jul 2022, 17:00 (UTC+7)) has passed. Changes to the list need the host's consent: propose the change instead.",
    );
    expectError(
      await a.patch(`${base}/registration/delegates/${d!.id}`, tha, { version: d!.version, hotel: "X" }),
      409,
      "REGISTRATION_CLOSED",
    );
    expectError(
      await a.del(`${base}/registration/delegates/${d!.id}?version=${d!.version}`, tha),
      409,
      "REGISTRATION_CLOSED",
    );
    expectError(
      await a.put(`${base}/registration/delegates/${d!.id}/photo`, tha, { data: "/9j/4AAQ" }),
      409,
      "REGISTRATION_CLOSED",
    );
    expectError(
      await a.post(`${base}/imports`, tha, {
        fileName: "list.csv",
        data: Buffer.from("Full name\nX").toString("base64"),
      }),
      409,
      "REGISTRATION_CLOSED",
    );
    expect(await delegateCount(t, THA)).toBe(n);
    expect((await list(tha))[0]).toEqual(d);
    const o = (await a.get(`${base}/registration`, tha)).json() as {
      closed: boolean;
      canEdit: boolean;
      canPropose: boolean;
    };
    expect(o).toMatchObject({ closed: true, canEdit: false, canPropose: true });
  });

  it("the contact proposes instead: edit, add and remove become pending proposals, the list is untouched", async () => {
    const n = await delegateCount(t, THA);
    const [d, e] = await list(tha);
    const edit = await a.post(`${base}/proposals`, tha, {
      kind: "edit",
      delegateId: d!.id,
      delegateVersion: d!.version,
      changes: { hotel: "Proposed hotel (sample)", fullName: d!.fullName },
      note: "Moved hotel",
    });
    expect(edit.statusCode, edit.body).toBe(201);
    // Only the fields that really change are proposed.
    expect(edit.json()).toMatchObject({
      kind: "edit",
      status: "pending",
      changes: { hotel: "Proposed hotel (sample)" },
    });
    expect(Object.keys((edit.json() as ProposalView).changes)).toEqual(["hotel"]);
    expect((edit.json() as ProposalView).before!.hotel).toBe(d!.hotel);
    const add = await a.post(`${base}/proposals`, tha, {
      kind: "add",
      changes: buildDelegate({ fullName: "Late Addition (sample)" }),
    });
    expect(add.statusCode, add.body).toBe(201);
    const rem = await a.post(`${base}/proposals`, tha, {
      kind: "remove",
      delegateId: e!.id,
      delegateVersion: e!.version,
    });
    expect(rem.statusCode, rem.body).toBe(201);
    expect(await delegateCount(t, THA)).toBe(n);
    const [after] = await list(tha);
    expect(after).toEqual(d);
  });

  it("a proposal that breaks a rule is refused at once and stores nothing", async () => {
    const [r0] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(registrationProposals);
    expectError(
      await a.post(`${base}/proposals`, tha, { kind: "add", changes: buildDelegate({ passportExpiry: "2022-01-01" }) }),
      400,
      "PASSPORT_EXPIRES",
    );
    const [d] = await list(tha);
    expectError(
      await a.post(`${base}/proposals`, tha, {
        kind: "edit",
        delegateId: d!.id,
        delegateVersion: d!.version,
        changes: { hotel: d!.hotel },
      }),
      400,
      "PROPOSAL_EMPTY",
    );
    expectError(
      await a.post(`${base}/proposals`, tha, {
        kind: "edit",
        delegateId: d!.id,
        delegateVersion: d!.version + 5,
        changes: { hotel: "Y" },
      }),
      409,
      "VERSION_CONFLICT",
    );
    const [r1] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(registrationProposals);
    expect(Number(r1!.n)).toBe(Number(r0!.n));
  });

  it("the host accepts the edit and the addition: applied through the core, in one transaction", async () => {
    const ps = (await a.get(`${base}/proposals`, icd)).json() as ProposalView[];
    const edit = ps.find((p) => p.kind === "edit")!;
    const add = ps.find((p) => p.kind === "add")!;
    const ok = await a.post(`${base}/proposals/${edit.id}/accept`, icd, { version: edit.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "accepted" });
    const changed = (await list()).find((x) => x.id === (ok.json() as ProposalView).resultDelegateId)!;
    expect(changed.hotel).toBe("Proposed hotel (sample)");
    const n = await delegateCount(t, THA);
    const ok2 = await a.post(`${base}/proposals/${add.id}/accept`, icd, { version: add.version });
    expect(ok2.statusCode, ok2.body).toBe(200);
    expect(await delegateCount(t, THA)).toBe(n + 1);
    expect((await list()).some((x) => x.fullName === "Late Addition (sample)")).toBe(true);
    // Decided is decided.
    expectError(
      await a.post(`${base}/proposals/${add.id}/accept`, icd, { version: add.version + 1 }),
      409,
      "PROPOSAL_DECIDED",
    );
  });

  it("the host refuses the removal with a reason; the contact sees every outcome", async () => {
    const ps = (await a.get(`${base}/proposals`, icd)).json() as ProposalView[];
    const rem = ps.find((p) => p.kind === "remove")!;
    // A blank reason (the HTTP layer trims it to nothing) is refused.
    expectError(
      await a.post(`${base}/proposals/${rem.id}/refuse`, icd, { version: rem.version, reason: "   " }),
      400,
      "VALIDATION_FAILED",
    );
    const n = await delegateCount(t, THA);
    const res = await a.post(`${base}/proposals/${rem.id}/refuse`, icd, {
      version: rem.version,
      reason: "Head of delegation must attend",
    });
    expect(res.json()).toMatchObject({ status: "refused", reason: "Head of delegation must attend" });
    expect(await delegateCount(t, THA)).toBe(n);
    const mine = (await a.get(`${base}/proposals`, tha)).json() as ProposalView[];
    expect(mine.map((p) => [p.kind, p.status]).sort()).toEqual([
      ["add", "accepted"],
      ["edit", "accepted"],
      ["remove", "refused"],
    ]);
    expect(mine.find((p) => p.kind === "remove")!.reason).toBe("Head of delegation must attend");
  });

  it("only the host decides; the contact may withdraw their own pending proposal", async () => {
    const [d] = await list(tha);
    const p = (
      await a.post(`${base}/proposals`, tha, {
        kind: "edit",
        delegateId: d!.id,
        delegateVersion: d!.version,
        changes: { dietary: "Vegan" },
      })
    ).json() as ProposalView;
    expectError(await a.post(`${base}/proposals/${p.id}/accept`, tha, { version: p.version }), 403, "FORBIDDEN");
    const committee = await t.login("committee@demo.focal");
    expectError(await a.post(`${base}/proposals/${p.id}/accept`, committee, { version: p.version }), 403, "FORBIDDEN");
    const w = await a.post(`${base}/proposals/${p.id}/withdraw`, tha, { version: p.version });
    expect(w.json()).toMatchObject({ status: "withdrawn" });
  });

  it("a proposal made on a delegate the host has changed since is stale: accepting changes nothing", async () => {
    const [d] = await list(tha);
    const p = (
      await a.post(`${base}/proposals`, tha, {
        kind: "edit",
        delegateId: d!.id,
        delegateVersion: d!.version,
        changes: { dietary: "Gluten-free" },
      })
    ).json() as ProposalView;
    // The host edits the delegate directly (the host may, after the deadline too).
    const direct = await a.patch(`${base}/registration/delegates/${d!.id}`, icd, {
      version: d!.version,
      hotel: "Host's choice (sample)",
    });
    expect(direct.statusCode, direct.body).toBe(200);
    const before = (await list()).find((x) => x.id === d!.id);
    expectError(await a.post(`${base}/proposals/${p.id}/accept`, icd, { version: p.version }), 409, "PROPOSAL_STALE");
    expect((await list()).find((x) => x.id === d!.id)).toEqual(before);
    const still = ((await a.get(`${base}/proposals`, icd)).json() as ProposalView[]).find((x) => x.id === p.id)!;
    expect(still.status).toBe("pending");
  });

  it("the contact may still submit the list as it stands (a record, not a change)", async () => {
    const res = await a.post(`${base}/versions`, tha, {});
    expect(res.statusCode, res.body).toBe(201);
  });
});
