import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { Lang } from "../../../shared/errors.js";
import type { Role, ScopeKind } from "../../../shared/roles.js";

/** The ministry's units as a tree. `mergedInto` points to the survivor of a merger. */
export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey(),
    parentId: uuid("parent_id").references((): AnyPgColumn => units.id),
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    kind: text("kind").notNull().default("department"),
    active: boolean("active").notNull().default(true),
    mergedInto: uuid("merged_into").references((): AnyPgColumn => units.id),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("units_code_key").on(t.code),
    index("units_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    unitId: uuid("unit_id").references(() => units.id),
    organisation: text("organisation"),
    passwordHash: text("password_hash"),
    language: text("language").$type<Lang>().notNull().default("vi"),
    active: boolean("active").notNull().default(true),
    external: boolean("external").notNull().default(false),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** A role held in a scope: (role, scope kind, scope id). A person may hold several. */
export const grants = pgTable(
  "grants",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role").$type<Role>().notNull(),
    scopeKind: text("scope_kind").$type<ScopeKind>().notNull(),
    /** Null for system and ministry scopes. */
    scopeId: text("scope_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grants_user_idx").on(t.userId),
    uniqueIndex("grants_unique").on(t.userId, t.role, t.scopeKind, sql`coalesce(${t.scopeId}, '')`),
  ],
);

/** One-time links that let an invited person set their password. Only the hash of the token is kept. */
export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
