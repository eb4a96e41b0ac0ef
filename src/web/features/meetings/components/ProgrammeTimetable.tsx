import type { CSSProperties } from "react";
import { Link } from "react-router";
import { Anchor, Group, VisuallyHidden } from "@mantine/core";
import { useI18n, type Lang } from "../../../lib/i18n";
import { chairIn, type Session } from "../api/types";
import { LINE, SLOT, hhmm, laneSpan, layoutDay } from "../timetable";
import { ClashBadge, KindBadge, kindColor, pick, timeOf } from "./labels";
import classes from "./ProgrammeTimetable.module.css";

/** Height of five minutes at least (an hour ≥ 72 px); a row grows when a short session needs room for its text. */
const ROW = "0.375rem";
/** Grid rows before the first slot: the room headings and a little air for the first time label. */
const HEAD_ROWS = 2;

function roomName(lang: Lang, room: Session["room"], none: string): { venue: string | null; room: string } {
  if (!room) return { venue: null, room: none };
  return { venue: pick(lang, room.venueNameVi, room.venueNameEn), room: pick(lang, room.nameVi, room.nameEn) };
}

/**
 * One day of the programme as a timetable: a column per room used that day (venue · room), rows from the day's
 * first start to its last end with a line every half hour, each session a block placed by its times. Sessions
 * overlapping in one room stand side by side. The blocks come in time order in the document, each naming its time
 * and room in text, so a screen reader and Tab meet them in a sensible order; the grid lines and headings are
 * decoration for the eye (aria-hidden). A day wider than the page scrolls inside its own frame.
 */
export function ProgrammeTimetable({ day, all, meetingId }: { day: string; all: Session[]; meetingId: string }) {
  const { t, lang } = useI18n();
  const grid = layoutDay(day, all);
  if (!grid) return null;
  const noRoom = t("meetings.session.noRoom");

  // Grid column where each room starts: 1 is the time column.
  const starts: number[] = [];
  let next = 2;
  for (const c of grid.columns) {
    starts.push(next);
    next += c.lanes;
  }
  // Every lane an equal share: a room with a double booking widens rather than squeezing both sessions.
  const laneWidth = "minmax(10rem, 1fr)";
  const slots = (grid.to - grid.from) / SLOT;
  const style: CSSProperties = {
    gridTemplateColumns: `4.25rem ${grid.columns.map((c) => Array(c.lanes).fill(laneWidth).join(" ")).join(" ")}`,
    // Headings, air above the first line, the slots, air below the last line (where the day's end is labelled).
    gridTemplateRows: `auto 0.625rem repeat(${slots}, minmax(${ROW}, auto)) 0.75rem`,
  };
  const row = (min: number) => HEAD_ROWS + 1 + Math.floor((min - grid.from) / SLOT);
  const lines: number[] = [];
  for (let m = grid.from; m <= grid.to; m += LINE) lines.push(m);
  const span = (m: number) => (m < grid.to ? LINE / SLOT : 1);

  return (
    <div className={classes.scroller}>
      <div className={classes.grid} style={style} data-timetable={day}>
        <div className={classes.corner} aria-hidden />
        {grid.columns.map((c, i) => {
          const name = roomName(lang, c.room, noRoom);
          return (
            <div
              key={c.key || "none"}
              className={classes.head}
              style={{ gridColumn: `${starts[i]} / span ${c.lanes}` }}
              aria-hidden
              data-room-head
            >
              {name.venue && <span className={classes.venue}>{name.venue}</span>}
              <span className={classes.room}>{name.room}</span>
            </div>
          );
        })}
        {lines.map((m) => (
          <div
            key={`t${m}`}
            className={classes.time}
            style={{ gridRow: `${row(m)} / span ${span(m)}` }}
            data-hour={m % 60 === 0 || undefined}
            aria-hidden
          >
            <span>{hhmm(m)}</span>
          </div>
        ))}
        {lines.map((m) => (
          <div
            key={`l${m}`}
            className={classes.line}
            style={{ gridRow: `${row(m)} / span ${span(m)}` }}
            data-hour={m % 60 === 0 || undefined}
            aria-hidden
          />
        ))}
        {grid.columns.slice(1).map((c, i) => (
          <div
            key={`c${c.key || "none"}`}
            className={classes.lane}
            style={{ gridColumn: `${starts[i + 1]} / span ${c.lanes}` }}
            aria-hidden
          />
        ))}
        <ul role="list" style={{ display: "contents" }}>
          {grid.sessions.map((p) => {
            const s = p.session;
            const col = grid.columns[p.column]!;
            const [a, b] = laneSpan(p, col.lanes);
            const name = roomName(lang, s.room, noRoom);
            const clash = s.clashes.length > 0;
            const color = kindColor[s.kind];
            return (
              <li
                key={s.id}
                className={classes.block}
                style={
                  {
                    gridColumn: `${starts[p.column]! + a} / ${starts[p.column]! + b}`,
                    gridRow: `${row(p.from)} / ${HEAD_ROWS + 1 + Math.ceil((p.to - grid.from) / SLOT)}`,
                    "--block-accent": `var(--mantine-color-${color}-6)`,
                    "--block-bg": `var(--mantine-color-${color}-0)`,
                  } as CSSProperties
                }
                data-clash={clash || undefined}
                data-session={s.id}
              >
                <Group gap={6} style={{ rowGap: 4 }}>
                  <span className={classes.when}>
                    {timeOf(s.start)}–{timeOf(s.end)}
                  </span>
                  <KindBadge kind={s.kind} />
                  <ClashBadge session={s} all={all} />
                </Group>
                <Anchor component={Link} to={`/meetings/${meetingId}/programme/${s.id}`} className={classes.title}>
                  {pick(lang, s.titleVi, s.titleEn)}
                </Anchor>
                <VisuallyHidden>
                  {t("meetings.session.room")}: {name.venue ? `${name.room} · ${name.venue}` : name.room}
                </VisuallyHidden>
                {s.chair && (
                  <span className={classes.chair}>
                    {t("meetings.session.chairShort", { chair: chairIn(s, lang) ?? "" })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
