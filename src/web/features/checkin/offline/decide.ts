/**
 * The door's decision on the device, from the pack alone, so a badge is judged the same way with no network:
 * the Ed25519 signature is checked with WebCrypto against the pack's public key, a typed short code is matched by
 * its SHA-256, revoked badges are refused, and the person must be accredited and registered for the place.
 * The server decides again when the scan is sent; this is what the officer sees meanwhile.
 */
import {
  fromBase64Url,
  normaliseBadgeCode,
  parseToken,
  toBase64Url,
  type Bytes,
  type ScanReason,
} from "../../../../shared/badges";
import type { Pack, PackBadge } from "../api/types";

export interface LocalVerdict {
  result: "admitted" | "refused";
  reason: ScanReason | null;
  /** The person the badge names, when the pack knows them (also for most refusals, to show who it was). */
  person: Pack["people"][number] | null;
  badgeId: string | null;
}

const keys = new Map<string, Promise<CryptoKey>>();

function importKey(raw: string): Promise<CryptoKey> {
  let k = keys.get(raw);
  if (!k) {
    const bytes = parseRaw(raw);
    k = crypto.subtle.importKey("raw", bytes, { name: "Ed25519" }, false, ["verify"]);
    keys.set(raw, k);
  }
  return k;
}

function parseRaw(raw: string): Bytes {
  const bytes = fromBase64Url(raw);
  if (!bytes || bytes.length !== 32) throw new Error("bad public key");
  return bytes;
}

async function sha256(text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));
}

/** Decides a scan at a place (`sessionId` null = the meeting's door) from the pack. */
export async function decideOffline(pack: Pack, sessionId: string | null, typed: string): Promise<LocalVerdict> {
  const refuse = (
    reason: ScanReason,
    person: LocalVerdict["person"] = null,
    badgeId: string | null = null,
  ): LocalVerdict => ({
    result: "refused",
    reason,
    person,
    badgeId,
  });
  const text = typed.trim();
  let badge: PackBadge | null = null;
  let revoked = false;
  const code = text.includes(".") ? null : normaliseBadgeCode(text);
  if (code) {
    const hash = await sha256(code);
    badge = pack.badges.find((b) => b.codeHash === hash) ?? null;
    if (!badge) {
      badge = pack.revoked.find((b) => b.codeHash === hash) ?? null;
      revoked = badge !== null;
    }
    if (!badge) return refuse("unknown");
  } else {
    const parsed = parseToken(text);
    if (!parsed) return refuse("unknown");
    let valid = false;
    try {
      valid =
        parsed.signature.length === 64 &&
        (await crypto.subtle.verify(
          { name: "Ed25519" },
          await importKey(pack.publicKey),
          parsed.signature,
          parsed.payloadBytes,
        ));
    } catch {
      valid = false;
    }
    if (!valid || !parsed.payload) return refuse("forged");
    const p = parsed.payload;
    const person = pack.people.find((x) => x.delegateId === p.delegateId) ?? null;
    if (pack.purged) return refuse("purged", person, p.badgeId);
    if (p.meetingId !== pack.meetingId) return refuse("not_registered", person, p.badgeId);
    if (pack.revoked.some((b) => b.id === p.badgeId)) return refuse("revoked", person, p.badgeId);
    badge = pack.badges.find((b) => b.id === p.badgeId) ?? null;
    if (!badge) {
      // Signed by the host but newer than this pack: a later issue than the one the pack knows is a reissue made
      // after the download (accept it; the old one is refused once the pack is refreshed); an earlier one is stale.
      const known = pack.badges.find((b) => b.delegateId === p.delegateId);
      if (!person || !known) return refuse("unknown", person, p.badgeId);
      if (p.issue < known.issue) return refuse("revoked", person, p.badgeId);
      badge = { id: p.badgeId, delegateId: p.delegateId, issue: p.issue, codeHash: "" };
    }
  }
  const person = pack.people.find((x) => x.delegateId === badge.delegateId) ?? null;
  if (pack.purged) return refuse("purged", person, badge.id);
  if (revoked) return refuse("revoked", person, badge.id);
  if (!person) return refuse("unknown", null, badge.id);
  if (!person.accredited) return refuse("not_accredited", person, badge.id);
  if (sessionId && !person.sessionIds.includes(sessionId)) return refuse("not_registered", person, badge.id);
  return { result: "admitted", reason: null, person, badgeId: badge.id };
}
