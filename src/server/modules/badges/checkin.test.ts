import { generateKeyPairSync, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { listDelegateRows, presentDelegate, setAccreditationTx } from "../meetings/delegates.js";
import { encodePayload, formatToken, fromBase64Url, parseToken, toBase64Url } from "../../../shared/badges.js";
import { checkinScans } from "./schema.js";
import { printBadges, printedBadge, type Headers } from "./testing.js";

let t: TestApp;
let icd: Headers;
let security: Headers;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

interface Pack {
  publicKey: string;
  keyId: string;
  sessions: { id: string; titleEn: string }[];
  badges: { id: string; delegateId: string; issue: number; codeHash: string }[];
  revoked: { id: string; codeHash: string }[];
  people: {
    delegateId: string;
    fullName: string;
    accredited: boolean;
    sessionIds: string[];
    photoUrl: string | null;
  }[];
}
interface Answer {
  scanId: string;
  result: "admitted" | "refused";
  reason: string | null;
  message: string;
  duplicate: boolean;
  delegate: { id: string; fullName: string; delegationNameEn: string } | null;
  admittedBefore: string | null;
}

let people: { id: string; fullName: string; sessionIds: string[] }[];

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  security = await t.login("security@demo.focal");
  await printBadges(t, icd, M, { size: "card", delegationId: THA });
  const rows = await listDelegateRows(t.ctx.db, { meetingId: M, delegationId: THA });
  people = rows
    .filter((r) => r.row.accreditationStatus === "accredited")
    .map((r) => ({ id: r.row.id, fullName: r.row.fullName, sessionIds: r.sessionIds }));
});
afterAll(async () => t?.close());

const nonce = () => crypto.randomUUID().replace(/-/g, "");

async function scan(
  token: string,
  place: { sessionId: string | null; meetingId?: string },
  opts: { headers?: Headers; nonce?: string; scannedAt?: string } = {},
) {
  return t.app.inject({
    method: "POST",
    url: "/api/checkin/scan",
    headers: opts.headers ?? security,
    payload: { token, ...place, nonce: opts.nonce ?? nonce(), scannedAt: opts.scannedAt ?? new Date().toISOString() },
  });
}

async function verdict(
  token: string,
  place: { sessionId: string | null; meetingId?: string } = { sessionId: null, meetingId: M },
) {
  const res = await scan(token, place);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Answer;
}

const door = { sessionId: null, meetingId: M };

describe("a valid badge", () => {
  it("is admitted at the door and at a session the delegate attends, showing the name and delegation", async () => {
    const p = people[0]!;
    const { token } = await printedBadge(t, p.id);
    const atDoor = await verdict(token, door);
    expect(atDoor).toMatchObject({ result: "admitted", reason: null, duplicate: false });
    expect(atDoor.delegate).toMatchObject({ id: p.id, fullName: p.fullName, delegationNameEn: "Thailand" });
    const atSession = await verdict(token, { sessionId: p.sessionIds[0]! });
    expect(atSession.result).toBe("admitted");
  });

  it("shows the delegate exactly as the badge view does, a new scan and a repeated nonce alike", async () => {
    const p = people[2]!;
    const { token } = await printedBadge(t, p.id);
    const [row] = await listDelegateRows(t.ctx.db, { meetingId: M, ids: [p.id] });
    const view = presentDelegate(row!, "badge");
    const n = nonce();
    const first = (await scan(token, door, { nonce: n })).json() as Answer;
    const again = (await scan(token, door, { nonce: n })).json() as Answer;
    for (const a of [first, again]) {
      const { delegationNameVi, delegationNameEn, country, category, ...shown } = a.delegate as Record<string, unknown>;
      expect(shown).toEqual(view);
      expect([delegationNameEn, country, category]).toEqual(["Thailand", "THA", expect.any(String)]);
      expect(delegationNameVi).toBeTruthy();
    }
    expect(again.duplicate).toBe(true);
  });

  it("typed as the short code printed under the QR code, dashes and case as people type them", async () => {
    const p = people[1]!;
    const { code } = await printedBadge(t, p.id);
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
    expect((await verdict(typed)).result).toBe("admitted");
  });
});

describe("refusals, each with its reason", () => {
  it("forged: a changed signature", async () => {
    const { token } = await printedBadge(t, people[0]!.id);
    const [payload, signature] = token.split(".");
    const sig = fromBase64Url(signature!)!;
    sig[10] = sig[10]! ^ 0x01;
    const v = await verdict(`${payload}.${toBase64Url(sig)}`);
    expect(v).toMatchObject({ result: "refused", reason: "forged", delegate: null });
  });

  it("forged: the payload altered to name someone else, signature kept", async () => {
    const a = await printedBadge(t, people[0]!.id);
    const b = await printedBadge(t, people[1]!.id);
    const parsed = parseToken(a.token)!;
    const altered = encodePayload({ ...parsed.payload!, delegateId: people[1]!.id, badgeId: b.badgeId });
    const v = await verdict(formatToken(altered, parsed.signature));
    expect(v).toMatchObject({ result: "refused", reason: "forged" });
  });

  it("forged: a well-formed token for a real badge signed with another key", async () => {
    const real = await printedBadge(t, people[0]!.id);
    const payload = parseToken(real.token)!.payloadBytes;
    const { privateKey } = generateKeyPairSync("ed25519");
    const v = await verdict(formatToken(payload, sign(null, payload, privateKey)));
    expect(v).toMatchObject({ result: "refused", reason: "forged" });
  });

  it("unknown: text that is not a badge, and a short code nobody was given", async () => {
    expect(await verdict("hello door")).toMatchObject({ result: "refused", reason: "unknown" });
    expect(await verdict("0000-0000-0000")).toMatchObject({ result: "refused", reason: "unknown" });
  });

  it("revoked: the old badge after a reissue (QR and short code), while the new one is admitted", async () => {
    const p = people[2]!;
    const old = await printedBadge(t, p.id);
    const re = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badges/${p.id}/reissue`,
      headers: icd,
      payload: { reason: "lost" },
    });
    expect(re.statusCode).toBe(200);
    expect(await verdict(old.token)).toMatchObject({ result: "refused", reason: "revoked" });
    expect(await verdict(old.code)).toMatchObject({ result: "refused", reason: "revoked" });
    const fresh = await printedBadge(t, p.id);
    expect((await verdict(fresh.token)).result).toBe("admitted");
  });

  it("not accredited: a badge holder whose accreditation was withdrawn", async () => {
    const p = people[3]!;
    const { token } = await printedBadge(t, p.id);
    const [row] = await listDelegateRows(t.ctx.db, { meetingId: M, ids: [p.id] });
    await t.ctx.db.transaction((tx) =>
      setAccreditationTx(
        tx,
        { id: crypto.randomUUID(), name: "test" },
        M,
        p.id,
        row!.row.version,
        "rejected",
        "withdrawn",
      ),
    );
    const v = await verdict(token);
    expect(v).toMatchObject({ result: "refused", reason: "not_accredited" });
    expect(v.delegate?.fullName).toBe(p.fullName);
    const [again] = await listDelegateRows(t.ctx.db, { meetingId: M, ids: [p.id] });
    await t.ctx.db.transaction((tx) =>
      setAccreditationTx(
        tx,
        { id: crypto.randomUUID(), name: "test" },
        M,
        p.id,
        again!.row.version,
        "accredited",
        null,
      ),
    );
  });

  it("not registered: a session the delegate does not attend", async () => {
    const pack = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${M}/checkin/pack`, headers: security })
    ).json() as Pack;
    const p = people.find((x) => pack.sessions.some((s) => !x.sessionIds.includes(s.id)))!;
    const other = pack.sessions.find((s) => !p.sessionIds.includes(s.id))!;
    const { token } = await printedBadge(t, p.id);
    expect(await verdict(token, { sessionId: other.id })).toMatchObject({
      result: "refused",
      reason: "not_registered",
    });
  });

  it("not registered: a badge of this meeting at another meeting's door", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/meetings",
      headers: icd,
      payload: {
        code: "TEST-CHECKIN",
        titleVi: "Hội nghị thử",
        titleEn: "Test meeting",
        startDate: "2023-05-02",
        endDate: "2023-05-03",
        cityVi: "Hà Nội",
        cityEn: "Hanoi",
        timeZone: "Asia/Ho_Chi_Minh",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const other = created.json().id as string;
    const { token } = await printedBadge(t, people[0]!.id);
    const res = await scan(token, { sessionId: null, meetingId: other }, { headers: icd });
    expect(res.json()).toMatchObject({ result: "refused", reason: "not_registered" });
  });

  it("messages come in the officer's language", async () => {
    expect((await verdict("nonsense")).message).toBe("Không nhận ra mã thẻ.");
    const me = await t.app.inject({ method: "PATCH", url: "/api/me", headers: icd, payload: { language: "en" } });
    expect(me.statusCode, me.body).toBe(200);
    const res = await scan("nonsense", door, { headers: icd });
    expect(res.json().message).toBe("The badge code is not recognised.");
    await t.app.inject({ method: "PATCH", url: "/api/me", headers: icd, payload: { language: "vi" } });
  });
});

describe("counting", () => {
  it("the same nonce twice counts once and gets the first answer back", async () => {
    const p = people[4] ?? people[0]!;
    const session = p.sessionIds[1] ?? p.sessionIds[0]!;
    const { token } = await printedBadge(t, p.id);
    const before = await attendanceOf(session);
    const n = nonce();
    const first = await scan(token, { sessionId: session }, { nonce: n });
    const second = await scan(token, { sessionId: session }, { nonce: n });
    expect(first.json()).toMatchObject({ result: "admitted", duplicate: false });
    expect(second.json()).toMatchObject({ result: "admitted", duplicate: true, scanId: first.json().scanId });
    const rows = await t.ctx.db.select().from(checkinScans).where(eq(checkinScans.nonce, n));
    expect(rows).toHaveLength(1);
    expect(await attendanceOf(session)).toBe(before + 1);

    // A second real scan of the same person (another nonce) is kept but the person still counts once.
    const third = (await scan(token, { sessionId: session })).json() as Answer;
    expect(third.result).toBe("admitted");
    expect(third.admittedBefore).not.toBeNull();
    expect(await attendanceOf(session)).toBe(before + 1);
  });

  it("a nonce reused for another place is refused as a client error and changes nothing", async () => {
    const p = people[0]!;
    const { token } = await printedBadge(t, p.id);
    const n = nonce();
    await scan(token, door, { nonce: n });
    const [c0] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(checkinScans);
    expectError(await scan(token, { sessionId: p.sessionIds[0]! }, { nonce: n }), 409, "NONCE_REUSED");
    const [c1] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(checkinScans);
    expect(c1!.n).toBe(c0!.n);
  });

  it("scans queued offline keep their scan time; the list shows who was admitted, when and by whom", async () => {
    const p = people[0]!;
    const session = p.sessionIds[0]!;
    const { token } = await printedBadge(t, p.id);
    const earlier = new Date(Date.now() - 3600_000).toISOString();
    await scan(token, { sessionId: session }, { scannedAt: earlier });
    const list = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/sessions/${session}`, headers: icd })
    ).json();
    const mine = list.admitted.find((a: { delegateId: string }) => a.delegateId === p.id);
    expect(mine.firstAdmittedAt).toBe(earlier);
    expect(mine.officerName).toBeTruthy();
    expect(mine.scans).toBeGreaterThanOrEqual(2);
  });
});

describe("a second scan of someone already inside", () => {
  // The meeting is in Hanoi time (UTC+7): 01:12 UTC is 08:12 at the door, whatever the server's own zone.
  const first = "2020-01-10T01:12:00.000Z";
  it("says when they were admitted, in the meeting's time zone and the officer's language, and counts once", async () => {
    const p = people[2] ?? people[0]!;
    const { token } = await printedBadge(t, p.id);
    const door = { sessionId: null, meetingId: M };
    const doorScans = async () => {
      const list = (
        await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/door`, headers: icd })
      ).json();
      return list.admitted.find((x: { delegateId: string }) => x.delegateId === p.id) as
        { firstAdmittedAt: string; scans: number } | undefined;
    };
    const before = (await doorScans())?.scans ?? 0;
    const a = (await scan(token, door, { scannedAt: first })).json() as Answer;
    expect(a).toMatchObject({ result: "admitted", admittedBefore: null, message: "Được vào.", duplicate: false });

    const again = await scan(token, door, { scannedAt: "2020-01-10T01:30:00.000Z" });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      result: "admitted",
      duplicate: false,
      admittedBefore: first,
      message: "Đã vào lúc 08:12.",
    });

    const me = await t.app.inject({ method: "PATCH", url: "/api/me", headers: security, payload: { language: "en" } });
    expect(me.statusCode, me.body).toBe(200);
    try {
      const en = (await scan(token, door, { scannedAt: "2020-01-10T02:00:00.000Z" })).json() as Answer;
      expect(en.message).toBe("Already admitted at 08:12.");
      // On a later day the day is said as well.
      const nextDay = (await scan(token, door, { scannedAt: "2020-01-11T01:00:00.000Z" })).json() as Answer;
      expect(nextDay.message).toBe("Already admitted at 08:12 on 10/01/2020.");
    } finally {
      await t.app.inject({ method: "PATCH", url: "/api/me", headers: security, payload: { language: "vi" } });
    }

    // The same nonce sent twice (a queue synced again) is the first scan replayed, not a second admission.
    const n = nonce();
    const once = (await scan(token, { sessionId: p.sessionIds[0]! }, { nonce: n })).json() as Answer;
    const replay = (await scan(token, { sessionId: p.sessionIds[0]! }, { nonce: n })).json() as Answer;
    expect(replay).toMatchObject({ duplicate: true, scanId: once.scanId, message: once.message });

    // Four more scans at the door, one person, first admitted at 08:12.
    expect(await doorScans()).toMatchObject({ firstAdmittedAt: first, scans: before + 4 });
  });

  it("a refusal never says 'already admitted'", async () => {
    const res = (await scan("nonsense", { sessionId: null, meetingId: M })).json() as Answer;
    expect(res).toMatchObject({ result: "refused", admittedBefore: null, message: "Không nhận ra mã thẻ." });
  });
});

async function attendanceOf(sessionId: string): Promise<number> {
  const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance`, headers: icd });
  expect(res.statusCode).toBe(200);
  return res.json().sessions.find((s: { sessionId: string }) => s.sessionId === sessionId).admitted as number;
}

describe("bad input and access", () => {
  it("a scan needs a place, a real time, and a nonce of the right shape", async () => {
    const { token } = await printedBadge(t, people[0]!.id);
    expectError(await scan(token, { sessionId: null }), 400, "SCAN_PLACE_REQUIRED");
    expectError(await scan(token, door, { scannedAt: "yesterday" }), 400, "VALIDATION_FAILED");
    expectError(await scan(token, door, { scannedAt: "2099-01-01T00:00:00Z" }), 400, "SCAN_TIME_INVALID");
    expectError(await scan(token, door, { nonce: "short" }), 400, "VALIDATION_FAILED");
    expectError(await scan(token, { sessionId: crypto.randomUUID() }), 404, "SESSION_NOT_FOUND");
  });

  it("only the meeting's security officers and the ICD scan or download the pack", async () => {
    const { token } = await printedBadge(t, people[0]!.id);
    for (const who of [
      "committee@demo.focal",
      "registration@demo.focal",
      "contact.thailand@demo.focal",
      "unit.napa@demo.focal",
    ]) {
      const h = await t.login(who);
      expectError(await scan(token, door, { headers: h }), 403, "FORBIDDEN");
      const pack = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/checkin/pack`, headers: h });
      expect(pack.statusCode).toBe(403);
    }
    expect((await scan(token, door, { headers: icd })).statusCode).toBe(200);
  });

  it("the host sees attendance; a delegation contact does not", async () => {
    const contact = await t.login("contact.thailand@demo.focal");
    expect(
      (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance`, headers: contact })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/door`, headers: contact })).statusCode,
    ).toBe(403);
    const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/door`, headers: icd });
    expect(res.statusCode).toBe(200);
    expect(res.json().refused.length).toBeGreaterThan(0);
  });
});

describe("the offline pack", () => {
  it("lets a device verify signatures with WebCrypto Ed25519 and match typed short codes by hash", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/checkin/pack`, headers: security });
    expect(res.statusCode).toBe(200);
    const pack = res.json() as Pack;
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey("raw", fromBase64Url(pack.publicKey)!, { name: "Ed25519" }, false, ["verify"]);
    const good = await printedBadge(t, people[0]!.id);
    const parsed = parseToken(good.token)!;
    expect(await subtle.verify({ name: "Ed25519" }, key, parsed.signature, parsed.payloadBytes)).toBe(true);
    const bad = new Uint8Array(parsed.payloadBytes);
    bad[20] = bad[20]! ^ 0xff;
    expect(await subtle.verify({ name: "Ed25519" }, key, parsed.signature, bad)).toBe(false);
    const hash = toBase64Url(new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(good.code))));
    expect(pack.badges.find((b) => b.id === good.badgeId)?.codeHash).toBe(hash);
    expect(pack.revoked.length).toBeGreaterThan(0);
    expect(pack.people.every((p) => typeof p.accredited === "boolean")).toBe(true);
  });

  it("carries the photo, name and delegation only: no passport data, birth dates, e-mails or phones", async () => {
    const pack = (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/checkin/pack`, headers: security }))
      .body;
    const rows = await listDelegateRows(t.ctx.db, { meetingId: M });
    const secrets = rows
      .flatMap((r) => [r.row.passportNumber, r.row.dateOfBirth, r.row.email, r.row.phone])
      .filter(Boolean);
    expect(secrets.length).toBeGreaterThan(10);
    for (const s of secrets) expect(pack).not.toContain(s);
    expect(pack).not.toMatch(/passport|dateOfBirth|email|phone/i);
  });

  it("a security officer reading the delegate list sees no passport data either", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/delegations/${THA}/delegates`,
      headers: security,
    });
    expect(res.statusCode).toBe(200);
    const rows = await listDelegateRows(t.ctx.db, { meetingId: M, delegationId: THA });
    for (const r of rows) if (r.row.passportNumber) expect(res.body).not.toContain(r.row.passportNumber);
    expect(res.body).not.toMatch(/passportNumber|dateOfBirth/);
  });
});
