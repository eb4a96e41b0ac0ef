/**
 * Security checklists and incidents (issue 14, point 5) as the web asks for them. The records are the server's
 * schemas' types (src/shared/schemas/security.ts, decision 013). Every write refreshes the meeting's security data
 * and the committee's readiness (which shows each venue's readiness).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type {
  ChecklistBody,
  IncidentBody,
  IncidentPatch,
  ItemBody,
  ItemPatch,
  PlaceReadiness,
  SecurityChecklist,
  SecurityIncident,
  SecurityItem,
  SecurityOverview,
} from "../../../../shared/schemas/security";
import type { CheckItemStatus } from "../../../../shared/logistics";
import { logisticsKey } from "./logistics";

export type { PlaceReadiness, SecurityChecklist, SecurityIncident, SecurityItem, SecurityOverview };

const securityKey = (meetingId: string) => [...logisticsKey(meetingId), "security"] as const;
const base = (meetingId: string) => `/meetings/${meetingId}/security`;

/** The photo of an item, as an address an <img> or a link opens (the version makes a new photo a new address). */
export const photoUrl = (meetingId: string, item: Pick<SecurityItem, "id" | "version">) =>
  `/api${base(meetingId)}/items/${item.id}/photo?v=${item.version}`;

export function useSecurity(meetingId: string) {
  return useQuery({
    queryKey: [...securityKey(meetingId), "overview"],
    queryFn: () => api.get<SecurityOverview>(base(meetingId)),
  });
}

export function useIncidents(meetingId: string) {
  return useQuery({
    queryKey: [...securityKey(meetingId), "incidents"],
    queryFn: () => api.get<SecurityIncident[]>(`${base(meetingId)}/incidents`),
  });
}

function useSecurityMutation<A, R>(meetingId: string, fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: securityKey(meetingId) });
      void qc.invalidateQueries({ queryKey: ["committee", meetingId, "readiness"] });
    },
  });
}

export const useCreateChecklist = (meetingId: string) =>
  useSecurityMutation(meetingId, (body: ChecklistBody) =>
    api.post<SecurityChecklist>(`${base(meetingId)}/checklists`, body),
  );

export const useDeleteChecklist = (meetingId: string) =>
  useSecurityMutation(meetingId, (c: Pick<SecurityChecklist, "id" | "version">) =>
    api.delete<{ ok: true }>(`${base(meetingId)}/checklists/${c.id}` + qs({ version: c.version })),
  );

export const useAddItem = (meetingId: string) =>
  useSecurityMutation(meetingId, ({ checklistId, body }: { checklistId: string; body: ItemBody }) =>
    api.post<SecurityItem>(`${base(meetingId)}/checklists/${checklistId}/items`, body),
  );

export const useUpdateItem = (meetingId: string) =>
  useSecurityMutation(meetingId, ({ id, body }: { id: string; body: ItemPatch }) =>
    api.patch<SecurityItem>(`${base(meetingId)}/items/${id}`, body),
  );

export const useDeleteItem = (meetingId: string) =>
  useSecurityMutation(meetingId, (i: Pick<SecurityItem, "id" | "version">) =>
    api.delete<{ ok: true }>(`${base(meetingId)}/items/${i.id}` + qs({ version: i.version })),
  );

export const useItemStatus = (meetingId: string) =>
  useSecurityMutation(meetingId, ({ id, status, version }: { id: string; status: CheckItemStatus; version: number }) =>
    api.post<SecurityItem>(`${base(meetingId)}/items/${id}/status`, { status, version }),
  );

export const usePutPhoto = (meetingId: string) =>
  useSecurityMutation(meetingId, ({ id, data, version }: { id: string; data: string; version: number }) =>
    api.put<SecurityItem>(`${base(meetingId)}/items/${id}/photo`, { data, version }),
  );

export const useDeletePhoto = (meetingId: string) =>
  useSecurityMutation(meetingId, (i: Pick<SecurityItem, "id" | "version">) =>
    api.delete<SecurityItem>(`${base(meetingId)}/items/${i.id}/photo` + qs({ version: i.version })),
  );

export const useCreateIncident = (meetingId: string) =>
  useSecurityMutation(meetingId, (body: IncidentBody) =>
    api.post<SecurityIncident>(`${base(meetingId)}/incidents`, body),
  );

export const useUpdateIncident = (meetingId: string) =>
  useSecurityMutation(meetingId, ({ id, body }: { id: string; body: IncidentPatch }) =>
    api.patch<SecurityIncident>(`${base(meetingId)}/incidents/${id}`, body),
  );
