/** The organising committee's tab (issue 13): its navigation. Each area keeps its words in its own file. */
export const vi = {
  "committee.tab": "Ban tổ chức",
  "committee.nav.label": "Mục của Ban tổ chức",
  "committee.nav.members": "Thành viên và tiểu ban",
  "committee.nav.tasks": "Nhiệm vụ",
  "committee.nav.readiness": "Tiến độ chuẩn bị",
  "committee.nav.scripts": "Kịch bản chi tiết",
  "committee.nav.contingencies": "Phương án xử lý tình huống",
};

export const en: Record<keyof typeof vi, string> = {
  "committee.tab": "Organising committee",
  "committee.nav.label": "Organising committee sections",
  "committee.nav.members": "Members and sub-committees",
  "committee.nav.tasks": "Tasks",
  "committee.nav.readiness": "Readiness",
  "committee.nav.scripts": "Detailed scripts",
  "committee.nav.contingencies": "Contingency plans",
};
