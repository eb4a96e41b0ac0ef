import type { Lang } from "../../../shared/errors.js";
import { ON_TRACK_MARGIN } from "../../../shared/workplans.js";

/*
 * Words the work-plan documents (Word, Excel) use. The statuses, kinds and judgements come from the one
 * vocabulary (`src/shared/vocabulary.ts`), which the web reads too.
 */

export const onTrackRule: Record<Lang, string> = {
  vi:
    "Quy tắc: so sánh tỷ lệ dự án/hoạt động đã hoàn thành hoặc đang triển khai với tỷ lệ thời gian của giai đoạn kế hoạch " +
    `đã trôi qua. Bằng hoặc cao hơn: đúng tiến độ; thấp hơn không quá ${ON_TRACK_MARGIN} điểm phần trăm: có nguy cơ chậm ` +
    "tiến độ; thấp hơn nữa: chậm tiến độ.",
  en:
    "Rule: the share of activities completed or ongoing is compared with the share of the plan period elapsed. " +
    `At or above it: on track; up to ${ON_TRACK_MARGIN} percentage points below: at risk; further below: off track.`,
};

export const docText = {
  review: { vi: "Tình hình thực hiện", en: "Implementation review" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  snapshot: { vi: "Bản chốt số liệu", en: "Snapshot" },
  status: { vi: "Tình trạng", en: "Status" },
  count: { vi: "Số dự án/hoạt động", en: "Number of activities" },
  share: { vi: "Tỷ lệ", en: "Share" },
  total: { vi: "Tổng số", en: "Total" },
  completedOrOngoing: { vi: "Đã hoàn thành hoặc đang triển khai", en: "Completed or ongoing" },
  proposals: {
    vi: "Đề xuất chưa được thông qua (không tính vào tổng số)",
    en: "Proposals not yet adopted (not in the total)",
  },
  judgement: { vi: "Đánh giá tiến độ", en: "Progress" },
  elapsed: { vi: "Thời gian của giai đoạn đã trôi qua", en: "Share of the plan period elapsed" },
  rounding: {
    vi: "Tỷ lệ được làm tròn theo phương pháp số dư lớn nhất để tổng bằng 100%.",
    en: "Shares are rounded by the largest-remainder method so that they add up to 100%.",
  },
  annex: { vi: "Danh sách dự án/hoạt động", en: "List of activities" },
  no: { vi: "TT", en: "No." },
  code: { vi: "Mã", en: "Code" },
  activity: { vi: "Dự án/hoạt động", en: "Activity" },
  leads: { vi: "Nước chủ trì", en: "Lead" },
  kind: { vi: "Loại", en: "Kind" },
  since: { vi: "Từ ngày", en: "Since" },
  period: { vi: "Giai đoạn", en: "Period" },
  generated: { vi: "Lập bằng Focal ngày", en: "Prepared with Focal on" },
  reviewSheet: { vi: "Tong hop", en: "Review" },
  activitiesSheet: { vi: "Danh sach", en: "Activities" },
} satisfies Record<string, Record<Lang, string>>;
