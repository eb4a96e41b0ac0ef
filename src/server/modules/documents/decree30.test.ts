/**
 * Documents in the format of Decree 30/2020/NĐ-CP (issue 12 item 5, decision 022): the submission and the decision
 * sending a delegation are built from plain data, written as .docx and read back — the page (A4, the decree's
 * margins), Times New Roman, the sizes of each line, the number, the date line, the national emblem lines — and then
 * opened by LibreOffice (converted to PDF), whose text must carry the Vietnamese words intact.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DECREE30_PAGE,
  MOTTO,
  NATIONAL_TITLE,
  decreeDateLine,
  numberLine,
  renderDecree30Docx,
  type AdministrativeDocument,
} from "./decree30.js";
import { delegationDecisionDocument, formatDong, joinVi, submissionDocument, tripDays } from "./templates.js";
import {
  convertWithLibreOffice,
  docxParts,
  paragraphsOf,
  pdfPages,
  sampleDelegation,
  type DocxParagraph,
} from "./testing.js";

const run = promisify(execFile);

const submission = (): AdministrativeDocument =>
  submissionDocument({
    ...sampleDelegation(),
    number: "12/TTr-HTQT",
    date: "2026-02-05",
    signer: { position: "VỤ TRƯỞNG", name: "Chu Tuấn Tú" },
  });
const decision = (): AdministrativeDocument =>
  delegationDecisionDocument({
    ...sampleDelegation(),
    primeMinisterPermission: "Văn bản số 1234/VPCP-QHQT ngày 20/02/2026 của Văn phòng Chính phủ",
    number: "345/QĐ-BNV",
    date: "2026-02-25",
    submissionReference: "12/TTr-HTQT ngày 05/02/2026 của Vụ Hợp tác quốc tế",
    signer: { authority: "KT. BỘ TRƯỞNG", position: "THỨ TRƯỞNG", name: "Vũ Chiến Thắng" },
  });

describe("the decree's lines", () => {
  it("date line: day 1–9 and months 1–2 with a leading zero, other months without", () => {
    expect(decreeDateLine("Hà Nội", "2026-02-05")).toBe("Hà Nội, ngày 05 tháng 02 năm 2026");
    expect(decreeDateLine("Hà Nội", "2026-01-01")).toBe("Hà Nội, ngày 01 tháng 01 năm 2026");
    expect(decreeDateLine("Hà Nội", "2026-03-09")).toBe("Hà Nội, ngày 09 tháng 3 năm 2026");
    expect(decreeDateLine("Hà Nội", "2026-09-30")).toBe("Hà Nội, ngày 30 tháng 9 năm 2026");
    expect(decreeDateLine("Hà Nội", "2026-12-25")).toBe("Hà Nội, ngày 25 tháng 12 năm 2026");
    expect(decreeDateLine("Hà Nội", null, 2026)).toBe("Hà Nội, ngày      tháng      năm 2026");
    expect(() => decreeDateLine("Hà Nội", "05/02/2026")).toThrow();
  });

  it("number line: the number and symbol, or a blank before the symbol for a draft", () => {
    expect(numberLine("12/TTr-HTQT", "TTr-HTQT")).toBe("Số: 12/TTr-HTQT");
    expect(numberLine(null, "TTr-HTQT")).toMatch(/^Số: {4,}\/TTr-HTQT$/);
  });

  it("Vietnamese lists, amounts and trip lengths", () => {
    expect(joinVi(["Cộng hòa Pháp"])).toBe("Cộng hòa Pháp");
    expect(joinVi(["Cộng hòa Pháp", "Hợp chúng quốc Hoa Kỳ", "Liên bang Nga"])).toBe(
      "Cộng hòa Pháp, Hợp chúng quốc Hoa Kỳ và Liên bang Nga",
    );
    expect(formatDong(385_000_000)).toBe("385.000.000");
    expect(formatDong(1500)).toBe("1.500");
    expect(tripDays("2026-03-09", "2026-03-15")).toBe(7);
    expect(tripDays("2026-03-09", "2026-03-09")).toBe(1);
  });
});

describe("the builders", () => {
  it("the submission: the ICD under the Ministry, to the Minister, the facts of the trip, out-of-plan and the PM", () => {
    const d = submission();
    expect(d).toMatchObject({
      issuerParent: "BỘ NỘI VỤ",
      issuer: "VỤ HỢP TÁC QUỐC TẾ",
      number: "12/TTr-HTQT",
      symbol: "TTr-HTQT",
      kind: "TỜ TRÌNH",
      summary: "Về việc cử đoàn đi công tác tại Cộng hòa Pháp",
      recipients: ["Bộ trưởng Bộ Nội vụ"],
      signature: { position: "VỤ TRƯỞNG", name: "Chu Tuấn Tú" },
    });
    const text = d.body.map((p) => p.text).join("\n");
    expect(text).toContain("Công văn số 45/VTLTNN-HTQT ngày 02/02/2026");
    expect(text).toContain("Trưởng đoàn: Đồng chí Vũ Chiến Thắng, Thứ trưởng Bộ Nội vụ.");
    expect(text).toContain("- Đồng chí Nguyễn Văn An (dữ liệu mẫu), Cục trưởng, Cục Văn thư và Lưu trữ nhà nước;");
    expect(text).toContain("từ ngày 09/03/2026 đến ngày 15/03/2026 (07 ngày, kể cả thời gian đi và về)");
    expect(text).toContain("dự toán khoảng 385.000.000 đồng");
    expect(text).toContain("chưa có trong Kế hoạch hợp tác quốc tế năm 2026");
    expect(text).toContain("Lý do: phía Pháp mời sau khi Kế hoạch năm 2026 đã được phê duyệt.");
    expect(text).toContain("cần xin phép Thủ tướng Chính phủ trước khi quyết định cử đoàn");
    expect(d.body.at(-1)!.text).toMatch(/\.\/\.$/);
    expect(d.copiesTo[0]).toBe("Như trên");
    expect(d.copiesTo.at(-1)).toBe("Lưu: VT, HTQT");

    const inPlan = submissionDocument({
      ...sampleDelegation(),
      inPlan: true,
      planItem: "mục 7 của Kế hoạch",
      needsPrimeMinisterPermission: false,
      number: null,
      date: "2026-02-05",
      signer: { position: "VỤ TRƯỞNG", name: "Chu Tuấn Tú" },
    });
    const planText = inPlan.body.map((p) => p.text).join("\n");
    expect(planText).toContain("nằm trong Kế hoạch hợp tác quốc tế năm 2026 của Bộ Nội vụ đã được phê duyệt (mục 7");
    expect(planText).not.toContain("Thủ tướng");
    expect(inPlan.number).toBeNull();
  });

  it("the decision: in the Ministry's name, the Minister's authority, grounds ending in a full stop, five articles", () => {
    const d = decision();
    expect(d).toMatchObject({
      issuerParent: null,
      issuer: "BỘ NỘI VỤ",
      number: "345/QĐ-BNV",
      kind: "QUYẾT ĐỊNH",
      recipients: [],
      enactingAuthority: "BỘ TRƯỞNG BỘ NỘI VỤ",
      signature: { authority: "KT. BỘ TRƯỞNG", position: "THỨ TRƯỞNG", name: "Vũ Chiến Thắng" },
    });
    expect(d.preamble![0]).toMatch(/^Căn cứ Nghị định số 25\/2025\/NĐ-CP/);
    expect(d.preamble).toContain(
      "Căn cứ ý kiến đồng ý của Thủ tướng Chính phủ tại Văn bản số 1234/VPCP-QHQT ngày 20/02/2026 của Văn phòng Chính phủ",
    );
    expect(d.preamble!.at(-1)).toBe("Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ");
    expect(d.body.filter((p) => p.article).map((p) => p.article)).toEqual([
      "Điều 1.",
      "Điều 2.",
      "Điều 3.",
      "Điều 4.",
      "Điều 5.",
    ]);
    const text = d.body.map((p) => p.text).join("\n");
    expect(text).toContain("1. Đồng chí Vũ Chiến Thắng, Thứ trưởng Bộ Nội vụ, Trưởng đoàn;");
    expect(text).toContain("3. Đồng chí Trần Thị Bình (dữ liệu mẫu), Chuyên viên chính, Vụ Hợp tác quốc tế.");
    expect(text).toContain("Trong thời hạn 15 ngày kể từ ngày về nước");
  });
});

describe("the .docx", () => {
  let sub: Map<string, string>;
  let dec: Map<string, string>;
  let subParas: DocxParagraph[];
  let decParas: DocxParagraph[];
  beforeAll(async () => {
    sub = await docxParts(await renderDecree30Docx(submission()));
    dec = await docxParts(await renderDecree30Docx(decision()));
    subParas = paragraphsOf(sub.get("word/document.xml")!);
    decParas = paragraphsOf(dec.get("word/document.xml")!);
  });
  const para = (ps: DocxParagraph[], text: string) => {
    const found = ps.find((p) => p.text === text);
    expect(found, `no paragraph "${text}" in ${JSON.stringify(ps.map((p) => p.text))}`).toBeDefined();
    return found!;
  };
  const size = (props: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(props)?.[1]) / 2;
  const bold = (props: string) => /<w:b\/>/.test(props);
  const italic = (props: string) => /<w:i\/>/.test(props);

  it("A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm; later pages numbered on top", () => {
    const xml = sub.get("word/document.xml")!;
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(margin)![1]);
    const inMm = (tw: number) => (tw * 25.4) / 1440;
    expect(inMm(attr("top"))).toBeGreaterThanOrEqual(20);
    expect(inMm(attr("top"))).toBeLessThanOrEqual(25);
    expect(inMm(attr("bottom"))).toBeGreaterThanOrEqual(20);
    expect(inMm(attr("bottom"))).toBeLessThanOrEqual(25);
    expect(inMm(attr("left"))).toBeGreaterThanOrEqual(30);
    expect(inMm(attr("left"))).toBeLessThanOrEqual(35);
    expect(inMm(attr("right"))).toBeGreaterThanOrEqual(15);
    expect(inMm(attr("right"))).toBeLessThanOrEqual(20);
    expect(attr("top")).toBe(DECREE30_PAGE.top);
    // The first page has no number; the others have PAGE centred in the header.
    expect(xml).toContain("<w:titlePg/>");
    const headers = [...sub.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => sub.get(k)!);
    expect(headers.some((h) => /PAGE/.test(h) && /w:jc w:val="center"/.test(h))).toBe(true);
  });

  it("every run is Times New Roman, and so is the document's default", () => {
    for (const parts of [sub, dec]) {
      const xml = parts.get("word/document.xml")!;
      const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!);
      expect(fonts.length).toBeGreaterThan(30);
      for (const f of fonts) {
        for (const slot of ["ascii", "hAnsi", "cs"]) expect(f).toContain(`w:${slot}="Times New Roman"`);
      }
      expect(/<w:rPrDefault>.*?<w:rFonts [^>]*w:ascii="Times New Roman"/s.test(parts.get("word/styles.xml")!)).toBe(
        true,
      );
    }
  });

  it("the header: issuer lines, the national title and motto, the number and the date line, in their sizes", () => {
    const parent = para(subParas, "BỘ NỘI VỤ");
    expect(size(parent.runs[0]!.props)).toBe(13);
    expect(bold(parent.runs[0]!.props)).toBe(false);
    const issuer = para(subParas, "VỤ HỢP TÁC QUỐC TẾ");
    expect([size(issuer.runs[0]!.props), bold(issuer.runs[0]!.props)]).toEqual([13, true]);
    const title = para(subParas, NATIONAL_TITLE);
    expect(NATIONAL_TITLE).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect([size(title.runs[0]!.props), bold(title.runs[0]!.props)]).toEqual([12, true]);
    const motto = para(subParas, "Độc lập - Tự do - Hạnh phúc");
    expect(MOTTO).toBe("Độc lập - Tự do - Hạnh phúc");
    expect([size(motto.runs[0]!.props), bold(motto.runs[0]!.props)]).toEqual([13, true]);
    // A rule under the issuer and under the motto: empty paragraphs with a bottom border.
    const rules = subParas.filter((p) => p.text === "" && /<w:pBdr><w:bottom w:val="single"/.test(p.props));
    expect(rules.length).toBeGreaterThanOrEqual(3); // issuer, motto, summary
    const number = para(subParas, "Số: 12/TTr-HTQT");
    expect(size(number.runs[0]!.props)).toBe(13);
    const date = para(subParas, "Hà Nội, ngày 05 tháng 02 năm 2026");
    expect([size(date.runs[0]!.props), italic(date.runs[0]!.props)]).toEqual([14, true]);
    expect(date.props).toContain('<w:jc w:val="center"/>');
    // The header is a borderless table of two columns.
    const xml = sub.get("word/document.xml")!;
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(xml)![0];
    expect(table).toContain('<w:tblBorders><w:top w:val="none"');
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    expect(table).toContain("VỤ HỢP TÁC QUỐC TẾ");
    expect(table).toContain(NATIONAL_TITLE);
  });

  it("title, summary and Kính gửi centred and bold where the decree says; the body justified with a first-line indent", () => {
    const kind = para(subParas, "TỜ TRÌNH");
    expect([size(kind.runs[0]!.props), bold(kind.runs[0]!.props)]).toEqual([14, true]);
    expect(kind.props).toContain('<w:jc w:val="center"/>');
    const summary = para(subParas, "Về việc cử đoàn đi công tác tại Cộng hòa Pháp");
    expect([size(summary.runs[0]!.props), bold(summary.runs[0]!.props)]).toEqual([14, true]);
    const to = para(subParas, "Kính gửi: Bộ trưởng Bộ Nội vụ");
    expect([size(to.runs[0]!.props), bold(to.runs[0]!.props)]).toEqual([14, false]);
    expect(to.props).toContain('<w:jc w:val="center"/>');
    const body = subParas.find((p) => p.text.startsWith("Xét đề nghị của Cục Văn thư và Lưu trữ nhà nước"))!;
    expect(body.props).toContain('<w:jc w:val="both"/>');
    expect(body.props).toMatch(/<w:ind w:firstLine="\d+"\/>/);
    expect(size(body.runs[0]!.props)).toBe(14);
  });

  it("the signature block and Nơi nhận: bold position and name, Nơi nhận bold italic 12 pt, its lines 11 pt", () => {
    for (const [ps, lines] of [
      [subParas, ["VỤ TRƯỞNG", "Chu Tuấn Tú"]],
      [decParas, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vũ Chiến Thắng"]],
    ] as const) {
      for (const l of lines) {
        const p = para(ps, l);
        expect([size(p.runs[0]!.props), bold(p.runs[0]!.props)], l).toEqual([14, true]);
      }
      const label = para(ps, "Nơi nhận:");
      expect([size(label.runs[0]!.props), bold(label.runs[0]!.props), italic(label.runs[0]!.props)]).toEqual([
        12,
        true,
        true,
      ]);
    }
    const first = para(subParas, "- Như trên;");
    expect(size(first.runs[0]!.props)).toBe(11);
    para(subParas, "- Lưu: VT, HTQT.");
    para(decParas, "- Như Điều 5;");
  });

  it("the decision: its number, its authority, grounds in italics with ; and a final full stop, articles in bold", () => {
    para(decParas, "Số: 345/QĐ-BNV");
    para(decParas, "Hà Nội, ngày 25 tháng 02 năm 2026");
    expect(decParas.some((p) => p.text === "BỘ NỘI VỤ" && bold(p.runs[0]!.props))).toBe(true);
    const authority = para(decParas, "BỘ TRƯỞNG BỘ NỘI VỤ");
    expect(bold(authority.runs[0]!.props)).toBe(true);
    const grounds = decParas.filter((p) => /^(Căn cứ|Xét đề nghị|Theo đề nghị)/.test(p.text));
    expect(grounds.length).toBe(4);
    for (const g of grounds.slice(0, -1)) expect(g.text).toMatch(/;$/);
    expect(grounds.at(-1)!.text).toBe("Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.");
    for (const g of grounds) expect(italic(g.runs[0]!.props)).toBe(true);
    para(decParas, "QUYẾT ĐỊNH:");
    const art1 = decParas.find((p) => p.text.startsWith("Điều 1. Cử các đồng chí"))!;
    expect(art1.runs[0]).toMatchObject({ text: "Điều 1. " });
    expect(bold(art1.runs[0]!.props)).toBe(true);
    expect(bold(art1.runs[1]!.props)).toBe(false);
  });

  it("a draft: no number and no day or month yet", async () => {
    const draft = paragraphsOf(
      (await docxParts(await renderDecree30Docx({ ...submission(), number: null }))).get("word/document.xml")!,
    );
    expect(draft.some((p) => /^Số: {4,}\/TTr-HTQT$/.test(p.text))).toBe(true);
    expect(draft.some((p) => p.text === "Hà Nội, ngày      tháng      năm 2026")).toBe(true);
  });
});

describe("LibreOffice opens the files", () => {
  let dir: string;
  const pages = new Map<string, string[]>();
  const info = new Map<string, string>();
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-decree30-"));
    const files = {
      submission: await renderDecree30Docx(submission()),
      decision: await renderDecree30Docx(decision()),
      draft: await renderDecree30Docx({ ...submission(), number: null }),
    };
    for (const [name, buf] of Object.entries(files)) fs.writeFileSync(path.join(dir, `${name}.docx`), buf);
    await convertWithLibreOffice(
      Object.keys(files).map((n) => path.join(dir, `${n}.docx`)),
      "pdf",
      dir,
    );
    for (const name of Object.keys(files)) {
      const pdf = path.join(dir, `${name}.pdf`);
      pages.set(name, await pdfPages(pdf));
      info.set(name, (await run("pdfinfo", [pdf])).stdout);
    }
  }, 300_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const flat = (s: string) => s.replace(/\s+/g, " ");

  it("converts each file to an A4 PDF", () => {
    for (const name of ["submission", "decision", "draft"]) {
      expect(info.get(name), name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    }
  });

  it("the Vietnamese text comes through: emblem lines, number, date line, title, Kính gửi, body, signer", () => {
    const all = flat(pages.get("submission")!.join(" "));
    for (const s of [
      "BỘ NỘI VỤ",
      "VỤ HỢP TÁC QUỐC TẾ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 12/TTr-HTQT",
      "Hà Nội, ngày 05 tháng 02 năm 2026",
      "TỜ TRÌNH",
      "Về việc cử đoàn đi công tác tại Cộng hòa Pháp",
      "Kính gửi: Bộ trưởng Bộ Nội vụ",
      "Trưởng đoàn: Đồng chí Vũ Chiến Thắng",
      "Nơi nhận:",
      "VỤ TRƯỞNG",
      "Chu Tuấn Tú",
    ]) {
      expect(all, s).toContain(s);
    }
    const d = flat(pages.get("decision")!.join(" "));
    for (const s of ["Số: 345/QĐ-BNV", "QUYẾT ĐỊNH", "BỘ TRƯỞNG BỘ NỘI VỤ", "Điều 1.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]) {
      expect(d, s).toContain(s);
    }
    expect(flat(pages.get("draft")!.join(" "))).toMatch(/Hà Nội, ngày\s+tháng\s+năm 2026/);
  });

  it("the first page carries no page number, later pages do; the signature never stands alone on its page", () => {
    for (const name of ["submission", "decision"]) {
      const ps = pages.get(name)!;
      expect(ps.length, name).toBeGreaterThanOrEqual(2);
      expect(ps[0]!.trimStart().startsWith("1\n")).toBe(false);
      expect(ps[1]!.trimStart()).toMatch(/^2\s/);
      const last = flat(ps.at(-1)!);
      // The last paragraph of the body is on the signature's page.
      expect(last).toMatch(/\.\/\./);
    }
  });
});
