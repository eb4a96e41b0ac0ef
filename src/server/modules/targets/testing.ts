import { expect } from "vitest";
import type { TestApp } from "../../test/harness.js";

/**
 * Test factory: invites a reporting-agency user for `code` through the administrator's API, sets the password through
 * the invitation link, and returns the signed-in headers.
 */
export async function signInAgency(
  t: TestApp,
  admin: Record<string, string>,
  code: string,
  language: "vi" | "en" = "vi",
): Promise<Record<string, string>> {
  const email = `agency.${code.toLowerCase()}.${language}.${Math.random().toString(36).slice(2, 7)}@test.focal`;
  const res = await t.app.inject({
    method: "POST",
    url: "/api/users",
    headers: admin,
    payload: { email, name: `Cán bộ ${code}`, language, grants: [{ role: "reporting_agency", scopeId: code }] },
  });
  expect(res.statusCode, res.body).toBe(201);
  const token = res.json<{ link: string }>().link.split("/").pop() ?? "";
  const acc = await t.app.inject({
    method: "POST",
    url: "/api/auth/invitations/accept",
    payload: { token, password: "a-long-test-password" },
  });
  expect(acc.statusCode, acc.body).toBe(200);
  return t.login(email, "a-long-test-password");
}
