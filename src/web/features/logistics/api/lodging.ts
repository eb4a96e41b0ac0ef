/** Hotels and rooming (issue 14, point 2) as the web asks for them. Keys start with `logisticsKey(meetingId)`. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type {
  AssignResult,
  BlocksInput,
  Hotel,
  HotelInput,
  HotelsAnswer,
  RoomingNight,
  RoomingStay,
  StayInput,
  StayRow,
} from "../../../../shared/schemas/lodging";
import { logisticsKey } from "./logistics";

export type { AssignResult, Hotel, HotelsAnswer, RoomingNight, RoomingStay, StayRow };

const key = (meetingId: string) => [...logisticsKey(meetingId), "lodging"] as const;

export function useHotels(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "hotels"],
    queryFn: () => api.get<HotelsAnswer>(`/meetings/${meetingId}/hotels`),
  });
}

export function useRoomingNight(meetingId: string, night: string | null) {
  return useQuery({
    queryKey: [...key(meetingId), "night", night],
    queryFn: () => api.get<RoomingNight>(`/meetings/${meetingId}/rooming` + qs({ night })),
  });
}

export function useRoomingStay(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "stay"],
    queryFn: () => api.get<RoomingStay>(`/meetings/${meetingId}/rooming/stay`),
  });
}

export function useStays(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "stays"],
    queryFn: () => api.get<StayRow[]>(`/meetings/${meetingId}/stays`),
  });
}

function useLodgingMutation<V, R>(meetingId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: key(meetingId) }) });
}

export const useCreateHotel = (meetingId: string) =>
  useLodgingMutation(meetingId, (body: HotelInput) => api.post<Hotel>(`/meetings/${meetingId}/hotels`, body));

export const useSaveBlocks = (meetingId: string) =>
  useLodgingMutation(meetingId, ({ hotelId, ...body }: BlocksInput & { hotelId: string }) =>
    api.put<Hotel>(`/meetings/${meetingId}/hotels/${hotelId}/blocks`, body),
  );

export const useSetStay = (meetingId: string) =>
  useLodgingMutation(meetingId, ({ delegateId, ...body }: StayInput & { delegateId: string }) =>
    api.put<StayRow>(`/meetings/${meetingId}/stays/${delegateId}`, body),
  );

export const useRemoveStay = (meetingId: string) =>
  useLodgingMutation(meetingId, (delegateId: string) =>
    api.delete<{ ok: true }>(`/meetings/${meetingId}/stays/${delegateId}`),
  );

export const useAssignStays = (meetingId: string) =>
  useLodgingMutation(meetingId, () => api.post<AssignResult>(`/meetings/${meetingId}/stays/assign`, {}));
