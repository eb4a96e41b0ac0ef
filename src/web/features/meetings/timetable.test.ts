import { describe, expect, it } from "vitest";
import type { Session } from "./api/types";
import { hhmm, laneSpan, layoutDay } from "./timetable";

const room = (id: string) => ({
  id,
  nameVi: id,
  nameEn: id,
  venueId: "v",
  venueNameVi: "Trung tâm",
  venueNameEn: "Centre",
});

let n = 0;
function session(day: string, from: string, to: string, roomId: string | null, endDay = day): Session {
  n += 1;
  return {
    id: `s${n}`,
    meetingId: "m",
    kind: "other",
    titleVi: `Phiên ${n}`,
    titleEn: `Session ${n}`,
    start: `${day}T${from}:00+07:00`,
    end: `${endDay}T${to}:00+07:00`,
    roomId,
    room: roomId ? room(roomId) : null,
    chair: null,
    chairEn: null,
    notesVi: null,
    notesEn: null,
    agenda: [],
    delegationIds: [],
    clashes: [],
    version: 1,
  };
}

const D = "2022-08-05";

describe("layoutDay", () => {
  it("has nothing for a day without sessions", () => {
    expect(layoutDay(D, [session("2022-08-04", "09:00", "10:00", "a")])).toBeNull();
  });

  it("runs from the half hour before the first start to the half hour after the last end", () => {
    const t = layoutDay(D, [session(D, "08:45", "10:00", "a"), session(D, "19:30", "21:10", "b")])!;
    expect([hhmm(t.from), hhmm(t.to)]).toEqual(["08:30", "21:30"]);
  });

  it("has a column per room in the order the day first uses them, no room last", () => {
    const t = layoutDay(D, [
      session(D, "14:00", "15:00", null),
      session(D, "12:00", "12:45", "bilateral"),
      session(D, "08:30", "11:45", "plenary"),
      session(D, "16:00", "17:00", "plenary"),
    ])!;
    expect(t.columns.map((c) => c.key)).toEqual(["plenary", "bilateral", ""]);
    expect(t.sessions.map((p) => hhmm(p.from))).toEqual(["08:30", "12:00", "14:00", "16:00"]);
  });

  it("puts sessions overlapping in one room side by side, and nothing else", () => {
    const heads = session(D, "08:30", "11:45", "plenary");
    const clash = session(D, "10:30", "11:15", "plenary");
    const after = session(D, "14:00", "16:15", "plenary");
    const other = session(D, "10:30", "11:00", "press");
    const t = layoutDay(D, [heads, clash, after, other])!;
    const at = (s: Session) => t.sessions.find((p) => p.session.id === s.id)!;
    expect(t.columns.map((c) => [c.key, c.lanes])).toEqual([
      ["plenary", 2],
      ["press", 1],
    ]);
    expect([at(heads).lane, at(clash).lane]).toEqual([0, 1]);
    expect(laneSpan(at(heads), 2)).toEqual([0, 1]);
    expect(laneSpan(at(clash), 2)).toEqual([1, 2]);
    expect(laneSpan(at(after), 2)).toEqual([0, 2]);
    expect(laneSpan(at(other), 1)).toEqual([0, 1]);
  });

  it("reuses a lane once it is free within one overlap group", () => {
    const long = session(D, "09:00", "12:00", "a");
    const first = session(D, "09:30", "10:00", "a");
    const second = session(D, "10:00", "10:30", "a");
    const t = layoutDay(D, [long, first, second])!;
    expect(t.sessions.map((p) => [p.lane, p.lanes])).toEqual([
      [0, 2],
      [1, 2],
      [1, 2],
    ]);
  });

  it("draws a session past midnight to the end of its first day and a zero-length one as a short block", () => {
    const t = layoutDay(D, [session(D, "22:00", "01:00", "a", "2022-08-06"), session(D, "20:00", "20:00", "b")])!;
    expect(t.sessions.map((p) => [hhmm(p.from), hhmm(p.to)])).toEqual([
      ["20:00", "20:15"],
      ["22:00", "24:00"],
    ]);
    expect(hhmm(t.to)).toBe("24:00");
  });
});
