/** Airport transfers, vehicles and shuttles (issue 14, point 3) as the web asks for them. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { logisticsKey } from "./logistics";
import type {
  AutoAllocateResult,
  Shuttle,
  Transfer,
  TransferDays,
  TransferMove,
  Vehicle,
  VehicleInput,
} from "../../../../shared/schemas/transfers";

export type { AutoAllocateResult, Shuttle, Transfer, TransferDays, TransferMove, Vehicle, VehicleInput };

const key = (meetingId: string) => [...logisticsKey(meetingId), "transfers"] as const;

export function useTransferDays(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "days"],
    queryFn: () => api.get<TransferDays>(`/meetings/${meetingId}/transfers/days`),
  });
}

export function useTransfers(meetingId: string, date: string | null) {
  return useQuery({
    queryKey: [...key(meetingId), "list", date],
    queryFn: () => api.get<Transfer[]>(`/meetings/${meetingId}/transfers` + qs({ date })),
    enabled: !!date,
  });
}

export function useShuttles(meetingId: string, date: string | null) {
  return useQuery({
    queryKey: [...key(meetingId), "shuttles", date],
    queryFn: () => api.get<Shuttle[]>(`/meetings/${meetingId}/transfers/shuttles` + qs({ date })),
    enabled: !!date,
  });
}

export function useTransferMoves(meetingId: string) {
  return useQuery({
    queryKey: [...logisticsKey(meetingId), "changes", "transfers", "moves"],
    queryFn: () => api.get<TransferMove[]>(`/meetings/${meetingId}/transfers/moves`),
  });
}

export function useVehicles(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "vehicles"],
    queryFn: () => api.get<Vehicle[]>(`/meetings/${meetingId}/vehicles`),
  });
}

function useInvalidate(meetingId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: key(meetingId) });
}

export function useCreateVehicle(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (body: VehicleInput) => api.post<Vehicle>(`/meetings/${meetingId}/vehicles`, body),
    onSuccess: done,
  });
}

export function useDeleteVehicle(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (vehicleId: string) => api.delete<{ ok: true }>(`/meetings/${meetingId}/vehicles/${vehicleId}`),
    onSuccess: done,
  });
}

export function useAllocate(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (v: { transferId: string; vehicleId: string; add: boolean }): Promise<unknown> =>
      v.add
        ? api.put<Transfer>(`/meetings/${meetingId}/transfers/${v.transferId}/vehicles/${v.vehicleId}`)
        : api.delete<{ ok: true }>(`/meetings/${meetingId}/transfers/${v.transferId}/vehicles/${v.vehicleId}`),
    onSuccess: done,
  });
}

export function useAutoAllocate(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (date: string) => api.post<AutoAllocateResult>(`/meetings/${meetingId}/transfers/allocate`, { date }),
    onSuccess: done,
  });
}

export const manifestPath = (meetingId: string, transferId: string, vehicleId: string) =>
  `/meetings/${meetingId}/transfers/${transferId}/vehicles/${vehicleId}/manifest.pdf`;
