/**
 * Words the exported documents use, in both languages, and date formats for them. Roles, categories, kinds and
 * statuses come from the one vocabulary (`src/shared/vocabulary.ts`), which the web reads too.
 */
import type { Lang } from "../../../shared/errors.js";

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

const WEEKDAYS_VI = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2022-08-05` → `05/08/2022`. */
export function dmy(date: string | null | undefined): string {
  if (!date) return "";
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** A calendar day as a heading: `Thứ Sáu, 05/08/2022` or `Friday, 5 August 2022`. */
export function dayHeading(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return lang === "vi"
    ? `${WEEKDAYS_VI[weekday]}, ${dmy(date)}`
    : `${WEEKDAYS_EN[weekday]}, ${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** `2022-08-05T08:30:00+07:00` → `08:30`. */
export const hhmm = (iso: string) => iso.slice(11, 16);

/** `+07:00` of an ISO date-time with offset. */
export const utcOffset = (iso: string) => iso.slice(19) || "Z";
