/**
 * The reporting agencies of the demo: the provinces and centrally-run cities as they were before and after the
 * 2025 reorganisation, and a handful of ministries.
 *
 * Source of the provincial map: Resolution 202/2025/QH15 of the National Assembly of 12 June 2025 on the
 * reorganisation of provincial-level administrative units (Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị
 * hành chính cấp tỉnh), in force from 1 July 2025: the 63 provinces and cities become 34 — 11 unchanged and 23
 * new ones, each formed from two or three former ones and named after one of them.
 *
 * Codes are ours (Focal's), not the official administrative codes: `P-XXX` for a province of the 63-unit map;
 * the 11 unchanged units keep their code after 1/7/2025; each of the 23 new units gets `P-XXX-2025` (named after
 * the former province whose name it took), because it is a new unit with a new area and a new headcount, and a
 * report it files must not be mixed up with the former unit's history.
 *
 * Thừa Thiên Huế became the centrally-run city of Huế on 1/1/2025 (Resolution 175/2024/QH15) without a change of
 * area; it is one agency, with its former name kept for search.
 */

/** The date from which the 63-unit map applied (Hà Tây merged into Hà Nội, Resolution 15/2008/QH12). */
export const MAP_63_FROM = "2008-08-01";
/** The last day of the 63-unit map and the first of the 34-unit map (Resolution 202/2025/QH15). */
export const MAP_63_TO = "2025-06-30";
export const MAP_34_FROM = "2025-07-01";

export interface ProvinceDef {
  code: string;
  vi: string;
  en: string;
  /** Other names the unit has been known by, for search only. */
  aliases?: string;
}

/** The 11 provincial-level units that Resolution 202/2025/QH15 left unchanged. */
export const unchangedProvinces: ProvinceDef[] = [
  { code: "P-HNI", vi: "Hà Nội", en: "Hanoi" },
  { code: "P-HUE", vi: "Huế", en: "Hue", aliases: "Thừa Thiên Huế Thua Thien Hue" },
  { code: "P-LCU", vi: "Lai Châu", en: "Lai Chau" },
  { code: "P-DBN", vi: "Điện Biên", en: "Dien Bien" },
  { code: "P-SLA", vi: "Sơn La", en: "Son La" },
  { code: "P-LSN", vi: "Lạng Sơn", en: "Lang Son" },
  { code: "P-QNH", vi: "Quảng Ninh", en: "Quang Ninh" },
  { code: "P-THA", vi: "Thanh Hóa", en: "Thanh Hoa" },
  { code: "P-NAN", vi: "Nghệ An", en: "Nghe An" },
  { code: "P-HTH", vi: "Hà Tĩnh", en: "Ha Tinh" },
  { code: "P-CBG", vi: "Cao Bằng", en: "Cao Bang" },
];

export interface MergerDef {
  /** The new unit (from 1/7/2025). */
  to: ProvinceDef;
  /** The former units whose whole area and population it took, the one whose name it kept first. */
  from: ProvinceDef[];
}

/** The 23 new provincial-level units of Resolution 202/2025/QH15 and the former units each was formed from. */
export const mergers2025: MergerDef[] = [
  {
    to: { code: "P-TQU-2025", vi: "Tuyên Quang", en: "Tuyen Quang" },
    from: [
      { code: "P-TQU", vi: "Tuyên Quang", en: "Tuyen Quang" },
      { code: "P-HGG", vi: "Hà Giang", en: "Ha Giang" },
    ],
  },
  {
    to: { code: "P-LCI-2025", vi: "Lào Cai", en: "Lao Cai" },
    from: [
      { code: "P-LCI", vi: "Lào Cai", en: "Lao Cai" },
      { code: "P-YBI", vi: "Yên Bái", en: "Yen Bai" },
    ],
  },
  {
    to: { code: "P-TNN-2025", vi: "Thái Nguyên", en: "Thai Nguyen" },
    from: [
      { code: "P-TNN", vi: "Thái Nguyên", en: "Thai Nguyen" },
      { code: "P-BKN", vi: "Bắc Kạn", en: "Bac Kan" },
    ],
  },
  {
    to: { code: "P-PTO-2025", vi: "Phú Thọ", en: "Phu Tho" },
    from: [
      { code: "P-PTO", vi: "Phú Thọ", en: "Phu Tho" },
      { code: "P-VPC", vi: "Vĩnh Phúc", en: "Vinh Phuc" },
      { code: "P-HBH", vi: "Hòa Bình", en: "Hoa Binh" },
    ],
  },
  {
    to: { code: "P-BNH-2025", vi: "Bắc Ninh", en: "Bac Ninh" },
    from: [
      { code: "P-BNH", vi: "Bắc Ninh", en: "Bac Ninh" },
      { code: "P-BGG", vi: "Bắc Giang", en: "Bac Giang" },
    ],
  },
  {
    to: { code: "P-HYN-2025", vi: "Hưng Yên", en: "Hung Yen" },
    from: [
      { code: "P-HYN", vi: "Hưng Yên", en: "Hung Yen" },
      { code: "P-TBH", vi: "Thái Bình", en: "Thai Binh" },
    ],
  },
  {
    to: { code: "P-HPG-2025", vi: "Hải Phòng", en: "Hai Phong" },
    from: [
      { code: "P-HPG", vi: "Hải Phòng", en: "Hai Phong" },
      { code: "P-HDG", vi: "Hải Dương", en: "Hai Duong" },
    ],
  },
  {
    to: { code: "P-NBH-2025", vi: "Ninh Bình", en: "Ninh Binh" },
    from: [
      { code: "P-NBH", vi: "Ninh Bình", en: "Ninh Binh" },
      { code: "P-HNM", vi: "Hà Nam", en: "Ha Nam" },
      { code: "P-NDH", vi: "Nam Định", en: "Nam Dinh" },
    ],
  },
  {
    to: { code: "P-QTI-2025", vi: "Quảng Trị", en: "Quang Tri" },
    from: [
      { code: "P-QTI", vi: "Quảng Trị", en: "Quang Tri" },
      { code: "P-QBH", vi: "Quảng Bình", en: "Quang Binh" },
    ],
  },
  {
    to: { code: "P-DNG-2025", vi: "Đà Nẵng", en: "Da Nang" },
    from: [
      { code: "P-DNG", vi: "Đà Nẵng", en: "Da Nang" },
      { code: "P-QNM", vi: "Quảng Nam", en: "Quang Nam" },
    ],
  },
  {
    to: { code: "P-QNI-2025", vi: "Quảng Ngãi", en: "Quang Ngai" },
    from: [
      { code: "P-QNI", vi: "Quảng Ngãi", en: "Quang Ngai" },
      { code: "P-KTM", vi: "Kon Tum", en: "Kon Tum" },
    ],
  },
  {
    to: { code: "P-GLI-2025", vi: "Gia Lai", en: "Gia Lai" },
    from: [
      { code: "P-GLI", vi: "Gia Lai", en: "Gia Lai" },
      { code: "P-BDH", vi: "Bình Định", en: "Binh Dinh" },
    ],
  },
  {
    to: { code: "P-KHA-2025", vi: "Khánh Hòa", en: "Khanh Hoa" },
    from: [
      { code: "P-KHA", vi: "Khánh Hòa", en: "Khanh Hoa" },
      { code: "P-NTN", vi: "Ninh Thuận", en: "Ninh Thuan" },
    ],
  },
  {
    to: { code: "P-LDG-2025", vi: "Lâm Đồng", en: "Lam Dong" },
    from: [
      { code: "P-LDG", vi: "Lâm Đồng", en: "Lam Dong" },
      { code: "P-DNO", vi: "Đắk Nông", en: "Dak Nong" },
      { code: "P-BTN", vi: "Bình Thuận", en: "Binh Thuan" },
    ],
  },
  {
    to: { code: "P-DLK-2025", vi: "Đắk Lắk", en: "Dak Lak" },
    from: [
      { code: "P-DLK", vi: "Đắk Lắk", en: "Dak Lak" },
      { code: "P-PYN", vi: "Phú Yên", en: "Phu Yen" },
    ],
  },
  {
    to: { code: "P-HCM-2025", vi: "TP. Hồ Chí Minh", en: "Ho Chi Minh City", aliases: "Thành phố Hồ Chí Minh Sài Gòn" },
    from: [
      { code: "P-HCM", vi: "TP. Hồ Chí Minh", en: "Ho Chi Minh City", aliases: "Thành phố Hồ Chí Minh Sài Gòn" },
      { code: "P-BDG", vi: "Bình Dương", en: "Binh Duong" },
      { code: "P-BRV", vi: "Bà Rịa - Vũng Tàu", en: "Ba Ria - Vung Tau" },
    ],
  },
  {
    to: { code: "P-DNI-2025", vi: "Đồng Nai", en: "Dong Nai" },
    from: [
      { code: "P-DNI", vi: "Đồng Nai", en: "Dong Nai" },
      { code: "P-BPC", vi: "Bình Phước", en: "Binh Phuoc" },
    ],
  },
  {
    to: { code: "P-TNH-2025", vi: "Tây Ninh", en: "Tay Ninh" },
    from: [
      { code: "P-TNH", vi: "Tây Ninh", en: "Tay Ninh" },
      { code: "P-LAN", vi: "Long An", en: "Long An" },
    ],
  },
  {
    to: { code: "P-CTO-2025", vi: "Cần Thơ", en: "Can Tho" },
    from: [
      { code: "P-CTO", vi: "Cần Thơ", en: "Can Tho" },
      { code: "P-STG", vi: "Sóc Trăng", en: "Soc Trang" },
      { code: "P-HGI", vi: "Hậu Giang", en: "Hau Giang" },
    ],
  },
  {
    to: { code: "P-VLG-2025", vi: "Vĩnh Long", en: "Vinh Long" },
    from: [
      { code: "P-VLG", vi: "Vĩnh Long", en: "Vinh Long" },
      { code: "P-BTE", vi: "Bến Tre", en: "Ben Tre" },
      { code: "P-TVH", vi: "Trà Vinh", en: "Tra Vinh" },
    ],
  },
  {
    to: { code: "P-DTP-2025", vi: "Đồng Tháp", en: "Dong Thap" },
    from: [
      { code: "P-DTP", vi: "Đồng Tháp", en: "Dong Thap" },
      { code: "P-TGG", vi: "Tiền Giang", en: "Tien Giang" },
    ],
  },
  {
    to: { code: "P-CMU-2025", vi: "Cà Mau", en: "Ca Mau" },
    from: [
      { code: "P-CMU", vi: "Cà Mau", en: "Ca Mau" },
      { code: "P-BLU", vi: "Bạc Liêu", en: "Bac Lieu" },
    ],
  },
  {
    to: { code: "P-AGG-2025", vi: "An Giang", en: "An Giang" },
    from: [
      { code: "P-AGG", vi: "An Giang", en: "An Giang" },
      { code: "P-KGG", vi: "Kiên Giang", en: "Kien Giang" },
    ],
  },
];

/**
 * A handful of ministries that report against the scheme. Their own reorganisation of 1 March 2025
 * (Resolution 176/2025/QH15) is not modelled here: these ministries kept their names.
 */
export const ministries: ProvinceDef[] = [
  { code: "M-MOHA", vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
  { code: "M-MOFA", vi: "Bộ Ngoại giao", en: "Ministry of Foreign Affairs" },
  { code: "M-MOF", vi: "Bộ Tài chính", en: "Ministry of Finance" },
  { code: "M-MOET", vi: "Bộ Giáo dục và Đào tạo", en: "Ministry of Education and Training" },
  { code: "M-MOH", vi: "Bộ Y tế", en: "Ministry of Health" },
  { code: "M-MOJ", vi: "Bộ Tư pháp", en: "Ministry of Justice" },
  { code: "M-MOIT", vi: "Bộ Công Thương", en: "Ministry of Industry and Trade" },
  { code: "M-MOCST", vi: "Bộ Văn hóa, Thể thao và Du lịch", en: "Ministry of Culture, Sports and Tourism" },
];

export interface AgencyDef {
  code: string;
  kind: "ministry" | "province";
  nameVi: string;
  nameEn: string;
  aliases: string;
  /** Null: since before the records begin. */
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

/** Every agency row to load: 63 former units (52 ending 30/6/2025), 23 new units, and the ministries. */
export function allAgencies(): AgencyDef[] {
  const row = (
    p: ProvinceDef,
    kind: AgencyDef["kind"],
    from: string | null,
    to: string | null,
    successor: string | null,
  ): AgencyDef => ({
    code: p.code,
    kind,
    nameVi: p.vi,
    nameEn: p.en,
    aliases: p.aliases ?? "",
    validFrom: from,
    validTo: to,
    successorCode: successor,
  });
  return [
    ...ministries.map((m) => row(m, "ministry", null, null, null)),
    ...unchangedProvinces.map((p) => row(p, "province", MAP_63_FROM, null, null)),
    ...mergers2025.flatMap((m) => [
      row(m.to, "province", MAP_34_FROM, null, null),
      ...m.from.map((f) => row(f, "province", MAP_63_FROM, MAP_63_TO, m.to.code)),
    ]),
  ];
}
