import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs, type ListPage } from "../../../lib/api";
import type { AuditModule } from "../../../../shared/audit";

/** One changed field, as the server words it in the reader's language (personal fields: `hidden`, no values). */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  hidden: boolean;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  /** The action in the reader's language ("Chấp nhận báo cáo chỉ tiêu"). */
  actionText: string;
  module: AuditModule;
  moduleText: string;
  entity: string;
  entityText: string;
  entityId: string;
  /** The record's name (server side: the module's labeler or what the row recorded); null when none is known. */
  entityLabel: string | null;
  /** Who did what to which record, in one sentence. */
  summary: string;
  changes: AuditChange[];
  ip: string | null;
}

export interface AuditFilter {
  actorId?: string;
  module?: AuditModule;
  entity?: string;
  entityId?: string;
  /** ISO days, Hà Nội time, inclusive. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
}

/** Rows per page of the trail (the server allows up to 200). */
export const AUDIT_PAGE_SIZE = 50;

/** GET /api/audit — one page, newest first, and how many rows match in all. */
export function useAudit(f: AuditFilter) {
  return useQuery({
    queryKey: ["admin", "audit", f],
    queryFn: () =>
      api.getPage<AuditEntry>(
        "/audit" +
          qs({
            actorId: f.actorId,
            module: f.module,
            entity: f.entity,
            entityId: f.entityId,
            from: f.from,
            to: f.to,
            offset: (f.page - 1) * AUDIT_PAGE_SIZE || undefined,
            limit: AUDIT_PAGE_SIZE,
          }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface SignIn {
  id: number;
  at: string;
  action: string;
  actionText: string;
  outcome: "success" | "failure" | "lockout" | "signout";
  userId: string;
  userLabel: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** GET /api/audit/sign-ins — sign-ins, failures, lockouts and sign-outs, one page. */
export function useSignIns(f: { userId?: string; from?: string; to?: string; page: number }) {
  return useQuery({
    queryKey: ["admin", "sign-ins", f],
    queryFn: (): Promise<ListPage<SignIn>> =>
      api.getPage<SignIn>(
        "/audit/sign-ins" +
          qs({
            userId: f.userId,
            from: f.from,
            to: f.to,
            offset: (f.page - 1) * AUDIT_PAGE_SIZE || undefined,
            limit: AUDIT_PAGE_SIZE,
          }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface PickerOption {
  id: string;
  label: string;
}

/** GET /api/audit/records — the records of a kind the trail names, matching `q` (ignoring diacritics). */
export function useAuditRecords(entity: string, q: string) {
  return useQuery({
    queryKey: ["admin", "audit-records", entity, q],
    queryFn: () =>
      api.get<{ items: PickerOption[]; more: boolean }>("/audit/records" + qs({ entity, q: q.trim() || undefined })),
    enabled: !!entity,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
