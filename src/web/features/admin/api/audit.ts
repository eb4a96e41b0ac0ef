import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs, type ListPage } from "../../../lib/api";
import type { AuditModule } from "../../../../shared/audit";
import type {
  AuditEntry as AuditEntryRecord,
  AuditRecordOption,
  AuditRecords,
  SignIn,
} from "../../../../shared/schemas/audit";

export type { AuditChange } from "../../../../shared/schemas/audit";

/** One row of the trail (src/shared/schemas/audit.ts), its module one of the trail's modules. */
export type AuditEntry = Omit<AuditEntryRecord, "module"> & { module: AuditModule };

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

export type { SignIn };

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

export type PickerOption = AuditRecordOption;

/** GET /api/audit/records — the records of a kind the trail names, matching `q` (ignoring diacritics). */
export function useAuditRecords(entity: string, q: string) {
  return useQuery({
    queryKey: ["admin", "audit-records", entity, q],
    queryFn: () => api.get<AuditRecords>("/audit/records" + qs({ entity, q: q.trim() || undefined })),
    enabled: !!entity,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
