/**
 * The two documents of an outbound delegation, built from plain data (decision 022): the International Cooperation
 * Department's submission to the Minister (Tờ trình) and the Ministry's decision sending the delegation (Quyết định
 * cử đoàn), drafted by the Personnel Department. Nothing here knows the cooperation register's tables: its service
 * gathers the facts, takes the number (`takeDocumentNumber`) and hands both to these builders and `renderDecree30Docx`.
 */
import { dmy } from "../../../shared/dates.js";
import type { AdministrativeDocument } from "./decree30.js";

export const MINISTRY = "BỘ NỘI VỤ";
export const ICD_NAME = "VỤ HỢP TÁC QUỐC TẾ";
/** The symbols of the two registers: `12/TTr-HTQT` (ICD), `345/QĐ-BNV` (the Ministry's decisions). */
export const SUBMISSION_SYMBOL = "TTr-HTQT";
export const DECISION_SYMBOL = "QĐ-BNV";

/**
 * The Ministry's grounds a decision starts from unless the caller gives its own (the decree in force on the
 * Ministry's functions; older decisions cite the one in force then).
 */
export const MINISTRY_GROUNDS = [
  "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn " +
    "và cơ cấu tổ chức của Bộ Nội vụ",
];

export interface DelegationMember {
  name: string;
  /** "Phó Cục trưởng", "Chuyên viên chính". */
  position: string;
  /** "Cục Văn thư và Lưu trữ nhà nước". */
  unit: string;
}

/** What an outbound delegation is, in plain Vietnamese text: the facts both documents are written from. */
export interface DelegationFacts {
  /** The activity's title, e.g. "Đoàn công tác làm việc với Lưu trữ Quốc gia Pháp". */
  title: string;
  /** The unit that proposes it ("Cục Văn thư và Lưu trữ nhà nước"). */
  unitName: string;
  /** Where: country names in Vietnamese ("Cộng hòa Pháp"). */
  countries: string[];
  /** Whom the delegation works with ("Lưu trữ Quốc gia Pháp"). */
  partners: string[];
  /** Dates of the trip, YYYY-MM-DD, both included (travel days too). */
  from: string;
  to: string;
  purpose: string;
  expectedResults?: string | null;
  /** The head of the delegation and their rank in words ("Thứ trưởng Bộ Nội vụ", "Cục trưởng Cục …"). */
  leader: { name: string; rank: string };
  /** The other members (the leader is not repeated here). */
  members: DelegationMember[];
  /** "Ngân sách nhà nước cấp cho Cục Văn thư và Lưu trữ nhà nước năm 2026", "Phía Pháp đài thọ". */
  fundingSource: string;
  /** The estimate in đồng, or null when the partner pays everything. */
  fundingEstimate?: number | null;
  /** In the Ministry's approved plan for the year? */
  inPlan: boolean;
  /** The plan item it fulfils ("Mục 12, Kế hoạch hợp tác quốc tế năm 2026"), when in the plan. */
  planItem?: string | null;
  /** Why it is outside the plan, when it is. */
  outOfPlanReason?: string | null;
  /** True when the Prime Minister must permit the trip first (e.g. a Deputy Minister's trip outside the PM's plan). */
  needsPrimeMinisterPermission?: boolean;
  /** The Prime Minister's permission once recorded: "Văn bản số 1234/VPCP-QHQT ngày 20/02/2026 của Văn phòng Chính phủ". */
  primeMinisterPermission?: string | null;
  /** The unit's request: "Công văn số 45/VTLTNN-HTQT ngày 02/02/2026 của Cục Văn thư và Lưu trữ nhà nước". */
  proposalReference?: string | null;
}

export interface Signer {
  /** "KT. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG"; absent when the head signs. */
  authority?: string;
  /** "VỤ TRƯỞNG", "THỨ TRƯỞNG". */
  position: string;
  name: string;
}

export interface SubmissionInput extends DelegationFacts {
  /** "12/TTr-HTQT" from the ICD's register, or null for a draft. */
  number: string | null;
  /** The submission's date, YYYY-MM-DD. */
  date: string;
  /** Whom it is submitted to (Kính gửi); "Bộ trưởng Bộ Nội vụ" unless said. */
  addressedTo?: string;
  /** Who signs for the ICD (the Director General: VỤ TRƯỞNG). */
  signer: Signer;
  /** Nơi nhận after "Như trên"; the default names the unit, the Personnel Department and the ICD's file copy. */
  copiesTo?: string[];
  place?: string;
}

export interface DecisionInput extends DelegationFacts {
  /** "345/QĐ-BNV" from the Personnel Department's register, or null for a draft. */
  number: string | null;
  date: string;
  /** The ICD's submission this decision follows: "12/TTr-HTQT ngày 05/02/2026". */
  submissionReference?: string | null;
  /** The decision's legal grounds before the case's own; `MINISTRY_GROUNDS` unless given. */
  grounds?: string[];
  /** Days after the return within which the leader reports the results (default 15). */
  resultsReportDays?: number;
  /** Who signs for the Minister ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG", or "BỘ TRƯỞNG"). */
  signer: Signer;
  copiesTo?: string[];
  place?: string;
}

/** "Cộng hòa Pháp", "Cộng hòa Pháp và Hợp chúng quốc Hoa Kỳ", "A, B và C". */
export function joinVi(items: string[]): string {
  const xs = items.map((s) => s.trim()).filter(Boolean);
  if (xs.length <= 1) return xs[0] ?? "";
  return `${xs.slice(0, -1).join(", ")} và ${xs[xs.length - 1]}`;
}

/** 150000000 → "150.000.000" (Vietnamese groups thousands with dots). */
export function formatDong(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Days from `from` to `to`, both included. */
export function tripDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** "từ ngày 10/03/2026 đến ngày 17/03/2026 (08 ngày, kể cả thời gian đi và về)". */
function period(f: DelegationFacts): string {
  const n = tripDays(f.from, f.to);
  return `từ ngày ${dmy(f.from)} đến ngày ${dmy(f.to)} (${String(n).padStart(2, "0")} ngày, kể cả thời gian đi và về)`;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const sentence = (s: string) => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

function fundingText(f: DelegationFacts): string {
  const estimate =
    f.fundingEstimate != null && f.fundingEstimate > 0 ? `; dự toán khoảng ${formatDong(f.fundingEstimate)} đồng` : "";
  return `Kinh phí chuyến công tác: ${f.fundingSource.trim().replace(/[.;]$/, "")}${estimate}.`;
}

function planText(f: DelegationFacts, year: number): string {
  if (f.inPlan) {
    const item = f.planItem ? ` (${f.planItem})` : "";
    return `Chuyến công tác nằm trong Kế hoạch hợp tác quốc tế năm ${year} của Bộ Nội vụ đã được phê duyệt${item}.`;
  }
  const reason = f.outOfPlanReason ? ` Lý do: ${lowerFirst(sentence(f.outOfPlanReason))}` : "";
  return `Chuyến công tác chưa có trong Kế hoạch hợp tác quốc tế năm ${year} của Bộ Nội vụ đã được phê duyệt.${reason}`;
}

function primeMinisterText(f: DelegationFacts): string | null {
  if (f.primeMinisterPermission) {
    return `Thủ tướng Chính phủ đã cho phép đoàn đi công tác (${f.primeMinisterPermission}).`;
  }
  if (f.needsPrimeMinisterPermission) {
    return (
      `Do Trưởng đoàn là ${f.leader.rank} và chuyến công tác không có trong kế hoạch đã được Thủ tướng ` +
      "Chính phủ phê duyệt, Bộ cần xin phép Thủ tướng Chính phủ trước khi quyết định cử đoàn."
    );
  }
  return null;
}

const memberLine = (m: DelegationMember) => `Đồng chí ${m.name}, ${m.position}, ${m.unit}`;

/** The ICD's submission to the Minister asking permission to send the delegation. */
export function submissionDocument(input: SubmissionInput): AdministrativeDocument {
  const year = Number(input.from.slice(0, 4));
  const where = joinVi(input.countries);
  const to = input.addressedTo ?? "Bộ trưởng Bộ Nội vụ";
  const addressee = to.startsWith("Bộ trưởng") ? "Bộ trưởng" : to.split(" Bộ Nội vụ")[0];
  const request = input.proposalReference ? ` tại ${input.proposalReference}` : "";
  const body: AdministrativeDocument["body"] = [
    {
      text:
        `Xét đề nghị của ${input.unitName}${request} về việc ${lowerFirst(input.title.replace(/\.$/, ""))}, ` +
        `Vụ Hợp tác quốc tế kính trình ${addressee} xem xét, cho phép cử đoàn đi công tác tại ${where} như sau:`,
    },
    { text: "1. Mục đích chuyến công tác", subheading: true },
    { text: sentence(input.purpose) },
  ];
  if (input.expectedResults) body.push({ text: `Kết quả dự kiến: ${lowerFirst(sentence(input.expectedResults))}` });
  body.push(
    { text: "2. Thành phần đoàn", subheading: true },
    { text: `Trưởng đoàn: Đồng chí ${input.leader.name}, ${input.leader.rank}.` },
  );
  if (input.members.length > 0) {
    body.push({ text: "Thành viên:" });
    input.members.forEach((m, i) =>
      body.push({ text: `- ${memberLine(m)}${i === input.members.length - 1 ? "." : ";"}` }),
    );
  }
  body.push(
    { text: "3. Thời gian, địa điểm và đối tác làm việc", subheading: true },
    { text: `Thời gian: ${period(input)}.` },
    { text: `Địa điểm: ${where}.` },
  );
  if (input.partners.length > 0) body.push({ text: `Đối tác làm việc: ${joinVi(input.partners)}.` });
  body.push({ text: "4. Kinh phí", subheading: true }, { text: fundingText(input) });
  body.push({ text: "5. Kế hoạch hợp tác quốc tế và thẩm quyền cho phép", subheading: true });
  body.push({ text: planText(input, year) });
  const pm = primeMinisterText(input);
  if (pm) body.push({ text: pm });
  body.push(
    { text: "6. Ý kiến của Vụ Hợp tác quốc tế", subheading: true },
    {
      text:
        `Vụ Hợp tác quốc tế nhận thấy chuyến công tác phù hợp với chức năng, nhiệm vụ của ${input.unitName} và ` +
        "chủ trương hội nhập quốc tế của Bộ Nội vụ. Đề nghị " +
        `${addressee} xem xét, cho phép cử đoàn; giao Vụ Tổ chức cán bộ trình ban hành Quyết định cử đoàn theo quy định.`,
    },
    { text: `Vụ Hợp tác quốc tế kính trình ${addressee} xem xét, quyết định./.` },
  );
  return {
    issuerParent: MINISTRY,
    issuer: ICD_NAME,
    number: input.number,
    symbol: SUBMISSION_SYMBOL,
    place: input.place ?? "Hà Nội",
    date: input.date,
    kind: "TỜ TRÌNH",
    summary: `Về việc cử đoàn đi công tác tại ${where}`,
    recipients: [to],
    body,
    signature: input.signer,
    copiesTo: input.copiesTo ?? ["Như trên", input.unitName, "Vụ Tổ chức cán bộ", "Lưu: VT, HTQT"],
  };
}

/** The Ministry's decision sending the delegation, drafted and numbered by the Personnel Department. */
export function delegationDecisionDocument(input: DecisionInput): AdministrativeDocument {
  const where = joinVi(input.countries);
  const grounds = [...(input.grounds ?? MINISTRY_GROUNDS)];
  if (input.primeMinisterPermission) {
    grounds.push(`Căn cứ ý kiến đồng ý của Thủ tướng Chính phủ tại ${input.primeMinisterPermission}`);
  }
  const submission = input.submissionReference ? ` tại Tờ trình số ${input.submissionReference}` : "";
  grounds.push(`Xét đề nghị của Vụ trưởng Vụ Hợp tác quốc tế${submission}`);
  grounds.push("Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ");
  const people = [
    { text: `Đồng chí ${input.leader.name}, ${input.leader.rank}, Trưởng đoàn` },
    ...input.members.map((m) => ({ text: memberLine(m) })),
  ];
  const body: AdministrativeDocument["body"] = [
    { text: "QUYẾT ĐỊNH:", heading: true },
    {
      article: "Điều 1.",
      text: `Cử các đồng chí có tên sau đây đi công tác tại ${where} ${period(input)}:`,
    },
    ...people.map((p, i) => ({ text: `${i + 1}. ${p.text}${i === people.length - 1 ? "." : ";"}` })),
    {
      article: "Điều 2.",
      text:
        `Đoàn có nhiệm vụ ${lowerFirst(sentence(input.purpose))}` +
        (input.partners.length > 0 ? ` Đối tác làm việc: ${joinVi(input.partners)}.` : ""),
    },
    { article: "Điều 3.", text: fundingText(input) },
    {
      article: "Điều 4.",
      text:
        `Trong thời hạn ${input.resultsReportDays ?? 15} ngày kể từ ngày về nước, Trưởng đoàn có trách nhiệm báo cáo ` +
        "Bộ trưởng kết quả chuyến công tác (qua Vụ Hợp tác quốc tế).",
    },
    {
      article: "Điều 5.",
      text:
        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Vụ trưởng Vụ Hợp " +
        `tác quốc tế, Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng ${input.unitName} và các đồng chí có tên tại ` +
        "Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    },
  ];
  return {
    issuerParent: null,
    issuer: MINISTRY,
    number: input.number,
    symbol: DECISION_SYMBOL,
    place: input.place ?? "Hà Nội",
    date: input.date,
    kind: "QUYẾT ĐỊNH",
    summary: `Về việc cử đoàn đi công tác tại ${where}`,
    recipients: [],
    enactingAuthority: "BỘ TRƯỞNG BỘ NỘI VỤ",
    preamble: grounds,
    body,
    signature: input.signer,
    copiesTo: input.copiesTo ?? ["Như Điều 5", "Bộ trưởng (để báo cáo)", "Lưu: VT, TCCB"],
  };
}
