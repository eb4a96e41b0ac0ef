import { expect } from "vitest";

interface InjectResponse {
  statusCode: number;
  body: string;
  json(): unknown;
}

/** What a leaked stack trace or internal detail looks like in a response body. */
const LEAKS = [/\n\s+at /, /\bat .+\.(ts|js|mjs):\d+/, /node_modules/, /"stack"/, /\/work\//, /src\/server\//];

/** Asserts the one error shape `{"error":{"code","message","details"}}`, the status and code, and that nothing leaks. */
export function expectError(res: InjectResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { error: { code: string; message: string; details: unknown } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  expect("details" in body.error).toBe(true);
  if (code) expect(body.error.code).toBe(code);
  expectNoLeak(res.body);
  return body.error;
}

/** No stack trace, file path or dependency name in what leaves the server. */
export function expectNoLeak(body: string) {
  for (const re of LEAKS) expect(body, `response leaks ${re}`).not.toMatch(re);
}
