import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { testPng } from "../../test/images.js";
import { auditLog } from "../audit/schema.js";
import { mailOutbox } from "../mail/schema.js";
import { registrationLinks } from "./schema.js";
import {
  LAO,
  M,
  THA,
  api,
  buildDelegate,
  delegateCount,
  invite,
  passport,
  sessionHeaders,
  tokenOf,
  type Headers,
} from "./testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
let tha: Headers;
const base = (d: string) => `/api/meetings/${M}/delegations/${d}`;

interface DelegateView {
  id: string;
  fullName: string;
  position: string | null;
  hotel: string | null;
  passportNumber: string | null;
  accreditationStatus: string;
  accreditationReason: string | null;
  version: number;
}

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
  tha = await t.login("contact.thailand@demo.focal");
});
afterAll(async () => t?.close());

async function laoDelegate(): Promise<DelegateView> {
  const list = (await a.get(`${base(LAO)}/delegates`, icd)).json() as DelegateView[];
  return list[0]!;
}

describe("registration links", () => {
  it("the host invites Thailand's contact: a personal link by e-mail, kept in the outbox without SMTP", async () => {
    const res = await invite(t, icd, THA);
    expect(res.url).toMatch(/\/register\/link#[A-Za-z0-9_-]{40,}$/);
    expect(res.link.status).toBe("active");
    const [mail] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, res.link.id));
    expect(mail).toMatchObject({ to: "contact.thailand@demo.focal", status: "outbox", topic: "registration_link" });
    // The token travels in the e-mail and the creator's answer only, never in the stored outbox text (issue 11).
    expect(mail!.text).not.toContain(tokenOf(res.url));
    expect(mail!.subject).toContain("ACCSM21");
    // Only the token's hash is stored.
    const [row] = await t.ctx.db.select().from(registrationLinks).where(eq(registrationLinks.id, res.link.id));
    expect(row!.tokenHash).not.toContain(tokenOf(res.url));
    expect(JSON.stringify(row)).not.toContain(tokenOf(res.url));
    // The host reads the status and the e-mail (without the link) on the delegation.
    const list = (await a.get(`${base(THA)}/invitations`, icd)).json() as {
      id: string;
      status: string;
      mail: { text: string };
    }[];
    expect(list[0]).toMatchObject({ id: res.link.id, status: "active" });
    expect(list[0]!.mail.text).not.toContain(tokenOf(res.url));
  });

  it("the registration manager may invite; a committee member, a unit officer and contacts may not", async () => {
    const reg = await t.login("registration@demo.focal");
    await invite(t, reg, LAO);
    for (const email of ["committee@demo.focal", "unit.archives@demo.focal", "contact.thailand@demo.focal"]) {
      const h = await t.login(email);
      expectError(await a.post(`${base(THA)}/invitations`, h, {}), 403, "FORBIDDEN");
      expectError(await a.get(`${base(THA)}/invitations`, h), 403, "FORBIDDEN");
    }
  });

  it("a ministry account never gets a password-less link", async () => {
    const res = await a.post(`${base(THA)}/invitations`, icd, { email: "icd@demo.focal" });
    expectError(res, 409, "EMAIL_IS_MINISTRY_ACCOUNT");
  });

  it("opening the link signs a new contact in without a password, confined to their delegation", async () => {
    const { url } = await invite(t, icd, THA, { email: "New.Focal@example.org", name: "Niran Focal (sample)" });
    const res = await a.post("/api/registration/links/open", {}, { token: tokenOf(url) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ meetingId: M, delegationId: THA, language: "en" });
    const h = sessionHeaders(res);
    const me = (await a.get("/api/me", h)).json() as { email: string; grants: { role: string; scopeId: string }[] };
    expect(me.email).toBe("new.focal@example.org");
    expect(me.grants).toEqual([expect.objectContaining({ role: "delegation_contact", scopeId: THA })]);
    expect((await a.get(`${base(THA)}/registration`, h)).statusCode).toBe(200);
    expectError(await a.get(`${base(LAO)}/registration`, h), 403, "FORBIDDEN");
    // The same link opens again (the contact comes back), into the same account.
    const again = await a.post("/api/registration/links/open", {}, { token: tokenOf(url) });
    expect(again.statusCode).toBe(200);
    const mine = (await a.get("/api/registration/delegations", sessionHeaders(again))).json() as {
      delegationId: string;
    }[];
    expect(mine.map((d) => d.delegationId)).toEqual([THA]);
  });

  it("a revoked link is refused, in English and in Vietnamese, and the access it gave is taken back", async () => {
    const { url, link } = await invite(t, icd, THA, { email: "revoked.contact@example.org" });
    const opened = await a.post("/api/registration/links/open", {}, { token: tokenOf(url) });
    const h = sessionHeaders(opened);
    expect((await a.get(`${base(THA)}/delegates`, h)).statusCode).toBe(200);
    const rev = await a.post(`${base(THA)}/invitations/${link.id}/revoke`, icd, { version: link.version });
    expect(rev.statusCode, rev.body).toBe(200);
    expect(rev.json()).toMatchObject({ status: "revoked" });
    const en = await t.app.inject({
      method: "POST",
      url: "/api/registration/links/open",
      headers: { "accept-language": "en" },
      payload: { token: tokenOf(url) },
    });
    expect(expectError(en, 410, "LINK_REVOKED").message).toBe(
      "The host has withdrawn this registration link. Please ask the host to send you a new link.",
    );
    const vi = await t.app.inject({
      method: "POST",
      url: "/api/registration/links/open",
      headers: { "accept-language": "vi" },
      payload: { token: tokenOf(url) },
    });
    expect(expectError(vi, 410, "LINK_REVOKED").message).toContain("đã bị nước chủ nhà thu hồi");
    // The session the link opened no longer reaches the delegation.
    expectError(await a.get(`${base(THA)}/delegates`, h), 403, "FORBIDDEN");
    // Revoking twice is refused.
    expectError(
      await a.post(`${base(THA)}/invitations/${link.id}/revoke`, icd, { version: link.version + 1 }),
      409,
      "LINK_NOT_ACTIVE",
    );
  });

  it("an expired link is refused with the date, in both languages", async () => {
    const { url, link } = await invite(t, icd, THA, { email: "late.contact@example.org", days: 3 });
    await t.ctx.db
      .update(registrationLinks)
      .set({ expiresAt: new Date("2022-07-20T10:00:00Z") })
      .where(eq(registrationLinks.id, link.id));
    const en = await t.app.inject({
      method: "POST",
      url: "/api/registration/links/open",
      headers: { "accept-language": "en" },
      payload: { token: tokenOf(url) },
    });
    expect(expectError(en, 410, "LINK_EXPIRED").message).toBe(
      "This registration link expired on 20 Jul 2022. Please ask the host to send you a new link.",
    );
    const vi = await t.app.inject({
      method: "POST",
      url: "/api/registration/links/open",
      headers: { "accept-language": "vi" },
      payload: { token: tokenOf(url) },
    });
    expect(expectError(vi, 410, "LINK_EXPIRED").message).toContain("hết hạn ngày 20/07/2022");
    const list = (await a.get(`${base(THA)}/invitations`, icd)).json() as { id: string; status: string }[];
    expect(list.find((l) => l.id === link.id)!.status).toBe("expired");
    // No account was created by the refused link.
    const users = (await a.get("/api/users?q=late.contact", await t.login("admin@demo.focal"))).json() as unknown[];
    expect(users).toEqual([]);
  });

  it("an unknown token is refused and opens nothing", async () => {
    const res = await a.post("/api/registration/links/open", {}, { token: "x".repeat(43) });
    expectError(res, 400, "LINK_UNKNOWN");
    expect(res.cookies.length).toBe(0);
  });

  it("a second invitation to the same address withdraws the first", async () => {
    const first = await invite(t, icd, THA, { email: "twice@example.org" });
    const second = await invite(t, icd, THA, { email: "twice@example.org" });
    expectError(await a.post("/api/registration/links/open", {}, { token: tokenOf(first.url) }), 410, "LINK_REVOKED");
    expect((await a.post("/api/registration/links/open", {}, { token: tokenOf(second.url) })).statusCode).toBe(200);
  });

  it("the host's overview lists every delegation with its latest link", async () => {
    const rows = (await a.get(`/api/meetings/${M}/registration`, icd)).json() as {
      delegationId: string;
      link: { status: string } | null;
    }[];
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.delegationId === THA)!.link!.status).toBe("active");
    expectError(await a.get(`/api/meetings/${M}/registration`, tha), 403, "FORBIDDEN");
  });
});

describe("a contact sees and changes only their own delegation", () => {
  it("cannot read another delegation, or one whose id was guessed, or one of another meeting", async () => {
    const guessed = "0a0c5321-0000-4000-8000-0000000d0099";
    for (const d of [LAO, guessed]) {
      for (const path of [
        "/registration",
        "/versions",
        "/proposals",
        "/imports",
        "/registration/template.xlsx",
        "/delegates",
        "/registration/unsubmitted",
      ]) {
        expectError(await a.get(`${base(d)}${path}`, tha), 403, "FORBIDDEN");
      }
    }
    const other = await a.post("/api/meetings", icd, {
      code: "TEST-REG",
      titleVi: "Hội nghị thử",
      titleEn: "Test meeting",
      startDate: "2023-03-01",
      endDate: "2023-03-02",
      cityVi: "Huế",
      cityEn: "Hue",
      timeZone: "Asia/Ho_Chi_Minh",
    });
    expect(other.statusCode, other.body).toBe(201);
    const id = (other.json() as { id: string }).id;
    const d = await a.post(`/api/meetings/${id}/delegations`, icd, { country: "THA", category: "asean_member" });
    const did = (d.json() as { id: string }).id;
    expectError(await a.get(`/api/meetings/${id}/delegations/${did}/registration`, tha), 403, "FORBIDDEN");
    // Its own delegation id under another meeting's path is refused too.
    expectError(await a.get(`/api/meetings/${id}/delegations/${THA}/registration`, tha), 403, "FORBIDDEN");
  });

  it("cannot change another delegation: add, edit, remove, photo, submit, propose, upload — nothing changes", async () => {
    const before = await laoDelegate();
    const n = await delegateCount(t, LAO);
    expectError(await a.post(`${base(LAO)}/registration/delegates`, tha, buildDelegate()), 403, "FORBIDDEN");
    expectError(await a.post(`${base(LAO)}/versions`, tha, {}), 403, "FORBIDDEN");
    expectError(
      await a.post(`${base(LAO)}/proposals`, tha, { kind: "add", changes: buildDelegate() }),
      403,
      "FORBIDDEN",
    );
    expectError(await a.post(`${base(LAO)}/imports`, tha, { fileName: "x.csv", data: "eA==" }), 403, "FORBIDDEN");
    // A Laotian delegate's id under Thailand's path: not found there, and untouched.
    const p = `${base(THA)}/registration/delegates/${before.id}`;
    expectError(await a.patch(p, tha, { version: before.version, position: "Hijacked" }), 404, "DELEGATE_NOT_FOUND");
    expectError(await a.del(`${p}?version=${before.version}`, tha), 404, "DELEGATE_NOT_FOUND");
    expectError(await a.put(`${p}/photo`, tha, { data: "/9j/4AAQSkZJRgABAQ==" }), 404, "DELEGATE_NOT_FOUND");
    expectError(
      await a.post(`${base(THA)}/proposals`, tha, {
        kind: "remove",
        delegateId: before.id,
        delegateVersion: before.version,
      }),
      404,
      "DELEGATE_NOT_FOUND",
    );
    expect(await laoDelegate()).toEqual(before);
    expect(await delegateCount(t, LAO)).toBe(n);
  });

  it("cannot accredit, even in their own delegation", async () => {
    const list = (await a.get(`${base(THA)}/delegates`, tha)).json() as DelegateView[];
    const d = list[0]!;
    expectError(
      await a.post(`${base(THA)}/delegates/${d.id}/accreditation`, tha, { status: "accredited", version: d.version }),
      403,
      "FORBIDDEN",
    );
  });

  it("a unit officer reaches no registration at all", async () => {
    const h = await t.login("unit.archives@demo.focal");
    expectError(await a.get(`${base(THA)}/registration`, h), 403, "FORBIDDEN");
    expectError(await a.get(`${base(THA)}/versions`, h), 403, "FORBIDDEN");
    expect((await a.get("/api/registration/delegations", h)).json()).toEqual([]);
  });
});

describe("the contact keeps the list; every submission is a version; the host sees the diff", () => {
  let added: DelegateView;
  let kept: DelegateView;
  let gone: DelegateView;

  it("adds a delegate with every field; bad input is refused in the contact's language and stores nothing", async () => {
    const n = await delegateCount(t, THA);
    const res = await a.post(
      `${base(THA)}/registration/delegates`,
      tha,
      buildDelegate({ fullName: "Kanya Srisuk (sample)" }),
    );
    expect(res.statusCode, res.body).toBe(201);
    added = res.json();
    expect(added).toMatchObject({
      fullName: "Kanya Srisuk (sample)",
      accreditationStatus: "pending",
      hotel: "Sample hotel (sample)",
    });
    const bad = await a.post(
      `${base(THA)}/registration/delegates`,
      tha,
      buildDelegate({ passportExpiry: "2022-08-01" }),
    );
    expect(expectError(bad, 400, "PASSPORT_EXPIRES").message).toBe("The passport expires before the meeting ends.");
    expect(await delegateCount(t, THA)).toBe(n + 1);
  });

  it("submits version 1; submitting again unchanged is refused", async () => {
    const res = await a.post(`${base(THA)}/versions`, tha, { note: "First list" });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json() as {
      number: number;
      delegateCount: number;
      delegates: { id: string }[];
      submittedByName: string;
    };
    expect(v.number).toBe(1);
    expect(v.delegateCount).toBe(await delegateCount(t, THA));
    expect(v.delegates.map((d) => d.id)).toContain(added.id);
    expectError(await a.post(`${base(THA)}/versions`, tha, {}), 409, "NOTHING_TO_SUBMIT");
  });

  it("edits, removes and adds, then submits version 2", async () => {
    const list = (await a.get(`${base(THA)}/delegates`, tha)).json() as DelegateView[];
    kept = list.find((d) => d.id !== added.id)!;
    gone = list.find((d) => d.id !== added.id && d.id !== kept.id)!;
    const e = await a.patch(`${base(THA)}/registration/delegates/${added.id}`, tha, {
      version: added.version,
      position: "Deputy Director (sample)",
      hotel: "",
    });
    expect(e.statusCode, e.body).toBe(200);
    expect(
      (await a.del(`${base(THA)}/registration/delegates/${gone.id}?version=${gone.version}`, tha)).statusCode,
    ).toBe(200);
    const n = await a.post(
      `${base(THA)}/registration/delegates`,
      tha,
      buildDelegate({ fullName: "Preecha Wong (sample)" }),
    );
    expect(n.statusCode).toBe(201);
    const un = (await a.get(`${base(THA)}/registration/unsubmitted`, tha)).json() as {
      added: unknown[];
      removed: unknown[];
      changed: unknown[];
    };
    expect([un.added.length, un.removed.length, un.changed.length]).toEqual([1, 1, 1]);
    const v2 = await a.post(`${base(THA)}/versions`, tha, {});
    expect(v2.statusCode).toBe(201);
    expect((v2.json() as { number: number }).number).toBe(2);
  });

  it("the diff between 1 and 2: added, removed, and the changed fields with before and after", async () => {
    const res = await a.get(`${base(THA)}/versions/1/diff/2`, icd);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as {
      from: { number: number };
      to: { number: number };
      added: { id: string; fullName: string }[];
      removed: { id: string; fullName: string }[];
      changed: { id: string; changes: { field: string; before: unknown; after: unknown }[] }[];
      unchanged: number;
    };
    expect(d.from.number).toBe(1);
    expect(d.to.number).toBe(2);
    expect(d.added.map((x) => x.fullName)).toEqual(["Preecha Wong (sample)"]);
    expect(d.removed.map((x) => x.id)).toEqual([gone.id]);
    expect(d.changed).toEqual([
      {
        id: added.id,
        fullName: "Kanya Srisuk (sample)",
        changes: [
          { field: "position", before: "Director (sample)", after: "Deputy Director (sample)" },
          { field: "hotel", before: "Sample hotel (sample)", after: null },
        ],
      },
    ]);
    expect(d.unchanged).toBe((await delegateCount(t, THA)) - 2);
    // The other way round, everything is mirrored.
    const back = (await a.get(`${base(THA)}/versions/2/diff/1`, icd)).json() as typeof d;
    expect(back.removed.map((x) => x.fullName)).toEqual(["Preecha Wong (sample)"]);
    expect(back.added.map((x) => x.id)).toEqual([gone.id]);
    expect(back.changed[0]!.changes[0]).toEqual({
      field: "position",
      before: "Deputy Director (sample)",
      after: "Director (sample)",
    });
  });

  it("lists versions oldest first and shows one as it was", async () => {
    const list = (await a.get(`${base(THA)}/versions`, tha)).json() as { number: number; note: string | null }[];
    expect(list.map((v) => v.number)).toEqual([1, 2]);
    expect(list[0]!.note).toBe("First list");
    const v1 = (await a.get(`${base(THA)}/versions/1`, icd)).json() as {
      delegates: { id: string; position: string }[];
    };
    expect(v1.delegates.find((x) => x.id === added.id)!.position).toBe("Director (sample)");
    expectError(await a.get(`${base(THA)}/versions/9`, icd), 404, "VERSION_NOT_FOUND");
    expectError(await a.get(`${base(THA)}/versions/1/diff/9`, icd), 404, "VERSION_NOT_FOUND");
  });

  it("a committee member reads the diff without passport data; security officers cannot read versions", async () => {
    await a.patch(`${base(THA)}/registration/delegates/${added.id}`, tha, {
      version: (await a.get(`${base(THA)}/delegates/${added.id}`, tha)).json<DelegateView>().version,
      passportNumber: passport("P"),
    });
    await a.post(`${base(THA)}/versions`, tha, {});
    const committee = await t.login("committee@demo.focal");
    const d = (await a.get(`${base(THA)}/versions/2/diff/3`, committee)).json() as { changed: unknown[] };
    expect(d.changed).toEqual([]);
    const v = (await a.get(`${base(THA)}/versions/3`, committee)).json() as {
      delegates: { passportNumber: string | null }[];
    };
    expect(v.delegates.every((x) => x.passportNumber === null)).toBe(true);
    const full = (await a.get(`${base(THA)}/versions/2/diff/3`, icd)).json() as {
      changed: { changes: { field: string }[] }[];
    };
    expect(full.changed[0]!.changes.map((c) => c.field)).toEqual(["passportNumber"]);
    const security = await t.login("security@demo.focal");
    expectError(await a.get(`${base(THA)}/versions`, security), 403, "FORBIDDEN");
    expectError(await a.get(`${base(THA)}/versions/1/diff/2`, security), 403, "FORBIDDEN");
  });

  it("submission is audited", async () => {
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registration.submit"), eq(auditLog.entityId, THA)));
    expect(rows.length).toBe(3);
  });
});

describe("accreditation", () => {
  async function thaDelegate(name: string) {
    const res = await a.post(`${base(THA)}/registration/delegates`, tha, buildDelegate({ fullName: name }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as DelegateView;
  }
  const acc = (d: DelegateView, h: Headers, body: Record<string, unknown>) =>
    a.post(`${base(THA)}/delegates/${d.id}/accreditation`, h, { version: d.version, ...body });

  it("the host accredits; a rejection needs a reason; a stale version is a conflict", async () => {
    const d = await thaDelegate("Arthit Chai (sample)");
    expectError(await acc(d, icd, { status: "rejected" }), 400, "VALIDATION_FAILED");
    const ok = await acc(d, icd, { status: "accredited" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ accreditationStatus: "accredited" });
    expectError(await acc(d, icd, { status: "rejected", reason: "Late" }), 409, "VERSION_CONFLICT");
    const reg = await t.login("registration@demo.focal");
    const cur = ok.json() as DelegateView;
    const rej = await acc(cur, reg, { status: "rejected", reason: "Not on the official list" });
    expect(rej.json()).toMatchObject({
      accreditationStatus: "rejected",
      accreditationReason: "Not on the official list",
    });
  });

  it("a change to an accredited delegate's identity sends them back to pending; other changes do not", async () => {
    const d = await thaDelegate("Malee Suk (sample)");
    let cur = (await acc(d, icd, { status: "accredited" })).json() as DelegateView;
    const hotel = await a.patch(`${base(THA)}/registration/delegates/${d.id}`, tha, {
      version: cur.version,
      hotel: "Other hotel (sample)",
    });
    cur = hotel.json();
    expect(cur.accreditationStatus).toBe("accredited");
    const id = await a.patch(`${base(THA)}/registration/delegates/${d.id}`, tha, {
      version: cur.version,
      fullName: "Malee Suksawat (sample)",
    });
    expect(id.statusCode, id.body).toBe(200);
    expect(id.json()).toMatchObject({ accreditationStatus: "pending", accreditationReason: null });
    // A new photo is an identity change too.
    cur = (await acc(id.json() as DelegateView, icd, { status: "accredited" })).json();
    const png = await testPng(60, 80);
    const photo = await a.put(`${base(THA)}/registration/delegates/${d.id}/photo`, tha, {
      data: png.toString("base64"),
    });
    expect(photo.statusCode, photo.body).toBe(200);
    expect(photo.json()).toMatchObject({ accreditationStatus: "pending" });
    expect((photo.json() as { photoUrl: string }).photoUrl).toContain("/photo?v=");
  });

  it("a photo that cannot be read or is larger than 2 MB is refused", async () => {
    const d = await thaDelegate("Photo Test (sample)");
    expectError(
      await a.put(`${base(THA)}/registration/delegates/${d.id}/photo`, tha, {
        data: Buffer.from("GIF89a....").toString("base64"),
      }),
      400,
      "PHOTO_UNREADABLE",
    );
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2 * 1024 * 1024)]);
    const res = await a.put(`${base(THA)}/registration/delegates/${d.id}/photo`, tha, { data: big.toString("base64") });
    expect([400, 413]).toContain(res.statusCode);
  });
});
