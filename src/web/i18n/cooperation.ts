/** The cooperation area: the register is not built yet; its page says so and what is coming. */
export const vi = {
  "cooperation.title": "Hợp tác quốc tế",
  "cooperation.notYet.title": "Sổ hợp tác quốc tế chưa có trong phiên bản này",
  "cooperation.notYet.body":
    "Phần này của Focal đang được xây dựng. Khi hoàn thành, các đơn vị sẽ lập kế hoạch, trình duyệt và theo dõi toàn bộ hoạt động đối ngoại tại đây:",
  "cooperation.coming.plan": "Kế hoạch hợp tác quốc tế hằng năm theo đơn vị, được Bộ trưởng phê duyệt",
  "cooperation.coming.activities":
    "Đoàn ra, đoàn vào, tiếp khách nước ngoài, hội nghị, hội thảo quốc tế, ký kết điều ước và thỏa thuận quốc tế",
  "cooperation.coming.approval":
    "Trình duyệt theo quy trình: Vụ Hợp tác quốc tế → Bộ trưởng → Thủ tướng Chính phủ khi cần; Vụ Tổ chức cán bộ ra quyết định cử đoàn",
  "cooperation.coming.documents": "Tờ trình và Quyết định cử đoàn đúng thể thức Nghị định 30/2020/NĐ-CP",
  "cooperation.coming.results": "Báo cáo kết quả sau mỗi hoạt động và cảnh báo khi quá hạn",
  "cooperation.notYet.meanwhile":
    "Trong lúc chờ, Anh/Chị vẫn dùng quy trình hiện hành. Các vai trò đã được giao cho Anh/Chị sẽ có hiệu lực ngay khi phần này ra mắt.",
  "cooperation.home": "Về trang chủ",
};

export const en: Record<keyof typeof vi, string> = {
  "cooperation.title": "Cooperation",
  "cooperation.notYet.title": "The cooperation register is not in this release yet",
  "cooperation.notYet.body":
    "This part of Focal is being built. When it is ready, units will plan, submit for approval and track all their foreign-affairs work here:",
  "cooperation.coming.plan": "The annual international cooperation plan by unit, approved by the Minister",
  "cooperation.coming.activities":
    "Outbound and inbound delegations, foreign guests, international conferences and workshops, signing agreements",
  "cooperation.coming.approval":
    "Approval along the route: International Cooperation Department → Minister → Prime Minister where required; the Personnel Department issues the decision sending a delegation",
  "cooperation.coming.documents":
    "The submission and the decision sending a delegation, in the format of Decree 30/2020/ND-CP",
  "cooperation.coming.results": "A results report after each activity, flagged when overdue",
  "cooperation.notYet.meanwhile":
    "Until then, please keep to the current procedure. The roles you have been granted take effect as soon as this part is released.",
  "cooperation.home": "Back to the home page",
};
