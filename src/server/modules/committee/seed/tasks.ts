import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { demoIds } from "../../../seed/ids.js";
import { audit } from "../../audit/service.js";
import type { TaskStatus } from "../../../../shared/committee.js";
import { insertTaskTx } from "../tasks.js";
import { logTaskStatusTx } from "../task-rows.js";
import { committeeMembers, committeeSeats, committeeTaskChecks, committeeTaskDeps, committeeTasks } from "../schema.js";

/**
 * The tasks the Minister's conclusions at the preparatory meeting (seed 000) hand each sub-committee, as they stood
 * at the end of July 2022: due before 2 August (the first day of ACCSM 21), some done, some late, two blocked,
 * dependencies (press releases after the communication plan), checklists on a few. Each task was created on
 * 20 June 2022 and its status history is written, so readiness "as of" a date tells the story. Owners: the
 * sub-committee's head, or the member the conclusions name (the Chief of the Ministry Office for logistics).
 */
type Sub = "content" | "protocol" | "security";
interface DemoTask {
  key: string;
  sub: Sub;
  title: string;
  description: string;
  /** Day in July 2022 (or "08-01"), due at 17:00 Hanoi time. */
  due: string;
  priority?: "low" | "normal" | "high" | "urgent";
  /** Its history after creation: [status, ISO day], the last being where it stands. */
  history?: [TaskStatus, string][];
  blockedReason?: string;
  owner?: "head" | "minh";
  dependsOn?: string[];
  checklist?: [string, boolean][];
}

const TASKS: DemoTask[] = [
  // --- Content sub-committee
  {
    key: "lists",
    sub: "content",
    title: "Cập nhật danh sách chính thức các đoàn với Ban Thư ký các nước",
    description: "Liên hệ Ban Thư ký các đoàn để cập nhật danh sách chính thức của các đoàn, chủ động các phương án.",
    due: "07-22",
    priority: "high",
    history: [
      ["in_progress", "2022-06-27"],
      ["done", "2022-07-21"],
    ],
  },
  {
    key: "assign",
    sub: "content",
    title: "Phân công cụ thể nhiệm vụ cho các thành viên Tiểu ban Nội dung",
    description: "Phân công cụ thể, bảo đảm liên thông giữa các thành viên Tiểu ban.",
    due: "07-15",
    history: [["done", "2022-07-12"]],
  },
  {
    key: "master_script",
    sub: "content",
    title: "Hoàn tất kịch bản tổng thể Hội nghị",
    description: "Kịch bản tổng thể và phương án cho các sự kiện của Hội nghị.",
    due: "07-26",
    priority: "high",
    dependsOn: ["lists"],
    history: [["in_progress", "2022-07-04"]],
  },
  {
    key: "scripts",
    sub: "content",
    title: "Kịch bản chi tiết từng nội dung chương trình do lãnh đạo Bộ điều hành",
    description: "Kịch bản chi tiết cho phiên khai mạc Hội nghị Người đứng đầu (05/8) và Hội nghị ACCSM+3.",
    due: "07-29",
    priority: "urgent",
    dependsOn: ["master_script"],
    history: [["in_progress", "2022-07-18"]],
    checklist: [
      ["Kịch bản phiên khai mạc Hội nghị Người đứng đầu", true],
      ["Kịch bản Hội nghị ACCSM+3", false],
      ["Trình Lãnh đạo Bộ duyệt", false],
    ],
  },
  {
    key: "contingency",
    sub: "content",
    title: "Xây dựng các phương án xử lý tình huống",
    description: "Phương án mềm dẻo, linh hoạt, rõ ràng trách nhiệm từng cá nhân.",
    due: "07-27",
    priority: "high",
    dependsOn: ["master_script"],
  },
  {
    key: "documents",
    sub: "content",
    title: "Thống nhất với Ban Thư ký các nước để hoàn tất tài liệu Hội nghị",
    description: "Tài liệu Hội nghị thống nhất với Ban Thư ký ASEAN và Ban Thư ký các nước.",
    due: "07-25",
    history: [
      ["in_progress", "2022-06-30"],
      ["blocked", "2022-07-19"],
    ],
    blockedReason: "Chờ Ban Thư ký ASEAN phản hồi dự thảo chương trình nghị sự.",
  },
  {
    key: "statement",
    sub: "content",
    title: "Dự thảo Tuyên bố chung hoặc Thông cáo chung của các Bộ trưởng ASEAN",
    description: "Dự thảo nội dung tuyên bố chung / thông cáo chung, thống nhất với Ban Thư ký các nước.",
    due: "07-31",
    priority: "high",
    dependsOn: ["documents"],
    history: [["in_progress", "2022-07-11"]],
  },
  {
    key: "press_releases",
    sub: "content",
    title: "Xây dựng các thông cáo báo chí",
    description: "Thông cáo báo chí cung cấp cho các cơ quan truyền thông, báo chí trong và ngoài nước.",
    due: "08-01",
    dependsOn: ["comms_plan", "statement"],
  },
  {
    key: "interpretation",
    sub: "content",
    title: "Tổ chức công tác biên dịch, phiên dịch cho Hội nghị",
    description: "Biên dịch tài liệu và phiên dịch các phiên họp.",
    due: "07-28",
    history: [["in_progress", "2022-07-06"]],
    checklist: [
      ["Chốt danh sách phiên dịch viên", true],
      ["Đặt cabin phiên dịch", false],
      ["Gửi tài liệu cho phiên dịch viên", false],
    ],
  },
  {
    key: "speeches",
    sub: "content",
    title: "Chuẩn bị các bài phát biểu, phối hợp các vụ chức năng của Bộ Ngoại giao",
    description: "Bài phát biểu của Lãnh đạo Bộ tại các phiên, phối hợp với Bộ Ngoại giao.",
    due: "07-29",
    dependsOn: ["master_script"],
    history: [["in_progress", "2022-07-20"]],
  },
  // --- Protocol, Logistics and Communications sub-committee
  {
    key: "reception",
    sub: "protocol",
    title: "Xây dựng kịch bản đón tiếp các đoàn (cùng Bộ Ngoại giao)",
    description: "Tổ đón tiếp chu đáo, an toàn tại sân bay và khách sạn.",
    due: "07-25",
    history: [["in_progress", "2022-07-08"]],
  },
  {
    key: "volunteers_pick",
    sub: "protocol",
    title: "Lựa chọn liên lạc viên, tình nguyện viên",
    description: "Ngoại ngữ tốt, thông minh, nhanh nhẹn, linh hoạt xử lý tình huống.",
    due: "07-15",
    history: [
      ["in_progress", "2022-06-25"],
      ["done", "2022-07-14"],
    ],
  },
  {
    key: "volunteers_train",
    sub: "protocol",
    title: "Đào tạo, bồi dưỡng liên lạc viên, tình nguyện viên",
    description:
      "Kiến thức về sự kiện và văn hóa, đất nước, con người Việt Nam; quy định, chương trình, đầu mối liên hệ.",
    due: "07-29",
    dependsOn: ["volunteers_pick"],
    history: [["in_progress", "2022-07-18"]],
    checklist: [
      ["Buổi tập huấn về chương trình Hội nghị", true],
      ["Buổi tập huấn về lễ tân và văn hóa Việt Nam", false],
      ["Diễn tập đón đoàn tại sân bay", false],
    ],
  },
  {
    key: "logistics",
    sub: "protocol",
    owner: "minh",
    title: "Hậu cần ăn, nghỉ và đưa đón các đoàn trước, trong và sau Hội nghị",
    description: "Khách sạn, ăn uống, xe đưa đón các đoàn; chủ động giải quyết các vấn đề phát sinh.",
    due: "07-30",
    priority: "high",
    history: [["in_progress", "2022-07-01"]],
    checklist: [
      ["Ký hợp đồng khách sạn", true],
      ["Chốt thực đơn tiệc chiêu đãi", false],
      ["Lịch xe đưa đón sân bay", false],
    ],
  },
  {
    key: "facilities",
    sub: "protocol",
    owner: "minh",
    title: "Chuẩn bị cơ sở vật chất cho sự kiện",
    description: "Hội trường, âm thanh, ánh sáng, màn hình, cabin phiên dịch, phòng họp song phương.",
    due: "07-31",
  },
  {
    key: "comms_plan",
    sub: "protocol",
    title: "Xây dựng kế hoạch tuyên truyền trước, trong và sau sự kiện",
    description: "Kế hoạch tuyên truyền cụ thể; các thông cáo báo chí và họp báo dựa trên kế hoạch này.",
    due: "07-20",
    priority: "high",
    history: [["in_progress", "2022-07-05"]],
  },
  {
    key: "press_conference",
    sub: "protocol",
    title: "Tham mưu, chuẩn bị cuộc họp báo cung cấp thông tin sự kiện",
    description: "Họp báo cung cấp thông tin về Hội nghị cho các cơ quan báo chí.",
    due: "08-01",
    dependsOn: ["comms_plan"],
  },
  {
    key: "culture",
    sub: "protocol",
    title: "Chuẩn bị chi tiết các hoạt động văn hóa, văn nghệ",
    description: "Chương trình văn nghệ tiệc chiêu đãi và tham quan.",
    due: "07-28",
  },
  {
    key: "printing",
    sub: "protocol",
    owner: "minh",
    title: "In ấn tài liệu, quà tặng",
    description: "In tài liệu Hội nghị, thẻ đại biểu, chuẩn bị quà tặng các đoàn.",
    due: "07-26",
    history: [["in_progress", "2022-07-13"]],
    checklist: [
      ["Chọn mẫu quà tặng", true],
      ["Duyệt maket tài liệu", false],
      ["Nhận hàng và kiểm đếm", false],
    ],
  },
  // --- Security and Health sub-committee
  {
    key: "security_plan",
    sub: "security",
    title: "Kế hoạch bảo vệ an ninh, trật tự tại nơi họp, nơi ăn, nghỉ và tham quan",
    description: "Địa điểm họp, khách sạn, điểm tham quan và các hoạt động bên lề Hội nghị.",
    due: "07-22",
    priority: "urgent",
    history: [
      ["in_progress", "2022-06-28"],
      ["done", "2022-07-20"],
    ],
  },
  {
    key: "fire",
    sub: "security",
    title: "Bảo đảm phòng cháy, chữa cháy tại các địa điểm",
    description: "Kiểm tra phòng cháy, chữa cháy tại hội trường và khách sạn.",
    due: "07-29",
    dependsOn: ["security_plan"],
  },
  {
    key: "escort",
    sub: "security",
    title: "Dẫn đoàn, hộ tống các đoàn",
    description: "Xe dẫn đoàn từ sân bay, giữa khách sạn và địa điểm họp, đi tham quan.",
    due: "07-30",
    dependsOn: ["security_plan"],
    history: [["in_progress", "2022-07-22"]],
  },
  {
    key: "food_safety",
    sub: "security",
    title: "Bảo đảm an toàn vệ sinh thực phẩm",
    description: "Kiểm tra, lưu mẫu thực phẩm tại các bữa ăn, tiệc chiêu đãi.",
    due: "07-29",
    history: [["in_progress", "2022-07-15"]],
  },
  {
    key: "epidemic",
    sub: "security",
    title: "Y tế dự phòng và kịch bản phòng, chống dịch",
    description: "Kịch bản xử lý ca nghi nhiễm COVID-19, khu cách ly, xét nghiệm.",
    due: "07-25",
    priority: "high",
    history: [
      ["in_progress", "2022-07-01"],
      ["blocked", "2022-07-21"],
    ],
    blockedReason: "Chờ hướng dẫn của Bộ Y tế về xét nghiệm đại biểu quốc tế khi nhập cảnh.",
  },
  {
    key: "health",
    sub: "security",
    title: "Theo dõi, chăm sóc sức khỏe các đại biểu",
    description: "Tổ y tế thường trực tại hội trường và khách sạn.",
    due: "08-01",
    dependsOn: ["epidemic"],
  },
];

const SUBS: Record<Sub, string> = {
  content: demoIds.subcommitteeContent,
  protocol: demoIds.subcommitteeProtocol,
  security: demoIds.subcommitteeSecurity,
};

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);

export async function seedCommitteeTasks(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  const seats = await db
    .select({
      subcommitteeId: committeeSeats.subcommitteeId,
      memberId: committeeSeats.memberId,
      role: committeeSeats.role,
    })
    .from(committeeSeats)
    .where(inArray(committeeSeats.subcommitteeId, Object.values(SUBS)));
  // Without the demo committee (its sub-committees and seats) there is nothing to hang tasks on.
  if (!seats.length) return;
  const [minh] = await db
    .select({ id: committeeMembers.id })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.meetingId, M), eq(committeeMembers.fullName, "Vũ Đăng Minh")));
  const headOf = (sub: string) =>
    seats.find((s) => s.subcommitteeId === sub && s.role === "head")?.memberId ??
    seats.find((s) => s.subcommitteeId === sub)?.memberId ??
    null;
  const helpersOf = (sub: string, owner: string | null) =>
    seats
      .filter((s) => s.subcommitteeId === sub && s.memberId !== owner && s.role !== "head")
      .slice(0, 1)
      .map((s) => s.memberId);
  const created = at("2022-06-20");
  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const d of TASKS) ids.set(d.key, crypto.randomUUID());
    for (const d of TASKS) {
      const sub = SUBS[d.sub];
      const ownerId = d.owner === "minh" && minh ? minh.id : headOf(sub);
      const id = ids.get(d.key) ?? crypto.randomUUID();
      await insertTaskTx(
        tx,
        { id: null },
        M,
        {
          id,
          subcommitteeId: sub,
          title: d.title,
          description: d.description,
          ownerId,
          helperIds: helpersOf(sub, ownerId),
          dueAt: new Date(`2022-${d.due}T17:00:00+07:00`),
          priority: d.priority ?? "normal",
        },
        created,
      );
      const history = d.history ?? [];
      for (const [status, day] of history)
        await logTaskStatusTx(tx, {
          taskId: id,
          status,
          dueAt: new Date(`2022-${d.due}T17:00:00+07:00`),
          by: null,
          at: at(day),
        });
      const last = history[history.length - 1];
      if (last)
        await tx
          .update(committeeTasks)
          .set({
            status: last[0],
            blockedReason: last[0] === "blocked" ? (d.blockedReason ?? null) : null,
            doneAt: last[0] === "done" ? at(last[1]) : null,
            updatedAt: at(last[1]),
          })
          .where(eq(committeeTasks.id, id));
      if (d.checklist?.length)
        await tx.insert(committeeTaskChecks).values(
          d.checklist.map(([text, done], position) => ({
            id: crypto.randomUUID(),
            taskId: id,
            position,
            text,
            done,
            doneAt: done ? at("2022-07-20") : null,
          })),
        );
    }
    const deps = TASKS.flatMap((d) =>
      (d.dependsOn ?? []).map((k) => ({ taskId: ids.get(d.key) ?? "", dependsOnId: ids.get(k) ?? "" })),
    );
    if (deps.length) await tx.insert(committeeTaskDeps).values(deps);
    await audit(tx, null, {
      action: "seed.committee_tasks",
      entity: "system",
      entityId: M,
      after: { tasks: TASKS.length },
    });
  });
}
