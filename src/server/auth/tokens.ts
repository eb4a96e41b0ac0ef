import { createHash, randomBytes } from "node:crypto";

/** A random url-safe token with 256 bits of entropy. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as their SHA-256, so a copy of the database does not open sessions or invitations. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
