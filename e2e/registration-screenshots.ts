/**
 * Screenshots of the registration pages (desktop and phone, Vietnamese and English) into /tmp/shots (SHOTS_DIR) as
 * reg-*.png, with an axe check of each page and a check that nothing is wider than the viewport. Not a test: run
 * `npx vite build && npx tsx e2e/registration-screenshots.ts` and look at the PNGs.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { startFocal, type Focal } from "./harness";
import type { Lang } from "../src/web/i18n/index";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const problems: string[] = [];

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

async function check(focal: Focal, page: Page, name: string) {
  await settle(page);
  await focal.screenshot(page, `reg-${name}`);
  const res = await new AxeBuilder({ page }).analyze();
  for (const v of res.violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
    problems.push(
      `${name}: ${v.impact} ${v.id} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
    );
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  if (overflow) problems.push(`${name}: wider than the viewport`);
}

async function visit(focal: Focal, page: Page, path: string, name: string) {
  await page.goto(focal.url + path);
  await check(focal, page, name);
}

const csv = (passport: string) =>
  [
    "Full name (as in passport) *,Gender,Role in delegation,Passport number,Passport expiry,Date of birth",
    `Somsak Prasert (sample),Male,Member,${passport}1,31/12/2030,04/03/1972`,
    `,Female,Member,${passport}2,,`,
    `Wanida Chai (sample),Female,Adviser,${passport}3,31/02/2030,1980-13-01`,
    `Preecha Dee (sample),Male,Chauffeur,${passport}4,,`,
  ].join("\r\n");

async function setUp(focal: Focal) {
  const icd = await focal.apiAs("icd@demo.focal");
  const tha = await focal.apiAs("contact.thailand@demo.focal");
  await icd.post(`/meetings/${M}/delegations/${THA}/invitations`, {});
  await tha.post(`/meetings/${M}/delegations/${THA}/versions`, { note: "Initial list" });
  const list = await tha.get<{ id: string; version: number; fullName: string }[]>(
    `/meetings/${M}/delegations/${THA}/delegates`,
  );
  await tha.patch(`/meetings/${M}/delegations/${THA}/registration/delegates/${list[0]!.id}`, {
    version: list[0]!.version,
    position: "Deputy Secretary-General (sample)",
    hotel: "Riverside hotel (sample)",
  });
  await tha.delete(
    `/meetings/${M}/delegations/${THA}/registration/delegates/${list[1]!.id}?version=${list[1]!.version}`,
  );
  await tha.post(`/meetings/${M}/delegations/${THA}/registration/delegates`, {
    fullName: "Kanya Srisuk (sample)",
    gender: "female",
    role: "interpreter",
    nationality: "THA",
    passportNumber: "AA9900001",
    passportExpiry: "2031-01-31",
  });
  await tha.post(`/meetings/${M}/delegations/${THA}/versions`, {});
}

async function uploadWithProblems(focal: Focal, email: string, passport: string) {
  const tha = await focal.apiAs(email);
  const job = await tha.post<{ id: string }>(`/meetings/${M}/delegations/${THA}/imports`, {
    fileName: "thailand.csv",
    data: Buffer.from(csv(passport)).toString("base64"),
  });
  for (;;) {
    const j = await tha.get<{ status: string }>(`/meetings/${M}/delegations/${THA}/imports/${job.id}`);
    if (j.status !== "parsing") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return job.id;
}

async function shoot(focal: Focal, lang: Lang, viewport: "desktop" | "phone", n: number) {
  const tag = `${lang}-${viewport}`;
  // The contact.
  const contact = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(contact, "contact.thailand@demo.focal", { lang });
  const base = `/register/${M}/${THA}`;
  await visit(focal, contact, base, `portal-${tag}`);
  await contact.getByRole("button", { name: lang === "vi" ? "Thêm đại biểu" : "Add a delegate" }).click();
  await contact.getByRole("dialog").waitFor();
  await contact.waitForTimeout(400); // the dialog fades in
  await check(focal, contact, `form-${tag}`);
  await contact.keyboard.press("Escape");
  await visit(focal, contact, `${base}/upload`, `upload-${tag}`);
  const id = await uploadWithProblems(focal, "contact.thailand@demo.focal", `SS${n}`);
  await visit(focal, contact, `${base}/upload?upload=${id}`, `upload-problems-${tag}`);
  await contact.getByRole("button", { name: lang === "vi" ? "Sửa dòng 3" : "Fix row 3" }).click();
  await contact.getByRole("dialog").waitFor();
  await contact.waitForTimeout(400); // the dialog fades in
  await check(focal, contact, `upload-fix-${tag}`);
  await contact.keyboard.press("Escape");
  await visit(focal, contact, `${base}/submissions`, `submissions-${tag}`);
  await visit(focal, contact, `${base}/proposals`, `proposals-empty-${tag}`);
  await contact.context().close();

  // The host.
  const host = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(host, "icd@demo.focal", { lang });
  await visit(focal, host, `/meetings/${M}/registration`, `host-meeting-${tag}`);
  await visit(focal, host, `/meetings/${M}/delegations/${THA}/registration`, `host-delegation-${tag}`);
  await visit(focal, host, `/meetings/${M}/delegations/${THA}/versions`, `host-versions-${tag}`);
  await host.context().close();

  // A link that no longer works, seen by someone not signed in.
  const anon = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await anon.goto(`${focal.url}/register/link#not-a-real-token-0123456789abcdef`);
  await anon.getByRole("alert").waitFor();
  await check(focal, anon, `link-refused-${tag}`);
  await anon.context().close();
}

async function afterDeadline(focal: Focal) {
  const icd = await focal.apiAs("icd@demo.focal");
  const m = await icd.get<{ version: number }>(`/meetings/${M}`);
  await icd.patch(`/meetings/${M}`, { version: m.version, registrationDeadline: "2022-07-25T17:00" });
  const tha = await focal.apiAs("contact.thailand@demo.focal");
  const list = await tha.get<{ id: string; version: number }[]>(`/meetings/${M}/delegations/${THA}/delegates`);
  await tha.post(`/meetings/${M}/delegations/${THA}/proposals`, {
    kind: "edit",
    delegateId: list[0]!.id,
    delegateVersion: list[0]!.version,
    changes: { arrivalFlight: "TG564", arrivalDate: "2022-08-03" },
    note: "Flight changed",
  });
  await tha.post(`/meetings/${M}/delegations/${THA}/proposals`, {
    kind: "add",
    changes: { fullName: "Late Addition (sample)", role: "member", nationality: "THA" },
  });
  for (const lang of ["vi", "en"] as const) {
    for (const viewport of ["desktop", "phone"] as const) {
      const tag = `${lang}-${viewport}`;
      const contact = await focal.newPage({ viewport });
      await focal.login(contact, "contact.thailand@demo.focal", { lang });
      await visit(focal, contact, `/register/${M}/${THA}`, `closed-portal-${tag}`);
      await visit(focal, contact, `/register/${M}/${THA}/proposals`, `closed-proposals-${tag}`);
      await contact.context().close();
      const host = await focal.newPage({ viewport });
      await focal.login(host, "icd@demo.focal", { lang });
      await visit(focal, host, `/meetings/${M}/delegations/${THA}/registration`, `closed-host-${tag}`);
      await host.context().close();
    }
  }
}

const focal = await startFocal();
try {
  await setUp(focal);
  let n = 0;
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) await shoot(focal, lang, vp, n++);
  await afterDeadline(focal);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
  console.log(problems.length ? `PROBLEMS:\n${problems.join("\n")}` : "no axe or overflow problems");
} finally {
  await focal.stop();
}
