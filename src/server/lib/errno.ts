/** The `code` of a Node system error (`EEXIST`, `EPERM`, `EADDRINUSE`…); undefined for anything else thrown. */
export function errnoCode(err: unknown): string | undefined {
  return err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : undefined;
}

/** The message of what was thrown, for a log line or a stored error. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
