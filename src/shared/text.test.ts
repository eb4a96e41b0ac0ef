import { describe, expect, it } from "vitest";
import { clean, compareVi, compareViNames, fold, matchesSearch, searchWords } from "./text.js";

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
