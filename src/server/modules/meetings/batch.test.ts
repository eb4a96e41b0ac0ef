import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { delegateSessions, meetingSessions } from "./schema.js";
import { DelegateBatchError, insertDelegatesTx, type DelegateInput } from "./delegates.js";
import { demoDelegationIds } from "./seed.js";
import { getMeetingRow } from "./service.js";
import { delegateCount } from "../registration/testing.js";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const actor = { id: null as unknown as string, name: "batch test" };
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const person = (n: number, extra: Partial<DelegateInput> = {}): DelegateInput =>
  ({
    fullName: `Batch Person ${n} (sample)`,
    role: "member",
    nationality: "THA",
    passportNumber: `BT${String(n).padStart(7, "0")}`,
    passportExpiry: "2031-01-31",
    ...extra,
  }) as DelegateInput;

describe("insertDelegatesTx (bulk upload's write)", () => {
  it("writes every delegate, their sessions and one audit row each, in one transaction", async () => {
    const meeting = (await getMeetingRow(t.ctx.db, M))!;
    const [s] = await t.ctx.db.select().from(meetingSessions).where(eq(meetingSessions.meetingId, M)).limit(1);
    const before = await delegateCount(t, THA);
    const inputs = Array.from({ length: 1200 }, (_, i) => person(i, i % 2 ? { sessionIds: [s!.id] } : {}));
    const rows = await t.ctx.db.transaction((tx) => insertDelegatesTx(tx, actor, meeting, THA, inputs));
    expect(rows.map((r) => r.fullName)).toEqual(inputs.map((i) => i.fullName));
    expect(await delegateCount(t, THA)).toBe(before + 1200);
    const ids = rows.map((r) => r.id);
    const links = await t.ctx.db.select().from(delegateSessions).where(inArray(delegateSessions.delegateId, ids));
    expect(links.length).toBe(600);
    const trail = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "delegate.create"), inArray(auditLog.entityId, ids)));
    expect(trail.length).toBe(1200);
    const odd = trail.find((r) => r.entityId === ids[1])!;
    expect(odd.after).toMatchObject({ fullName: "Batch Person 1 (sample)", sessionIds: [s!.id] });
  });

  it("a passport already in the meeting, or twice in the batch, names the delegate and writes nothing", async () => {
    const meeting = (await getMeetingRow(t.ctx.db, M))!;
    const before = await delegateCount(t, THA);
    const write = (inputs: DelegateInput[]) =>
      t.ctx.db
        .transaction((tx) => insertDelegatesTx(tx, actor, meeting, THA, inputs))
        .then(
          () => null,
          (e: unknown) => e,
        );
    const taken = await write([person(5000), person(5001), person(3)]);
    expect(taken).toBeInstanceOf(DelegateBatchError);
    expect(taken).toMatchObject({ index: 2, error: { code: "DUPLICATE_PASSPORT" } });
    const twice = await write([person(5002), person(5003), person(5002, { fullName: "Same Passport (sample)" })]);
    expect(twice).toMatchObject({ index: 2, error: { code: "DUPLICATE_PASSPORT" } });
    const badSession = await write([person(5004, { sessionIds: [crypto.randomUUID()] })]);
    expect(badSession).toMatchObject({ index: 0, error: { code: "UNKNOWN_SESSION" } });
    expect(await delegateCount(t, THA)).toBe(before);
  });
});
