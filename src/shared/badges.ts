/**
 * The badge token and the check-in vocabulary, shared by the server (which signs and verifies) and the check-in
 * page (which verifies offline with WebCrypto).
 *
 * token = base64url(payload) + "." + base64url(Ed25519 signature of the payload bytes)
 * payload = version (1 byte, 1) · badge id (16 bytes) · delegate id (16) · meeting id (16) · issue number (2, big-endian)
 *
 * The badge id is random, so a token cannot be derived from a delegate's id, and without the installation's private
 * key no valid signature can be made. 51 bytes keep the QR code small enough for a CR80 card.
 *
 * A badge also carries a short code (12 characters of Crockford base32, `K7F3-9QX2-M4TB`) for typing when the camera
 * cannot read the QR code; it is a random secret of 60 bits looked up by its hash, never derived from an id.
 */

export const TOKEN_VERSION = 1;

/** Bytes over a plain ArrayBuffer (what WebCrypto accepts). */
export type Bytes = Uint8Array<ArrayBuffer>;
const PAYLOAD_BYTES = 1 + 16 * 3 + 2;

export interface BadgePayload {
  badgeId: string;
  delegateId: string;
  meetingId: string;
  issue: number;
}

/** Why a scan is refused. Stable: the API and the offline page both answer with these. */
export const scanReasons = ["forged", "revoked", "not_accredited", "not_registered", "unknown", "purged"] as const;
export type ScanReason = (typeof scanReasons)[number];
export type ScanResult = "admitted" | "refused";

export const badgeStatuses = ["active", "revoked"] as const;
export type BadgeStatus = (typeof badgeStatuses)[number];
export const badgeSizes = ["a6", "card"] as const;
export type BadgeSize = (typeof badgeSizes)[number];
export const badgeJobStatuses = ["queued", "running", "done", "failed"] as const;
export type BadgeJobStatus = (typeof badgeJobStatuses)[number];

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    // i < length: bytes[i] is there; the last group may lack the next one or two.
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Decodes base64url (no padding); null when the text is not base64url. */
export function fromBase64Url(text: string): Bytes | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const c of text) {
    acc = (acc << 6) | B64_INDEX.get(c)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function uuidBytes(id: string): Bytes {
  const hex = id.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a uuid: ${id}`);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function bytesUuid(b: Uint8Array): string {
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The bytes that are signed. */
export function encodePayload(p: BadgePayload): Bytes {
  if (!Number.isInteger(p.issue) || p.issue < 1 || p.issue > 0xffff) throw new Error(`bad issue number ${p.issue}`);
  const out = new Uint8Array(PAYLOAD_BYTES);
  out[0] = TOKEN_VERSION;
  out.set(uuidBytes(p.badgeId), 1);
  out.set(uuidBytes(p.delegateId), 17);
  out.set(uuidBytes(p.meetingId), 33);
  out[49] = p.issue >> 8;
  out[50] = p.issue & 0xff;
  return out;
}

export function decodePayload(bytes: Uint8Array): BadgePayload | null {
  if (bytes.length !== PAYLOAD_BYTES || bytes[0] !== TOKEN_VERSION) return null;
  return {
    badgeId: bytesUuid(bytes.subarray(1, 17)),
    delegateId: bytesUuid(bytes.subarray(17, 33)),
    meetingId: bytesUuid(bytes.subarray(33, 49)),
    issue: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(49),
  };
}

/** A token taken apart (nothing verified yet); null when it does not have the token's shape. */
export function parseToken(
  token: string,
): { payloadBytes: Bytes; signature: Bytes; payload: BadgePayload | null } | null {
  const parts = token.trim().split(".");
  const [payloadText, signatureText] = parts;
  if (parts.length !== 2 || payloadText === undefined || signatureText === undefined) return null;
  const payloadBytes = fromBase64Url(payloadText);
  const signature = fromBase64Url(signatureText);
  if (!payloadBytes || !signature || !payloadBytes.length) return null;
  return { payloadBytes, signature, payload: decodePayload(payloadBytes) };
}

export function formatToken(payloadBytes: Uint8Array, signature: Uint8Array): string {
  return `${toBase64Url(payloadBytes)}.${toBase64Url(signature)}`;
}

// ---------------------------------------------------------------- short codes

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const BADGE_CODE_LENGTH = 12;

/** A new short code from 60 random bits (the caller passes 8 random bytes). */
export function badgeCodeFrom(random: Uint8Array): string {
  let n = 0n;
  for (const b of random.subarray(0, 8)) n = (n << 8n) | BigInt(b);
  let out = "";
  for (let i = 0; i < BADGE_CODE_LENGTH; i++) {
    out += CROCKFORD[Number(n & 31n)];
    n >>= 5n;
  }
  return out;
}

/**
 * What a person typed, as a short code: upper case, no spaces or dashes, and the letters people confuse with digits
 * read as those digits (O → 0, I and L → 1). Null when it is not a short code.
 */
export function normaliseBadgeCode(typed: string): string | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (s.length !== BADGE_CODE_LENGTH || [...s].some((c) => !CROCKFORD.includes(c))) return null;
  return s;
}

/** `K7F39QX2M4TB` → `K7F3-9QX2-M4TB`, as printed on the badge. */
export function displayBadgeCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
