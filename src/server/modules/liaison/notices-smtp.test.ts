import type net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import type { Liaison, NoticeResult } from "../../../shared/schemas/liaison.js";
import { sendDueNotices } from "./notices.js";

/**
 * The liaison notice (issue 14, point 1) on a real SMTP listener: a week before arrival the delegation's contact
 * receives, in English, their liaison officer's name and phone; "send now" does the same at once; each sending is
 * recorded and shown; the same officer is never sent twice, a changed phone is.
 */

let smtp: SMTPServer;
const inbox: { to: string[]; raw: string }[] = [];
let t: TestApp;
const M = demoIds.meetingAccsm21;
const base = `/api/meetings/${M}/liaison`;

/** The text of a one-part message (quoted-printable, base64 or plain). */
function bodyOf(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as net.AddressInfo).port;
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const notices = async () =>
  Number(
    (
      (await t.ctx.db.execute(sql`select count(*)::int as n from liaison_notices`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

describe("the liaison notice", () => {
  it("the daily run sends nothing before the notice days, then each due delegation once, in English", async () => {
    expect(await sendDueNotices(t.ctx, new Date("2022-07-20T03:00:00Z"))).toBe(0);
    expect(inbox).toHaveLength(0);
    // 25 July: a week before the arrivals of 1 August (the Philippines and Australia); the others wait.
    expect(await sendDueNotices(t.ctx, new Date("2022-07-25T03:00:00Z"))).toBe(2);
    expect(inbox.map((m) => m.to).sort()).toEqual([
      ["contact.australia@demo.focal"],
      ["contact.philippines@demo.focal"],
    ]);
    // 26 July: a week before the arrivals of 2 August — the twelve other delegations, once each.
    const sent = await sendDueNotices(t.ctx, new Date("2022-07-26T03:00:00Z"));
    expect(sent).toBe(12);
    const japan = inbox.find((m) => m.to.includes("contact.japan@demo.focal"));
    expect(japan).toBeDefined();
    const subjects = (await t.ctx.db.execute(
      sql`select subject from mail_outbox where "to" = 'contact.japan@demo.focal' and topic = 'liaison.notice'`,
    )) as unknown as { rows: { subject: string }[] };
    expect(subjects.rows.map((r) => r.subject)).toEqual(["ACCSM21 — Your liaison officer: Ngô Thu Trang"]);
    const text = bodyOf(japan!.raw);
    expect(text).toContain("Ngô Thu Trang");
    expect(text).toContain("0912 021 011");
    expect(text).toContain("Tanaka Kenji");
    expect(text).toContain("VN311");
    // The next days' runs send nothing more: everyone has been told.
    expect(await sendDueNotices(t.ctx, new Date("2022-07-27T03:00:00Z"))).toBe(0);
    expect(await sendDueNotices(t.ctx, new Date("2022-07-28T03:00:00Z"))).toBe(0);
    expect(inbox).toHaveLength(14);
  });

  it("shows each sending on the liaison page; send now skips those already told, resends after a change", async () => {
    const icd = await t.login("icd@demo.focal");
    const l = (await t.app.inject({ method: "GET", url: base, headers: icd })).json() as Liaison;
    const jp = l.delegations.find((d) => d.id === demoDelegationIds.JPN)!;
    expect(jp.notice).toMatchObject({ toEmail: "contact.japan@demo.focal", officerName: "Ngô Thu Trang" });
    expect(jp.noticeCurrent).toBe(true);
    expect(jp.noticeDue).toBe("2022-07-26");

    const again = await t.app.inject({
      method: "POST",
      url: `${base}/notices`,
      headers: icd,
      payload: { delegationId: demoDelegationIds.JPN },
    });
    expect(again.json()).toEqual({
      sent: [],
      skipped: [{ delegationId: demoDelegationIds.JPN, reason: "already_sent" }],
    });
    const before = await notices();

    const trang = l.officers.find((o) => o.fullName === "Ngô Thu Trang")!;
    await t.app.inject({
      method: "PATCH",
      url: `${base}/officers/${trang.id}`,
      headers: icd,
      payload: { version: trang.version, phone: "0912 999 000" },
    });
    const now = await t.app.inject({ method: "POST", url: `${base}/notices`, headers: icd, payload: {} });
    expect(now.statusCode, now.body).toBe(200);
    expect((now.json() as NoticeResult).sent).toEqual([
      { delegationId: demoDelegationIds.JPN, toEmail: "contact.japan@demo.focal" },
    ]);
    expect(await notices()).toBe(before + 1);
    expect(bodyOf(inbox.at(-1)!.raw)).toContain("0912 999 000");

    const registration = await t.login("registration@demo.focal");
    const denied = await t.app.inject({ method: "POST", url: `${base}/notices`, headers: registration, payload: {} });
    expect(denied.statusCode).toBe(403);
    expect(await notices()).toBe(before + 1);
  });
});
