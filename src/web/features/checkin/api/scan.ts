import { api } from "../../../lib/api";
import type { Pack, ScanAnswer, ScanRequest } from "./types";

/** GET /api/meetings/:id/checkin/pack — what the device needs to decide offline. */
export function fetchPack(meetingId: string): Promise<Pack> {
  return api.get<Pack>(`/meetings/${meetingId}/checkin/pack`);
}

/** POST /api/checkin/scan — records a scan; the same nonce twice counts once. */
export function postScan(scan: ScanRequest): Promise<ScanAnswer> {
  return api.post<ScanAnswer>("/checkin/scan", scan);
}
