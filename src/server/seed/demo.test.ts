/**
 * The demo data reads as real data: no remark ("(seed 003)", "(mẫu)", "(sample)") in a title or a name people read
 * — sample data says so in notes, the `sample` flag and the README — the ministry's people hold the posts the seeds
 * give them, and every record with an English form has it filled in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../test/harness.js";
import {
  agendaItems,
  delegates,
  delegations,
  meetingSessions,
  meetings,
  rooms,
  venues,
} from "../modules/meetings/schema.js";
import { units, users } from "../modules/people/schema.js";
import { workplanActivities, workplanSnapshots, workplans } from "../modules/workplans/schema.js";
import { targetAgencies, targetIndicators, targetReports, targetSchemes } from "../modules/targets/schema.js";
import { delegateSearchText, delegationSearchText, meetingSearchText } from "../modules/meetings/repo.js";
import { unitSearchText, userSearchText } from "../modules/people/repo.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";
import { demoIds } from "./ids.js";
import { committeeMembers, committeeSeats, committeeSubcommittees } from "../modules/committee/schema.js";
import { memberSearchText } from "../modules/committee/repo.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const remark = /seed 0\d|\(mẫu\)|\(sample\)|ngày mẫu|\bmẫu\)|sample\)/i;

describe("demo data", () => {
  it("has no remark in a title or a name users read", async () => {
    const db = t.ctx.db;
    const read: Record<string, Record<string, unknown>[]> = {
      meetings: await db
        .select({ a: meetings.titleVi, b: meetings.titleEn, c: meetings.themeVi, d: meetings.themeEn })
        .from(meetings),
      venues: await db.select({ a: venues.nameVi, b: venues.nameEn, c: venues.address }).from(venues),
      rooms: await db.select({ a: rooms.nameVi, b: rooms.nameEn }).from(rooms),
      sessions: await db
        .select({
          a: meetingSessions.titleVi,
          b: meetingSessions.titleEn,
          c: meetingSessions.chair,
          d: meetingSessions.chairEn,
        })
        .from(meetingSessions),
      agenda: await db
        .select({ a: agendaItems.titleVi, b: agendaItems.titleEn, c: agendaItems.presenter })
        .from(agendaItems),
      delegations: await db
        .select({ a: delegations.nameVi, b: delegations.nameEn, c: delegations.contactName })
        .from(delegations),
      delegates: await db
        .select({
          a: delegates.fullName,
          b: delegates.position,
          c: delegates.organisation,
          d: delegates.hotel,
          e: delegates.dietary,
        })
        .from(delegates),
      units: await db.select({ a: units.nameVi, b: units.nameEn }).from(units),
      users: await db.select({ a: users.name, b: users.title, c: users.organisation }).from(users),
      workplans: await db.select({ a: workplans.titleVi, b: workplans.titleEn }).from(workplans),
      activities: await db
        .select({ a: workplanActivities.titleVi, b: workplanActivities.titleEn })
        .from(workplanActivities),
      snapshots: await db.select({ a: workplanSnapshots.name }).from(workplanSnapshots),
      schemes: await db.select({ a: targetSchemes.titleVi, b: targetSchemes.titleEn }).from(targetSchemes),
      indicators: await db.select({ a: targetIndicators.titleVi, b: targetIndicators.titleEn }).from(targetIndicators),
      agencies: await db.select({ a: targetAgencies.nameVi, b: targetAgencies.nameEn }).from(targetAgencies),
      reports: await db.select({ a: targetReports.submittedBy }).from(targetReports),
    };
    const offenders = Object.entries(read).flatMap(([table, rows]) =>
      rows.flatMap((r) =>
        Object.values(r)
          .filter((v): v is string => typeof v === "string" && remark.test(v))
          .map((v) => `${table}: ${v}`),
      ),
    );
    expect(offenders).toEqual([]);
    // Each table was really read (an empty table would pass the check vacuously).
    for (const [table, rows] of Object.entries(read)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it("still marks what is invented: sample sessions say so in their notes, sample venues and delegates by flag", async () => {
    const db = t.ctx.db;
    const sessions = await db.select().from(meetingSessions);
    const dinner = sessions.find((s) => s.titleEn === "Welcome dinner for heads of delegation")!;
    expect(dinner.notesVi).toMatch(/mẫu/);
    expect(dinner.notesEn).toMatch(/[Ss]ample/);
    expect((await db.select().from(venues)).every((v) => v.sample)).toBe(true);
    expect((await db.select().from(delegates).where(eq(delegates.sample, true))).length).toBeGreaterThan(0);
  });

  it("gives the ministry's people the posts the seeds give them", async () => {
    const byEmail = async (email: string) => (await t.ctx.db.select().from(users).where(eq(users.email, email)))[0]!;
    // Seed 002: Deputy Minister Vũ Chiến Thắng chairs the conference; seed 000: Vũ Đăng Minh is Chief of the Office.
    expect(await byEmail("deputy@demo.focal")).toMatchObject({ name: "Vũ Chiến Thắng", title: "Thứ trưởng" });
    expect(await byEmail("committee@demo.focal")).toMatchObject({ name: "Vũ Đăng Minh", title: "Chánh Văn phòng Bộ" });
    expect(await byEmail("minister@demo.focal")).toMatchObject({ name: "Phạm Thị Thanh Trà", title: "Bộ trưởng" });
    const everyone = await t.ctx.db.select({ name: users.name, title: users.title }).from(users);
    expect(everyone.filter((u) => u.name === "Vũ Đăng Minh").map((u) => u.title)).toEqual(["Chánh Văn phòng Bộ"]);
    const chairs = (await t.ctx.db.select({ c: meetingSessions.chair }).from(meetingSessions)).map((r) => r.c ?? "");
    expect(chairs.filter((c) => c.includes("Vũ Đăng Minh"))).toEqual([]);
    expect(chairs.some((c) => c.includes("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng"))).toBe(true);
  });

  it("seats ACCSM 21's organising committee as seed 000 does: three sub-committees, each with one head", async () => {
    const db = t.ctx.db;
    const subs = await db
      .select()
      .from(committeeSubcommittees)
      .where(eq(committeeSubcommittees.meetingId, demoIds.meetingAccsm21))
      .orderBy(committeeSubcommittees.position);
    expect(subs.map((s) => s.nameVi)).toEqual([
      "Tiểu ban Nội dung",
      "Tiểu ban Lễ tân, Hậu cần và Tuyên truyền",
      "Tiểu ban An ninh và Y tế",
    ]);
    const members = await db.select().from(committeeMembers);
    const seats = await db.select().from(committeeSeats);
    const heads = subs.map((s) => {
      const seat = seats.find((x) => x.subcommitteeId === s.id && x.role === "head");
      return members.find((m) => m.id === seat?.memberId)?.fullName;
    });
    // Seed 000: Chu Tuấn Tú (ICD) and Vũ Đăng Minh (the Office) are named; the Public Security head is invented.
    expect(heads.slice(0, 2)).toEqual(["Chu Tuấn Tú", "Vũ Đăng Minh"]);
    expect(
      members.find((m) => m.id === seats.find((x) => x.subcommitteeId === subs[2]?.id && x.role === "head")?.memberId),
    ).toMatchObject({ sample: true });
    expect(members.filter((m) => m.committeeRole === "chair").map((m) => m.fullName)).toEqual(["Phạm Thị Thanh Trà"]);
    // Only the people the seeds name are not marked as sample data.
    expect(
      members
        .filter((m) => !m.sample)
        .map((m) => m.fullName)
        .sort(),
    ).toEqual(["Chu Tuấn Tú", "Phạm Thị Thanh Trà", "Vũ Đăng Minh"].sort());
    // The members who have an account are linked to it; every agency the seed names sends someone.
    const account = members.find((m) => m.fullName === "Vũ Đăng Minh")?.userId;
    const [user] = await db.select().from(users).where(eq(users.email, "committee@demo.focal"));
    expect(account).toBe(user?.id);
    for (const agency of [
      "Bộ Công an",
      "Bộ Ngoại giao",
      "Bộ Y tế",
      "Bộ Văn hóa, Thể thao và Du lịch",
      "Công an thành phố Hà Nội",
    ]) {
      expect(
        members.some((m) => m.agencyVi.includes(agency)),
        agency,
      ).toBe(true);
    }
    for (const m of members) expect(m.searchText).toBe(memberSearchText(m));
  });

  it("fills in the English form of every record that has one", async () => {
    const db = t.ctx.db;
    const pairs: [string, { vi: string | null; en: string | null }[]][] = [
      ["meetings", await db.select({ vi: meetings.titleVi, en: meetings.titleEn }).from(meetings)],
      ["sessions", await db.select({ vi: meetingSessions.titleVi, en: meetingSessions.titleEn }).from(meetingSessions)],
      ["chairs", await db.select({ vi: meetingSessions.chair, en: meetingSessions.chairEn }).from(meetingSessions)],
      ["venues", await db.select({ vi: venues.nameVi, en: venues.nameEn }).from(venues)],
      ["rooms", await db.select({ vi: rooms.nameVi, en: rooms.nameEn }).from(rooms)],
      ["units", await db.select({ vi: units.nameVi, en: units.nameEn }).from(units)],
      [
        "activities",
        await db.select({ vi: workplanActivities.titleVi, en: workplanActivities.titleEn }).from(workplanActivities),
      ],
      ["workplans", await db.select({ vi: workplans.titleVi, en: workplans.titleEn }).from(workplans)],
    ];
    const missing = pairs.flatMap(([table, rows]) =>
      rows
        // A Vietnamese form written with Vietnamese letters needs an English one that differs from it.
        .filter((r) => r.vi && (!r.en?.trim() || (/[À-ỹđĐ]/.test(r.vi) && r.en === r.vi)))
        .map((r) => `${table}: ${r.vi}`),
    );
    expect(missing).toEqual([]);
  });

  it("finds seeded delegates by e-mail, as it finds delegates added through the API", async () => {
    const M = demoIds.meetingAccsm21;
    const h = await t.login("icd@demo.focal");
    const seeded = (
      await t.ctx.db.select().from(delegates).where(eq(delegates.fullName, "Mohd Faizal bin Abdullah"))
    )[0]!;
    expect(seeded.email).toBe("mohd.faizal.bin.abdullah@example.org");
    const search = async (q: string) => {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/meetings/${M}/delegates?q=${encodeURIComponent(q)}`,
        headers: h,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { id: string }[]).map((d) => d.id);
    };
    expect(await search(seeded.email!)).toEqual([seeded.id]);
    const added = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/delegations/${demoDelegationIds.BRN}/delegates`,
      headers: h,
      payload: { fullName: "Nur Aisyah binti Rahman", role: "member", email: "nur.aisyah@example.org" },
    });
    expect(added.statusCode).toBe(201);
    expect(await search("nur.aisyah@example.org")).toEqual([added.json().id]);
  });

  it("stores the search text each record's module computes (seeded rows cannot drift from the API's)", async () => {
    const db = t.ctx.db;
    const drift = [
      ...(await db.select().from(meetings)).filter((r) => r.searchText !== meetingSearchText(r)).map((r) => r.code),
      ...(await db.select().from(delegations))
        .filter((r) => r.searchText !== delegationSearchText(r))
        .map((r) => r.nameEn),
      ...(await db.select().from(delegates))
        .filter((r) => r.searchText !== delegateSearchText(r))
        .map((r) => r.fullName),
      ...(await db.select().from(users)).filter((r) => r.searchText !== userSearchText(r)).map((r) => r.email),
      ...(await db.select().from(units)).filter((r) => r.searchText !== unitSearchText(r)).map((r) => r.code),
    ];
    expect(drift).toEqual([]);
  });
});
