import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Meeting } from "./types";

export interface MeetingInput {
  code: string;
  titleVi: string;
  titleEn: string;
  themeVi: string | null;
  themeEn: string | null;
  startDate: string;
  endDate: string;
  cityVi: string;
  cityEn: string;
  timeZone: string;
  registrationDeadline: string | null;
  status: Meeting["status"];
  purgeAt: string | null;
}

/** POST /api/meetings or PATCH /api/meetings/:id (with the version read). */
export function useSaveMeeting(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput & { version?: number }) =>
      id ? api.patch<Meeting>(`/meetings/${id}`, body) : api.post<Meeting>("/meetings", body),
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: ["meetings"] });
      qc.setQueryData([...meetingKey(m.id), "meeting"], m);
    },
  });
}
