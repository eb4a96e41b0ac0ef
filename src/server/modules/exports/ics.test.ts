import { describe, expect, it } from "vitest";
import { escapeText, foldLine, transitions, vtimezone, writeIcs } from "./ics.js";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("RFC 5545 text", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds at 75 octets without splitting a Vietnamese character, and unfolds back to the line", () => {
    const line = `SUMMARY:${"Hội nghị Quan chức cấp cao ASEAN về hợp tác công vụ lần thứ 21 — ".repeat(4)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(" ")).toBe(true);
    for (const p of physical) expect(p).not.toContain("\uFFFD");
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});

describe("time zones", () => {
  it("Hanoi has no change of offset: one STANDARD observance at +0700", () => {
    const from = new Date("2022-08-02T00:00:00Z");
    expect(transitions("Asia/Ho_Chi_Minh", new Date("2021-01-01Z"), new Date("2023-12-31Z"))).toEqual([]);
    const lines = vtimezone("Asia/Ho_Chi_Minh", from, new Date("2022-08-06T23:59:59Z"));
    expect(lines.filter((l) => l.startsWith("BEGIN:STANDARD"))).toHaveLength(1);
    expect(lines).not.toContain("BEGIN:DAYLIGHT");
    expect(lines).toContain("TZOFFSETTO:+0700");
  });

  it("Paris in 2023: the changes to summer and winter time, to the minute, with onsets in local time", () => {
    const t = transitions("Europe/Paris", new Date("2023-01-01T00:00:00Z"), new Date("2023-12-31T00:00:00Z"));
    expect(t).toEqual([
      { at: new Date("2023-03-26T01:00:00Z"), from: 60, to: 120 },
      { at: new Date("2023-10-29T01:00:00Z"), from: 120, to: 60 },
    ]);
    const lines = vtimezone("Europe/Paris", new Date("2023-06-01Z"), new Date("2023-06-02Z")).join("\n");
    expect(lines).toContain(
      "BEGIN:DAYLIGHT\nDTSTART:20230326T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT",
    );
    expect(lines).toContain(
      "BEGIN:STANDARD\nDTSTART:20231029T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD",
    );
  });
});

describe("a calendar", () => {
  it("is CRLF throughout, balanced, and writes local times with the zone's id", () => {
    const text = writeIcs({
      name: "Test",
      timeZone: "Asia/Ho_Chi_Minh",
      stamp: new Date("2022-07-01T00:00:00Z"),
      from: new Date("2022-08-05Z"),
      to: new Date("2022-08-05Z"),
      events: [
        {
          uid: "a@focal",
          start: new Date("2022-08-05T01:30:00Z"),
          end: new Date("2022-08-05T05:00:00Z"),
          summary: "Heads, ACCSM 21",
          sequence: 0,
        },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20220805T083000\r\n");
    expect(text).toContain("DTEND;TZID=Asia/Ho_Chi_Minh:20220805T120000\r\n");
    expect(text).toContain("SUMMARY:Heads\\, ACCSM 21\r\n");
    expect(text).toContain("DTSTAMP:20220701T000000Z\r\n");
    const begins = text.match(/^BEGIN:/gm)!.length;
    const ends = text.match(/^END:/gm)!.length;
    expect(begins).toBe(ends);
  });
});
