import type { QueryClient } from "@tanstack/react-query";

/** After a change to a delegation: its registration views, and the meeting pages that count its delegates. */
export async function invalidateDelegation(qc: QueryClient, meetingId: string, delegationId: string) {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ["registration", meetingId, delegationId] }),
    qc.invalidateQueries({ queryKey: ["registration", "meeting", meetingId] }),
    qc.invalidateQueries({ queryKey: ["registration", "mine"] }),
    qc.invalidateQueries({ queryKey: ["meetings", meetingId] }),
  ]);
}
