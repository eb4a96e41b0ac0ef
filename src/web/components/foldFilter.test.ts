import { describe, expect, it } from "vitest";
import type { ComboboxParsedItem } from "@mantine/core";
import { foldFilter } from "./foldFilter";

const options: ComboboxParsedItem<string>[] = [
  { value: "icd", label: "Vụ Hợp tác quốc tế" },
  { value: "per", label: "Vụ Tổ chức cán bộ" },
  {
    group: "Delegates",
    items: [
      { value: "tra", label: "Phạm Thị Thanh Trà" },
      { value: "luk", label: "Łukasz Kowalczyk" },
    ],
  },
];
const values = (search: string) =>
  foldFilter({ options, search, limit: Infinity })
    .flatMap((o) => ("group" in o ? o.items : [o]))
    .map((o) => o.value);

describe("foldFilter", () => {
  it("matches every word in any order, ignoring diacritics and case, inside groups too", () => {
    expect(values("hop tac vu")).toEqual(["icd"]);
    expect(values("thanh tra pham")).toEqual(["tra"]);
    expect(values("VU")).toEqual(["icd", "per"]);
    expect(values("lukasz")).toEqual(["luk"]);
    expect(values("vu pham")).toEqual([]);
  });

  it("an empty search keeps every option; `%` is a literal character", () => {
    expect(foldFilter({ options, search: "  ", limit: Infinity })).toBe(options);
    expect(values("%")).toEqual([]);
  });
});
