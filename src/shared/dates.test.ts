import { describe, expect, it } from "vitest";
import {
  dmy,
  formatDate,
  formatDateTime,
  formatDay,
  formatDayHeading,
  formatDayLong,
  formatMoment,
  formatTime,
  isoDay,
  todayIn,
  todayInHanoi,
} from "./dates.js";

/* The one dates helper (issue 10, item 6): what the server's documents, messages and mail and the web's fmtDate write. */

describe("days", () => {
  it("dmy: dd/MM/yyyy in every language, from a day or a moment's day; nothing for nothing", () => {
    expect(dmy("2022-08-05")).toBe("05/08/2022");
    expect(dmy("2022-08-05T08:30:00+07:00")).toBe("05/08/2022");
    expect(dmy(null)).toBe("");
    expect(dmy(undefined)).toBe("");
    expect(dmy("")).toBe("");
  });

  it("formatDay: 05/08/2022 in Vietnamese, 05 Aug 2022 in English; what is no real day as typed", () => {
    expect(formatDay("vi", "2022-08-05")).toBe("05/08/2022");
    expect(formatDay("en", "2022-08-05")).toBe("05 Aug 2022");
    expect(formatDay("en", "1980-13-01")).toBe("1980-13-01");
    expect(formatDay("vi", "2023-02-29")).toBe("2023-02-29");
    expect(formatDay("vi", "not a day")).toBe("not a day");
  });

  it("formatDayLong and formatDayHeading: letters and programme headings", () => {
    expect(formatDayLong("vi", "2022-08-05")).toBe("05/08/2022");
    expect(formatDayLong("en", "2022-08-05")).toBe("5 August 2022");
    expect(formatDayHeading("vi", "2022-08-05")).toBe("Thứ Sáu, 05/08/2022");
    expect(formatDayHeading("en", "2022-08-07")).toBe("Sunday, 7 August 2022");
  });

  it("isoDay pads month and day", () => {
    expect(isoDay(2022, 8, 5)).toBe("2022-08-05");
    expect(isoDay(2022, 12, 31)).toBe("2022-12-31");
  });
});

describe("moments", () => {
  const at = new Date("2022-08-04T23:30:00Z"); // 06:30 on 5 August in Hà Nội

  it("formatDate / formatTime / formatDateTime in a zone", () => {
    expect(formatDate("vi", at, "Asia/Ho_Chi_Minh")).toBe("05/08/2022");
    expect(formatDate("en", at, "UTC")).toBe("04 Aug 2022");
    expect(formatTime(at, "Asia/Ho_Chi_Minh")).toBe("06:30");
    expect(formatDateTime("vi", at, "Asia/Ho_Chi_Minh")).toBe("05/08/2022 06:30");
    expect(formatDateTime("en", "2022-08-04T23:30:00Z", "Asia/Ho_Chi_Minh")).toBe("05 Aug 2022, 06:30");
  });

  it("never shifts a calendar day through a zone, and keeps what is no date", () => {
    expect(formatDate("en", "2022-08-05", "Pacific/Honolulu")).toBe("05 Aug 2022");
    expect(formatDateTime("vi", "2022-08-05", "Asia/Tokyo")).toBe("05/08/2022 00:00");
    expect(formatDate("vi", null)).toBe("");
    expect(formatTime("")).toBe("");
    expect(formatDateTime("en", "soon")).toBe("soon");
  });

  it("formatMoment: a message's moment in Hà Nội time with its offset", () => {
    expect(formatMoment("vi", at)).toBe("05/08/2022 06:30 (UTC+7)");
    expect(formatMoment("en", "2022-08-04T23:30:00Z")).toBe("05 Aug 2022, 06:30 (UTC+7)");
  });
});

describe("today", () => {
  it("is the calendar day in the named zone, not the server's", () => {
    const lateUtc = new Date("2022-08-04T20:00:00Z"); // already 5 August in Hà Nội, still 4 August in London
    expect(todayInHanoi(lateUtc)).toBe("2022-08-05");
    expect(todayIn("Europe/London", lateUtc)).toBe("2022-08-04");
    expect(todayIn("Asia/Ho_Chi_Minh", lateUtc)).toBe(todayInHanoi(lateUtc));
    expect(todayInHanoi()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
