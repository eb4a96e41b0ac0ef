import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectError } from "../test/expect.js";
import { buildApp } from "../app.js";
import { MAIL_ATTEMPTS, createMailer } from "./mailer.js";
import { getJobByKey, runJobNow } from "../modules/jobs/service.js";

/** One message as the SMTP listener received it. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** Decodes the text body of a simple one-part message (quoted-printable, base64 or plain). */
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

const PUBLIC_URL = "https://focal.example.gov.vn";
let smtp: SMTPServer;
let port: number;
const inbox: Received[] = [];
let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as net.AddressInfo).port;
  t = await createTestApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL, MAIL_FROM: "Focal <focal@example.gov.vn>" },
  });
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("with SMTP_URL", () => {
  let link = "";

  it("inviting a user delivers the e-mail with the link on a real SMTP listener", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "Guest.Officer@example.org", name: "Guest Officer", language: "en" },
    });
    expect(res.statusCode, res.body).toBe(201);
    link = (res.json() as { link: string }).link;
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/invitation/[A-Za-z0-9_-]{40,}$`));

    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.to).toEqual(["guest.officer@example.org"]);
    expect(mail.from).toBe("focal@example.gov.vn");
    expect(mail.raw).toMatch(/^Subject: Your Focal account\r?$/m);
    const text = bodyOf(mail.raw);
    expect(text).toContain("Dear Guest Officer");
    expect(text).toContain(link);

    const outbox = (await t.app.inject({ method: "GET", url: "/api/mail", headers: admin })).json() as {
      mode: string;
      messages: { to: string; status: string; sentAt: string | null }[];
    };
    expect(outbox.mode).toBe("smtp");
    expect(outbox.messages[0]).toMatchObject({ to: "guest.officer@example.org", status: "sent" });
    expect(outbox.messages[0]!.sentAt).not.toBeNull();
  });

  it("a Vietnamese invitation arrives intact", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "nguyen.van.an@example.org", name: "Nguyễn Văn An", language: "vi" },
    });
    expect(res.statusCode).toBe(201);
    const mail = inbox.at(-1)!;
    expect(mail.to).toEqual(["nguyen.van.an@example.org"]);
    const text = bodyOf(mail.raw);
    expect(text).toContain("Kính gửi Nguyễn Văn An");
    expect(text).toContain((res.json() as { link: string }).link);
  });

  it("the link from the e-mail sets the password once, and the person can sign in", async () => {
    const token = link.split("/").pop()!;
    expectError(
      await t.app.inject({
        method: "POST",
        url: "/api/auth/invitations/accept",
        payload: { token, password: "short" },
      }),
      400,
      "PASSWORD_TOO_SHORT",
    );
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitations/accept",
      payload: { token, password: "a-long-enough-password" },
    });
    expect(ok.statusCode).toBe(200);
    const h = await t.login("guest.officer@example.org", "a-long-enough-password");
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: h })).statusCode).toBe(200);
    expectError(
      await t.app.inject({
        method: "POST",
        url: "/api/auth/invitations/accept",
        payload: { token, password: "another-long-password" },
      }),
      400,
      "INVITATION_INVALID",
    );
  });

  it("when the SMTP server cannot be reached, the invitation still stands and the message is retried later", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const unreachable = createMailer(`smtp://127.0.0.1:${closed}`, t.ctx.config.mailFrom);
    const app = await buildApp({ ...t.ctx, mailer: unreachable }, { serveWeb: false, jobs: false });
    const res = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "unreachable@example.org", name: "Unreachable Person", language: "en" },
    });
    expect(res.statusCode).toBe(201);
    await app.close();
    const read = async () => {
      const outbox = (await t.app.inject({ method: "GET", url: "/api/mail", headers: admin })).json() as {
        messages: { id: string; to: string; status: string; error: string | null }[];
      };
      return outbox.messages.find((x) => x.to === "unreachable@example.org")!;
    };
    // The first attempt failed: the message waits for its retry, with the error, and its job is due later.
    const m = await read();
    expect(m).toMatchObject({ status: "queued" });
    expect(m.error).toBeTruthy();
    const job = (await getJobByKey(t.ctx.db, `mail:${m.id}`))!;
    expect(job).toMatchObject({ state: "queued", attempts: 1, maxAttempts: MAIL_ATTEMPTS });
    expect(job.runAfter.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Every retry fails too: after the last one the message is marked failed, with its error.
    for (let i = 2; i <= MAIL_ATTEMPTS; i++) {
      expect(await runJobNow({ db: t.ctx.db, mailer: unreachable }, `mail:${m.id}`)).toBe(
        i < MAIL_ATTEMPTS ? "queued" : "failed",
      );
    }
    expect(await read()).toMatchObject({ status: "failed", error: expect.any(String) as string });
    expect(await getJobByKey(t.ctx.db, `mail:${m.id}`)).toMatchObject({ state: "failed", attempts: MAIL_ATTEMPTS });
  });

  it("a message whose first attempt failed is sent by its retry once the server answers", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const app = await buildApp(
      { ...t.ctx, mailer: createMailer(`smtp://127.0.0.1:${closed}`, t.ctx.config.mailFrom) },
      { serveWeb: false, jobs: false },
    );
    const res = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "later@example.org", name: "Later Person", language: "en" },
    });
    expect(res.statusCode).toBe(201);
    await app.close();
    const outbox = (await t.app.inject({ method: "GET", url: "/api/mail", headers: admin })).json() as {
      messages: { id: string; to: string; status: string }[];
    };
    const m = outbox.messages.find((x) => x.to === "later@example.org")!;
    expect(m.status).toBe("queued");
    const before = inbox.length;
    // The retry runs in a process whose SMTP server answers (here: the test app's own mailer).
    expect(await runJobNow(t.ctx, `mail:${m.id}`)).toBe("done");
    expect(inbox.length).toBe(before + 1);
    expect(inbox.at(-1)!.to).toEqual(["later@example.org"]);
    const after = (await t.app.inject({ method: "GET", url: "/api/mail", headers: admin })).json() as {
      messages: { id: string; status: string; error: string | null }[];
    };
    expect(after.messages.find((x) => x.id === m.id)).toMatchObject({ status: "sent", error: null });
  });
});

describe("without SMTP_URL", () => {
  it("the invitation waits in the outbox, which the administrator reads", async () => {
    const before = inbox.length;
    const app = await buildApp({ ...t.ctx, mailer: createMailer(null, t.ctx.config.mailFrom) }, { serveWeb: false });
    const res = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "outbox.person@example.org", name: "Trần Thị Hộp Thư", language: "vi" },
    });
    expect(res.statusCode).toBe(201);
    const link = (res.json() as { link: string }).link;
    const mail = (await app.inject({ method: "GET", url: "/api/mail", headers: admin })).json() as {
      mode: string;
      messages: { to: string; status: string; text: string; topic: string }[];
    };
    expect(mail.mode).toBe("outbox");
    const m = mail.messages.find((x) => x.to === "outbox.person@example.org")!;
    expect(m).toMatchObject({ status: "outbox", topic: "invitation" });
    // The link is handed out once, to the administrator who invited; the outbox never shows it (issue 11).
    expect(m.text).not.toContain(link);
    expect(inbox.length).toBe(before);
    await app.close();
  });

  it("only administrators read the outbox", async () => {
    const icd = await t.login("icd@demo.focal");
    expectError(await t.app.inject({ method: "GET", url: "/api/mail", headers: icd }), 403, "FORBIDDEN");
  });
});
