import { describe, expect, it } from "vitest";
import { clean, compareVi, compareViNames, fold } from "./text.js";

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
});
