import { bytea } from "../../db/columns.js";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type {
  AccreditationStatus,
  DelegateRole,
  DelegationCategory,
  Gender,
  MeetingStatus,
  SessionKind,
} from "../../../shared/schemas/meetings.js";

// The enums are defined once with the records' API schemas (src/shared/schemas/meetings.ts, decision 013).
export {
  accreditationStatuses,
  delegateRoles,
  delegationCategories,
  genders,
  meetingStatuses,
  sessionKinds,
  type AccreditationStatus,
  type DelegateRole,
  type DelegationCategory,
  type Gender,
  type MeetingStatus,
  type SessionKind,
} from "../../../shared/schemas/meetings.js";

/** A hosted intergovernmental meeting (ACCSM 21). Dates are calendar dates in the meeting's own time zone. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    themeVi: text("theme_vi"),
    themeEn: text("theme_en"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    cityVi: text("city_vi").notNull(),
    cityEn: text("city_en").notNull(),
    /** IANA zone, e.g. Asia/Ho_Chi_Minh: sessions are shown and exported in it. */
    timeZone: text("time_zone").notNull(),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }),
    status: text("status").$type<MeetingStatus>().notNull().default("planning"),
    /** The day personal data may be purged (after the meeting closes), and when it was. */
    purgeAt: date("purge_at", { mode: "string" }),
    purgedAt: timestamp("purged_at", { withTimezone: true }),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_code_key").on(t.code),
    index("meetings_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** A place the meeting uses (a convention centre, a hotel). `sample` marks invented demo data. */
export const venues = pgTable(
  "venues",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    address: text("address"),
    sample: boolean("sample").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("venues_meeting_idx").on(t.meetingId)],
);

/** A room in a venue. `meetingId` is repeated so a meeting's rooms are one lookup. */
export const rooms = pgTable(
  "rooms",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    venueId: uuid("venue_id")
      .notNull()
      .references(() => venues.id),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    capacity: integer("capacity"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rooms_meeting_idx").on(t.meetingId), index("rooms_venue_idx").on(t.venueId)],
);

/** One item of the programme. Start and end are instants; the API shows them in the meeting's time zone. */
export const meetingSessions = pgTable(
  "meeting_sessions",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    kind: text("kind").$type<SessionKind>().notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    roomId: uuid("room_id").references(() => rooms.id),
    /** Who chairs, as written (e.g. "Bộ trưởng Phạm Thị Thanh Trà"); clashes compare its folded form. */
    chair: text("chair"),
    /** The chair in English for English readers ("Minister of Home Affairs Pham Thi Thanh Tra"); `chair` when empty. */
    chairEn: text("chair_en"),
    notesVi: text("notes_vi"),
    notesEn: text("notes_en"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_sessions_meeting_idx").on(t.meetingId, t.startsAt),
    index("meeting_sessions_room_idx").on(t.roomId),
  ],
);

/** The agenda of a session, in `position` order. Edited together with its session (same version). */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    presenter: text("presenter"),
    /** Document references as free text (titles, symbols, links), one per line. */
    documents: text("documents"),
  },
  (t) => [index("agenda_items_session_idx").on(t.sessionId, t.position)],
);

/** Which delegations a session is for (a SOM+3 session: ASEAN members, the +3 and the Secretariat). */
export const sessionDelegations = pgTable(
  "session_delegations",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.delegationId] }),
    index("session_delegations_delegation_idx").on(t.delegationId),
  ],
);

/** A delegation: a country (ISO 3166-1 alpha-3) or an organisation (country null, e.g. the ASEAN Secretariat). */
export const delegations = pgTable(
  "delegations",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    country: text("country"),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    category: text("category").$type<DelegationCategory>().notNull(),
    headDelegateId: uuid("head_delegate_id").references((): AnyPgColumn => delegates.id, { onDelete: "set null" }),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("delegations_meeting_idx").on(t.meetingId),
    uniqueIndex("delegations_meeting_country_key")
      .on(t.meetingId, t.country)
      .where(sql`${t.country} is not null`),
  ],
);

/**
 * A person in a delegation. Passport data and date of birth are personal data: only registration managers,
 * the ICD and the delegation's own contact read them. `meetingId` is repeated for meeting-wide search,
 * the passport-uniqueness check and the purge.
 */
export const delegates = pgTable(
  "delegates",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id),
    /** As in the passport, in Latin letters or the delegate's own script (PDFs embed a font for every script). */
    fullName: text("full_name").notNull(),
    honorific: text("honorific"),
    gender: text("gender").$type<Gender>(),
    position: text("position"),
    organisation: text("organisation"),
    role: text("role").$type<DelegateRole>().notNull().default("member"),
    nationality: text("nationality"),
    passportNumber: text("passport_number"),
    passportExpiry: date("passport_expiry", { mode: "string" }),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    email: text("email"),
    phone: text("phone"),
    arrivalDate: date("arrival_date", { mode: "string" }),
    arrivalTime: time("arrival_time"),
    arrivalFlight: text("arrival_flight"),
    arrivalAirport: text("arrival_airport"),
    departureDate: date("departure_date", { mode: "string" }),
    departureTime: time("departure_time"),
    departureFlight: text("departure_flight"),
    departureAirport: text("departure_airport"),
    hotel: text("hotel"),
    dietary: text("dietary"),
    accessibility: text("accessibility"),
    accreditationStatus: text("accreditation_status").$type<AccreditationStatus>().notNull().default("pending"),
    accreditationReason: text("accreditation_reason"),
    accreditedAt: timestamp("accredited_at", { withTimezone: true }),
    accreditedBy: uuid("accredited_by"),
    /** Invented demo data. */
    sample: boolean("sample").notNull().default(false),
    searchText: text("search_text").notNull().default(""),
    /**
     * `viNameSortKey(fullName)` (src/shared/text.ts): lists order by it byte by byte (`COLLATE "C"`) in Vietnamese
     * name order. Written with every insert and update of the name; "" until `fillNameSortKeys` has computed it.
     */
    nameSort: text("name_sort").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("delegates_delegation_idx").on(t.delegationId),
    index("delegates_meeting_idx").on(t.meetingId),
    // A page of a meeting's (or a delegation's) delegates in name order, read from the index (keyset or offset).
    index("delegates_meeting_name_idx").on(t.meetingId, sql`${t.nameSort} collate "C"`, t.id),
    index("delegates_delegation_name_idx").on(t.delegationId, sql`${t.nameSort} collate "C"`, t.id),
    // The list filtered by accreditation status (and attendance's "expected"): counted and paged from the index.
    index("delegates_meeting_status_name_idx").on(
      t.meetingId,
      t.accreditationStatus,
      sql`${t.nameSort} collate "C"`,
      t.id,
    ),
    index("delegates_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
    uniqueIndex("delegates_meeting_passport_key")
      .on(t.meetingId, t.passportNumber)
      .where(sql`${t.passportNumber} is not null`),
  ],
);

/** A delegate's photo, kept apart so lists never drag the bytes along. `etag` changes with each upload. */
export const delegatePhotos = pgTable(
  "delegate_photos",
  {
    delegateId: uuid("delegate_id")
      .primaryKey()
      .references(() => delegates.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    size: integer("size").notNull(),
    etag: text("etag").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the photo was normalised to the badge's JPEG (meetings/photos.ts); null for a photo stored before that rule,
     * which the `meetings.normalise-photos` job picks up (the epoch when it could not be read: left as it was).
     */
    normalisedAt: timestamp("normalised_at", { withTimezone: true }),
  },
  (t) => [
    index("delegate_photos_waiting_idx")
      .on(t.delegateId)
      .where(sql`${t.normalisedAt} is null`),
  ],
);

/** Which sessions a delegate attends. */
export const delegateSessions = pgTable(
  "delegate_sessions",
  {
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => delegates.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.delegateId, t.sessionId] }), index("delegate_sessions_session_idx").on(t.sessionId)],
);
