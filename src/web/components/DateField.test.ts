import { describe, expect, it } from "vitest";
import { parseDmy, toDmy } from "./DateField";
import { parseTime } from "./TimeField";
import { joinDateTime } from "./DateTimeField";

describe("parseDmy", () => {
  it("reads dd/mm/yyyy as day first, never month first", () => {
    expect(parseDmy("02/08/2022")).toBe("2022-08-02");
    expect(parseDmy("08/02/2022")).toBe("2022-02-08");
    expect(parseDmy("31/12/2024")).toBe("2024-12-31");
    expect(parseDmy("01/01/2025")).toBe("2025-01-01");
  });

  it("accepts one-digit days and months, dots and dashes, eight digits and surrounding spaces", () => {
    expect(parseDmy("2/8/2022")).toBe("2022-08-02");
    expect(parseDmy("02.08.2022")).toBe("2022-08-02");
    expect(parseDmy("02-08-2022")).toBe("2022-08-02");
    expect(parseDmy("02082022")).toBe("2022-08-02");
    expect(parseDmy("  02/08/2022 ")).toBe("2022-08-02");
  });

  it("accepts ISO yyyy-mm-dd", () => {
    expect(parseDmy("2022-08-02")).toBe("2022-08-02");
    expect(parseDmy("2024-02-29")).toBe("2024-02-29");
    expect(parseDmy("2023-02-29")).toBeNull();
  });

  it("knows 29 February only in leap years", () => {
    expect(parseDmy("29/02/2024")).toBe("2024-02-29");
    expect(parseDmy("29/02/2000")).toBe("2000-02-29");
    expect(parseDmy("29/02/2023")).toBeNull();
    expect(parseDmy("29/02/1900")).toBeNull();
    expect(parseDmy("29/02/2100")).toBeNull();
  });

  it("refuses days that do not exist", () => {
    expect(parseDmy("31/04/2022")).toBeNull();
    expect(parseDmy("31/02/2022")).toBeNull();
    expect(parseDmy("00/01/2022")).toBeNull();
    expect(parseDmy("32/01/2022")).toBeNull();
    expect(parseDmy("15/13/2022")).toBeNull();
    expect(parseDmy("15/00/2022")).toBeNull();
  });

  it("refuses what is not a whole date", () => {
    for (const s of ["", " ", "02/08", "02/08/22", "2/8/20222", "2022/08/02", "2022-8-2", "a2/08/2022", "02/08/2022x"])
      expect(parseDmy(s), JSON.stringify(s)).toBeNull();
  });

  it("keeps years before 100 as written", () => {
    expect(parseDmy("01/01/0099")).toBe("0099-01-01");
  });
});

describe("toDmy", () => {
  it("writes an ISO day (or date-time) as dd/mm/yyyy, nothing as empty", () => {
    expect(toDmy("2022-08-02")).toBe("02/08/2022");
    expect(toDmy("2022-07-15T17:00:00+07:00")).toBe("15/07/2022");
    expect(toDmy("")).toBe("");
    expect(toDmy(null)).toBe("");
    expect(toDmy(undefined)).toBe("");
  });

  it("round-trips with parseDmy", () => {
    for (const iso of ["2022-08-02", "2024-02-29", "1999-12-31"]) expect(parseDmy(toDmy(iso))).toBe(iso);
  });
});

describe("parseTime", () => {
  it("reads 24-hour times as HH:mm", () => {
    expect(parseTime("09:30")).toBe("09:30");
    expect(parseTime("00:00")).toBe("00:00");
    expect(parseTime("13:05")).toBe("13:05");
    expect(parseTime("23:59")).toBe("23:59");
  });

  it("pads a one-digit hour and accepts digits only, a dot or an h", () => {
    expect(parseTime("9:30")).toBe("09:30");
    expect(parseTime("0930")).toBe("09:30");
    expect(parseTime("930")).toBe("09:30");
    expect(parseTime("1745")).toBe("17:45");
    expect(parseTime("9.30")).toBe("09:30");
    expect(parseTime("9h30")).toBe("09:30");
    expect(parseTime(" 17:00 ")).toBe("17:00");
  });

  it("refuses 24:00 and other times that do not exist", () => {
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("2400")).toBeNull();
    expect(parseTime("25:00")).toBeNull();
    expect(parseTime("12:60")).toBeNull();
    expect(parseTime("9:5")).toBeNull();
  });

  it("refuses 12-hour and incomplete times", () => {
    for (const s of ["", "9", "09", "9:30 PM", "9:30am", "093", "09:30:00", "123:00", "-1:00"])
      expect(parseTime(s), JSON.stringify(s)).toBeNull();
  });
});

describe("joinDateTime", () => {
  it("joins a day and a time as wall-clock yyyy-MM-ddTHH:mm", () => {
    expect(joinDateTime("2022-07-15", "17:00")).toEqual({ value: "2022-07-15T17:00" });
  });

  it("is empty when both parts are empty", () => {
    expect(joinDateTime("", "")).toEqual({ value: "" });
  });

  it("names the part that is missing or not real", () => {
    expect(joinDateTime("2022-07-15", "")).toEqual({ value: null, date: undefined, time: "missing" });
    expect(joinDateTime("", "17:00")).toEqual({ value: null, date: "missing", time: undefined });
    expect(joinDateTime(null, "17:00")).toEqual({ value: null, date: "invalid", time: undefined });
    expect(joinDateTime("2022-07-15", null)).toEqual({ value: null, date: undefined, time: "invalid" });
  });
});
