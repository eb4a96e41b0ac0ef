/**
 * ACCSM 21's contingency plans (phương án xử lý tình huống, seed 000: the Minister asked the Content sub-committee
 * for "contingency plans that are flexible, clear, with each individual's responsibility"): a delegation's late
 * flight, the Minister delayed for the opening, a power failure at the venue, heavy rain for the site visit, a
 * delegate falling ill, a security alert. Responsible people are the demo committee's members (seed/committee.ts),
 * looked up by name; plans tied to a session find it by its kind. Written through `insertContingencyTx`.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { demoIds } from "../../../seed/ids.js";
import { meetingSessionRows } from "../../meetings/repo.js";
import type { ContingencyKind } from "../../../../shared/committee.js";
import { insertContingencyTx } from "../contingencies.js";
import { committeeMembers } from "../schema.js";

interface DemoPlan {
  kind: ContingencyKind;
  /** The kind of session it belongs to, or null for the whole meeting. */
  session: string | null;
  situationVi: string;
  situationEn: string;
  trigger: string;
  steps: string[];
  responsible: string;
  inform: string[];
  informOther: string | null;
  resources: string | null;
}

export const demoPlans: DemoPlan[] = [
  {
    kind: "flight_delay",
    session: null,
    situationVi: "Chuyến bay của một đoàn đại biểu đến Nội Bài muộn hoặc bị hủy",
    situationEn: "A delegation's flight into Noi Bai is late or cancelled",
    trigger: "Hãng bay hoặc cán bộ liên lạc của đoàn báo chuyến bay chậm quá 60 phút, hoặc chuyến bay bị hủy.",
    steps: [
      "Cán bộ liên lạc xác nhận giờ hạ cánh mới với hãng bay và trưởng đoàn.",
      "Tiểu ban Lễ tân điều chỉnh xe đón, giữ một xe chờ tại sân bay Nội Bài.",
      "Báo khách sạn giữ phòng và chuẩn bị suất ăn muộn cho đoàn.",
      "Nếu đoàn không kịp phiên họp: báo Tiểu ban Nội dung để đổi thứ tự phát biểu.",
      "Cập nhật danh sách đón tiễn và báo lại Trưởng Tiểu ban Lễ tân.",
    ],
    responsible: "Vũ Đăng Minh",
    inform: ["Ngô Thu Trang", "Chu Tuấn Tú"],
    informOther: "Đại sứ quán của đoàn tại Hà Nội; Cảng vụ hàng không Nội Bài",
    resources: "Một xe 16 chỗ và một xe 7 chỗ trực tại sân bay; số điện thoại trực của khách sạn",
  },
  {
    kind: "leader_delayed",
    session: "Heads",
    situationVi: "Bộ trưởng đến muộn phiên khai mạc Hội nghị Người đứng đầu",
    situationEn: "The Minister is delayed for the opening of the Heads meeting",
    trigger: "Đến 08:15 ngày 05/8 Bộ trưởng chưa tới hội trường, hoặc Văn phòng Bộ báo Bộ trưởng đến muộn.",
    steps: [
      "Thư ký Bộ trưởng báo ngay giờ dự kiến đến cho Trưởng Tiểu ban Nội dung.",
      "MC thông báo lùi khai mạc tối đa 10 phút; chiếu phim giới thiệu ASEAN trong thời gian chờ.",
      "Quá 10 phút: Thứ trưởng Vũ Chiến Thắng chủ trì khai mạc theo kịch bản dự phòng.",
      "Điều chỉnh giờ các mục tiếp theo của kịch bản và báo phiên dịch.",
    ],
    responsible: "Chu Tuấn Tú",
    inform: ["Vũ Chiến Thắng", "Nguyễn Thị Hồng Nhung", "Vũ Đăng Minh"],
    informOther: "Ban Thư ký ASEAN; trưởng nhóm phiên dịch",
    resources: "Bài phát biểu khai mạc bản dự phòng cho Thứ trưởng; phim giới thiệu 8 phút",
  },
  {
    kind: "power_failure",
    session: null,
    situationVi: "Mất điện tại trung tâm hội nghị",
    situationEn: "Power failure at the conference centre",
    trigger: "Mất điện lưới hoặc sự cố hệ thống âm thanh, ánh sáng trong hội trường.",
    steps: [
      "Kỹ thuật viên chuyển sang máy phát dự phòng (trong vòng 30 giây).",
      "MC mời đại biểu ngồi tại chỗ; cán bộ lễ tân mở cửa thoát hiểm có đèn chỉ dẫn.",
      "Kiểm tra lại micro, cabin phiên dịch và máy chiếu trước khi tiếp tục.",
      "Báo điện lực khu vực và ghi lại thời gian gián đoạn.",
    ],
    responsible: "Đỗ Mạnh Cường",
    inform: ["Vũ Đăng Minh", "Cao Xuân Thành"],
    informOther: "Ban quản lý trung tâm hội nghị; Điện lực Hà Nội",
    resources: "Máy phát điện dự phòng 500 kVA; bộ đàm; micro không dây chạy pin",
  },
  {
    kind: "weather",
    session: "site_visit",
    situationVi: "Mưa lớn trong buổi đi thăm quan thực tế",
    situationEn: "Heavy rain during the site visit",
    trigger: "Dự báo thời tiết sáng cùng ngày có mưa to, hoặc mưa lớn khi đoàn đang di chuyển.",
    steps: [
      "Trưởng đoàn thăm quan quyết định đổi lịch trình sang phần trong nhà.",
      "Phát áo mưa và ô cho đại biểu; xe đón đỗ sát lối vào.",
      "Báo điểm tham quan chuẩn bị khu vực trong nhà.",
      "Nếu không thể thăm quan: đưa đoàn về khách sạn và báo lại chương trình thay thế.",
    ],
    responsible: "Trần Quang Huy",
    inform: ["Ngô Thu Trang", "Trịnh Văn Hùng"],
    informOther: "Ban quản lý điểm tham quan",
    resources: "200 áo mưa, 100 ô có logo hội nghị; lịch trình thay thế trong nhà",
  },
  {
    kind: "illness",
    session: null,
    situationVi: "Đại biểu bị ốm hoặc cần cấp cứu",
    situationEn: "A delegate falls ill or needs emergency care",
    trigger: "Đại biểu, cán bộ liên lạc hoặc lễ tân báo có người có dấu hiệu ốm, sốt, ngất hoặc chấn thương.",
    steps: [
      "Bác sĩ trực tại hội trường đến sơ cứu trong vòng 5 phút.",
      "Nếu có triệu chứng nghi mắc COVID-19: đưa đến phòng cách ly tạm thời, làm xét nghiệm nhanh.",
      "Cần điều trị: xe cứu thương đưa đến Bệnh viện Hữu nghị, cán bộ liên lạc đi cùng.",
      "Báo trưởng đoàn và Đại sứ quán; theo dõi và báo lại Tiểu ban An ninh – Y tế mỗi 4 giờ.",
    ],
    responsible: "Phan Thị Lan",
    inform: ["Nguyễn Văn Long", "Ngô Thu Trang"],
    informOther: "Bệnh viện Hữu nghị; Đại sứ quán của đại biểu",
    resources: "Xe cứu thương trực tại hội trường; phòng y tế và phòng cách ly tạm thời tầng 1",
  },
  {
    kind: "security_alert",
    session: null,
    situationVi: "Cảnh báo an ninh tại nơi họp hoặc khách sạn",
    situationEn: "Security alert at the venue or a hotel",
    trigger: "Phát hiện vật khả nghi, người lạ xâm nhập khu vực hạn chế, hoặc nhận thông tin đe dọa.",
    steps: [
      "Lực lượng an ninh phong tỏa khu vực và kiểm tra theo quy trình.",
      "Trưởng Tiểu ban An ninh – Y tế quyết định tạm dừng hoặc sơ tán.",
      "Sơ tán đại biểu theo lối thoát hiểm đã định về điểm tập kết; lễ tân điểm danh theo đoàn.",
      "Báo Trưởng Ban Tổ chức và thống nhất thông tin với báo chí.",
    ],
    responsible: "Nguyễn Văn Long",
    inform: ["Trịnh Văn Hùng", "Cao Xuân Thành", "Vũ Đăng Minh"],
    informOther: "Công an thành phố Hà Nội (trực ban)",
    resources: "Đội an ninh cơ động; máy soi chiếu; điểm tập kết tại sân trước trung tâm hội nghị",
  },
];

export async function seedContingencies(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  const members = await db
    .select({ id: committeeMembers.id, fullName: committeeMembers.fullName })
    .from(committeeMembers)
    .where(eq(committeeMembers.meetingId, M));
  const byName = new Map(members.map((m) => [m.fullName, m.id]));
  const sessions = await meetingSessionRows(db, M);
  await db.transaction(async (tx) => {
    for (const p of demoPlans) {
      const session = p.session ? sessions.find((s) => s.kind === p.session) : null;
      await insertContingencyTx(tx, {
        id: crypto.randomUUID(),
        meetingId: M,
        sessionId: session?.id ?? null,
        kind: p.kind,
        situationVi: p.situationVi,
        situationEn: p.situationEn,
        trigger: p.trigger,
        steps: p.steps,
        responsibleId: byName.get(p.responsible) ?? null,
        informIds: p.inform.flatMap((n) => byName.get(n) ?? []),
        informOther: p.informOther,
        resources: p.resources,
      });
    }
  });
}
