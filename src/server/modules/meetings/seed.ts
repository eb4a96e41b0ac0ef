import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { hashPassword } from "../../auth/passwords.js";
import { audit } from "../audit/service.js";
import { insertGrantTx, insertUserTx } from "../people/repo.js";
import { DEMO_PASSWORD, demoIds } from "../../seed/ids.js";
import { fold } from "../../../shared/text.js";
import { countryName } from "../../../shared/countries.js";
import {
  agendaItems,
  delegates,
  delegations,
  meetingSessions,
  rooms,
  sessionDelegations,
  venues,
  type DelegateRole,
  type DelegationCategory,
  type Gender,
  type SessionKind,
} from "./schema.js";
import { insertDelegatesTx, type DelegateInput } from "./delegates.js";
import { insertDelegationTx, insertMeetingTx } from "./repo.js";
import { getMeetingRow } from "./service.js";
import { parseZoned } from "./time.js";

/**
 * ACCSM 21 as seeds 000, 001 and 003 describe it: 2–6 August 2022 in Hanoi, the theme, 15 delegations, SOM and
 * SOM+3 on 3 August, the Heads meeting on the morning and the Heads+3 meeting on the afternoon of 5 August, the
 * forum on good governance, the press conference and cultural programme the organising committee prepares, and the
 * hand-over of the chair to Brunei Darussalam. What the seeds do not give — the venue, rooms, exact times, most
 * delegates, flights, passports — is sample data and says so where users do not read it as a name or title: the
 * sessions' notes ("Phiên mẫu" / "Sample session"), `sample = true` on venues and delegates, the README.
 */

const M = demoIds.meetingAccsm21;
const TZ = "Asia/Ho_Chi_Minh";

const demoDelegationKeys = [
  "VNM",
  "BRN",
  "KHM",
  "IDN",
  "LAO",
  "MYS",
  "MMR",
  "PHL",
  "SGP",
  "THA",
  "CHN",
  "JPN",
  "KOR",
  "AUS",
  "ASEC",
] as const;
export type DemoDelegationKey = (typeof demoDelegationKeys)[number];

/** Fixed ids of the demo delegations, for other modules' seeds and tests. */
export const demoDelegationIds = {
  VNM: "0a0c5321-0000-4000-8000-0000000d0001",
  BRN: "0a0c5321-0000-4000-8000-0000000d0002",
  KHM: "0a0c5321-0000-4000-8000-0000000d0003",
  IDN: "0a0c5321-0000-4000-8000-0000000d0004",
  LAO: "0a0c5321-0000-4000-8000-0000000d0005",
  MYS: "0a0c5321-0000-4000-8000-0000000d0006",
  MMR: "0a0c5321-0000-4000-8000-0000000d0007",
  PHL: "0a0c5321-0000-4000-8000-0000000d0008",
  SGP: "0a0c5321-0000-4000-8000-0000000d0009",
  THA: "0a0c5321-0000-4000-8000-0000000d0010",
  CHN: "0a0c5321-0000-4000-8000-0000000d0011",
  JPN: "0a0c5321-0000-4000-8000-0000000d0012",
  KOR: "0a0c5321-0000-4000-8000-0000000d0013",
  AUS: "0a0c5321-0000-4000-8000-0000000d0014",
  ASEC: "0a0c5321-0000-4000-8000-0000000d0015",
} as const satisfies Record<DemoDelegationKey, string>;

const ASEAN: DemoDelegationKey[] = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"];
const PLUS3: DemoDelegationKey[] = ["CHN", "JPN", "KOR"];
const ALL: DemoDelegationKey[] = [...demoDelegationKeys];

/** `map.get(key)`, or an Error naming the key the demo data lacks. */
function seedGet<K, V>(map: Map<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo meeting: no ${what} ${String(key)}`);
  return v;
}

/** A delegation's name: the one its spec gives, else its country's. */
function delegationName(d: DelegationSpec, lang: "vi" | "en"): string {
  const given = lang === "vi" ? d.nameVi : d.nameEn;
  if (given !== undefined) return given;
  if (!d.country) throw new Error(`Demo delegation ${d.key}: neither a name nor a country to name it by`);
  return countryName(d.country, lang);
}

/** A local date and time of the demo meeting as an instant. */
function demoInstant(day: string, time: string): Date {
  const at = parseZoned(`${day}T${time}`, TZ);
  if (!at) throw new Error(`Demo meeting: ${day} ${time} is not a time in ${TZ}`);
  return at;
}

interface DelegationSpec {
  key: DemoDelegationKey;
  country: string | null;
  nameVi?: string;
  nameEn?: string;
  category: DelegationCategory;
  /** The civil-service agency that sends the delegation. */
  agency: string;
  /** The e-mail local part of the contact account; none for the host. */
  contact?: string;
  flight?: { no: string; day: string; time: string; backNo: string; backDay: string; backTime: string };
  passportPrefix?: string;
  people: PersonSpec[];
}

/** [name as in passport, honorific, gender, role, position, from the seeds (not sample)] */
type PersonSpec = [string, string, Gender, DelegateRole, string, boolean?];

const delegationSpecs: DelegationSpec[] = [
  {
    key: "VNM",
    country: "VNM",
    nameVi: "Việt Nam (nước chủ nhà)",
    nameEn: "Viet Nam (host)",
    category: "host",
    agency: "Ministry of Home Affairs",
    people: [
      ["Pham Thi Thanh Tra", "H.E. Ms.", "female", "head", "Minister of Home Affairs, Chair of ACCSM 21", true],
      ["Vu Chien Thang", "Mr.", "male", "som_leader", "Deputy Minister of Home Affairs", true],
      ["Chu Tuan Tu", "Mr.", "male", "focal_point", "Director General, International Cooperation Department", true],
      ["Nguyen Thi Lan Anh", "Ms.", "female", "member", "Official, International Cooperation Department"],
      ["Tran Minh Quan", "Mr.", "male", "interpreter", "Interpreter"],
    ],
  },
  {
    key: "BRN",
    country: "BRN",
    category: "asean_member",
    agency: "Public Service Department, Prime Minister's Office",
    contact: "brunei",
    passportPrefix: "BA",
    flight: {
      no: "VN1450",
      day: "2022-08-02",
      time: "14:20",
      backNo: "VN1451",
      backDay: "2022-08-06",
      backTime: "16:10",
    },
    people: [
      ["Hajah Norliza binti Haji Ahmad", "Dato Paduka", "female", "head", "Permanent Secretary"],
      ["Mohd Faizal bin Abdullah", "Mr.", "male", "som_leader", "Director, Public Service Department"],
      ["Siti Aminah binti Yusof", "Ms.", "female", "focal_point", "Senior Officer"],
      ["Awang Hazim bin Othman", "Mr.", "male", "member", "Officer"],
    ],
  },
  {
    key: "KHM",
    country: "KHM",
    category: "asean_member",
    agency: "Ministry of Civil Service",
    contact: "cambodia",
    passportPrefix: "N0",
    flight: {
      no: "VN920",
      day: "2022-08-02",
      time: "11:05",
      backNo: "VN921",
      backDay: "2022-08-06",
      backTime: "13:40",
    },
    people: [
      ["Sok Chanthy", "H.E.", "male", "head", "Secretary of State, Ministry of Civil Service"],
      ["Chea Vuthy", "Mr.", "male", "som_leader", "Director General"],
      ["Kim Sreymom", "Ms.", "female", "focal_point", "Deputy Director"],
      ["Heng Sophal", "Mr.", "male", "interpreter", "Interpreter"],
    ],
  },
  {
    key: "IDN",
    country: "IDN",
    category: "asean_member",
    agency: "Ministry of State Apparatus Utilization and Bureaucratic Reform",
    contact: "indonesia",
    passportPrefix: "C",
    flight: {
      no: "VN630",
      day: "2022-08-02",
      time: "15:30",
      backNo: "VN631",
      backDay: "2022-08-06",
      backTime: "09:50",
    },
    people: [
      ["Budi Santoso", "H.E. Mr.", "male", "head", "Deputy Minister"],
      ["Dewi Lestari", "Ms.", "female", "som_leader", "Assistant Deputy Minister"],
      ["Agus Prasetyo", "Mr.", "male", "focal_point", "Head of Division"],
      ["Rina Wulandari", "Ms.", "female", "adviser", "Policy Analyst"],
      ["Hendra Wijaya", "Mr.", "male", "member", "Officer"],
    ],
  },
  {
    key: "LAO",
    country: "LAO",
    category: "asean_member",
    agency: "Ministry of Home Affairs",
    contact: "laos",
    passportPrefix: "P",
    flight: {
      no: "QV311",
      day: "2022-08-02",
      time: "10:25",
      backNo: "QV312",
      backDay: "2022-08-06",
      backTime: "12:00",
    },
    people: [
      ["Khamphoui Sisavath", "H.E. Mr.", "male", "head", "Vice Minister of Home Affairs"],
      ["Bounmy Phommachanh", "Mr.", "male", "som_leader", "Director General"],
      ["Vilayvanh Keomany", "Ms.", "female", "focal_point", "Deputy Director General"],
      ["Somphone Inthavong", "Mr.", "male", "member", "Technical Officer"],
    ],
  },
  {
    key: "MYS",
    country: "MYS",
    category: "asean_member",
    agency: "Public Service Department",
    contact: "malaysia",
    passportPrefix: "A",
    flight: {
      no: "MH752",
      day: "2022-08-02",
      time: "12:40",
      backNo: "MH753",
      backDay: "2022-08-06",
      backTime: "13:45",
    },
    people: [
      ["Ahmad Zulkifli bin Hassan", "Dato'", "male", "head", "Director General of Public Service"],
      ["Nurul Izzah binti Kamal", "Ms.", "female", "som_leader", "Deputy Director General"],
      ["Tan Wei Ming", "Mr.", "male", "focal_point", "Principal Assistant Director"],
      ["Kavitha a/p Raman", "Ms.", "female", "member", "Assistant Director"],
    ],
  },
  {
    key: "MMR",
    country: "MMR",
    category: "asean_member",
    agency: "Union Civil Service Board",
    contact: "myanmar",
    passportPrefix: "MA",
    flight: {
      no: "VN956",
      day: "2022-08-02",
      time: "18:15",
      backNo: "VN957",
      backDay: "2022-08-06",
      backTime: "15:20",
    },
    people: [
      ["Aung Kyaw Moe", "U", "male", "head", "Member, Union Civil Service Board"],
      ["Khin Myat Noe", "Daw", "female", "som_leader", "Director General"],
      ["Zaw Min Htet", "U", "male", "focal_point", "Deputy Director"],
    ],
  },
  {
    key: "PHL",
    country: "PHL",
    category: "asean_member",
    agency: "Civil Service Commission",
    contact: "philippines",
    passportPrefix: "P",
    flight: {
      no: "PR595",
      day: "2022-08-01",
      time: "16:50",
      backNo: "PR596",
      backDay: "2022-08-06",
      backTime: "17:50",
    },
    people: [
      ["Maria Cristina Santos", "Hon.", "female", "head", "Commissioner"],
      ["Jose Miguel Reyes", "Mr.", "male", "som_leader", "Director IV"],
      ["Ana Liza Dela Cruz", "Ms.", "female", "focal_point", "Director III"],
      ["Ramon Villanueva", "Mr.", "male", "security", "Security Officer"],
    ],
  },
  {
    key: "SGP",
    country: "SGP",
    category: "asean_member",
    agency: "Public Service Division, Prime Minister's Office",
    contact: "singapore",
    passportPrefix: "K",
    flight: {
      no: "SQ176",
      day: "2022-08-02",
      time: "10:55",
      backNo: "SQ175",
      backDay: "2022-08-06",
      backTime: "12:05",
    },
    people: [
      ["Lim Hui Ling", "Ms.", "female", "head", "Permanent Secretary (Public Service Division)"],
      ["Muhammad Irfan bin Rahim", "Mr.", "male", "som_leader", "Deputy Secretary"],
      ["Chen Jia Hao", "Mr.", "male", "focal_point", "Senior Manager, International Relations"],
      ["Priya Nair", "Ms.", "female", "member", "Manager"],
    ],
  },
  {
    key: "THA",
    country: "THA",
    category: "asean_member",
    agency: "Office of the Civil Service Commission",
    contact: "thailand",
    passportPrefix: "AA",
    flight: {
      no: "TG560",
      day: "2022-08-02",
      time: "12:15",
      backNo: "TG565",
      backDay: "2022-08-06",
      backTime: "19:10",
    },
    people: [
      ["Anan Srisuk", "Mr.", "male", "head", "Secretary-General, OCSC"],
      ["Pimchanok Rattanakul", "Ms.", "female", "alternate_head", "Deputy Secretary-General"],
      ["Kittipong Boonmee", "Mr.", "male", "som_leader", "Director, International Affairs"],
      ["Siriporn Chaiyasit", "Ms.", "female", "focal_point", "Human Resource Officer"],
      ["Nattapong Kaewmanee", "Mr.", "male", "interpreter", "Interpreter"],
    ],
  },
  {
    key: "CHN",
    country: "CHN",
    category: "plus_three",
    agency: "Embassy of the People's Republic of China in Viet Nam",
    contact: "china",
    passportPrefix: "E",
    flight: {
      no: "CA741",
      day: "2022-08-02",
      time: "09:40",
      backNo: "CA742",
      backDay: "2022-08-06",
      backTime: "11:20",
    },
    people: [
      ["Xi Hui", "Ms.", "female", "head", "Deputy Ambassador of China to Viet Nam", true],
      ["Wang Lei", "Mr.", "male", "som_leader", "Counsellor"],
      ["Zhang Min", "Ms.", "female", "focal_point", "Second Secretary"],
    ],
  },
  {
    key: "JPN",
    country: "JPN",
    category: "plus_three",
    agency: "National Personnel Authority",
    contact: "japan",
    passportPrefix: "TK",
    flight: {
      no: "VN311",
      day: "2022-08-02",
      time: "14:00",
      backNo: "VN310",
      backDay: "2022-08-06",
      backTime: "23:55",
    },
    people: [
      ["Tanaka Kenji", "Mr.", "male", "head", "Director-General, Secretariat of the NPA"],
      ["Suzuki Yuko", "Ms.", "female", "som_leader", "Director, International Affairs"],
      ["Watanabe Hiroshi", "Mr.", "male", "focal_point", "Deputy Director"],
    ],
  },
  {
    key: "KOR",
    country: "KOR",
    category: "plus_three",
    agency: "Ministry of Personnel Management",
    contact: "korea",
    passportPrefix: "M",
    flight: {
      no: "VN417",
      day: "2022-08-02",
      time: "22:30",
      backNo: "VN416",
      backDay: "2022-08-06",
      backTime: "23:40",
    },
    people: [
      ["Lee Jeongmin", "Mr.", "male", "head", "Representative, Ministry of Personnel Management", true],
      ["Kim Min-jun", "Mr.", "male", "som_leader", "Director, International Cooperation"],
      ["Park Ji-yeon", "Ms.", "female", "focal_point", "Deputy Director"],
    ],
  },
  {
    key: "AUS",
    country: "AUS",
    nameVi: "Ban Công vụ Úc",
    nameEn: "Australian Public Service Commission",
    category: "dialogue_partner",
    agency: "Australian Public Service Commission",
    contact: "australia",
    passportPrefix: "PA",
    flight: {
      no: "VN780",
      day: "2022-08-01",
      time: "06:10",
      backNo: "VN781",
      backDay: "2022-08-06",
      backTime: "21:05",
    },
    people: [
      ["Grant Lovelock", "Mr.", "male", "head", "Deputy Commissioner, Australian Public Service Commission", true],
      ["Sarah Mitchell", "Ms.", "female", "focal_point", "Assistant Director, International"],
      ["James O'Connor", "Mr.", "male", "adviser", "Adviser"],
    ],
  },
  {
    key: "ASEC",
    country: null,
    nameVi: "Ban Thư ký ASEAN",
    nameEn: "ASEAN Secretariat",
    category: "secretariat",
    agency: "ASEAN Secretariat",
    contact: "asean-secretariat",
    passportPrefix: "B",
    flight: {
      no: "VN630",
      day: "2022-08-02",
      time: "15:30",
      backNo: "VN631",
      backDay: "2022-08-06",
      backTime: "09:50",
    },
    people: [
      ["Ekkaphab Phantavong", "H.E. Mr.", "male", "head", "Deputy Secretary-General of ASEAN for ASCC", true],
      ["Maria Fe Ocampo", "Ms.", "female", "focal_point", "Head, Civil Service Matters Division"],
      ["Rizal Hakim", "Mr.", "male", "member", "Senior Officer"],
    ],
  },
];

/** Nationality of ASEAN Secretariat staff (sample): they come from member states. */
const asecNationality: Record<string, string> = {
  "Ekkaphab Phantavong": "LAO",
  "Maria Fe Ocampo": "PHL",
  "Rizal Hakim": "IDN",
};

interface SessionSpec {
  kind: SessionKind;
  vi: string;
  en: string;
  day: string;
  from: string;
  to: string;
  room: "plenary" | "bilateral" | "press" | "theatre" | null;
  chair?: string;
  delegations: DemoDelegationKey[];
  notesVi?: string;
  notesEn?: string;
  agenda?: [string, string, string | null, string | null][];
}

const MINISTER = "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà";
const DEPUTY = "Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng";
/** How English readers see the chairs. */
const chairEn: Record<string, string> = {
  [MINISTER]: "Minister of Home Affairs Pham Thi Thanh Tra",
  [DEPUTY]: "Deputy Minister of Home Affairs Vu Chien Thang",
};

const sessionSpecs: SessionSpec[] = [
  {
    kind: "other",
    vi: "Tiệc chào mừng các trưởng đoàn",
    en: "Welcome dinner for heads of delegation",
    day: "2022-08-02",
    from: "19:00",
    to: "21:00",
    room: "theatre",
    chair: DEPUTY,
    delegations: ALL,
    notesVi: "Phiên mẫu: không có trong tin bài.",
    notesEn: "Sample session: not in the news articles.",
  },
  {
    kind: "SOM",
    vi: "Cuộc họp cán bộ cấp cao ACCSM lần thứ 21 (SOM ACCSM 21)",
    en: "21st ACCSM Senior Officials Meeting (SOM)",
    day: "2022-08-03",
    from: "08:30",
    to: "12:00",
    room: "plenary",
    chair: DEPUTY,
    delegations: [...ASEAN, "ASEC"],
    notesVi: "Giờ họp là dữ liệu mẫu; ngày họp theo tin bài (03/8/2022).",
    notesEn: "Times are sample data; the date is from the news article (3 August 2022).",
    agenda: [
      ["Phát biểu khai mạc", "Opening remarks", DEPUTY, null],
      [
        "Rà soát Kế hoạch làm việc ACCSM giai đoạn 2021–2025 (31 dự án/hoạt động)",
        "Review of the ACCSM Work Plan 2021–2025 (31 projects/activities)",
        "Ban Thư ký ASEAN",
        "ACCSM Work Plan 2021–2025 — status report as of 3 August 2022",
      ],
      [
        "Khuôn khổ đối tác chiến lược ACCSM",
        "ACCSM Strategic Partnership Framework",
        "Ban Thư ký ASEAN",
        "ACCSM Strategic Partnership Framework (adopted ad referendum, 15 June 2021)",
      ],
      [
        "Dự thảo Kế hoạch hành động thực hiện Tuyên bố về tăng cường sự thích ứng của nền công vụ",
        "Draft Action Plan on the Declaration on Strengthening the Adaptability of the Civil Service",
        "Việt Nam",
        null,
      ],
    ],
  },
  {
    kind: "SOM+3",
    vi: "Cuộc họp cán bộ cấp cao ACCSM+3 lần thứ 6 (SOM+3)",
    en: "6th ACCSM+3 Senior Officials Meeting (SOM+3)",
    day: "2022-08-03",
    from: "14:00",
    to: "17:00",
    room: "plenary",
    chair: DEPUTY,
    delegations: [...ASEAN, ...PLUS3, "ASEC"],
    agenda: [
      [
        "Rà soát Kế hoạch làm việc ACCSM+3 giai đoạn 2021–2025 (32 dự án/hoạt động)",
        "Review of the ACCSM+3 Work Plan 2021–2025 (32 projects/activities)",
        "Ban Thư ký ASEAN",
        "ACCSM+3 Work Plan 2021–2025 — status report",
      ],
      [
        "Đề xuất của Nhật Bản: Hội thảo quốc tế kỷ niệm 50 năm quan hệ hợp tác hữu nghị ASEAN – Nhật Bản (2023)",
        "Japan's proposal: International symposium for the 50th anniversary of ASEAN–Japan friendship and cooperation (2023)",
        "Nhật Bản",
        null,
      ],
    ],
  },
  {
    kind: "forum",
    vi: "Diễn đàn về Quản trị đất nước tốt",
    en: "Forum on Good Governance",
    day: "2022-08-04",
    from: "08:30",
    to: "11:30",
    room: "plenary",
    chair: MINISTER,
    delegations: ALL,
    notesVi: "Giờ họp là dữ liệu mẫu.",
    notesEn: "Times are sample data.",
  },
  {
    kind: "site_visit",
    vi: "Tham quan Hoàng thành Thăng Long",
    en: "Visit to the Imperial Citadel of Thang Long",
    day: "2022-08-04",
    from: "14:30",
    to: "17:00",
    room: null,
    delegations: ALL,
    notesVi: "Phiên mẫu: không có trong tin bài.",
    notesEn: "Sample session: not in the news articles.",
  },
  {
    kind: "Heads",
    vi: "Hội nghị những người đứng đầu nền công vụ các nước ASEAN lần thứ 21 (ACCSM Heads)",
    en: "21st ACCSM Heads Meeting",
    day: "2022-08-05",
    from: "08:30",
    to: "11:45",
    room: "plenary",
    chair: MINISTER,
    delegations: [...ASEAN, "ASEC", "AUS"],
    agenda: [
      ["Phát biểu khai mạc", "Opening remarks", MINISTER, null],
      [
        "Báo cáo kết quả Cuộc họp SOM ACCSM 21 và Cuộc họp SOM ACCSM+3 lần thứ 6",
        "Report of the 21st ACCSM SOM and the 6th ACCSM+3 SOM",
        DEPUTY,
        "Report of the SOM and SOM+3 of 3 August 2022",
      ],
      [
        "Báo cáo về các quyết định của Hội nghị Cấp cao ASEAN và các cuộc họp ASCC",
        "Update on the decisions of the ASEAN Summit and the ASCC Council meetings",
        "Phó Tổng Thư ký ASEAN Ekkaphab Phantavong",
        null,
      ],
      [
        "Kế hoạch hành động thực hiện Tuyên bố ASEAN về tăng cường sự thích ứng của nền công vụ đối với những thách thức mới",
        "Action Plan to implement the ASEAN Declaration on Strengthening the Adaptability of the Civil Service to New Challenges",
        "Vụ trưởng Vụ Hợp tác quốc tế Chu Tuấn Tú",
        null,
      ],
      [
        "Chia sẻ của Ban Công vụ Australia",
        "Remarks by the Australian Public Service Commission",
        "Phó Trưởng ban Grant Lovelock",
        null,
      ],
      ["Phát biểu của các trưởng đoàn", "Statements by heads of delegation", null, null],
      [
        "Bế mạc; chuyển giao vai trò Chủ tịch ACCSM cho Brunei Darussalam (ACCSM 22)",
        "Closing; hand-over of the ACCSM chair to Brunei Darussalam (ACCSM 22)",
        MINISTER,
        null,
      ],
    ],
  },
  {
    kind: "Heads+3",
    vi: "Hội nghị những người đứng đầu nền công vụ các nước ASEAN+3 lần thứ 6 (ACCSM+3 Heads)",
    en: "6th ACCSM+3 Heads Meeting",
    day: "2022-08-05",
    from: "14:00",
    to: "16:15",
    room: "plenary",
    chair: MINISTER,
    delegations: [...ASEAN, ...PLUS3, "ASEC"],
    agenda: [
      ["Phát biểu khai mạc", "Opening remarks", MINISTER, null],
      [
        "Báo cáo kết quả Cuộc họp SOM+3 lần thứ 6: 32 dự án (7 hoàn thành, 4 thường niên, 21 đang lên kế hoạch)",
        "Report of the 6th SOM+3: 32 projects (7 completed, 4 ongoing/annual, 21 planned)",
        DEPUTY,
        null,
      ],
      [
        "Phát biểu của Trung Quốc, Nhật Bản, Hàn Quốc",
        "Statements by China, Japan and the Republic of Korea",
        "Bà Xi Hui; ông Lee Jeongmin; đại diện Cơ quan Nhân sự Quốc gia Nhật Bản",
        null,
      ],
      ["Bế mạc", "Closing remarks", MINISTER, null],
    ],
  },
  {
    kind: "press_conference",
    vi: "Họp báo về kết quả Hội nghị ACCSM 21",
    en: "Press conference on the outcomes of ACCSM 21",
    day: "2022-08-05",
    from: "16:30",
    to: "17:15",
    room: "press",
    chair: MINISTER,
    delegations: ["VNM", "BRN", "ASEC"],
    notesVi: "Giờ và thành phần là dữ liệu mẫu.",
    notesEn: "Time and attendance are sample data.",
  },
  {
    kind: "bilateral",
    vi: "Gặp song phương Việt Nam – Brunei Darussalam",
    en: "Bilateral meeting Viet Nam – Brunei Darussalam",
    day: "2022-08-05",
    from: "12:00",
    to: "12:45",
    room: "bilateral",
    chair: DEPUTY,
    delegations: ["VNM", "BRN"],
    notesVi: "Phiên mẫu: không có trong tin bài.",
    notesEn: "Sample session: not in the news articles.",
  },
  {
    kind: "cultural",
    vi: "Đêm văn hóa – nghệ thuật chào mừng Hội nghị ACCSM 21",
    en: "Cultural evening celebrating ACCSM 21",
    day: "2022-08-05",
    from: "19:30",
    to: "21:30",
    room: "theatre",
    delegations: ALL,
    notesVi: "Phiên mẫu: không có trong tin bài.",
    notesEn: "Sample session: not in the news articles.",
  },
];

const samplePassport = (prefix: string, i: number, k: number) =>
  `${prefix}${String(1000000 + ((k * 7919 + i * 104729) % 9000000)).slice(0, 9 - prefix.length)}`;
const sampleBirth = (i: number, k: number) =>
  `${1962 + ((k * 3 + i * 5) % 26)}-${String(1 + ((k + i * 4) % 12)).padStart(2, "0")}-${String(1 + ((k * 5 + i * 3) % 28)).padStart(2, "0")}`;
const sampleExpiry = (i: number, k: number) =>
  `${2025 + ((k + i) % 6)}-${String(1 + ((k * 2 + i) % 12)).padStart(2, "0")}-15`;

/** Country calling codes of the demo's delegations (the ASEAN Secretariat sits in Jakarta). */
const callingCodes: Record<DemoDelegationKey, number> = {
  VNM: 84,
  BRN: 673,
  KHM: 855,
  IDN: 62,
  LAO: 856,
  MYS: 60,
  MMR: 95,
  PHL: 63,
  SGP: 65,
  THA: 66,
  CHN: 86,
  JPN: 81,
  KOR: 82,
  AUS: 61,
  ASEC: 62,
};

const dietaryOptions = [
  null,
  null,
  "Halal",
  null,
  "Vegetarian",
  "Allergic to peanuts",
  "No seafood",
  "Không ăn thịt lợn",
];

/**
 * Seeds ACCSM 21: meeting, venues, programme, delegations, delegates and one contact account per foreign delegation.
 * Records with derived columns are written through the owning module's insert functions (delegates through
 * `insertDelegatesTx`, with every check an upload's rows pass), so a seeded record is found like one made through
 * the API.
 */
export async function seedMeetings(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await insertMeetingTx(tx, {
      id: M,
      code: "ACCSM21",
      titleVi: "Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)",
      titleEn: "21st ASEAN Cooperation on Civil Service Matters (ACCSM 21)",
      themeVi: "Hiện đại hóa nền công vụ hướng tới Cộng đồng ASEAN gắn kết và thích ứng",
      themeEn: "Modernising the civil service towards a cohesive and adaptive ASEAN Community",
      startDate: "2022-08-02",
      endDate: "2022-08-06",
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: TZ,
      status: "registration_open",
    });
    const meeting = await getMeetingRow(tx, M);
    if (!meeting) throw new Error(`Demo meeting ${M} was not inserted`);

    const venueMain = crypto.randomUUID();
    const venueTheatre = crypto.randomUUID();
    await tx.insert(venues).values([
      {
        id: venueMain,
        meetingId: M,
        nameVi: "Trung tâm hội nghị",
        nameEn: "Conference centre",
        // Sample: the articles do not name the venue (marked by `sample`).
        address: "Hà Nội / Hanoi",
        sample: true,
      },
      {
        id: venueTheatre,
        meetingId: M,
        nameVi: "Nhà hát",
        nameEn: "Theatre",
        address: "Hà Nội / Hanoi",
        sample: true,
      },
    ]);
    const roomIds = {
      plenary: crypto.randomUUID(),
      bilateral: crypto.randomUUID(),
      press: crypto.randomUUID(),
      theatre: crypto.randomUUID(),
    };
    await tx.insert(rooms).values([
      {
        id: roomIds.plenary,
        meetingId: M,
        venueId: venueMain,
        nameVi: "Phòng họp toàn thể",
        nameEn: "Plenary hall",
        capacity: 200,
      },
      {
        id: roomIds.bilateral,
        meetingId: M,
        venueId: venueMain,
        nameVi: "Phòng họp song phương",
        nameEn: "Bilateral room",
        capacity: 20,
      },
      {
        id: roomIds.press,
        meetingId: M,
        venueId: venueMain,
        nameVi: "Phòng họp báo",
        nameEn: "Press room",
        capacity: 80,
      },
      {
        id: roomIds.theatre,
        meetingId: M,
        venueId: venueTheatre,
        nameVi: "Khán phòng chính",
        nameEn: "Main auditorium",
        capacity: 400,
      },
    ]);

    // Delegations first (sessions refer to them), heads set once the delegates exist.
    for (const d of delegationSpecs) {
      const nameVi = delegationName(d, "vi");
      const nameEn = delegationName(d, "en");
      await insertDelegationTx(tx, {
        id: demoDelegationIds[d.key],
        meetingId: M,
        country: d.country,
        nameVi,
        nameEn,
        category: d.category,
      });
    }

    const sessionIdsByDelegation = new Map<DemoDelegationKey, string[]>();
    for (const s of sessionSpecs) {
      const id = crypto.randomUUID();
      await tx.insert(meetingSessions).values({
        id,
        meetingId: M,
        kind: s.kind,
        titleVi: s.vi,
        titleEn: s.en,
        startsAt: demoInstant(s.day, s.from),
        endsAt: demoInstant(s.day, s.to),
        roomId: s.room ? roomIds[s.room] : null,
        chair: s.chair ?? null,
        chairEn: s.chair ? (chairEn[s.chair] ?? null) : null,
        notesVi: s.notesVi ?? null,
        notesEn: s.notesEn ?? null,
      });
      if (s.agenda?.length) {
        await tx.insert(agendaItems).values(
          s.agenda.map(([vi, en, presenter, documents], i) => ({
            id: crypto.randomUUID(),
            sessionId: id,
            position: i + 1,
            titleVi: vi,
            titleEn: en,
            presenter,
            documents,
          })),
        );
      }
      await tx
        .insert(sessionDelegations)
        .values(s.delegations.map((k) => ({ sessionId: id, delegationId: demoDelegationIds[k] })));
      for (const k of s.delegations) sessionIdsByDelegation.set(k, [...(sessionIdsByDelegation.get(k) ?? []), id]);
    }

    let delegateCount = 0;
    const accredited: string[] = [];
    for (const [k, d] of delegationSpecs.entries()) {
      const delegationId = demoDelegationIds[d.key];
      const seeded: DelegateInput[] = [];
      const samples: DelegateInput[] = [];
      for (const [i, [fullName, honorific, gender, role, position, fromSeeds]] of d.people.entries()) {
        const sample = !fromSeeds;
        const nationality = d.country ?? asecNationality[fullName] ?? null;
        // Seed-named people get no invented personal data (no passport, no birth date) — only their delegation's
        // flights, so that a head rides to and from the airport with their delegation; the host flies nowhere.
        const flight = d.key !== "VNM" ? (d.flight ?? null) : null;
        const travels = sample && flight !== null;
        (sample ? samples : seeded).push({
          fullName,
          honorific,
          gender,
          role,
          position,
          organisation: d.agency,
          nationality,
          passportNumber: travels ? samplePassport(d.passportPrefix ?? "X", i, k) : null,
          passportExpiry: travels ? sampleExpiry(i, k) : null,
          dateOfBirth: travels ? sampleBirth(i, k) : null,
          email: sample ? `${fold(fullName).replace(/[^a-z]+/g, ".")}@example.org` : null,
          // Sample mobile numbers (a liaison officer calls the head of delegation), in the delegation's country code.
          phone: sample ? `+${callingCodes[d.key]} ${String(2000000 + ((k * 7919 + i * 104729) % 7000000))}` : null,
          arrivalDate: flight ? flight.day : null,
          arrivalTime: flight ? flight.time : null,
          arrivalFlight: flight ? flight.no : null,
          arrivalAirport: flight ? "HAN" : null,
          departureDate: flight ? flight.backDay : null,
          departureTime: flight ? flight.backTime : null,
          departureFlight: flight ? flight.backNo : null,
          departureAirport: flight ? "HAN" : null,
          hotel: d.key === "VNM" ? null : "Khách sạn tại Hà Nội / Hotel in Hanoi",
          dietary: dietaryOptions[(i + k) % dietaryOptions.length] ?? null,
          sessionIds: (sessionIdsByDelegation.get(d.key) ?? []).filter((_, j) => role === "head" || j % 4 !== 3),
        });
      }
      // The meetings core's own insert: the same checks and derived columns (search text) as the API's.
      const rows = [
        ...(seeded.length ? await insertDelegatesTx(tx, null, meeting, delegationId, seeded) : []),
        ...(samples.length ? await insertDelegatesTx(tx, null, meeting, delegationId, samples, { sample: true }) : []),
      ];
      const byName = new Map(rows.map((r) => [r.fullName, r]));
      let headId: string | null = null;
      let contactName: string | null = null;
      for (const [i, [fullName, , , role]] of d.people.entries()) {
        const row = seedGet(byName, fullName, "delegate named");
        if (i === 0 || (i + k) % 3 !== 0) accredited.push(row.id);
        if (role === "head") headId = row.id;
        if (role === "focal_point") contactName = fullName;
        delegateCount++;
      }
      const contactEmail = d.contact ? `contact.${d.contact}@demo.focal` : null;
      await tx
        .update(delegations)
        .set({ headDelegateId: headId, contactName, contactEmail })
        .where(eq(delegations.id, delegationId));
      if (d.contact) await seedContact(tx, d, contactName, passwordHash);
    }
    await tx
      .update(delegates)
      .set({ accreditationStatus: "accredited", accreditedAt: new Date("2022-07-29T03:00:00Z") })
      .where(inArray(delegates.id, accredited));

    await audit(tx, null, {
      action: "seed.meetings",
      entity: "meeting",
      entityId: M,
      after: { delegations: delegationSpecs.length, sessions: sessionSpecs.length, delegates: delegateCount },
    });
  });
}

async function seedContact(tx: Tx, d: DelegationSpec, contactName: string | null, passwordHash: string) {
  const id = crypto.randomUUID();
  const email = `contact.${d.contact}@demo.focal`;
  const name = contactName ?? `${delegationName(d, "en")} contact`;
  const title = "Delegation focal point";
  // People's own inserts (a module owns its tables): the account's search text is computed by people.
  await insertUserTx(tx, {
    id,
    email,
    name,
    title,
    organisation: d.agency,
    language: "en",
    external: true,
    passwordHash,
  });
  await insertGrantTx(tx, {
    userId: id,
    role: "delegation_contact",
    scopeKind: "delegation",
    scopeId: demoDelegationIds[d.key],
  });
}
