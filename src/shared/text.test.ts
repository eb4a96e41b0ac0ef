import { describe, expect, it } from "vitest";
import {
  NAME_MAX,
  badTextReason,
  clean,
  cleanText,
  compareVi,
  compareViNames,
  fold,
  matchesSearch,
  searchWords,
  textKindOf,
  textLength,
} from "./text.js";

describe("text", () => {
  it("normalises NFD input to NFC and trims", () => {
    const nfd = "  Phạm Thị Thanh Trà ".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    expect(clean(nfd)).toBe("Phạm Thị Thanh Trà".normalize("NFC"));
  });

  it("folds diacritics, case and đ", () => {
    expect(fold("Phạm Thị Thanh Trà")).toBe("pham thi thanh tra");
    expect(fold("Đà Nẵng")).toBe("da nang");
    expect(fold("Bộ Nội vụ".normalize("NFD"))).toBe("bo noi vu");
  });

  it("spells letters without a decomposition with plain Latin letters", () => {
    expect(fold("Łukasz Żółć")).toBe("lukasz zolc");
    expect(fold("Øyvind Ærøskøbing")).toBe("oyvind aeroskobing");
    expect(fold("ŒUVRE Straße STRAẞE")).toBe("oeuvre strasse strasse");
    expect(fold("Işık İstanbul")).toBe("isik istanbul");
    expect(fold("Þórður Guðmundsson")).toBe("thordur gudmundsson");
    expect(fold("Ħal Far, Ŧ ŋ ŀ ĳ")).toBe("hal far, t ng l ij");
    expect(fold("Đặng ĐÀO")).toBe("dang dao");
  });

  it("splits a search into folded words and matches all of them in any order", () => {
    expect(searchWords("  Thanh   TRÀ\tphạm ")).toEqual(["thanh", "tra", "pham"]);
    expect(searchWords(" \t ")).toEqual([]);
    expect(matchesSearch("Phạm Thị Thanh Trà", "thanh tra pham")).toBe(true);
    expect(matchesSearch("Phạm Thị Thanh Trà", "tra pha")).toBe(true);
    expect(matchesSearch("Phạm Thị Thanh Trà", "thanh tra nguyen")).toBe(false);
    expect(matchesSearch("Łukasz Nowak", "nowak lukasz")).toBe(true);
    expect(matchesSearch("Vụ Hợp tác quốc tế", "")).toBe(true);
    expect(matchesSearch("Vụ Hợp tác quốc tế", "%")).toBe(false);
  });

  it("sorts with the Vietnamese alphabet", () => {
    const words = ["Đào", "Dung", "Ánh", "An", "Bình", "Ơn", "Oanh", "Ôn"];
    expect([...words].sort(compareVi)).toEqual(["An", "Ánh", "Bình", "Dung", "Đào", "Oanh", "Ôn", "Ơn"]);
  });

  it("sorts personal names by given name first", () => {
    const names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Minh Đức", "Phạm Văn Dũng", "Ngô Thị An"];
    expect([...names].sort(compareViNames)).toEqual([
      "Ngô Thị An",
      "Nguyễn Thị An",
      "Trần Văn Bình",
      "Phạm Văn Dũng",
      "Lê Minh Đức",
    ]);
  });

  it("ignores a bracketed note after the name, such as (mẫu)", () => {
    const names = ["Nguyễn Văn Thử (mẫu)", "Lê Thị Mai Anh", "Trần Văn Đức", "Round Trip One (sample) (x)"];
    expect([...names].sort(compareViNames)).toEqual([
      "Lê Thị Mai Anh",
      "Trần Văn Đức",
      "Round Trip One (sample) (x)",
      "Nguyễn Văn Thử (mẫu)",
    ]);
  });
});

describe("text on the way in", () => {
  it("cleans names: NFC, no control or zero-width characters, one space between words", () => {
    const sent = "\uFEFF Nguyễn\u200B\tVăn\u0007  An\u200D\u2060\u0085".normalize("NFD");
    expect(cleanText(sent, "name")).toBe("Nguyễn Văn An");
    expect(cleanText("สมชาย\u200Bใจดี", "name")).toBe("สมชายใจดี");
    expect(cleanText("Line\none", "name")).toBe("Line one");
  });

  it("keeps line breaks, tabs and joiners in other text, without other control characters", () => {
    expect(cleanText(" a\r\nb\rc\td\u0000e\u009f \u200D ".normalize("NFD"), "text")).toBe("a\nb\nc\tde \u200D");
    expect(cleanText("Phạm".normalize("NFD"))).toBe("Phạm");
  });

  it("decides the kind by the field", () => {
    expect(["fullName", "name", "nameVi", "titleEn", "contactName", "q"].map(textKindOf)).toEqual(
      Array(6).fill("name"),
    );
    expect(["dietary", "reason", "password", "token", undefined].map(textKindOf)).toEqual(Array(5).fill("text"));
  });

  it("refuses NUL and lone surrogates rather than cleaning them", () => {
    expect(badTextReason("a\u0000b")).toBe("nul");
    expect(badTextReason("a\uD83Db")).toBe("surrogate");
    expect(badTextReason("a\uDE00")).toBe("surrogate");
    expect(badTextReason("a😀b")).toBeNull();
  });

  it("counts characters as code points, the way the limits do", () => {
    expect(textLength("😀a")).toBe(2);
    expect(textLength("Nguyễn".normalize("NFD"))).toBe(8);
    expect(NAME_MAX).toBe(200);
  });
});
