/**
 * The detailed scripts of seed 000 (issue 13, point 7): the opening of the 21st ACCSM Heads meeting (5 August 2022,
 * 08:30–11:45) and the 6th ACCSM+3 Heads meeting (14:00–16:15), cue by cue, in Vietnamese and English. The order of
 * business follows the programme the meetings seed writes (from the news articles); the minutes, places, needs and
 * notes are sample data, written as a protocol team would. Each cue's responsible member is the head of the
 * sub-committee that carries it, when the committee seed has named one; contingency plans are linked by kind when
 * the contingency seed has written them. The Heads script was printed once (revision 1) before one change, so the
 * demo shows what changed since the print.
 */
import { and, eq } from "drizzle-orm";
import type { Db, Executor } from "../../../db/client.js";
import { demoIds } from "../../../seed/ids.js";
import { meetingRoomRows, meetingSessionRows } from "../../meetings/repo.js";
import { parseZoned } from "../../meetings/time.js";
import type { ContingencyKind, CueNeed, SubcommitteeKey } from "../../../../shared/committee.js";
import {
  committeeContingencies,
  committeeCueContingencies,
  committeeCues,
  committeeLiveRevisions,
  committeeMembers,
  committeeScriptPrints,
  committeeSeats,
  committeeSubcommittees,
} from "../schema.js";

const MINISTER_VI = "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà";
const MINISTER_EN = "Minister of Home Affairs Pham Thi Thanh Tra";
const DEPUTY_VI = "Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng";
const DEPUTY_EN = "Deputy Minister of Home Affairs Vu Chien Thang";

interface CueSpec {
  at: string;
  minutes: number;
  whatVi: string;
  whatEn: string;
  whoVi: string;
  whoEn: string;
  /** The sub-committee whose head answers for it. */
  by: SubcommitteeKey;
  /** In the session's room unless a place is written. */
  placeVi?: string;
  placeEn?: string;
  needs: CueNeed[];
  needsOther?: string;
  notes?: string;
  plans?: ContingencyKind[];
}

const MC_VI = "Người dẫn chương trình (MC)";
const MC_EN = "Master of ceremonies (MC)";

const headsOpening: CueSpec[] = [
  {
    at: "08:30",
    minutes: 5,
    whatVi: "Đại biểu vào hội trường, ổn định chỗ ngồi theo sơ đồ",
    whatEn: "Delegates enter the hall and take their seats as on the seating plan",
    whoVi: "Tổ lễ tân; cán bộ liên lạc của các đoàn",
    whoEn: "Protocol team; the delegations' liaison officers",
    by: "protocol_logistics",
    needs: ["music", "flags"],
    notes: "Nhạc nền nhẹ. Lễ tân dẫn trưởng đoàn đến chỗ theo sơ đồ; kiểm tra cờ để bàn của 10 nước và ASEAN.",
    plans: ["flight_delay"],
  },
  {
    at: "08:35",
    minutes: 3,
    whatVi: "Chào cờ: Quốc ca Việt Nam và Bài ca ASEAN",
    whatEn: "Flag ceremony: national anthem of Viet Nam and the ASEAN anthem",
    whoVi: MC_VI,
    whoEn: MC_EN,
    by: "protocol_logistics",
    needs: ["flags", "music", "microphone"],
    notes: "Kỹ thuật âm thanh chờ hiệu lệnh của MC; toàn thể đứng.",
    plans: ["power_failure"],
  },
  {
    at: "08:38",
    minutes: 4,
    whatVi: "Tuyên bố lý do, giới thiệu đại biểu và trưởng các đoàn",
    whatEn: "Welcome, purpose of the meeting, introduction of the guests and heads of delegation",
    whoVi: MC_VI,
    whoEn: MC_EN,
    by: "content",
    needs: ["microphone", "interpreter_booth"],
    notes:
      "Danh sách giới thiệu theo thứ tự chữ cái tên nước bằng tiếng Anh; bản cuối do Tiểu ban Nội dung duyệt trước 07:30.",
  },
  {
    at: "08:42",
    minutes: 12,
    whatVi: "Phát biểu khai mạc Hội nghị",
    whatEn: "Opening speech",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "content",
    needs: ["podium", "microphone", "interpreter_booth", "press"],
    notes:
      "Hai bản in bài phát biểu đặt sẵn trên bục; bản gửi phiên dịch trước 24 giờ. Báo chí ghi hình 5 phút đầu rồi rời hội trường.",
    plans: ["leader_delayed"],
  },
  {
    at: "08:54",
    minutes: 8,
    whatVi: "Chụp ảnh chung các trưởng đoàn",
    whatEn: "Family photo of the heads of delegation",
    whoVi: "Trưởng các đoàn; tổ lễ tân dẫn vị trí",
    whoEn: "Heads of delegation; the protocol team shows each their place",
    by: "protocol_logistics",
    placeVi: "Sảnh chính, trước phông Hội nghị",
    placeEn: "Main lobby, in front of the meeting's backdrop",
    needs: ["photographer", "flags", "press"],
    notes: "Bộ trưởng đứng giữa; vị trí dán trên sàn. Tay bắt chéo theo thông lệ ASEAN.",
    plans: ["weather", "security_alert"],
  },
  {
    at: "09:02",
    minutes: 20,
    whatVi: "Báo cáo kết quả Cuộc họp SOM ACCSM 21 và Cuộc họp SOM ACCSM+3 lần thứ 6",
    whatEn: "Report of the 21st ACCSM SOM and the 6th ACCSM+3 SOM",
    whoVi: DEPUTY_VI,
    whoEn: DEPUTY_EN,
    by: "content",
    needs: ["slides", "microphone", "interpreter_booth"],
  },
  {
    at: "09:22",
    minutes: 15,
    whatVi: "Báo cáo về các quyết định của Hội nghị Cấp cao ASEAN và các cuộc họp ASCC",
    whatEn: "Update on the decisions of the ASEAN Summit and the ASCC Council meetings",
    whoVi: "Phó Tổng Thư ký ASEAN Ekkaphab Phantavong",
    whoEn: "Deputy Secretary-General of ASEAN Ekkaphab Phantavong",
    by: "content",
    needs: ["slides", "microphone"],
  },
  {
    at: "09:37",
    minutes: 15,
    whatVi: "Giải lao",
    whatEn: "Coffee break",
    whoVi: "Tổ hậu cần",
    whoEn: "Logistics team",
    by: "protocol_logistics",
    placeVi: "Khu giải lao tầng 2",
    placeEn: "Break area, 2nd floor",
    needs: [],
    needsOther: "Trà, cà phê, bánh; suất ăn Halal và chay riêng",
    notes: "Nhắc đại biểu trở lại hội trường lúc 09:50.",
    plans: ["illness"],
  },
  {
    at: "09:52",
    minutes: 20,
    whatVi:
      "Kế hoạch hành động thực hiện Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ đối với những thách thức mới",
    whatEn:
      "Action Plan to implement the ASEAN Declaration on Strengthening the Adaptability of the Civil Service to New Challenges",
    whoVi: "Vụ trưởng Vụ Hợp tác quốc tế Chu Tuấn Tú",
    whoEn: "Director General of International Cooperation Chu Tuan Tu",
    by: "content",
    needs: ["slides", "microphone", "interpreter_booth"],
  },
  {
    at: "10:12",
    minutes: 10,
    whatVi: "Chia sẻ của Ban Công vụ Australia",
    whatEn: "Remarks by the Australian Public Service Commission",
    whoVi: "Phó Trưởng ban Grant Lovelock",
    whoEn: "Deputy Commissioner Grant Lovelock",
    by: "content",
    needs: ["microphone"],
  },
  {
    at: "10:22",
    minutes: 60,
    whatVi: "Phát biểu của các trưởng đoàn (khoảng 6 phút mỗi đoàn)",
    whatEn: "Statements by the heads of delegation (about 6 minutes each)",
    whoVi: "Trưởng các đoàn; Chủ tọa điều hành",
    whoEn: "Heads of delegation; the chair gives the floor",
    by: "content",
    needs: ["microphone", "interpreter_booth"],
    notes: "Thư ký ghi thời gian, báo Chủ tọa khi một đoàn quá 8 phút.",
    plans: ["power_failure"],
  },
  {
    at: "11:22",
    minutes: 8,
    whatVi: "Thông qua Báo cáo chung của Hội nghị",
    whatEn: "Adoption of the joint report of the meeting",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "content",
    needs: ["slides", "microphone"],
    notes: "Bản cuối đã thống nhất với Ban Thư ký ASEAN; chiếu trên màn hình lớn.",
  },
  {
    at: "11:30",
    minutes: 8,
    whatVi: "Bế mạc; chuyển giao vai trò Chủ tịch ACCSM cho Brunei Darussalam (ACCSM 22)",
    whatEn: "Closing; hand-over of the ACCSM chair to Brunei Darussalam (ACCSM 22)",
    whoVi: `${MINISTER_VI}; Trưởng đoàn Brunei Darussalam`,
    whoEn: `${MINISTER_EN}; head of the Brunei Darussalam delegation`,
    by: "protocol_logistics",
    needs: ["flags", "podium", "photographer", "press", "music"],
    notes: "Khay cờ ASEAN và búa chủ tọa đặt trên bàn phụ bên trái bục; nhạc khi bắt tay.",
  },
  {
    at: "11:38",
    minutes: 7,
    whatVi: "Tặng quà lưu niệm; tiễn các trưởng đoàn",
    whatEn: "Souvenir gifts; the heads of delegation are seen off",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "protocol_logistics",
    needs: ["gifts", "photographer"],
    notes: "Xe đón tại cửa số 1 lúc 11:45 đưa các đoàn đến gặp song phương và ăn trưa.",
    plans: ["security_alert"],
  },
];

const headsPlus3: CueSpec[] = [
  {
    at: "14:00",
    minutes: 5,
    whatVi: "Đại biểu ASEAN+3 vào hội trường, ổn định chỗ ngồi",
    whatEn: "ASEAN+3 delegates enter the hall and take their seats",
    whoVi: "Tổ lễ tân",
    whoEn: "Protocol team",
    by: "protocol_logistics",
    needs: ["flags", "music"],
    notes: "Thêm cờ để bàn Trung Quốc, Nhật Bản, Hàn Quốc.",
  },
  {
    at: "14:05",
    minutes: 4,
    whatVi: "Tuyên bố lý do, giới thiệu đại biểu",
    whatEn: "Welcome and introduction of the guests",
    whoVi: MC_VI,
    whoEn: MC_EN,
    by: "content",
    needs: ["microphone", "interpreter_booth"],
  },
  {
    at: "14:09",
    minutes: 10,
    whatVi: "Phát biểu khai mạc Hội nghị ACCSM+3",
    whatEn: "Opening speech of the ACCSM+3 Heads meeting",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "content",
    needs: ["podium", "microphone", "interpreter_booth", "press"],
    plans: ["leader_delayed"],
  },
  {
    at: "14:19",
    minutes: 6,
    whatVi: "Chụp ảnh chung ASEAN+3",
    whatEn: "ASEAN+3 family photo",
    whoVi: "Trưởng các đoàn",
    whoEn: "Heads of delegation",
    by: "protocol_logistics",
    placeVi: "Sảnh chính, trước phông Hội nghị",
    placeEn: "Main lobby, in front of the meeting's backdrop",
    needs: ["photographer", "flags"],
  },
  {
    at: "14:25",
    minutes: 20,
    whatVi: "Báo cáo kết quả Cuộc họp SOM+3 lần thứ 6: 32 dự án (7 hoàn thành, 4 thường niên, 21 đang lên kế hoạch)",
    whatEn: "Report of the 6th SOM+3: 32 projects (7 completed, 4 ongoing/annual, 21 planned)",
    whoVi: DEPUTY_VI,
    whoEn: DEPUTY_EN,
    by: "content",
    needs: ["slides", "microphone", "interpreter_booth"],
  },
  {
    at: "14:45",
    minutes: 30,
    whatVi: "Phát biểu của Trung Quốc, Nhật Bản, Hàn Quốc (10 phút mỗi đoàn)",
    whatEn: "Statements by China, Japan and the Republic of Korea (10 minutes each)",
    whoVi: "Bà Xi Hui; ông Lee Jeongmin; đại diện Cơ quan Nhân sự Quốc gia Nhật Bản",
    whoEn: "Ms Xi Hui; Mr Lee Jeongmin; a representative of Japan's National Personnel Authority",
    by: "content",
    needs: ["microphone", "interpreter_booth"],
    plans: ["power_failure"],
  },
  {
    at: "15:15",
    minutes: 15,
    whatVi: "Giải lao",
    whatEn: "Coffee break",
    whoVi: "Tổ hậu cần",
    whoEn: "Logistics team",
    by: "protocol_logistics",
    placeVi: "Khu giải lao tầng 2",
    placeEn: "Break area, 2nd floor",
    needs: [],
    plans: ["illness"],
  },
  {
    at: "15:30",
    minutes: 25,
    whatVi: "Trao đổi của các trưởng đoàn về hợp tác ASEAN+3 giai đoạn 2021–2025",
    whatEn: "Discussion among the heads of delegation on ASEAN+3 cooperation 2021–2025",
    whoVi: "Trưởng các đoàn; Chủ tọa điều hành",
    whoEn: "Heads of delegation; the chair gives the floor",
    by: "content",
    needs: ["microphone", "interpreter_booth"],
  },
  {
    at: "15:55",
    minutes: 10,
    whatVi: "Thông qua Báo cáo chung của Hội nghị ACCSM+3",
    whatEn: "Adoption of the joint report of the ACCSM+3 Heads meeting",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "content",
    needs: ["slides"],
  },
  {
    at: "16:05",
    minutes: 10,
    whatVi: "Phát biểu bế mạc; mời đại biểu sang Phòng họp báo",
    whatEn: "Closing remarks; guests are shown to the press room",
    whoVi: MINISTER_VI,
    whoEn: MINISTER_EN,
    by: "protocol_logistics",
    needs: ["microphone", "press"],
    notes: "Họp báo bắt đầu 16:30 tại Phòng họp báo; cán bộ lễ tân dẫn đường.",
    plans: ["security_alert"],
  },
];

async function headsBySubcommittee(db: Executor, meetingId: string): Promise<Map<SubcommitteeKey, string>> {
  const rows = await db
    .select({ key: committeeSubcommittees.key, memberId: committeeSeats.memberId })
    .from(committeeSeats)
    .innerJoin(committeeSubcommittees, eq(committeeSubcommittees.id, committeeSeats.subcommitteeId))
    .innerJoin(committeeMembers, eq(committeeMembers.id, committeeSeats.memberId))
    .where(and(eq(committeeSubcommittees.meetingId, meetingId), eq(committeeSeats.role, "head")));
  const out = new Map<SubcommitteeKey, string>();
  for (const r of rows) if (r.key) out.set(r.key, r.memberId);
  return out;
}

/** Writes the two demo scripts (the Heads meeting's and the Heads+3 meeting's). */
export async function seedScripts(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  const sessions = await meetingSessionRows(db, M);
  const rooms = await meetingRoomRows(db, M);
  const heads = await headsBySubcommittee(db, M);
  const plans = await db
    .select({
      id: committeeContingencies.id,
      kind: committeeContingencies.kind,
      sessionId: committeeContingencies.sessionId,
    })
    .from(committeeContingencies)
    .where(eq(committeeContingencies.meetingId, M));
  await db.transaction(async (tx) => {
    for (const [kind, specs] of [
      ["Heads", headsOpening],
      ["Heads+3", headsPlus3],
    ] as const) {
      const session = sessions.find((s) => s.kind === kind);
      if (!session) continue;
      const day = "2022-08-05";
      const rows = specs.map((c, i) => ({
        id: crypto.randomUUID(),
        meetingId: M,
        sessionId: session.id,
        position: i + 1,
        at: parseZoned(`${day}T${c.at}`, "Asia/Ho_Chi_Minh") ?? session.startsAt,
        minutes: c.minutes,
        whatVi: c.whatVi,
        whatEn: c.whatEn,
        whoVi: c.whoVi,
        whoEn: c.whoEn,
        responsibleId: heads.get(c.by) ?? null,
        roomId: c.placeVi ? null : (rooms.find((r) => r.id === session.roomId)?.id ?? null),
        placeVi: c.placeVi ?? null,
        placeEn: c.placeEn ?? null,
        needs: c.needs,
        needsOther: c.needsOther ?? null,
        notes: c.notes ?? null,
      }));
      await tx.insert(committeeCues).values(rows);
      const links = rows.flatMap((r, i) =>
        (specs[i]?.plans ?? []).flatMap((k) => {
          const plan =
            plans.find((p) => p.kind === k && p.sessionId === session.id) ??
            plans.find((p) => p.kind === k && p.sessionId === null);
          return plan ? [{ cueId: r.id, contingencyId: plan.id }] : [];
        }),
      );
      if (links.length) await tx.insert(committeeCueContingencies).values(links);
      if (kind === "Heads") {
        // Printed on 3 August (revision 1) with the family photo in the hall; moved to the lobby since.
        const photo = rows[4];
        const snapshot = rows.map((r) => ({
          ...r,
          at: r.at.toISOString(),
          ...(r === photo
            ? { roomId: rooms.find((x) => x.id === session.roomId)?.id ?? null, placeVi: null, placeEn: null }
            : {}),
        }));
        await tx.insert(committeeScriptPrints).values({
          id: crypto.randomUUID(),
          sessionId: session.id,
          revision: 1,
          lang: "vi",
          cues: snapshot.map((s) => ({
            id: s.id,
            at: s.at,
            minutes: s.minutes,
            whatVi: s.whatVi,
            whatEn: s.whatEn,
            whoVi: s.whoVi,
            whoEn: s.whoEn,
            responsibleId: s.responsibleId,
            roomId: s.roomId,
            placeVi: s.placeVi,
            placeEn: s.placeEn,
            needs: s.needs,
            needsOther: s.needsOther,
            notes: s.notes,
          })),
          printedAt: new Date("2022-08-03T10:00:00Z"),
        });
      }
    }
    await tx.insert(committeeLiveRevisions).values({ meetingId: M, revision: 1 }).onConflictDoNothing();
  });
}
