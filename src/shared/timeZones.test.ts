import { describe, expect, it } from "vitest";
import { zoneCity, zoneLabel, zoneOffset, zoneOptions } from "./timeZones.js";

describe("time zone names", () => {
  it("names Vietnam's zone after Hanoi with its offset, in both languages", () => {
    expect(zoneLabel("vi", "Asia/Ho_Chi_Minh")).toBe("giờ Hà Nội (UTC+7)");
    expect(zoneLabel("en", "Asia/Ho_Chi_Minh")).toBe("Hanoi time (UTC+7)");
    // ICU's old id for the same zone reads the same.
    expect(zoneLabel("en", "Asia/Saigon")).toBe("Hanoi time (UTC+7)");
  });

  it("uses Vietnamese spellings for the region's cities", () => {
    expect(zoneLabel("vi", "Asia/Vientiane")).toBe("giờ Viêng Chăn (UTC+7)");
    expect(zoneLabel("vi", "Asia/Yangon")).toBe("giờ Yangon (UTC+6:30)");
    expect(zoneLabel("en", "Asia/Rangoon")).toBe("Yangon time (UTC+6:30)");
    expect(zoneCity("vi", "Asia/Shanghai")).toBe("Bắc Kinh");
    expect(zoneLabel("en", "Asia/Manila")).toBe("Manila time (UTC+8)");
  });

  it("falls back to the IANA city for other zones and follows summer time", () => {
    expect(zoneLabel("en", "America/Argentina/Buenos_Aires")).toBe("Buenos Aires time (UTC−3)");
    expect(zoneOffset("Europe/Berlin", new Date("2026-07-01T12:00:00Z"))).toBe("UTC+2");
    expect(zoneOffset("Europe/Berlin", new Date("2026-01-15T12:00:00Z"))).toBe("UTC+1");
    expect(zoneLabel("en", "UTC")).toBe("UTC");
  });

  it("shows what was stored when the zone is unknown", () => {
    expect(zoneLabel("en", "Mars/Olympus")).toBe("Mars/Olympus");
  });

  it("offers the region first, every zone once, never an IANA id as a label", () => {
    const { region, other } = zoneOptions("vi", new Date("2026-01-15T00:00:00Z"));
    expect(region.find((o) => o.value === "Asia/Ho_Chi_Minh")?.label).toBe("giờ Hà Nội (UTC+7)");
    const values = [...region, ...other].map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).not.toContain("Asia/Saigon");
    expect([...region, ...other].filter((o) => o.label.includes("/") || o.label.includes("_"))).toEqual([]);
    // Sorted by offset: Yangon (+6:30) before Hanoi (+7) before Manila (+8).
    const at = (v: string) => region.findIndex((o) => o.value === v);
    expect(at("Asia/Yangon")).toBeLessThan(at("Asia/Ho_Chi_Minh"));
    expect(at("Asia/Ho_Chi_Minh")).toBeLessThan(at("Asia/Manila"));
  });
});
