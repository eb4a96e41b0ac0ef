import type { Db } from "../../../db/client.js";
import { findUserByEmail } from "../../people/repo.js";
import { demoIds } from "../../../seed/ids.js";
import type { CommitteeRole, SubcommitteeKey, SubcommitteeRole } from "../../../../shared/committee.js";
import { insertMemberTx, insertSeatTx, insertSubcommitteeTx } from "../repo.js";

/**
 * ACCSM 21's organising committee as seed 000 describes it: chaired by Minister Phạm Thị Thanh Trà, with members from
 * the Ministries of Public Security, Foreign Affairs, Health and Culture, Sports and Tourism, units of the ministry
 * and the Hanoi police, in three sub-committees — Content; Protocol, Logistics and Communications; Security and
 * Health. The seed names the Minister, Chu Tuấn Tú (Director General of the ICD, member) and Vũ Đăng Minh (Chief of
 * the Ministry Office, who presented the organisation plan); every other person is invented (`sample`), as are
 * phone numbers and e-mail addresses.
 */

interface DemoSub {
  id: string;
  key: SubcommitteeKey;
  nameVi: string;
  nameEn: string;
  remitVi: string;
  remitEn: string;
}

export const demoSubcommittees: DemoSub[] = [
  {
    id: demoIds.subcommitteeContent,
    key: "content",
    nameVi: "Tiểu ban Nội dung",
    nameEn: "Content Sub-committee",
    remitVi:
      "Danh sách chính thức các đoàn, kịch bản chi tiết và phương án xử lý tình huống, tài liệu Hội nghị, tuyên bố chung, thông cáo báo chí, biên – phiên dịch, bài phát biểu.",
    remitEn:
      "Official delegation lists, detailed scripts and contingency plans, meeting documents, the joint statement, press releases, translation and interpretation, speeches.",
  },
  {
    id: demoIds.subcommitteeProtocol,
    key: "protocol_logistics",
    nameVi: "Tiểu ban Lễ tân, Hậu cần và Tuyên truyền",
    nameEn: "Protocol, Logistics and Communications Sub-committee",
    remitVi:
      "Đón tiếp các đoàn, liên lạc viên và tình nguyện viên, ăn, nghỉ, đưa đón, cơ sở vật chất, họp báo, văn hóa – văn nghệ, in ấn, quà tặng, kế hoạch tuyên truyền.",
    remitEn:
      "Reception of delegations, liaison officers and volunteers, meals, lodging, transfers, facilities, the press conference, the cultural programme, printing, gifts, the communication plan.",
  },
  {
    id: demoIds.subcommitteeSecurity,
    key: "security_health",
    nameVi: "Tiểu ban An ninh và Y tế",
    nameEn: "Security and Health Sub-committee",
    remitVi:
      "An ninh, trật tự tại nơi họp, nơi ăn, nghỉ, tham quan; phòng cháy, chữa cháy; dẫn đoàn; an toàn thực phẩm; y tế dự phòng, kịch bản phòng chống dịch; theo dõi sức khỏe đại biểu.",
    remitEn:
      "Security and order at the venues, hotels and sightseeing; fire safety; escort of delegations; food safety; preventive health and the epidemic scenario; delegates' health.",
  },
];

interface DemoMember {
  fullName: string;
  agencyVi: string;
  agencyEn: string;
  position: string;
  phone: string;
  email: string;
  committeeRole: CommitteeRole;
  /** The demo account that is this person, when there is one. */
  account?: string;
  sample: boolean;
  seats: [SubcommitteeKey, SubcommitteeRole][];
}

export const demoMembers: DemoMember[] = [
  {
    fullName: "Phạm Thị Thanh Trà",
    agencyVi: "Bộ Nội vụ",
    agencyEn: "Ministry of Home Affairs",
    position: "Bộ trưởng — Trưởng Ban Tổ chức",
    phone: "024 6282 1001",
    email: "minister@demo.focal",
    committeeRole: "chair",
    account: "minister@demo.focal",
    sample: false,
    seats: [],
  },
  {
    fullName: "Vũ Chiến Thắng",
    agencyVi: "Bộ Nội vụ",
    agencyEn: "Ministry of Home Affairs",
    position: "Thứ trưởng — Phó Trưởng Ban Tổ chức",
    phone: "024 6282 1002",
    email: "deputy@demo.focal",
    committeeRole: "vice_chair",
    account: "deputy@demo.focal",
    sample: true,
    seats: [],
  },
  {
    fullName: "Chu Tuấn Tú",
    agencyVi: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    agencyEn: "International Cooperation Department, Ministry of Home Affairs",
    position: "Vụ trưởng Vụ Hợp tác quốc tế",
    phone: "0912 021 001",
    email: "director.icd@demo.focal",
    committeeRole: "standing_member",
    account: "director.icd@demo.focal",
    sample: false,
    seats: [["content", "head"]],
  },
  {
    fullName: "Vũ Đăng Minh",
    agencyVi: "Văn phòng Bộ Nội vụ",
    agencyEn: "Ministry Office, Ministry of Home Affairs",
    position: "Chánh Văn phòng Bộ",
    phone: "0912 021 002",
    email: "committee@demo.focal",
    committeeRole: "standing_member",
    account: "committee@demo.focal",
    sample: false,
    seats: [["protocol_logistics", "head"]],
  },
  {
    fullName: "Nguyễn Thị Hồng Nhung",
    agencyVi: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    agencyEn: "International Cooperation Department, Ministry of Home Affairs",
    position: "Chuyên viên chính",
    phone: "0912 021 003",
    email: "icd@demo.focal",
    committeeRole: "secretary",
    account: "icd@demo.focal",
    sample: true,
    seats: [["content", "secretary"]],
  },
  {
    fullName: "Lê Minh Đức",
    agencyVi: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    agencyEn: "International Cooperation Department, Ministry of Home Affairs",
    position: "Phó Vụ trưởng",
    phone: "0912 021 004",
    email: "le.minh.duc@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["content", "deputy"]],
  },
  {
    fullName: "Đặng Quốc Việt",
    agencyVi: "Vụ Hợp tác quốc tế, Bộ Nội vụ",
    agencyEn: "International Cooperation Department, Ministry of Home Affairs",
    position: "Chuyên viên — đăng ký đại biểu",
    phone: "0912 021 005",
    email: "registration@demo.focal",
    committeeRole: "member",
    account: "registration@demo.focal",
    sample: true,
    seats: [["content", "member"]],
  },
  {
    fullName: "Hoàng Thu Hà",
    agencyVi: "Vụ ASEAN, Bộ Ngoại giao",
    agencyEn: "ASEAN Department, Ministry of Foreign Affairs",
    position: "Phó Vụ trưởng",
    phone: "0912 021 006",
    email: "hoang.thu.ha@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["content", "member"]],
  },
  {
    fullName: "Trần Quang Huy",
    agencyVi: "Cục Lễ tân Nhà nước, Bộ Ngoại giao",
    agencyEn: "State Protocol Department, Ministry of Foreign Affairs",
    position: "Phó Cục trưởng",
    phone: "0912 021 007",
    email: "tran.quang.huy@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["protocol_logistics", "deputy"]],
  },
  {
    fullName: "Bùi Thanh Hương",
    agencyVi: "Văn phòng Bộ Nội vụ",
    agencyEn: "Ministry Office, Ministry of Home Affairs",
    position: "Phó Chánh Văn phòng Bộ",
    phone: "0912 021 008",
    email: "bui.thanh.huong@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["protocol_logistics", "member"]],
  },
  {
    fullName: "Đỗ Mạnh Cường",
    agencyVi: "Cục Hợp tác quốc tế, Bộ Văn hóa, Thể thao và Du lịch",
    agencyEn: "International Cooperation Department, Ministry of Culture, Sports and Tourism",
    position: "Trưởng phòng",
    phone: "0912 021 009",
    email: "do.manh.cuong@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["protocol_logistics", "member"]],
  },
  {
    fullName: "Phạm Ngọc Lan",
    agencyVi: "Trung tâm Thông tin, Bộ Nội vụ",
    agencyEn: "Information Centre, Ministry of Home Affairs",
    position: "Giám đốc",
    phone: "0912 021 010",
    email: "pham.ngoc.lan@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["protocol_logistics", "member"]],
  },
  {
    fullName: "Ngô Thu Trang",
    agencyVi: "Trường Đại học Nội vụ Hà Nội",
    agencyEn: "Hanoi University of Home Affairs",
    position: "Trưởng nhóm tình nguyện viên",
    phone: "0912 021 011",
    email: "liaison@demo.focal",
    committeeRole: "member",
    account: "liaison@demo.focal",
    sample: true,
    seats: [["protocol_logistics", "member"]],
  },
  {
    fullName: "Nguyễn Văn Long",
    agencyVi: "Cục An ninh chính trị nội bộ, Bộ Công an",
    agencyEn: "Department of Internal Political Security, Ministry of Public Security",
    position: "Phó Cục trưởng",
    phone: "0912 021 012",
    email: "nguyen.van.long@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["security_health", "head"]],
  },
  {
    fullName: "Phan Thị Lan",
    agencyVi: "Cục Quản lý Khám, chữa bệnh, Bộ Y tế",
    agencyEn: "Medical Services Administration, Ministry of Health",
    position: "Bác sĩ, Phó Trưởng phòng",
    phone: "0912 021 013",
    email: "health@demo.focal",
    committeeRole: "member",
    account: "health@demo.focal",
    sample: true,
    seats: [["security_health", "deputy"]],
  },
  {
    fullName: "Trịnh Văn Hùng",
    agencyVi: "Công an thành phố Hà Nội",
    agencyEn: "Hanoi City Police",
    position: "Cán bộ an ninh",
    phone: "0912 021 014",
    email: "security@demo.focal",
    committeeRole: "member",
    account: "security@demo.focal",
    sample: true,
    seats: [["security_health", "member"]],
  },
  {
    fullName: "Lý Thị Mỹ",
    agencyVi: "Cục An toàn thực phẩm, Bộ Y tế",
    agencyEn: "Vietnam Food Administration, Ministry of Health",
    position: "Chuyên viên",
    phone: "0912 021 015",
    email: "ly.thi.my@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["security_health", "member"]],
  },
  {
    fullName: "Cao Xuân Thành",
    agencyVi: "Cảnh sát Phòng cháy, chữa cháy, Công an thành phố Hà Nội",
    agencyEn: "Fire Prevention and Rescue Police, Hanoi City Police",
    position: "Đại úy",
    phone: "0912 021 016",
    email: "cao.xuan.thanh@demo.focal",
    committeeRole: "member",
    sample: true,
    seats: [["security_health", "member"]],
  },
];

/** The committee, its sub-committees, members and seats, in one transaction. */
export async function seedCommitteeMembers(db: Db): Promise<void> {
  const accounts = new Map<string, string>();
  for (const m of demoMembers) {
    if (!m.account) continue;
    const user = await findUserByEmail(db, m.account);
    if (!user) throw new Error(`seed: no demo user ${m.account}`);
    accounts.set(m.account, user.id);
  }
  await db.transaction(async (tx) => {
    const subIds = new Map<SubcommitteeKey, string>();
    for (const [position, s] of demoSubcommittees.entries()) {
      await insertSubcommitteeTx(tx, { ...s, meetingId: demoIds.meetingAccsm21, position });
      subIds.set(s.key, s.id);
    }
    for (const m of demoMembers) {
      const row = await insertMemberTx(tx, {
        meetingId: demoIds.meetingAccsm21,
        fullName: m.fullName,
        agencyVi: m.agencyVi,
        agencyEn: m.agencyEn,
        position: m.position,
        phone: m.phone,
        email: m.email,
        committeeRole: m.committeeRole,
        userId: m.account ? (accounts.get(m.account) ?? null) : null,
        sample: m.sample,
      });
      for (const [key, role] of m.seats) {
        const subcommitteeId = subIds.get(key);
        if (!subcommitteeId) throw new Error(`seed: no sub-committee ${key}`);
        await insertSeatTx(tx, { subcommitteeId, memberId: row.id, role });
      }
    }
  });
}
