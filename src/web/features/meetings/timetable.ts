/**
 * The programme as a timetable: where each session of a day goes on a grid of rooms × time.
 * Pure (no React) so the rules are unit-tested: columns are the rooms used that day, sessions that overlap in one
 * room share its width side by side (lanes) so a double booking never hides one of them.
 */
import type { Session } from "./api/types";

/** Minutes per grid row. */
export const SLOT = 5;
/** Minutes between labelled lines. */
export const LINE = 30;
/** A session shorter than this still gets this much height. */
const MIN_SPAN = 15;
const DAY_END = 24 * 60;

export interface TimetableColumn {
  /** The room's id, or "" for sessions without a room. */
  key: string;
  room: Session["room"];
  /** Side-by-side lanes the column needs: the most sessions overlapping at one time in this room. */
  lanes: number;
}

export interface PlacedSession {
  session: Session;
  /** Index into `columns`. */
  column: number;
  /** This session's lane among the `lanes` of its overlap group. */
  lane: number;
  lanes: number;
  /** Minutes since midnight, wall clock in the meeting's zone. */
  from: number;
  to: number;
}

export interface DayTimetable {
  /** First and last line of the grid, minutes since midnight, on the half hour. */
  from: number;
  to: number;
  columns: TimetableColumn[];
  /** In time order (start, then end), as screen readers and Tab meet them. */
  sessions: PlacedSession[];
}

/** "08:30" → 510. */
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** 510 → "08:30"; 1440 → "24:00". */
export const hhmm = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;

/** Lays out the sessions that start on `day` (YYYY-MM-DD, the meeting's zone). Returns null when there are none. */
export function layoutDay(day: string, all: Session[]): DayTimetable | null {
  const sessions = all
    .filter((s) => s.start.slice(0, 10) === day)
    .map((s) => {
      const from = minutesOf(s.start.slice(11, 16));
      // A session running past midnight is drawn to the end of its first day; its text still says when it ends.
      const end = s.end.slice(0, 10) === day ? minutesOf(s.end.slice(11, 16)) : DAY_END;
      return { session: s, from, to: Math.min(DAY_END, Math.max(end, from + MIN_SPAN)) };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
  if (!sessions.length) return null;

  // Rooms in the order the day first uses them (the morning's plenary hall first); no room last.
  const columns: TimetableColumn[] = [];
  const byKey = new Map<string, number>();
  const keyOf = (s: Session) => s.room?.id ?? "";
  for (const { session } of sessions) {
    if (session.room && !byKey.has(session.room.id)) {
      byKey.set(session.room.id, columns.length);
      columns.push({ key: session.room.id, room: session.room, lanes: 1 });
    }
  }
  if (sessions.some((s) => !s.session.room)) {
    byKey.set("", columns.length);
    columns.push({ key: "", room: null, lanes: 1 });
  }

  const placed: PlacedSession[] = sessions.map((s) => ({
    ...s,
    column: byKey.get(keyOf(s.session))!,
    lane: 0,
    lanes: 1,
  }));
  columns.forEach((col, c) => {
    // Overlap groups in time order; within a group each session takes the first lane free at its start.
    let group: PlacedSession[] = [];
    let laneEnds: number[] = [];
    let groupEnd = -1;
    const close = () => {
      for (const p of group) p.lanes = laneEnds.length;
      col.lanes = Math.max(col.lanes, laneEnds.length);
      group = [];
      laneEnds = [];
    };
    for (const p of placed.filter((x) => x.column === c)) {
      if (p.from >= groupEnd) close();
      let lane = laneEnds.findIndex((end) => end <= p.from);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = p.to;
      p.lane = lane;
      group.push(p);
      groupEnd = Math.max(groupEnd, p.to);
    }
    close();
  });

  const first = Math.min(...placed.map((p) => p.from));
  const last = Math.max(...placed.map((p) => p.to));
  return {
    from: Math.floor(first / LINE) * LINE,
    to: Math.min(DAY_END, Math.ceil(last / LINE) * LINE),
    columns,
    sessions: placed,
  };
}

/**
 * The grid columns a session spans within its room's `lanes` columns (0-based start, exclusive end): its lane's
 * share of the room, so a session overlapping nothing takes the room's full width.
 */
export function laneSpan(p: Pick<PlacedSession, "lane" | "lanes">, roomLanes: number): [number, number] {
  return [Math.floor((p.lane * roomLanes) / p.lanes), Math.floor(((p.lane + 1) * roomLanes) / p.lanes)];
}
