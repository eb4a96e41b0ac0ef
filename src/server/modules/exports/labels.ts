/**
 * Words the exported documents use, in both languages (days are written by `src/shared/dates.ts`). Roles, categories, kinds and
 * statuses come from the one vocabulary (`src/shared/vocabulary.ts`), which the web reads too.
 */

type Both = { vi: string; en: string };

export const docWords = {
  programme: { vi: "CHƯƠNG TRÌNH", en: "PROGRAMME" },
  localTime: { vi: "Giờ địa phương", en: "Local time" },
  chair: { vi: "Chủ trì", en: "Chair" },
  room: { vi: "Phòng", en: "Room" },
  page: { vi: "Trang", en: "Page" },
  infoPack: { vi: "TÀI LIỆU THÔNG TIN CHO ĐOÀN", en: "DELEGATION INFORMATION PACK" },
  yourProgramme: { vi: "Chương trình của đoàn", en: "Your delegation's programme" },
  delegates: { vi: "Thành viên đoàn", en: "Members of the delegation" },
  travel: { vi: "Khách sạn và đưa đón", en: "Hotel and airport transfers" },
  venues: { vi: "Địa điểm", en: "Venues" },
  arrival: { vi: "Đến", en: "Arrival" },
  departure: { vi: "Đi", en: "Departure" },
  hotel: { vi: "Khách sạn", en: "Hotel" },
  sessions: { vi: "Phiên họp", en: "Sessions" },
  noSessions: { vi: "Chưa đăng ký phiên nào.", en: "No sessions registered." },
  noDelegates: { vi: "Đoàn chưa có thành viên.", en: "The delegation has no members yet." },
  noTravel: { vi: "Chưa có thông tin chuyến bay hoặc khách sạn.", en: "No flight or hotel details yet." },
  notAccredited: { vi: "chưa được duyệt", en: "not accredited" },
  generated: { vi: "Lập lúc", en: "Generated" },
  confidential: {
    vi: "Tài liệu có dữ liệu cá nhân — chỉ dùng cho công tác tổ chức hội nghị.",
    en: "Contains personal data — for the organisation of the meeting only.",
  },
  contact: { vi: "Đầu mối liên hệ", en: "Contact" },
} satisfies Record<string, Both>;

/** `2022-08-05T08:30:00+07:00` → `08:30`. */
export const hhmm = (iso: string) => iso.slice(11, 16);

/** `+07:00` of an ISO date-time with offset. */
export const utcOffset = (iso: string) => iso.slice(19) || "Z";
