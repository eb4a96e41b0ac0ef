/**
 * The check-in, badges and attendance records as the web uses them: the server's schemas
 * (src/shared/schemas/badges.ts) are the one definition; these are their `Static<>` types (decision 013).
 */
import type { ScanReason, ScanResult } from "../../../../shared/badges";
import type { DelegationCategory } from "../../../../shared/schemas/meetings";

export type { ScanReason, ScanResult };
export type Category = DelegationCategory;
export type {
  AttendanceList,
  AttendanceSummary,
  Attendee,
  BadgeItem,
  BadgeJob,
  Pack,
  PackBadge,
  ScanAnswer,
} from "../../../../shared/schemas/badges";

/** What the door sends for one scan. */
export interface ScanRequest {
  token: string;
  sessionId: string | null;
  meetingId: string;
  nonce: string;
  scannedAt: string;
}

export const checkinKey = (meetingId: string) => ["meetings", meetingId, "checkin"] as const;
