import type net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import type { Committee } from "../../../shared/schemas/committee.js";

/**
 * Inviting a committee member to Focal with SMTP configured (issue 13, point 1): the people module's invitation
 * e-mail leaves on a real SMTP listener, in the language chosen, with a working link that signs the member in to
 * the meeting's committee — and to nothing else.
 */

const PUBLIC_URL = "https://focal.example.gov.vn";
let smtp: SMTPServer;
const inbox: { to: string[]; raw: string }[] = [];
let t: TestApp;

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
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as net.AddressInfo).port;
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL } });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("inviting a committee member with SMTP", () => {
  it("delivers the English invitation; its link opens this meeting's committee and not another meeting's", async () => {
    const icd = await t.login("icd@demo.focal");
    const base = `/api/meetings/${demoIds.meetingAccsm21}/committee`;
    const added = await t.app.inject({
      method: "POST",
      url: `${base}/members`,
      headers: icd,
      payload: {
        fullName: "Somchai Rattanakul",
        agencyVi: "Ban Thư ký ASEAN",
        agencyEn: "ASEAN Secretariat",
        email: "somchai@asean.example.org",
      },
    });
    expect(added.statusCode, added.body).toBe(200);
    const member = (added.json() as Committee).members.find((m) => m.fullName === "Somchai Rattanakul")!;
    const res = await t.app.inject({
      method: "POST",
      url: `${base}/members/${member.id}/invite`,
      headers: icd,
      payload: { language: "en" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { invited: boolean }).invited).toBe(true);

    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toEqual(["somchai@asean.example.org"]);
    expect(inbox[0]!.raw).toMatch(/^Subject: Your Focal account\r?$/m);
    const text = bodyOf(inbox[0]!.raw);
    expect(text).toContain("Dear Somchai Rattanakul");
    const link = /https:\/\/focal\.example\.gov\.vn\/invitation\/([A-Za-z0-9_-]{40,})/.exec(text);
    expect(link).not.toBeNull();

    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitations/accept",
      payload: { token: link![1], password: "mat-khau-asean-2022" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const h = await t.login("somchai@asean.example.org", "mat-khau-asean-2022");
    const mine = await t.app.inject({ method: "GET", url: base, headers: h });
    expect(mine.statusCode, mine.body).toBe(200);
    const c = mine.json() as Committee;
    expect(c.permissions).toEqual({ read: true, manage: false });
    expect(c.members.find((m) => m.id === member.id)).toMatchObject({ account: "active", hasAccount: true });
    const elsewhere = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${crypto.randomUUID()}/committee`,
      headers: h,
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});
