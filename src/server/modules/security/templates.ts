/**
 * The checklist templates (issue 14, point 5; seed 000: security and order at the venues, hotels, sightseeing places
 * and side events; fire safety; escorting the delegations; food safety). Kept in code, in Vietnamese and English; a
 * checklist made from one copies its items, which are then the checklist's own.
 */
export interface SecurityTemplate {
  key: string;
  titleVi: string;
  titleEn: string;
  items: readonly { vi: string; en: string }[];
}

export const securityTemplates: readonly SecurityTemplate[] = [
  {
    key: "fire_safety",
    titleVi: "Phòng cháy, chữa cháy và lối thoát hiểm",
    titleEn: "Fire safety and exits",
    items: [
      { vi: "Kiểm tra bình chữa cháy còn hạn, đặt đúng vị trí", en: "Fire extinguishers in date and in place" },
      { vi: "Lối thoát hiểm thông thoáng, đèn chỉ dẫn sáng", en: "Exits clear, exit signs lit" },
      { vi: "Chuông báo cháy và đầu báo khói hoạt động", en: "Fire alarm and smoke detectors working" },
      { vi: "Phương án sơ tán được phổ biến cho nhân viên", en: "Evacuation plan briefed to staff" },
      { vi: "Hệ thống điện, đèn sự cố được kiểm tra", en: "Electrical system and emergency lighting checked" },
    ],
  },
  {
    key: "access_control",
    titleVi: "Kiểm soát ra vào",
    titleEn: "Access control",
    items: [
      { vi: "Phân khu vực theo loại thẻ, bố trí chốt kiểm soát", en: "Zones by badge type, checkpoints staffed" },
      { vi: "Danh sách người được ra vào khu vực hạn chế", en: "List of people allowed in restricted areas" },
      { vi: "Lối vào riêng cho Trưởng đoàn và khách mời", en: "Separate entrance for heads of delegation and guests" },
      { vi: "Kiểm soát xe ra vào, bãi đỗ xe", en: "Vehicle access and parking controlled" },
    ],
  },
  {
    key: "screening",
    titleVi: "Soi chiếu an ninh",
    titleEn: "Screening",
    items: [
      { vi: "Cổng từ và máy soi hành lý hoạt động", en: "Walk-through and baggage scanners working" },
      { vi: "Lực lượng soi chiếu được phân ca", en: "Screening staff rostered in shifts" },
      { vi: "Khu vực giữ đồ cấm mang vào", en: "Area to hold prohibited items" },
    ],
  },
  {
    key: "escort_routes",
    titleVi: "Tuyến đường dẫn đoàn",
    titleEn: "Escort routes",
    items: [
      { vi: "Khảo sát tuyến sân bay – khách sạn – địa điểm họp", en: "Airport – hotel – venue route surveyed" },
      { vi: "Phối hợp cảnh sát giao thông dẫn đoàn", en: "Traffic police escort arranged" },
      { vi: "Tuyến dự phòng khi ùn tắc", en: "Fall-back route in case of congestion" },
      { vi: "Tuyến tham quan và sự kiện bên lề được khảo sát", en: "Sightseeing and side-event routes surveyed" },
    ],
  },
  {
    key: "food_safety",
    titleVi: "Kiểm tra an toàn thực phẩm",
    titleEn: "Food safety inspection",
    items: [
      { vi: "Giấy chứng nhận an toàn thực phẩm của bếp", en: "Kitchen's food safety certificate" },
      { vi: "Lưu mẫu thức ăn 24 giờ", en: "Food samples kept for 24 hours" },
      { vi: "Nguồn gốc thực phẩm được kiểm tra", en: "Origin of ingredients checked" },
      { vi: "Khám sức khỏe nhân viên phục vụ", en: "Serving staff health checks" },
    ],
  },
];

export const templateByKey = new Map(securityTemplates.map((t) => [t.key, t]));
