import { defineErrors } from "../../http/errors.js";

/** Hotels and rooming's errors (issue 14, point 2), in Vietnamese and English. */
export const lodgingErrors = defineErrors({
  HOTEL_NOT_FOUND: { status: 404, vi: "Không tìm thấy khách sạn.", en: "Hotel not found." },
  DELEGATE_NOT_FOUND: { status: 404, vi: "Không tìm thấy đại biểu.", en: "Delegate not found." },
  CONTRACT_DATES: {
    status: 400,
    vi: "Đêm cuối của hợp đồng ({to}) phải từ đêm đầu ({from}) trở đi.",
    en: "The contract's last night ({to}) cannot be before its first night ({from}).",
  },
  NIGHT_OUTSIDE_CONTRACT: {
    status: 400,
    vi: "Không giữ phòng được cho đêm {nights} ở {hotel}: đêm đó nằm ngoài hợp đồng của khách sạn ({from} – {to}).",
    en: "Rooms cannot be held at {hotel} on the night of {nights}: it is outside the hotel's contract ({from} – {to}).",
  },
  CONTRACT_LEAVES_BLOCKS: {
    status: 409,
    vi: "Hợp đồng mới ({from} – {to}) để các đêm {nights} đang giữ phòng ra ngoài hợp đồng. Bỏ giữ phòng các đêm đó trước.",
    en: "The new contract ({from} – {to}) leaves rooms held on {nights} outside it. Release those nights first.",
  },
  DUPLICATE_BLOCK: {
    status: 400,
    vi: "Đêm {night}, loại phòng {type} được ghi hai lần.",
    en: "The night of {night}, room type {type}, is given twice.",
  },
  NOT_TRAVELLING: {
    status: 400,
    vi: "{name} chưa có ngày đến và ngày đi (hoặc không ở lại đêm nào): chưa xếp phòng được.",
    en: "{name} has no arrival and departure dates (or stays no night): no room can be given yet.",
  },
  ROOM_FULL: {
    status: 409,
    vi: "Phòng {key} ({type}) đã đủ người: {names}.",
    en: "Room {key} ({type}) is already full: {names}.",
  },
  SINGLE_SHARED: {
    status: 400,
    vi: "Phòng đơn không ở chung được: bỏ mã phòng hoặc chọn phòng đôi.",
    en: "A single room cannot be shared: leave the room key empty or choose a twin or double room.",
  },
  PASSPORTS_KEEPERS_ONLY: {
    status: 403,
    vi: "Khách sạn này cần số hộ chiếu của khách: chỉ người phụ trách hậu cần mới xuất được danh sách này.",
    en: "This hotel needs its guests' passports: only those who keep logistics may export its rooming list.",
  },
});
