import { useInfiniteQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** The record's name (server side: the module's labeler or what the row recorded); null when none is known. */
  entityLabel: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

const PAGE = 50;

/** GET /api/audit, newest first, a page at a time (the next page starts before the last id seen). */
export function useAudit(f: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ["admin", "audit", f],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditEntry[]>(
        "/audit" + qs({ entity: f.entity, entityId: f.entityId, beforeId: pageParam, limit: PAGE }),
      ),
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]?.id : undefined),
  });
}
