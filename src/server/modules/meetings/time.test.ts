import { describe, expect, it } from "vitest";
import { isValidTimeZone, offsetMinutes, parseZoned, toZonedIso, zonedDate } from "./time.js";
import { findClashes } from "./programme.js";

const HCM = "Asia/Ho_Chi_Minh";

describe("meeting time zone", () => {
  it("writes instants as ISO 8601 with the zone's offset", () => {
    expect(toZonedIso(new Date("2022-08-05T01:30:00Z"), HCM)).toBe("2022-08-05T08:30:00+07:00");
    expect(toZonedIso(new Date("2022-08-05T20:00:00Z"), HCM)).toBe("2022-08-06T03:00:00+07:00");
    expect(toZonedIso(new Date("2022-08-05T01:30:00Z"), "UTC")).toBe("2022-08-05T01:30:00+00:00");
    expect(toZonedIso(new Date("2022-01-05T12:00:00Z"), "America/New_York")).toBe("2022-01-05T07:00:00-05:00");
    expect(toZonedIso(new Date("2022-01-05T12:00:00Z"), "Asia/Kolkata")).toBe("2022-01-05T17:30:00+05:30");
  });

  it("reads wall-clock time in the zone and explicit offsets as instants", () => {
    expect(parseZoned("2022-08-05T08:30", HCM)?.toISOString()).toBe("2022-08-05T01:30:00.000Z");
    expect(parseZoned("2022-08-05T08:30:00+07:00", HCM)?.toISOString()).toBe("2022-08-05T01:30:00.000Z");
    expect(parseZoned("2022-08-05T01:30:00Z", "Europe/Paris")?.toISOString()).toBe("2022-08-05T01:30:00.000Z");
    // Summer time in Paris (+02:00) is applied to wall-clock input.
    expect(parseZoned("2022-07-01T10:00", "Europe/Paris")?.toISOString()).toBe("2022-07-01T08:00:00.000Z");
    expect(parseZoned("2022-01-01T10:00", "Europe/Paris")?.toISOString()).toBe("2022-01-01T09:00:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    for (const bad of [
      "2022-02-30T10:00",
      "2022-13-01T10:00",
      "2022-08-05T24:00",
      "05/08/2022 08:30",
      "",
      "2022-08-05",
    ]) {
      expect(parseZoned(bad, HCM), bad).toBeNull();
    }
  });

  it("knows real zones only", () => {
    expect(isValidTimeZone(HCM)).toBe(true);
    expect(isValidTimeZone("Asia/Hanoi")).toBe(false);
    expect(isValidTimeZone("GMT+7 Hanoi")).toBe(false);
    expect(offsetMinutes(new Date("2022-08-05T00:00:00Z"), HCM)).toBe(420);
    expect(zonedDate(new Date("2022-08-04T18:00:00Z"), HCM)).toBe("2022-08-05");
  });
});

describe("clash detection", () => {
  const at = (h1: number, h2: number) => ({
    startsAt: new Date(Date.UTC(2022, 7, 5, h1)),
    endsAt: new Date(Date.UTC(2022, 7, 5, h2)),
  });
  it("flags the same room or the same chair at overlapping times, both ways", () => {
    const c = findClashes([
      { id: "a", ...at(1, 4), roomId: "r1", chair: "Bộ trưởng Phạm Thị Thanh Trà" },
      { id: "b", ...at(3, 5), roomId: "r1", chair: null },
      { id: "c", ...at(2, 3), roomId: "r2", chair: "bo truong pham thi thanh tra" },
      { id: "d", ...at(4, 6), roomId: "r1", chair: "BỘ TRƯỞNG PHẠM THỊ THANH TRÀ" },
    ]);
    expect(c.get("a")).toEqual(
      expect.arrayContaining([
        { sessionId: "b", on: "room" },
        { sessionId: "c", on: "chair" },
      ]),
    );
    // a ends at 4 when d starts: touching is not overlapping.
    expect(c.get("a")!.some((x) => x.sessionId === "d")).toBe(false);
    expect(c.get("b")).toEqual(
      expect.arrayContaining([
        { sessionId: "a", on: "room" },
        { sessionId: "d", on: "room" },
      ]),
    );
    expect(c.get("c")).toEqual([{ sessionId: "a", on: "chair" }]);
  });

  it("does not flag sessions without room or chair", () => {
    const c = findClashes([
      { id: "a", ...at(1, 4), roomId: null, chair: null },
      { id: "b", ...at(1, 4), roomId: null, chair: "" },
    ]);
    expect(c.get("a")).toEqual([]);
    expect(c.get("b")).toEqual([]);
  });
});
