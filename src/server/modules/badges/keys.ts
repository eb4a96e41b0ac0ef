/**
 * The installation's Ed25519 key pair for badge tokens: generated on first use, kept in the `settings` table, cached
 * per database. The public key goes to the check-in pack so that phones verify badges offline; the private key never
 * leaves the server.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import type { Executor } from "../../db/client.js";
import { getOrCreateSetting } from "../system/settings.js";
import { encodePayload, formatToken, parseToken, toBase64Url, type BadgePayload } from "../../../shared/badges.js";

export const SIGNING_KEY_SETTING = "badge_signing_key";

export interface BadgeKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key, base64url (what WebCrypto imports as "raw"). */
  publicKeyRaw: string;
  /** A short fingerprint of the public key, so a device can tell that its pack's key is the current one. */
  keyId: string;
}

interface Stored {
  alg: "Ed25519";
  privateKeyPkcs8: string;
  createdAt: string;
}

function newKeyPair(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  const stored: Stored = {
    alg: "Ed25519",
    privateKeyPkcs8: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
    createdAt: new Date().toISOString(),
  };
  return JSON.stringify(stored);
}

function isStored(v: unknown): v is Stored {
  return (
    typeof v === "object" &&
    v !== null &&
    "alg" in v &&
    v.alg === "Ed25519" &&
    "privateKeyPkcs8" in v &&
    typeof v.privateKeyPkcs8 === "string" &&
    "createdAt" in v &&
    typeof v.createdAt === "string"
  );
}

function fromStored(value: string): BadgeKeys {
  const stored: unknown = JSON.parse(value);
  if (!isStored(stored)) throw new Error(`The ${SIGNING_KEY_SETTING} setting does not hold an Ed25519 key pair`);
  const privateKey = createPrivateKey({
    key: Buffer.from(stored.privateKeyPkcs8, "base64"),
    format: "der",
    type: "pkcs8",
  });
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: "jwk" });
  const publicKeyRaw = jwk.x;
  if (!publicKeyRaw) throw new Error("The badge public key exported no raw key (jwk.x)");
  const keyId = createHash("sha256").update(publicKeyRaw).digest("base64url").slice(0, 12);
  return { privateKey, publicKey, publicKeyRaw, keyId };
}

const cache = new WeakMap<object, Promise<BadgeKeys>>();

/** The key pair, created once per installation. */
export function badgeKeys(db: Executor): Promise<BadgeKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = getOrCreateSetting(db, SIGNING_KEY_SETTING, newKeyPair).then(fromStored);
    keys.catch(() => cache.delete(db));
    cache.set(db, keys);
  }
  return keys;
}

/** Signs a badge's payload into the token its QR code carries. */
export function signBadgeToken(keys: BadgeKeys, payload: BadgePayload): string {
  const bytes = encodePayload(payload);
  return formatToken(bytes, sign(null, bytes, keys.privateKey));
}

export type TokenCheck = { ok: true; payload: BadgePayload } | { ok: false; reason: "forged" | "unknown" };

/**
 * Verifies a token's signature. Text that is not shaped like a token at all is "unknown" (not a Focal badge); a
 * token whose signature does not match its payload, or whose payload is not ours, is "forged".
 */
export function verifyBadgeToken(keys: BadgeKeys, token: string): TokenCheck {
  const parsed = parseToken(token);
  if (!parsed) return { ok: false, reason: "unknown" };
  if (parsed.signature.length !== 64) return { ok: false, reason: "forged" };
  const valid = verify(null, parsed.payloadBytes, keys.publicKey, parsed.signature);
  if (!valid || !parsed.payload) return { ok: false, reason: "forged" };
  return { ok: true, payload: parsed.payload };
}

/** SHA-256 of a normalised short code, base64url; the pack and the badges table hold only this. */
export function hashBadgeCode(code: string): string {
  return toBase64Url(createHash("sha256").update(code, "utf8").digest());
}
