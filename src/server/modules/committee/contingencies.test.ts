import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { committeeContingencies, committeeCues } from "./schema.js";
import { makeCommittee, type Fixture } from "./testing.js";

/**
 * Contingency plans (issue 13, point 5) through HTTP on a meeting of the test's own: add, read, search without
 * diacritics, change with the version, link and unlink cues, delete; validation in Vietnamese and English; the
 * refusals that change nothing.
 */

type H = Record<string, string>;
let t: TestApp;
let icd: H, head: H, plain: H, other: H, contact: H, registration: H;
let f: Fixture, g: Fixture;
let cue: string, foreignCue: string;

interface Plan {
  id: string;
  version: number;
  kind: string;
  sessionId: string | null;
  situationVi: string;
  steps: string[];
  responsible: { id: string; fullName: string } | null;
  inform: { id: string; fullName: string }[];
  cues: { id: string }[];
  permissions: { edit: boolean };
}

const url = () => `/api/meetings/${f.meetingId}/contingencies`;
const req = (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", h: H, u: string, payload?: object) =>
  t.app.inject({ method, url: u, headers: h, ...(payload ? { payload } : {}) });
const count = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from committee_contingencies)::int + (select count(*) from committee_cue_contingencies)::int + (select count(*) from audit_log)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );

async function makeCue(fx: Fixture): Promise<string> {
  const id = crypto.randomUUID();
  await t.ctx.db.insert(committeeCues).values({
    id,
    meetingId: fx.meetingId,
    sessionId: fx.sessionId,
    position: 1,
    at: new Date(`2022-08-05T08:30:00+07:00`),
    minutes: 5,
    whatVi: "Bộ trưởng phát biểu khai mạc",
    whatEn: "The Minister opens the meeting",
  });
  return id;
}

/** The head's language for messages (a signed-in person's language is their profile's). */
const speak = async (language: "vi" | "en") =>
  expect((await req("PATCH", head, "/api/me", { language })).statusCode).toBe(200);

const body = () => ({
  kind: "flight_delay",
  situationVi: "Chuyến bay của đoàn Lào bị hoãn",
  situationEn: "The Lao delegation's flight is delayed",
  trigger: "Hãng bay báo hoãn quá 2 giờ",
  steps: ["Báo Trưởng tiểu ban Lễ tân", "Điều chỉnh xe đón tại Nội Bài"],
  responsibleId: f.members["health@demo.focal"],
  informIds: [f.members["security@demo.focal"]],
  informOther: "Đại sứ quán Lào",
  resources: "Một xe 16 chỗ dự phòng",
});

beforeAll(async () => {
  t = await createTestApp();
  f = await makeCommittee(t, {
    startDate: "2022-08-05",
    people: [
      ["health@demo.focal", "head", "security_health"],
      ["security@demo.focal", "member", "security_health"],
    ],
  });
  g = await makeCommittee(t, { startDate: "2022-09-01", people: [["Nguyễn Văn Khác", "head", "content"]] });
  cue = await makeCue(f);
  foreignCue = await makeCue(g);
  [icd, head, plain, other, contact, registration] = (await Promise.all(
    [
      "icd@demo.focal",
      "health@demo.focal",
      "security@demo.focal",
      "committee@demo.focal",
      "focal.japan@demo.focal",
      "registration@demo.focal",
    ].map((e) => t.login(e)),
  )) as [H, H, H, H, H, H];
}, 120_000);
afterAll(async () => t?.close());

describe("contingency plans", () => {
  it("the demo: ACCSM 21's six plans, each with its responsible member, read by its committee members", async () => {
    const list = (
      await req("GET", other, "/api/meetings/0a0c5321-0000-4000-8000-000000000021/contingencies")
    ).json() as Plan[];
    expect(list.map((p) => p.kind).sort()).toEqual(
      ["flight_delay", "illness", "leader_delayed", "power_failure", "security_alert", "weather"].sort(),
    );
    expect(list.every((p) => p.responsible !== null && p.steps.length >= 3)).toBe(true);
    expect(list.find((p) => p.kind === "leader_delayed")).toMatchObject({ responsible: { fullName: "Chu Tuấn Tú" } });
    const options = (
      await req("GET", other, "/api/meetings/0a0c5321-0000-4000-8000-000000000021/contingency-options")
    ).json() as {
      members: { fullName: string }[];
      permissions: { edit: boolean };
    };
    expect(options.members.map((m) => m.fullName)).toContain("Phan Thị Lan");
    // Vũ Đăng Minh heads the Protocol sub-committee: he keeps plans.
    expect(options.permissions.edit).toBe(true);
  });

  it("a head adds a plan; the committee reads it; search ignores diacritics; filters by kind and scope", async () => {
    const res = await req("POST", head, url(), { ...body(), sessionId: f.sessionId });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as Plan;
    expect(p).toMatchObject({
      kind: "flight_delay",
      sessionId: f.sessionId,
      steps: ["Báo Trưởng tiểu ban Lễ tân", "Điều chỉnh xe đón tại Nội Bài"],
      responsible: { fullName: "Phan Thị Lan" },
      inform: [{ fullName: "Trịnh Văn Hùng" }],
      version: 1,
      permissions: { edit: true },
    });
    const meetingWide = await req("POST", icd, url(), {
      ...body(),
      kind: "power_failure",
      situationVi: "Mất điện tại trung tâm hội nghị",
      steps: ["Bật máy phát dự phòng"],
    });
    expect(meetingWide.statusCode, meetingWide.body).toBe(200);

    const read = (await req("GET", plain, url())).json() as Plan[];
    expect(read.map((x) => x.situationVi)).toEqual([
      "Mất điện tại trung tâm hội nghị",
      "Chuyến bay của đoàn Lào bị hoãn",
    ]);
    expect(read.every((x) => x.permissions.edit === false)).toBe(true);
    const found = (await req("GET", plain, `${url()}?q=${encodeURIComponent("chuyen bay LAO")}`)).json() as Plan[];
    expect(found.map((x) => x.id)).toEqual([p.id]);
    expect(((await req("GET", plain, `${url()}?q=noi%20bai`)).json() as Plan[]).map((x) => x.id)).toEqual([p.id]);
    expect(((await req("GET", plain, `${url()}?kind=power_failure`)).json() as Plan[]).map((x) => x.kind)).toEqual([
      "power_failure",
    ]);
    expect(((await req("GET", plain, `${url()}?sessionId=meeting`)).json() as Plan[]).length).toBe(1);
    expect(((await req("GET", plain, `${url()}?sessionId=${f.sessionId}`)).json() as Plan[])[0]!.id).toBe(p.id);
  });

  it("changes with the version read (a stale one is 409), links and unlinks a cue, deletes", async () => {
    const p = (
      await req("POST", head, url(), { ...body(), kind: "illness", situationVi: "Đại biểu bị ốm" })
    ).json() as Plan;
    const changed = await req("PATCH", head, `${url()}/${p.id}`, {
      version: p.version,
      steps: ["Gọi bác sĩ trực", "Đưa đến Bệnh viện Hữu nghị", "Báo trưởng đoàn"],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as Plan).steps).toHaveLength(3);
    expect((changed.json() as Plan).version).toBe(2);
    expectError(await req("PATCH", head, `${url()}/${p.id}`, { version: 1, trigger: "x" }), 409, "VERSION_CONFLICT");

    const linked = await req("PUT", head, `${url()}/${p.id}/cues/${cue}`);
    expect(linked.statusCode, linked.body).toBe(200);
    expect((linked.json() as Plan).cues.map((c) => c.id)).toEqual([cue]);
    await speak("en");
    const before = await count();
    const refused = expectError(
      await t.app.inject({
        method: "PUT",
        url: `${url()}/${p.id}/cues/${foreignCue}`,
        headers: { ...head, "accept-language": "en" },
      }),
      400,
      "CUE_NOT_IN_MEETING",
    );
    expect(refused.message).toBe("The cue does not belong to this meeting.");
    expect(await count()).toBe(before);
    await speak("vi");
    const unlinked = await req("DELETE", head, `${url()}/${p.id}/cues/${cue}`);
    expect((unlinked.json() as Plan).cues).toEqual([]);

    expectError(await req("DELETE", head, `${url()}/${p.id}?version=1`), 409, "VERSION_CONFLICT");
    expect((await req("DELETE", head, `${url()}/${p.id}?version=2`)).statusCode).toBe(200);
    expectError(await req("GET", plain, `${url()}/${p.id}`), 404, "CONTINGENCY_NOT_FOUND");
    const trail = (await t.ctx.db.execute(
      sql`select action from audit_log where entity_id = ${p.id} order by at`,
    )) as unknown as { rows: { action: string }[] };
    expect(trail.rows.map((r) => r.action)).toEqual([
      "committee_contingency.create",
      "committee_contingency.update",
      "committee_contingency.link_cue",
      "committee_contingency.unlink_cue",
      "committee_contingency.delete",
    ]);
  });

  it("validation in Vietnamese and English: missing steps, a responsible person from elsewhere", async () => {
    const vi = expectError(
      await t.app.inject({
        method: "POST",
        url: url(),
        headers: { ...head, "accept-language": "vi" },
        payload: { ...body(), steps: [] },
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect(vi.message).toContain("Các bước xử lý");
    await speak("en");
    const before2 = await count();
    const en = expectError(
      await t.app.inject({
        method: "POST",
        url: url(),
        headers: { ...head, "accept-language": "en" },
        payload: { ...body(), responsibleId: g.members["Nguyễn Văn Khác"], sessionId: g.sessionId },
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect(en.message).toContain("Responsible person: is not a member of the organising committee");
    expect(en.message).toContain("Session: does not belong to this meeting");
    const blank = expectError(
      await t.app.inject({
        method: "POST",
        url: url(),
        headers: { ...head, "accept-language": "en" },
        payload: { ...body(), situationVi: "   " },
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect(blank.message).toContain("Situation (Vietnamese)");
    expect(await count()).toBe(before2);
    await speak("vi");
  });

  it("refused with 403, nothing changed: a plain member writing, another meeting's member, a delegation contact, a registration manager", async () => {
    const p = (
      await req("POST", icd, url(), { ...body(), kind: "security_alert", situationVi: "Cảnh báo an ninh" })
    ).json() as Plan;
    const before = await count();
    expectError(await req("POST", plain, url(), body()), 403, "FORBIDDEN");
    expectError(await req("PATCH", plain, `${url()}/${p.id}`, { version: p.version, trigger: "x" }), 403);
    expectError(await req("DELETE", plain, `${url()}/${p.id}?version=${p.version}`), 403);
    expectError(await req("PUT", plain, `${url()}/${p.id}/cues/${cue}`), 403);
    for (const h of [other, contact, registration]) {
      expectError(await req("GET", h, url()), 403, "FORBIDDEN");
      expectError(await req("GET", h, `${url()}/${p.id}`), 403, "FORBIDDEN");
      expectError(await req("POST", h, url(), body()), 403, "FORBIDDEN");
      expectError(await req("PATCH", h, `${url()}/${p.id}`, { version: p.version, trigger: "x" }), 403);
    }
    expect(await count()).toBe(before);
    const [row] = await t.ctx.db.select().from(committeeContingencies).where(eq(committeeContingencies.id, p.id));
    expect(row).toMatchObject({ version: 1, trigger: "Hãng bay báo hoãn quá 2 giờ" });
  });
});
