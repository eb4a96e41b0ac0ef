/** True for an object that is not null and not an array (a recorded JSON value, a parsed body): fields read by name. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
