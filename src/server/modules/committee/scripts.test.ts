import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds, DEMO_PASSWORD } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { users } from "../people/schema.js";
import { insertGrantTx, insertUserTx } from "../people/repo.js";
import { insertMeetingTx } from "../meetings/repo.js";
import { hashPassword } from "../../auth/passwords.js";
import { pdfText, type Headers } from "../badges/testing.js";
import type { Script } from "../../../shared/schemas/committee.js";
import type { SubcommitteeKey, SubcommitteeRole } from "../../../shared/committee.js";
import {
  committeeContingencies,
  committeeCues,
  committeeLiveRevisions,
  committeeMembers,
  committeeScriptPrints,
  committeeSeats,
  committeeSubcommittees,
} from "./schema.js";

let t: TestApp;
let icd: Headers;
let director: Headers;
let member: Headers;
let contact: Headers;
let registration: Headers;
let outsider: Headers;
const M = demoIds.meetingAccsm21;

interface SessionRef {
  id: string;
  kind: string;
  start: string;
  end: string;
}
let sessions: SessionRef[];
/** A session with no demo script, for the tests that write their own. */
let S: SessionRef;
let memberId: string;

const send = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const script = (sessionId: string, h: Headers) => send("GET", `/meetings/${M}/sessions/${sessionId}/script`, h);
/** Reads as the user would with the interface in English (the user's language), then back to Vietnamese. */
async function inEnglish<T>(h: Headers, fn: () => Promise<T>): Promise<T> {
  await send("PATCH", "/me", h, { language: "en" });
  try {
    return await fn();
  } finally {
    await send("PATCH", "/me", h, { language: "vi" });
  }
}
const cueUrl = (sessionId: string) => `/meetings/${M}/sessions/${sessionId}/script/cues`;

/** A member row and seat for a demo user (reusing what the committee seed wrote, when it did). */
async function seat(email: string, key: SubcommitteeKey | null, role: SubcommitteeRole): Promise<string> {
  const db = t.ctx.db;
  const [u] = await db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  let [m] = await db
    .select()
    .from(committeeMembers)
    .where(and(eq(committeeMembers.meetingId, M), eq(committeeMembers.userId, u.id)));
  if (!m)
    [m] = await db
      .insert(committeeMembers)
      .values({
        id: crypto.randomUUID(),
        meetingId: M,
        fullName: u.name,
        agencyVi: "Bộ Nội vụ",
        phone: "0912 345 678",
        userId: u.id,
      })
      .returning();
  if (!m) throw new Error("member not written");
  if (key) {
    let [sc] = await db
      .select()
      .from(committeeSubcommittees)
      .where(and(eq(committeeSubcommittees.meetingId, M), eq(committeeSubcommittees.key, key)));
    if (!sc)
      [sc] = await db
        .insert(committeeSubcommittees)
        .values({ id: crypto.randomUUID(), meetingId: M, key, nameVi: key, nameEn: key })
        .returning();
    if (!sc) throw new Error("sub-committee not written");
    await db.insert(committeeSeats).values({ subcommitteeId: sc.id, memberId: m.id, role }).onConflictDoNothing();
  }
  return m.id;
}

/** A user with a committee_member grant on a meeting (and no other role). */
async function committeeUser(email: string, meetingId: string, name: string): Promise<void> {
  await t.ctx.db.transaction(async (tx) => {
    const u = await insertUserTx(tx, {
      id: crypto.randomUUID(),
      email,
      name,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    await insertGrantTx(tx, { userId: u.id, role: "committee_member", scopeKind: "meeting", scopeId: meetingId });
  });
}

/** A committee member of another meeting, signed in. */
async function outsiderOfAnotherMeeting(): Promise<Headers> {
  const other = crypto.randomUUID();
  const email = "committee.other@test.focal";
  await t.ctx.db.transaction(async (tx) => {
    await insertMeetingTx(tx, {
      id: other,
      code: "OTHER",
      titleVi: "Hội nghị khác",
      titleEn: "Another meeting",
      startDate: "2022-10-01",
      endDate: "2022-10-02",
      cityVi: "Huế",
      cityEn: "Hue",
      timeZone: "Asia/Ho_Chi_Minh",
    });
  });
  await committeeUser(email, other, "Người của hội nghị khác");
  return t.login(email);
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  await seat("director.icd@demo.focal", "content", "head");
  // A plain member: a seat in the Content sub-committee, no head or deputy, so no cueLive of their own.
  await committeeUser("member.plain@test.focal", M, "Trần Văn Thành (thử nghiệm)");
  memberId = await seat("member.plain@test.focal", "content", "member");
  director = await t.login("director.icd@demo.focal");
  member = await t.login("member.plain@test.focal");
  contact = await t.login("focal.japan@demo.focal");
  registration = await t.login("registration@demo.focal");
  outsider = await outsiderOfAnotherMeeting();
  sessions = (await send("GET", `/meetings/${M}/sessions`, icd)).json();
  const s = sessions.find((x) => x.kind === "forum");
  if (!s) throw new Error("no forum session in the demo");
  S = s;
});
afterAll(async () => t?.close());

const auditCount = async (action: string) =>
  (await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, action))).length;
const revision = async () =>
  (await t.ctx.db.select().from(committeeLiveRevisions).where(eq(committeeLiveRevisions.meetingId, M)))[0]?.revision ??
  0;

describe("the demo scripts", () => {
  it("the Heads meeting opens at 08:30 with its cues in order, adding up to the slot, and the Minister's speech", async () => {
    const heads = sessions.find((s) => s.kind === "Heads")!;
    const res = await script(heads.id, director);
    expect(res.statusCode, res.body).toBe(200);
    const body: Script = res.json();
    expect(body.cues.length).toBeGreaterThanOrEqual(10);
    expect(body.cues[0]!.at).toBe("2022-08-05T08:30:00+07:00");
    expect(body.cues.map((c) => c.position)).toEqual(body.cues.map((_, i) => i + 1));
    expect(body.cues.some((c) => c.whoVi.includes("Phạm Thị Thanh Trà") && c.needs.includes("podium"))).toBe(true);
    expect(body.totalMinutes).toBe(body.slotMinutes);
    expect(body.warnings).toEqual([]);
    // Each cue answers to the head of its sub-committee: the speeches to the head of Content.
    const speech = body.cues.find((c) => c.whatVi === "Phát biểu khai mạc Hội nghị")!;
    expect(speech.responsible).toMatchObject({ fullName: "Chu Tuấn Tú", phone: "0912 021 001" });
    expect(body.cues.every((c) => c.responsible !== null)).toBe(true);
    // Printed once before the family photo moved to the lobby.
    expect(body.changedSinceLastPrint?.revision).toBe(1);
    expect(body.changedSinceLastPrint?.changed.map((c) => c.fields)).toEqual([["where"]]);
    const plus3 = sessions.find((s) => s.kind === "Heads+3")!;
    const p3: Script = (await script(plus3.id, director)).json();
    expect(p3.cues.length).toBeGreaterThanOrEqual(8);
    expect(p3.totalMinutes).toBe(p3.slotMinutes);
  });
});

describe("cues: create, edit, reorder, delete", () => {
  it("the head of Content adds cues; warnings for overlap, outside the slot and the total, in the caller's language", async () => {
    const before = await auditCount("committee_cue.create");
    const rev0 = await revision();
    let res = await send("POST", cueUrl(S.id), director, {
      at: "08:30",
      minutes: 10,
      whatVi: "MC khai mạc",
      whatEn: "MC opens",
      whoVi: "MC",
      needs: ["microphone"],
      responsibleId: memberId,
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await send("POST", cueUrl(S.id), director, {
      at: "08:35",
      minutes: 10,
      whatVi: "Phát biểu khai mạc",
      whatEn: "Opening speech",
      needs: ["podium", "interpreter_booth"],
      needsOther: "Nước uống",
    });
    let body: Script = res.json();
    expect(body.cues.map((c) => c.what)).toEqual(["MC khai mạc", "Phát biểu khai mạc"]);
    expect(body.cues[0]!.responsible?.id).toBe(memberId);
    const codes = body.warnings.map((w) => w.code).sort();
    expect(codes).toEqual(["overlap", "total_mismatch"]);
    expect(body.warnings.find((w) => w.code === "overlap")!.message).toBe(
      "Mục 1 (08:30) và mục 2 (08:35) chồng lên nhau 5 phút.",
    );
    expect(await auditCount("committee_cue.create")).toBe(before + 2);
    expect(await revision()).toBe(rev0 + 2);

    // English reader, and a cue past the end and one before the start.
    await send("POST", cueUrl(S.id), icd, { at: "11:25", minutes: 10, whatVi: "Bế mạc" });
    await send("POST", cueUrl(S.id), icd, { at: "08:20", minutes: 5, whatVi: "Đón khách" });
    const en = await inEnglish(icd, () => script(S.id, icd));
    body = en.json();
    expect(body.warnings.map((w) => w.code).sort()).toEqual(["after_end", "before_start", "overlap", "total_mismatch"]);
    expect(body.cues[2]!.what).toBe("Bế mạc"); // no English: the Vietnamese
    expect(body.warnings.find((w) => w.code === "total_mismatch")!.message).toMatch(
      /^The cues add up to 35 minutes; the session's slot is 180 minutes\.$/,
    );
  });

  it("edits with the version read; a stale version is refused (409) and nothing changes", async () => {
    const body: Script = (await script(S.id, director)).json();
    const c = body.cues[1]!;
    const res = await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, {
      version: c.version,
      at: "08:40",
      minutes: 15,
      whatEn: "Opening speech by the Minister",
      notes: "Hai bản in trên bục",
    });
    expect(res.statusCode, res.body).toBe(200);
    const after: Script = res.json();
    const changed = after.cues.find((x) => x.id === c.id)!;
    expect(changed).toMatchObject({
      time: "08:40",
      minutes: 15,
      whatEn: "Opening speech by the Minister",
      version: c.version + 1,
    });
    expect(after.warnings.some((w) => w.code === "overlap" && w.cueIds.includes(c.id))).toBe(false);

    const stale = await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, { version: c.version, minutes: 99 });
    expectError(stale, 409, "VERSION_CONFLICT");
    const [row] = await t.ctx.db.select().from(committeeCues).where(eq(committeeCues.id, c.id));
    expect(row!.minutes).toBe(15);

    expectError(
      await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, { version: row!.version, at: "25:99" }),
      400,
      "CUE_TIME_INVALID",
    );
    expectError(
      await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, { version: row!.version, roomId: crypto.randomUUID() }),
      400,
      "CUE_ROOM_UNKNOWN",
    );
  });

  it("reorders (every cue once, else 409) and deletes with the version", async () => {
    const body: Script = (await script(S.id, director)).json();
    const ids = body.cues.map((c) => c.id).reverse();
    const res = await send("PUT", `/meetings/${M}/sessions/${S.id}/script/order`, director, { ids });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Script).cues.map((c) => c.id)).toEqual(ids);
    expectError(
      await send("PUT", `/meetings/${M}/sessions/${S.id}/script/order`, director, { ids: ids.slice(1) }),
      409,
      "CUE_ORDER_STALE",
    );
    const now: Script = res.json();
    const last = now.cues.at(-1)!;
    expectError(
      await send("DELETE", `${cueUrl(S.id)}/${last.id}?version=${last.version + 5}`, director),
      409,
      "VERSION_CONFLICT",
    );
    const del = await send("DELETE", `${cueUrl(S.id)}/${last.id}?version=${last.version}`, director);
    expect(del.statusCode, del.body).toBe(200);
    expect((del.json() as Script).cues.map((c) => c.id)).not.toContain(last.id);
    expect(await auditCount("committee_cue.delete")).toBe(1);
  });
});

describe("the PDF script, its prints and the changes since", () => {
  it("prints in Vietnamese and in English; each print is a revision; changes since the last print are listed", async () => {
    const heads = sessions.find((s) => s.kind === "Heads")!;
    const vi = await send("GET", `/meetings/${M}/sessions/${heads.id}/script.pdf?lang=vi`, director);
    expect(vi.statusCode, vi.body.slice(0, 200)).toBe(200);
    expect(vi.headers["content-type"]).toBe("application/pdf");
    const viText = pdfText(vi.rawPayload);
    expect(viText).toContain("KỊCH BẢN CHI TIẾT");
    expect(viText).toContain("Phát biểu khai mạc Hội nghị");
    expect(viText).toContain("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà");
    expect(viText).toContain("Chụp ảnh chung các trưởng đoàn");
    expect(viText).toContain("Người thực hiện");
    expect(viText).toMatch(/Trang 1\/\d/);

    const en = await send("GET", `/meetings/${M}/sessions/${heads.id}/script.pdf?lang=en`, director);
    const enText = pdfText(en.rawPayload);
    expect(enText).toContain("DETAILED SCRIPT");
    expect(enText).toContain("Family photo of the heads of delegation");
    expect(enText).toContain("Minister of Home Affairs Pham Thi Thanh Tra");
    expect(enText).toContain("Interpreter booth");
    expect(enText).toMatch(/Page 1\/\d/);
    expect(enText).not.toContain("Phát biểu khai mạc Hội nghị");

    const prints = await t.ctx.db
      .select()
      .from(committeeScriptPrints)
      .where(eq(committeeScriptPrints.sessionId, heads.id));
    expect(prints.map((p) => p.revision).sort()).toEqual([1, 2, 3]);
    expect(await auditCount("committee_script.print")).toBe(2);

    // Two prints at once: each its own revision.
    const plus3 = sessions.find((s) => s.kind === "Heads+3")!;
    const both = await Promise.all(
      ["vi", "en"].map((l) => send("GET", `/meetings/${M}/sessions/${plus3.id}/script.pdf?lang=${l}`, director)),
    );
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const p3 = await t.ctx.db.select().from(committeeScriptPrints).where(eq(committeeScriptPrints.sessionId, plus3.id));
    expect(p3.map((p) => p.revision).sort()).toEqual([1, 2]);

    let body: Script = (await script(heads.id, director)).json();
    expect(body.changedSinceLastPrint).toMatchObject({ revision: 3, lang: "en", added: [], removed: [], changed: [] });

    const c = body.cues[3]!;
    await send("PATCH", `${cueUrl(heads.id)}/${c.id}`, director, {
      version: c.version,
      minutes: c.minutes + 2,
      notes: "Đổi",
    });
    const added: Script = (
      await send("POST", cueUrl(heads.id), director, { at: "11:44", minutes: 1, whatVi: "Đóng cửa hội trường" })
    ).json();
    const gone = added.cues[0]!;
    await send("DELETE", `${cueUrl(heads.id)}/${gone.id}?version=${gone.version}`, director);
    body = (await script(heads.id, director)).json();
    const ch = body.changedSinceLastPrint!;
    expect(ch.changed).toEqual([expect.objectContaining({ id: c.id, fields: ["minutes", "notes"] })]);
    expect(ch.added.map((a) => a.what)).toEqual(["Đóng cửa hội trường"]);
    expect(ch.removed.map((a) => a.id)).toEqual([gone.id]);
  });
});

describe("the live view", () => {
  it("marks a cue done and delayed with minutes: audited, the revision bumped, every reader sees it", async () => {
    const heads = sessions.find((s) => s.kind === "Heads")!;
    const body: Script = (await script(heads.id, icd)).json();
    const cue = body.cues[0]!;
    const r0 = (await send("GET", `/meetings/${M}/live/revision`, member)).json().revision as number;
    const url = `${cueUrl(heads.id)}/${cue.id}/mark`;
    expectError(await send("POST", url, icd, { status: "delayed" }), 400, "CUE_DELAY_REQUIRED");
    let res = await send("POST", url, icd, { status: "delayed", delayMinutes: 7 });
    expect(res.statusCode, res.body).toBe(200);
    const r1 = (await send("GET", `/meetings/${M}/live/revision`, member)).json().revision as number;
    expect(r1).toBe(r0 + 1);
    const seen: Script = (await script(heads.id, member)).json();
    expect(seen.cues[0]).toMatchObject({ status: "delayed", delayMinutes: 7 });
    res = await send("POST", url, director, { status: "done" });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Script).cues[0]).toMatchObject({ status: "done", delayMinutes: null });
    expect(await auditCount("committee_cue.mark")).toBe(2);

    const live = await send("GET", `/meetings/${M}/live`, member);
    expect(live.statusCode, live.body).toBe(200);
    expect(live.json().sessions.some((s: { id: string }) => s.id === heads.id)).toBe(true);
    expect(live.json().revision).toBe(r1 + 1);
  });

  it("a member without cueLive cannot mark (403, nothing changed) until they are the cue's responsible member", async () => {
    const heads = sessions.find((s) => s.kind === "Heads")!;
    const body: Script = (await script(heads.id, member)).json();
    expect(body.permissions).toEqual({ edit: false, print: true, markAny: false });
    const cue = body.cues.find((c) => c.responsible?.id !== memberId)!;
    expect(cue.permissions.live).toBe(false);
    const r0 = await revision();
    expectError(await send("POST", `${cueUrl(heads.id)}/${cue.id}/mark`, member, { status: "done" }), 403, "FORBIDDEN");
    const [row] = await t.ctx.db.select().from(committeeCues).where(eq(committeeCues.id, cue.id));
    expect(row!.status).toBe(cue.status);
    expect(await revision()).toBe(r0);

    // Responsible for a cue: may mark that one.
    await send("PATCH", `${cueUrl(heads.id)}/${cue.id}`, director, { version: cue.version, responsibleId: memberId });
    const mine: Script = (await script(heads.id, member)).json();
    expect(mine.cues.find((c) => c.id === cue.id)!.permissions.live).toBe(true);
    const ok = await send("POST", `${cueUrl(heads.id)}/${cue.id}/mark`, member, { status: "delayed", delayMinutes: 3 });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe("denials", () => {
  it("a plain member may read but not edit; outsiders, contacts and registration see nothing", async () => {
    const rev0 = await revision();
    const cues0 = (await t.ctx.db.select().from(committeeCues)).length;
    const body: Script = (await script(S.id, icd)).json();
    const c = body.cues[0]!;
    const writes: [string, string, unknown][] = [
      ["POST", cueUrl(S.id), { at: "09:00", minutes: 5, whatVi: "X" }],
      ["PATCH", `${cueUrl(S.id)}/${c.id}`, { version: c.version, minutes: 1 }],
      ["PUT", `/meetings/${M}/sessions/${S.id}/script/order`, { ids: body.cues.map((x) => x.id) }],
      ["DELETE", `${cueUrl(S.id)}/${c.id}?version=${c.version}`, undefined],
    ];
    for (const [method, url, payload] of writes)
      expectError(await send(method as "POST", url, member, payload), 403, "FORBIDDEN");
    for (const who of [outsider, contact, registration]) {
      expectError(await script(S.id, who), 403, "FORBIDDEN");
      expectError(await send("GET", `/meetings/${M}/sessions/${S.id}/script.pdf?lang=en`, who), 403, "FORBIDDEN");
      expectError(await send("GET", `/meetings/${M}/live`, who), 403, "FORBIDDEN");
      expectError(await send("GET", `/meetings/${M}/live/revision`, who), 403, "FORBIDDEN");
      expectError(await send("POST", `${cueUrl(S.id)}/${c.id}/mark`, who, { status: "done" }), 403, "FORBIDDEN");
      for (const [method, url, payload] of writes)
        expectError(await send(method as "POST", url, who, payload), 403, "FORBIDDEN");
    }
    expect((await t.ctx.db.select().from(committeeCues)).length).toBe(cues0);
    expect(await revision()).toBe(rev0);
    const [row] = await t.ctx.db.select().from(committeeCues).where(eq(committeeCues.id, c.id));
    expect(row!.version).toBe(c.version);
  });

  it("a contingency plan of another session cannot be linked; one of the meeting can", async () => {
    const heads = sessions.find((s) => s.kind === "Heads")!;
    const [other, mine] = [crypto.randomUUID(), crypto.randomUUID()];
    await t.ctx.db.insert(committeeContingencies).values([
      { id: other, meetingId: M, sessionId: heads.id, situationVi: "Mất điện phiên khác" },
      {
        id: mine,
        meetingId: M,
        sessionId: null,
        situationVi: "Bộ trưởng đến muộn",
        situationEn: "The Minister is late",
      },
    ]);
    const body: Script = (await script(S.id, director)).json();
    const c = body.cues[0]!;
    expectError(
      await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, { version: c.version, contingencyIds: [other] }),
      400,
      "CUE_CONTINGENCY_UNKNOWN",
    );
    const ok = await send("PATCH", `${cueUrl(S.id)}/${c.id}`, director, { version: c.version, contingencyIds: [mine] });
    expect(ok.statusCode, ok.body).toBe(200);
    const en = await inEnglish(director, () => script(S.id, director));
    expect((en.json() as Script).cues[0]!.contingencies.map((p) => p.situation)).toEqual(["The Minister is late"]);
  });
});
