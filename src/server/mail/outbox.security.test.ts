/**
 * Issue 11, point 3: the mail outbox shows that a link was sent, to whom and when, and lets the administrator resend
 * or withdraw it — never the link's token (opening a registration link from the outbox gave a contact's session).
 * Mail is received on a real SMTP listener.
 */
import type net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectError } from "../test/expect.js";
import { buildApp } from "../app.js";
import { createMailer, LINK_PLACEHOLDER } from "./mailer.js";
import { mailOutbox } from "../modules/mail/schema.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";

const PUBLIC_URL = "https://focal.example.gov.vn";
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
let smtp: SMTPServer;
const inbox: { to: string[]; raw: string }[] = [];
let t: TestApp;
let admin: Record<string, string>;

/** The decoded text of a one-part message (nodemailer writes quoted-printable for non-ASCII text). */
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

/** The last message the SMTP listener received for `to`, and the token link in it. */
function lastLink(to: string, path: RegExp): { token: string; url: string } {
  const mail = inbox.filter((m) => m.to.includes(to)).at(-1);
  const m = mail && new RegExp(`${PUBLIC_URL}${path.source}([A-Za-z0-9_-]{20,})`).exec(bodyOf(mail.raw));
  if (!m) throw new Error(`no link mailed to ${to}`);
  return { token: m[1]!, url: m[0] };
}

interface Outbox {
  mode: string;
  messages: {
    id: string;
    to: string;
    text: string;
    topic: string;
    link: { kind: string; state: string; canResend: boolean; canRevoke: boolean } | null;
  }[];
}
const outbox = async (headers = admin, app = t.app) => {
  const res = await app.inject({ method: "GET", url: "/api/mail", headers });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, json: res.json() as Outbox };
};
const post = (url: string) => t.app.inject({ method: "POST", url, headers: admin });
const accept = (token: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/invitations/accept",
    payload: { token, password: "a-long-enough-password" },
  });
const openLink = (token: string) =>
  t.app.inject({ method: "POST", url: "/api/registration/links/open", payload: { token } });

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
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL } });
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("invitation links in the outbox", () => {
  const email = "outbox.guest@example.org";
  let first = "";

  it("the outbox says an invitation was sent, to whom and when — and holds no token, nor does the database", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email, name: "Outbox Guest", language: "en" },
    });
    expect(res.statusCode, res.body).toBe(201);
    first = lastLink(email, /\/invitation\//).token;
    const { body, json } = await outbox();
    expect(body).not.toContain(first);
    expect(body).not.toMatch(/\/invitation\/[A-Za-z0-9_-]{16,}/);
    const m = json.messages.find((x) => x.to === email)!;
    expect(m.topic).toBe("invitation");
    expect(m.text).toContain("at:\n[liên kết đã ẩn]");
    expect(m.link).toEqual({ kind: "invitation", state: "active", canResend: true, canRevoke: true });
    const [row] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, m.id));
    expect(row!.text).toContain(LINK_PLACEHOLDER);
    expect(row!.text).not.toContain(first);
    expect(row!.secret).toBeNull();
  });

  it("resend delivers a fresh working link and the old one stops working", async () => {
    const m = (await outbox()).json.messages.find((x) => x.to === email)!;
    const res = await post(`/api/mail/${m.id}/resend`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toMatch(/invitation\//);
    const second = lastLink(email, /\/invitation\//).token;
    expect(second).not.toBe(first);
    expectError(await accept(first), 400, "INVITATION_INVALID");
    expect((await accept(second)).statusCode).toBe(200);
    const after = (await outbox()).json.messages.filter((x) => x.to === email);
    expect(after).toHaveLength(2);
    expect(after.every((x) => x.link?.state === "used" && !x.link.canResend && !x.link.canRevoke)).toBe(true);
  });

  it("revoke stops the link at once", async () => {
    const other = "revoked.guest@example.org";
    await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: other, name: "Revoked Guest", language: "vi" },
    });
    const token = lastLink(other, /\/invitation\//).token;
    const m = (await outbox()).json.messages.find((x) => x.to === other)!;
    expect((await post(`/api/mail/${m.id}/revoke`)).statusCode).toBe(200);
    expectError(await accept(token), 400, "INVITATION_INVALID");
    const now = (await outbox()).json.messages.find((x) => x.id === m.id)!;
    expect(now.link).toEqual({ kind: "invitation", state: "revoked", canResend: true, canRevoke: false });
  });
});

describe("registration links in the outbox", () => {
  const contact = "contact.tha@example.org";

  it("no token in the outbox; the administrator resends (old link refused) and revokes (new link refused)", async () => {
    const icd = await t.login("icd@demo.focal");
    const created = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/delegations/${THA}/invitations`,
      headers: icd,
      payload: { email: contact, language: "en" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const first = lastLink(contact, /\/register\/link#/).token;
    const { body, json } = await outbox();
    expect(body).not.toContain(first);
    expect(body).not.toMatch(/register\/link#[A-Za-z0-9_-]{16,}/);
    // The host's list of links shows the message without the token too.
    const hostList = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/delegations/${THA}/invitations`,
      headers: icd,
    });
    expect(hostList.statusCode).toBe(200);
    expect(hostList.body).not.toContain(first);
    const m = json.messages.find((x) => x.to === contact)!;
    expect(m.link).toEqual({ kind: "registration_link", state: "active", canResend: true, canRevoke: true });

    expect((await post(`/api/mail/${m.id}/resend`)).statusCode).toBe(200);
    const second = lastLink(contact, /\/register\/link#/).token;
    expect(second).not.toBe(first);
    expectError(await openLink(first), 410, "LINK_REVOKED");
    expect((await openLink(second)).statusCode).toBe(200);

    const resent = (await outbox()).json.messages.find((x) => x.to === contact)!;
    expect(resent.id).not.toBe(m.id);
    expect((await post(`/api/mail/${resent.id}/revoke`)).statusCode).toBe(200);
    expectError(await openLink(second), 410, "LINK_REVOKED");
  });
});

describe("without SMTP and for messages stored before", () => {
  it("the outbox never shows a link, and keeps none to deliver", async () => {
    const app = await buildApp({ ...t.ctx, mailer: createMailer(null, t.ctx.config.mailFrom) }, { serveWeb: false });
    const res = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "no.smtp@example.org", name: "No Smtp", language: "en" },
    });
    expect(res.statusCode).toBe(201);
    const token = (res.json() as { link: string }).link.split("/").pop()!;
    const { body, json } = await outbox({ ...admin, "accept-language": "en" }, app);
    expect(body).not.toContain(token);
    const m = json.messages.find((x) => x.to === "no.smtp@example.org")!;
    expect(m.text).toContain("at:\n[liên kết đã ẩn]");
    const [row] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.id, m.id));
    expect(row!.secret).toBeNull();
    await app.close();
  });

  it("a message stored with its token before this change is shown without it", async () => {
    const token = "A".repeat(43);
    await t.ctx.db.insert(mailOutbox).values({
      id: crypto.randomUUID(),
      to: "old@example.org",
      subject: "old",
      text: `Open ${PUBLIC_URL}/register/link#${token} soon`,
      status: "outbox",
      topic: "registration_link",
    });
    const { body } = await outbox();
    expect(body).not.toContain(token);
  });

  it("only administrators read the outbox or act on it", async () => {
    const icd = await t.login("icd@demo.focal");
    const id = (await outbox()).json.messages[0]!.id;
    expectError(await t.app.inject({ method: "GET", url: "/api/mail", headers: icd }), 403, "FORBIDDEN");
    for (const action of ["resend", "revoke"]) {
      expectError(await t.app.inject({ method: "POST", url: `/api/mail/${id}/${action}`, headers: icd }), 403);
    }
  });
});
