/**
 * Fixtures for the committee's server tests (readiness, contingency plans, templates, digest): a meeting of their
 * own with sub-committees, members linked to demo accounts and tasks, so the tests never depend on the demo's
 * committee or tasks. Written straight into the tables (tests are exempt from focal/module-tables).
 */
import { eq } from "drizzle-orm";
import type { TestApp } from "../../test/harness.js";
import { insertMeetingTx } from "../meetings/repo.js";
import { meetingSessions } from "../meetings/schema.js";
import { findUserByEmail, insertGrantTx } from "../people/repo.js";
import type { SubcommitteeKey, SubcommitteeRole, TaskStatus } from "../../../shared/committee.js";
import { committeeMembers, committeeSeats, committeeSubcommittees, committeeTasks } from "./schema.js";
import { insertTaskRowsTx, logTaskStatusTx, type NewTaskRow } from "./task-rows.js";

export interface Fixture {
  meetingId: string;
  subs: Record<SubcommitteeKey, string>;
  /** Member ids by e-mail of their account (or by name for those without one). */
  members: Record<string, string>;
  sessionId: string;
}

let n = 0;

/**
 * A meeting with the three sub-committees, members and one session. `people` are [e-mail or name, seat role,
 * sub-committee]; an e-mail of a demo account gets a `committee_member` grant on the meeting and is linked.
 */
export async function makeCommittee(
  t: TestApp,
  opts: {
    startDate: string;
    endDate?: string;
    status?: "planning" | "registration_open" | "ongoing" | "closed";
    people: [string, SubcommitteeRole, SubcommitteeKey][];
  },
): Promise<Fixture> {
  const meetingId = crypto.randomUUID();
  const sessionId = crypto.randomUUID();
  n++;
  const subs = {
    content: crypto.randomUUID(),
    protocol_logistics: crypto.randomUUID(),
    security_health: crypto.randomUUID(),
  };
  const members: Record<string, string> = {};
  await t.ctx.db.transaction(async (tx) => {
    await insertMeetingTx(tx, {
      id: meetingId,
      code: `FIX${n}${meetingId.slice(0, 6)}`,
      titleVi: `Hội nghị thử ${n}`,
      titleEn: `Test meeting ${n}`,
      startDate: opts.startDate,
      endDate: opts.endDate ?? opts.startDate,
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: "Asia/Ho_Chi_Minh",
      status: opts.status ?? "planning",
    });
    await tx.insert(meetingSessions).values({
      id: sessionId,
      meetingId,
      kind: "Heads",
      titleVi: "Phiên khai mạc",
      titleEn: "Opening session",
      startsAt: new Date(`${opts.startDate}T08:30:00+07:00`),
      endsAt: new Date(`${opts.startDate}T10:00:00+07:00`),
    });
    await tx.insert(committeeSubcommittees).values([
      { id: subs.content, meetingId, key: "content", nameVi: "Tiểu ban Nội dung", nameEn: "Content", position: 1 },
      {
        id: subs.protocol_logistics,
        meetingId,
        key: "protocol_logistics",
        nameVi: "Tiểu ban Lễ tân, Hậu cần và Truyền thông",
        nameEn: "Protocol, Logistics and Communications",
        position: 2,
      },
      {
        id: subs.security_health,
        meetingId,
        key: "security_health",
        nameVi: "Tiểu ban An ninh và Y tế",
        nameEn: "Security and Health",
        position: 3,
      },
    ]);
    for (const [who, role, key] of opts.people) {
      const user = who.includes("@") ? await findUserByEmail(tx, who) : null;
      if (user) {
        await insertGrantTx(tx, {
          userId: user.id,
          role: "committee_member",
          scopeKind: "meeting",
          scopeId: meetingId,
        }).catch(() => undefined);
      }
      let id = members[who];
      if (!id) {
        id = crypto.randomUUID();
        members[who] = id;
        await tx.insert(committeeMembers).values({
          id,
          meetingId,
          fullName: user?.name ?? who,
          agencyVi: "Bộ Nội vụ",
          agencyEn: "Ministry of Home Affairs",
          email: user?.email ?? null,
          userId: user?.id ?? null,
        });
      }
      await tx.insert(committeeSeats).values({ subcommitteeId: subs[key], memberId: id, role });
    }
  });
  return { meetingId, subs, members, sessionId };
}

/** Adds tasks to a fixture meeting (created at `createdAt`, default now); answers their ids in order. */
export async function addTasks(t: TestApp, meetingId: string, rows: NewTaskRow[]): Promise<string[]> {
  const made = await t.ctx.db.transaction((tx) => insertTaskRowsTx(tx, meetingId, rows, null));
  return made.map((m) => m.id);
}

/** Moves a task's status (and due date) at a given moment, as the task service would, log row included. */
export async function moveTask(
  t: TestApp,
  taskId: string,
  status: TaskStatus,
  at: Date,
  dueAt?: Date | null,
): Promise<void> {
  await t.ctx.db.transaction(async (tx) => {
    const [task] = await tx.select().from(committeeTasks).where(eq(committeeTasks.id, taskId));
    const due = dueAt === undefined ? (task?.dueAt ?? null) : dueAt;
    await tx.update(committeeTasks).set({ status, dueAt: due }).where(eq(committeeTasks.id, taskId));
    await logTaskStatusTx(tx, { taskId, status, dueAt: due, by: null, at });
  });
}
