/** A meeting's people and logistics (issue 14): the tab, its navigation and the changes every area acknowledges. */
export const vi = {
  "logistics.tab": "Hậu cần",
  "logistics.nav.label": "Các mục hậu cần",
  "logistics.nav.liaison": "Liên lạc viên",
  "logistics.nav.lodging": "Khách sạn",
  "logistics.nav.transfers": "Đưa đón",
  "logistics.nav.meals": "Ăn uống",
  "logistics.nav.security": "An ninh",
  "logistics.nav.health": "Y tế",
  "logistics.changes.title": "{n, plural, other {# thay đổi cần xử lý}}",
  "logistics.changes.list": "Thay đổi của đại biểu cần xử lý",
  "logistics.changes.intro.liaison": "Đại biểu đã đổi lịch đến hoặc rời đoàn: hãy báo liên lạc viên của đoàn.",
  "logistics.changes.intro.lodging":
    "Ngày đến, ngày đi hoặc khách sạn đã đổi: danh sách phòng đã tự cập nhật, hãy báo khách sạn.",
  "logistics.changes.intro.transfers":
    "Chuyến bay đã đổi: đại biểu đã được chuyển sang chuyến đưa đón phù hợp. Hãy báo lái xe và liên lạc viên.",
  "logistics.changes.intro.meals":
    "Chế độ ăn hoặc phiên họp đã đổi: số suất đã tự cập nhật, hãy báo bếp nếu đã chốt số.",
  "logistics.changes.ack": "Đã xử lý",
  "logistics.changes.ackOf": "Đã xử lý thay đổi của {name}",
  "logistics.change.arrival": "đổi chuyến đến",
  "logistics.change.departure": "đổi chuyến về",
  "logistics.change.hotel": "đổi khách sạn",
  "logistics.change.diet": "đổi chế độ ăn",
  "logistics.change.sessions": "đổi phiên tham dự",
  "logistics.change.removed": "rút khỏi đoàn",
};

export const en: Record<keyof typeof vi, string> = {
  "logistics.tab": "Logistics",
  "logistics.nav.label": "Logistics areas",
  "logistics.nav.liaison": "Liaison officers",
  "logistics.nav.lodging": "Hotels",
  "logistics.nav.transfers": "Transfers",
  "logistics.nav.meals": "Meals",
  "logistics.nav.security": "Security",
  "logistics.nav.health": "Health",
  "logistics.changes.title": "{n, plural, one {# change to act on} other {# changes to act on}}",
  "logistics.changes.list": "Delegates' changes to act on",
  "logistics.changes.intro.liaison":
    "A delegate changed their arrival or left the delegation: tell the delegation's liaison officer.",
  "logistics.changes.intro.lodging":
    "Arrival, departure or hotel changed: the rooming list has followed; tell the hotel.",
  "logistics.changes.intro.transfers":
    "A flight changed: the delegate has moved to the matching transfer. Tell the driver and the liaison officer.",
  "logistics.changes.intro.meals":
    "A diet or the sessions changed: the counts have followed; tell the kitchen if they were final.",
  "logistics.changes.ack": "Done",
  "logistics.changes.ackOf": "Mark {name}'s change done",
  "logistics.change.arrival": "arrival changed",
  "logistics.change.departure": "departure changed",
  "logistics.change.hotel": "hotel changed",
  "logistics.change.diet": "diet changed",
  "logistics.change.sessions": "sessions changed",
  "logistics.change.removed": "left the delegation",
};
