import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import type { SecurityIncident, SecurityItem, SecurityOverview } from "../../../shared/schemas/security.js";

/**
 * Security checklists and incidents (issue 14, point 5) through HTTP on the demo: the demo's checklists; a checklist
 * from a template; an item's evidence (note, photo), marked done, signed off by the security officer alone, undone;
 * versions; the incident log newest first; the refusals (the ICD cannot sign off, a committee member without a
 * security seat reads only, health@, contact.japan@ and admin@ get 403) that change nothing; bad input in both
 * languages; the committee's readiness page carries the venues' readiness.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, security: H, committee: H, health: H, contact: H, admin: H;
const M = demoIds.meetingAccsm21;
const base = `/api/meetings/${M}/security`;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const req = (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const count = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from security_checklists)::int + (select count(*) from security_items)::int
          + (select count(*) from security_incidents)::int + (select count(*) from audit_log)::int
          + (select coalesce(sum(version), 0) from security_items)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );
const overview = async (h: H = security) => (await req("GET", h, base)).json() as SecurityOverview;
const centre = (o: SecurityOverview) => o.places.find((p) => p.nameVi === "Trung tâm hội nghị")!;
const openItem = (o: SecurityOverview) =>
  o.checklists
    .filter((c) => c.placeId === centre(o).id)
    .flatMap((c) => c.items)
    .find((i) => i.status === "open" && !i.evidenceNote && !i.hasPhoto)!;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  security = await t.login("security@demo.focal");
  committee = await t.login("committee@demo.focal");
  health = await t.login("health@demo.focal");
  contact = await t.login("contact.japan@demo.focal");
  admin = await t.login("admin@demo.focal");
});
afterAll(() => t.close());

describe("security checklists", () => {
  it("the demo: the convention centre's checklists with some items signed off, its readiness, one incident", async () => {
    const o = await overview();
    const c = centre(o);
    expect(c.kind).toBe("venue");
    expect(c.total).toBeGreaterThan(c.signedOff);
    expect(c.signedOff).toBeGreaterThan(0);
    expect(c.percent).toBe(Math.floor((c.signedOff * 100) / c.total));
    expect(o.templates.map((x) => x.key)).toEqual([
      "fire_safety",
      "access_control",
      "screening",
      "escort_routes",
      "food_safety",
    ]);
    expect(o.permissions).toEqual({ manage: true, signOff: true });
    const incidents = (await req("GET", security, `${base}/incidents`)).json() as SecurityIncident[];
    expect(incidents.length).toBeGreaterThanOrEqual(1);
    expect(incidents[0]!.sample).toBe(true);
  });

  it("the security officer adds evidence, signs off, undoes; the place's readiness follows", async () => {
    let o = await overview();
    const before = centre(o);
    let item = openItem(o);
    // No evidence yet: neither done nor signed off.
    const none = await req("POST", security, `${base}/items/${item.id}/status`, {
      status: "signed_off",
      version: item.version,
    });
    expectError(none, 409, "SIGN_OFF_NEEDS_EVIDENCE");
    let res = await req("PATCH", security, `${base}/items/${item.id}`, {
      evidenceNote: "  Đã kiểm tra lúc 9:00  ",
      responsible: "Nguyễn Văn An, 0912 000 000",
      dueAt: "2022-08-01T17:00",
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    expect(item).toMatchObject({ evidenceNote: "Đã kiểm tra lúc 9:00", dueAt: "2022-08-01T10:00:00.000Z" });
    // A stale version is refused.
    expectError(
      await req("PATCH", security, `${base}/items/${item.id}`, { evidenceNote: "x", version: item.version - 1 }),
      409,
      "VERSION_CONFLICT",
    );
    res = await req("POST", security, `${base}/items/${item.id}/status`, {
      status: "signed_off",
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    expect(item.status).toBe("signed_off");
    expect(item.signedOffBy?.name).toBeTruthy();
    expect(item.doneBy).not.toBeNull();
    o = await overview();
    expect(centre(o).signedOff).toBe(before.signedOff + 1);
    expect(centre(o).percent).toBeGreaterThanOrEqual(before.percent);
    // Locked while signed off.
    expectError(
      await req("PATCH", security, `${base}/items/${item.id}`, { evidenceNote: "y", version: item.version }),
      409,
      "SIGNED_OFF_LOCKED",
    );
    // Undo the sign-off: back to done.
    res = await req("POST", security, `${base}/items/${item.id}/status`, { status: "done", version: item.version });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    expect(item).toMatchObject({ status: "done", signedOffAt: null, signedOffBy: null });
    expect(centre(await overview()).signedOff).toBe(before.signedOff);
    const trail = (await t.ctx.db.execute(
      sql`select action from audit_log where entity_id = ${item.id} order by at`,
    )) as unknown as { rows: { action: string }[] };
    expect(trail.rows.map((r) => r.action)).toEqual([
      "security_item.update",
      "security_item.status",
      "security_item.status",
    ]);
  });

  it("the ICD keeps checklists but cannot sign off; a plain committee member reads only; others get 403", async () => {
    const o = await overview(icd);
    expect(o.permissions).toEqual({ manage: true, signOff: false });
    let item = openItem(o);
    let res = await req("PATCH", icd, `${base}/items/${item.id}`, {
      evidenceNote: "Ảnh chụp lối thoát",
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    res = await req("POST", icd, `${base}/items/${item.id}/status`, { status: "done", version: item.version });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    const n = await count();
    expectError(
      await req("POST", icd, `${base}/items/${item.id}/status`, { status: "signed_off", version: item.version }),
      403,
      "FORBIDDEN",
    );
    const c = (await overview(committee)) as SecurityOverview;
    expect(c.permissions).toEqual({ manage: false, signOff: false });
    expect(c.checklists.length).toBeGreaterThan(0);
    expect((await req("GET", committee, `${base}/incidents`)).statusCode).toBe(200);
    for (const h of [committee, health, contact, admin]) {
      expectError(
        await req("POST", h, `${base}/items/${item.id}/status`, { status: "signed_off", version: item.version }),
        403,
      );
      expectError(await req("PATCH", h, `${base}/items/${item.id}`, { evidenceNote: "x", version: item.version }), 403);
      expectError(
        await req("POST", h, `${base}/incidents`, { at: "2022-08-03T10:00", place: "Cổng 1", what: "Mất thẻ" }),
        403,
      );
      expectError(
        await req("POST", h, `${base}/checklists`, {
          placeKind: "venue",
          placeId: centre(o).id,
          templateKey: "screening",
        }),
        403,
      );
    }
    for (const h of [health, contact, admin]) {
      expectError(await req("GET", h, base), 403);
      expectError(await req("GET", h, `${base}/incidents`), 403);
      expectError(await req("GET", h, `${base}/items/${item.id}/photo`), 403);
    }
    expect(await count()).toBe(n);
  });

  it("makes a checklist from a template for a place of the meeting, by hand with a title, and refuses others", async () => {
    const o = await overview();
    const place = o.places.find((p) => p.kind === "venue" && p.nameVi !== "Trung tâm hội nghị")!;
    let res = await req("POST", security, `${base}/checklists`, {
      placeKind: "venue",
      placeId: place.id,
      templateKey: "escort_routes",
    });
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json();
    expect(made).toMatchObject({ titleEn: "Escort routes", placeId: place.id, templateKey: "escort_routes" });
    expect(made.items.length).toBe(4);
    res = await req("POST", security, `${base}/checklists`, {
      placeKind: "venue",
      placeId: place.id,
      titleVi: "Sự kiện bên lề: đêm văn hóa",
    });
    expect(res.statusCode, res.body).toBe(200);
    const hand = res.json();
    expect(hand.items).toEqual([]);
    res = await req("POST", security, `${base}/checklists/${hand.id}/items`, {
      textVi: "Kiểm tra sân khấu",
      dueAt: "2022-08-04T18:00",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ position: 1, status: "open", dueAt: "2022-08-04T11:00:00.000Z" });
    const after = (await overview()).places.find((p) => p.id === place.id)!;
    expect(after.total).toBe(5);

    const n = await count();
    // Bad input: each a message, nothing written.
    expectError(
      await req("POST", security, `${base}/checklists`, {
        placeKind: "hotel",
        placeId: place.id,
        templateKey: "screening",
      }),
      404,
      "PLACE_NOT_FOUND",
    );
    expectError(
      await req("POST", security, `${base}/checklists`, { placeKind: "venue", placeId: place.id, templateKey: "nope" }),
      404,
      "TEMPLATE_NOT_FOUND",
    );
    const noTitle = expectError(
      await req("POST", security, `${base}/checklists`, { placeKind: "venue", placeId: place.id, titleVi: "   " }),
      400,
      "VALIDATION_FAILED",
    );
    expect(noTitle.message).toMatch(/Tên tiếng Việt|Vietnamese title/);
    expectError(
      await req("POST", security, `${base}/checklists/${hand.id}/items`, { textVi: "x", dueAt: "31/02/2022" }),
      400,
      "VALIDATION_FAILED",
    );
    expect(await count()).toBe(n);

    res = await req("DELETE", security, `${base}/checklists/${hand.id}?version=${hand.version}`);
    expect(res.statusCode, res.body).toBe(200);
  });

  it("takes a JPEG or PNG as evidence, serves it to readers, refuses other files", async () => {
    const o = await overview();
    let item = openItem(o);
    const n = await count();
    const pdf = Buffer.from("%PDF-1.4 not a photo").toString("base64");
    const bad = expectError(
      await req("PUT", security, `${base}/items/${item.id}/photo`, { data: pdf, version: item.version }),
      400,
      "PHOTO_TYPE",
    );
    expect(bad.message).toMatch(/JPEG|PNG/);
    expect(await count()).toBe(n);
    let res = await req("PUT", security, `${base}/items/${item.id}/photo`, {
      data: `data:image/png;base64,${PNG.toString("base64")}`,
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    expect(item.hasPhoto).toBe(true);
    res = await req("GET", committee, `${base}/items/${item.id}/photo`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(Buffer.from(res.rawPayload).equals(PNG)).toBe(true);
    // The photo is evidence enough to mark done.
    res = await req("POST", security, `${base}/items/${item.id}/status`, { status: "done", version: item.version });
    expect(res.statusCode, res.body).toBe(200);
    item = res.json() as SecurityItem;
    // …and then cannot be removed while it is the only evidence.
    expectError(
      await req("DELETE", security, `${base}/items/${item.id}/photo?version=${item.version}`),
      409,
      "SIGN_OFF_NEEDS_EVIDENCE",
    );
    res = await req("POST", security, `${base}/items/${item.id}/status`, { status: "open", version: item.version });
    item = res.json() as SecurityItem;
    expect(item).toMatchObject({ status: "open", doneAt: null, doneBy: null });
    res = await req("DELETE", security, `${base}/items/${item.id}/photo?version=${item.version}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().hasPhoto).toBe(false);
    expectError(await req("GET", security, `${base}/items/${item.id}/photo`), 404, "PHOTO_NOT_FOUND");
  });
});

describe("incidents", () => {
  it("logs, lists newest first, edits with the version; refuses a future time and empty text", async () => {
    let res = await req("POST", security, `${base}/incidents`, {
      at: "2022-08-04T21:15",
      place: "Khách sạn, sảnh",
      what: "Một khách lạ hỏi số phòng của Trưởng đoàn",
      action: "Lễ tân từ chối; báo công an phường",
    });
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json() as SecurityIncident;
    expect(made).toMatchObject({ at: "2022-08-04T14:15:00.000Z", reporter: expect.any(String), canEdit: true });
    expect(made.reporter.length).toBeGreaterThan(0);
    const list = (await req("GET", committee, `${base}/incidents`)).json() as SecurityIncident[];
    expect(list[0]!.id).toBe(made.id);
    expect(list.map((i) => i.at)).toEqual([...list.map((i) => i.at)].sort().reverse());
    expect(list[0]!.canEdit).toBe(false);
    res = await req("PATCH", security, `${base}/incidents/${made.id}`, {
      action: "Lễ tân từ chối; đã báo công an phường",
      version: made.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(made.version + 1);
    expectError(
      await req("PATCH", security, `${base}/incidents/${made.id}`, { action: "z", version: made.version }),
      409,
      "VERSION_CONFLICT",
    );

    const n = await count();
    const future = expectError(
      await req("POST", security, `${base}/incidents`, { at: "2099-01-01T10:00", place: "Cổng", what: "x" }),
      400,
      "INCIDENT_IN_FUTURE",
    );
    expect(future.message).toMatch(/2099-01-01 10:00/);
    expectError(
      await req("POST", security, `${base}/incidents`, { at: "2022-08-04T10:00", place: "  ", what: "x" }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await req("POST", security, `${base}/incidents`, { at: "hôm qua", place: "Cổng", what: "x" }),
      400,
      "VALIDATION_FAILED",
    );
    expect(await count()).toBe(n);
  });
});

describe("the committee's readiness page", () => {
  it("carries each venue's and hotel's security readiness", async () => {
    const res = await req("GET", committee, `/api/meetings/${M}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as { venues: SecurityOverview["places"] };
    const o = await overview();
    expect(r.venues).toEqual(o.places);
    expect(r.venues.find((v) => v.nameVi === "Trung tâm hội nghị")!.total).toBeGreaterThan(0);
  });
});
