/** What the check-in, badges and attendance endpoints answer (see the OpenAPI tags badges and checkin). */
import type { ScanReason, ScanResult } from "../../../../shared/badges";

export type { ScanReason, ScanResult };
export type Category = "host" | "asean_member" | "plus_three" | "dialogue_partner" | "secretariat" | "observer";

export interface PackBadge {
  id: string;
  delegateId: string;
  issue: number;
  codeHash: string;
}

export interface Pack {
  meetingId: string;
  code: string;
  titleVi: string;
  titleEn: string;
  timeZone: string;
  generatedAt: string;
  purged: boolean;
  keyId: string;
  publicKey: string;
  sessions: {
    id: string;
    titleVi: string;
    titleEn: string;
    start: string;
    end: string;
    roomVi: string | null;
    roomEn: string | null;
  }[];
  delegations: { id: string; nameVi: string; nameEn: string; country: string | null; category: Category }[];
  badges: PackBadge[];
  revoked: PackBadge[];
  people: {
    delegateId: string;
    fullName: string;
    delegationId: string;
    photoUrl: string | null;
    accredited: boolean;
    sessionIds: string[];
  }[];
}

export interface ScanRequest {
  token: string;
  sessionId: string | null;
  meetingId: string;
  nonce: string;
  scannedAt: string;
}

export interface ScanAnswer {
  scanId: string;
  nonce: string;
  result: ScanResult;
  reason: ScanReason | null;
  message: string;
  duplicate: boolean;
  meetingId: string;
  sessionId: string | null;
  scannedAt: string;
  receivedAt: string;
  officerName: string;
  delegate: {
    id: string;
    fullName: string;
    delegationId: string;
    photoUrl: string | null;
    delegationNameVi: string;
    delegationNameEn: string;
    country: string | null;
    category: Category | null;
  } | null;
  admittedBefore: string | null;
}

interface Counts {
  expected: number;
  admitted: number;
  refused: number;
}

export interface AttendanceSummary {
  meetingId: string;
  door: Counts;
  sessions: (Counts & {
    sessionId: string;
    kind: string;
    titleVi: string;
    titleEn: string;
    start: string;
    end: string;
  })[];
}

export interface Attendee {
  delegateId: string;
  fullName: string;
  delegationId: string;
  delegationNameVi: string;
  delegationNameEn: string;
  photoUrl: string | null;
}

export interface AttendanceList {
  meetingId: string;
  sessionId: string | null;
  /** How many people were admitted there (matching the search), on every page together. */
  admittedTotal: number;
  admitted: (Attendee & { firstAdmittedAt: string; officerName: string; scans: number })[];
  refused: { scanId: string; scannedAt: string; reason: ScanReason; officerName: string; person: Attendee | null }[];
}

export interface BadgeItem {
  delegateId: string;
  fullName: string;
  honorific: string | null;
  position: string | null;
  delegationId: string;
  delegationNameVi: string;
  delegationNameEn: string;
  category: Category;
  accreditationStatus: "pending" | "accredited" | "rejected";
  hasPhoto: boolean;
  badge: { id: string; issueNumber: number; status: "active" | "revoked"; issuedAt: string } | null;
  revokedCount: number;
  /** The badge was printed before the delegate's current accreditation: print it again. */
  needsReissue: boolean;
}

export interface BadgeJob {
  id: string;
  meetingId: string;
  size: "a6" | "card";
  status: "queued" | "running" | "done" | "failed";
  total: number;
  done: number;
  skipped: { delegateId: string; fullName: string; reason: string }[];
  error: string | null;
  fileName: string | null;
  createdAt: string;
  finishedAt: string | null;
  downloadUrl: string | null;
}

export const checkinKey = (meetingId: string) => ["meetings", meetingId, "checkin"] as const;
