/**
 * The foundation's journeys: every demo account signs in, in Vietnamese and in English, and sees exactly the
 * navigation its roles open; wrong passwords and locked accounts say so; signing out ends the session; the
 * language is remembered per user; the pages pass axe; an administrator invites someone who then signs in.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoUsers } from "../src/server/modules/people/seed";
import { navFor } from "../src/shared/roles";
import { errorMessage } from "../src/shared/errors";
import { auditActions } from "../src/shared/audit";
import type { Lang } from "../src/web/i18n/index";

async function navAreas(page: Page) {
  const links = page.locator("#app-navbar a");
  await links.first().waitFor();
  return links.evaluateAll((as) =>
    as.map((a) => ({ area: a.getAttribute("data-area"), label: (a.textContent ?? "").trim() })),
  );
}

function expectedNav(lang: Lang, grants: [string, string | null][]) {
  const areas = navFor(grants.map(([role]) => ({ role: role as Parameters<typeof navFor>[0][number]["role"] })));
  return [
    { area: null, label: text(lang, "nav.home") },
    ...areas.map((a) => ({ area: a, label: text(lang, `nav.${a}`) })),
  ];
}

/** Submits the sign-in form and returns the error it shows (waits for this attempt's answer, not the last one's). */
async function signInExpectingError(page: Page, email: string, password: string) {
  await typeInto(page.locator("input[name=email]"), email);
  await typeInto(page.locator("input[name=password]"), password);
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
  await page.locator("form button[type=submit]").click();
  expect((await answer).ok()).toBe(false);
  await page.locator("form button[type=submit]:not([data-loading])").waitFor();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

describeWithFocal("foundation journeys", (focal) => {
  for (const user of demoUsers) {
    it(`${user.email} sees exactly the navigation of its roles, in Vietnamese and in English`, async () => {
      const page = await focal().newPage();
      for (const lang of ["vi", "en"] as const) {
        await focal().login(page, user.email, { lang });
        expect(await focal().lang(page)).toBe(lang);
        expect(await navAreas(page)).toEqual(expectedNav(lang, user.grants));
        await expect
          .poll(() => page.locator("h1").textContent())
          .toBe(text(lang, "home.greeting", { name: user.name }));
        // The home page lists what waits (or says nothing does); each of its links opens an area the navigation offers.
        await page.getByRole("heading", { name: text(lang, "home.inbox.title") }).waitFor();
        const hrefs = await page
          .locator("#main a[href^='/']")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        const areas = (await navAreas(page)).map((a) => a.area);
        // A delegation contact's list (/register/…) belongs to the meetings area.
        const areaOf = (href: string) => (href.split("/")[1] === "register" ? "meetings" : href.split("/")[1]);
        for (const href of hrefs) expect(areas).toContain(areaOf(href));
        await focal().logout(page);
        expect(new URL(page.url()).pathname).toBe("/sign-in");
      }
      await page.context().close();
    });
  }

  it("a wrong password shows the error in the chosen language and does not sign in", async () => {
    const page = await focal().newPage();
    await page.goto(`${focal().url}/sign-in`);
    const vi = await signInExpectingError(page, "unit.napa@demo.focal", "not-the-password");
    expect(vi).toContain(errorMessage("INVALID_CREDENTIALS", "vi"));
    await focal().setLanguage(page, "en");
    const en = await signInExpectingError(page, "unit.napa@demo.focal", "still-not-it");
    expect(en).toContain(errorMessage("INVALID_CREDENTIALS", "en"));
    expect(await page.locator("input[name=password]").getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.context().close();
  });

  it("too many failures pause sign-ins from this address and the sign-in page says for how long", async () => {
    const page = await focal().newPage();
    await page.goto(`${focal().url}/sign-in`);
    let last = "";
    // SIGNIN_FREE_FAILURES (5): the fifth wrong password starts a pause of one second.
    for (let i = 0; i < 5; i++) last = await signInExpectingError(page, "personnel@demo.focal", `wrong-${i}`);
    expect(last).toContain(text("vi", "auth.signIn.locked"));
    expect(last).toContain(errorMessage("SIGNIN_PAUSED", "vi", { seconds: 1 }));
    await page.context().close();
  });

  it("signing out ends the session: signed-in pages lead back to the sign-in page", async () => {
    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/admin/users`);
    await page.locator("table").waitFor();
    await focal().logout(page);
    await page.goto(`${focal().url}/admin/users`);
    await page.locator("input[name=email]").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    const status = await page.evaluate(async () => (await fetch("/api/me")).status);
    expect(status).toBe(401);
    // Signing in again returns to the page asked for.
    await typeInto(page.locator("input[name=email]"), "admin@demo.focal");
    await typeInto(page.locator("input[name=password]"), "focal-demo-2022");
    await page.locator("form button[type=submit]").click();
    await page.locator("table").waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/users");
    await page.context().close();
  });

  it("the language switch is remembered for the user after signing out and in, even in another browser", async () => {
    const page = await focal().newPage({ locale: "vi-VN" });
    await focal().login(page, "director.icd@demo.focal", { lang: "vi" });
    expect(await focal().lang(page)).toBe("vi");
    await focal().setLanguage(page, "en");
    await expect.poll(() => page.locator("#app-navbar a").first().textContent()).toBe(text("en", "nav.home"));
    await focal().logout(page);
    expect(await focal().lang(page)).toBe("en"); // this browser remembers the last language too
    await page.context().close();

    // A fresh browser whose own language is Vietnamese: the account's English wins once signed in.
    const other = await focal().newPage({ locale: "vi-VN" });
    await other.goto(`${focal().url}/sign-in`);
    expect(await focal().lang(other)).toBe("vi");
    await typeInto(other.locator("input[name=email]"), "director.icd@demo.focal");
    await typeInto(other.locator("input[name=password]"), "focal-demo-2022");
    await other.locator("form button[type=submit]").click();
    await other.locator("#app-navbar").waitFor();
    await expect.poll(() => focal().lang(other)).toBe("en");
    expect(await other.locator("h1").textContent()).toBe(text("en", "home.greeting", { name: "Chu Tuấn Tú" }));
    await other.context().close();
  });

  for (const lang of ["vi", "en"] as const) {
    it(`axe finds no serious or critical violation on the signed-out pages (${lang})`, async () => {
      const page = await focal().newPage({ locale: lang === "vi" ? "vi-VN" : "en-GB" });
      await page.goto(`${focal().url}/sign-in`);
      await focal().setLanguage(page, lang);
      await focal().expectAccessible(page, `sign-in (${lang})`);
      await signInExpectingError(page, "nobody@demo.focal", "wrong-password");
      await focal().expectAccessible(page, `sign-in with an error (${lang})`);
      await page.goto(`${focal().url}/invitation/not-a-real-token-0000`);
      await page.locator("input[name=new-password]").waitFor();
      await focal().expectAccessible(page, `invitation (${lang})`);
      await page.context().close();
    });

    it(`axe finds no serious or critical violation on the signed-in pages (${lang})`, async () => {
      const page = await focal().newPage({ locale: lang === "vi" ? "vi-VN" : "en-GB" });
      await focal().login(page, "admin@demo.focal", { lang });
      await page.locator("h1").waitFor();
      await focal().expectAccessible(page, `home (${lang})`);
      const pages: [string, string][] = [
        ["/admin/users", "table"],
        ["/admin/users/new", "form"],
        ["/admin/audit", "ol li"],
        ["/admin/mail", "h1"],
        ["/no-such-page", "h1"],
      ];
      for (const [p, ready] of pages) {
        await page.goto(focal().url + p);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        await focal().expectAccessible(page, `${p} (${lang})`);
      }
      await page.goto(`${focal().url}/admin/users`);
      await page.locator("table a").first().click();
      await page.locator("#user-grants").waitFor();
      await focal().expectAccessible(page, `user detail (${lang})`);
      await page.goto(`${focal().url}/admin/audit`);
      await page.locator("li button[aria-expanded]").first().click();
      await focal().expectAccessible(page, `audit with a diff open (${lang})`);
      await page.context().close();
    });
  }

  it("the 404 page answers unknown addresses", async () => {
    const page = await focal().newPage();
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/definitely/not/here`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(text("en", "notFound.title"));
    expect(await page.getByText("/definitely/not/here").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("the cooperation area opens the unit's own register in the user's language", async () => {
    const page = await focal().newPage();
    await focal().login(page, "unit.archives@demo.focal", { lang: "vi" });
    await page
      .locator("#app-navbar")
      .getByRole("link", { name: text("vi", "nav.cooperation") })
      .click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(text("vi", "cooperation.title"));
    // The Archives' officer sees the Archives' activities and none of the National Academy's.
    const rows = page.getByRole("table").getByRole("row");
    await expect.poll(() => rows.filter({ hasText: "Cục Văn thư và Lưu trữ nhà nước" }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: "Học viện Hành chính Quốc gia" }).count()).toBe(0);
    expect(await page.getByText(text("vi", "notFound.title")).count()).toBe(0);
    await focal().expectAccessible(page, "cooperation (vi)");
    await page.context().close();
  });

  it("an administrator invites a user; the invitation waits in the outbox; its link sets a password; the user signs in", async () => {
    const admin = await focal().newPage();
    await focal().login(admin, "admin@demo.focal", { lang: "vi" });
    await admin.goto(`${focal().url}/admin/users`);
    await admin.getByRole("link", { name: text("vi", "admin.users.invite") }).click();
    await typeInto(admin.getByLabel(text("vi", "admin.user.name")), "Nguyễn Văn Thử (mẫu)");
    await typeInto(admin.getByLabel(text("vi", "admin.user.email")), "thu.nguyen@example.org");
    await typeInto(admin.getByLabel(text("vi", "admin.user.title")), "Chuyên viên");
    // The unit picker finds "Vụ Pháp chế" without diacritics.
    await typeInto(admin.locator("#invite-user-unit"), "phap che");
    await admin.getByRole("option", { name: "Vụ Pháp chế" }).click();
    await admin.locator("#invite-role").click();
    await admin.getByRole("option", { name: text("vi", "role.unit_officer") }).click();
    await typeInto(admin.locator("#invite-unit"), "phap che");
    await admin.getByRole("option", { name: "Vụ Pháp chế" }).click();
    await admin.getByRole("button", { name: text("vi", "admin.invite.submit") }).click();
    await expect.poll(() => admin.locator("h1").textContent()).toBe("Nguyễn Văn Thử (mẫu)");
    expect(await admin.getByText(text("vi", "admin.user.status.invited")).count()).toBeGreaterThan(0);

    // The link is shown once, to the administrator who invited; the outbox says it was sent but never shows it.
    const link = (await admin.locator("pre", { hasText: "/invitation/" }).textContent())?.trim();
    expect(link).toMatch(new RegExp(`^${focal().url}/invitation/`));
    await admin.goto(`${focal().url}/admin/mail`);
    const message = admin.locator("li", { hasText: "thu.nguyen@example.org" });
    await message.waitFor();
    await message.getByText(text("vi", "registration.link.status.active")).waitFor();
    await message.getByRole("button", { name: text("vi", "admin.mail.read") }).click();
    await message.getByText("[liên kết đã ẩn]", { exact: false }).waitFor();
    expect(await message.locator("a[href*='/invitation/']").count()).toBe(0);
    expect(await admin.content()).not.toContain(link!.split("/").pop()!);

    const invitee = await focal().newPage({ viewport: "phone" });
    await invitee.goto(link!);
    await typeInto(invitee.locator("input[name=new-password]"), "mat-khau-moi-2022");
    await typeInto(invitee.locator("input[name=confirm-password]"), "mat-khau-moi-2022");
    await invitee.locator("form button[type=submit]").click();
    await invitee
      .getByRole("status")
      .filter({ hasText: text("vi", "auth.invitation.done") })
      .waitFor();
    // The link works once.
    await invitee.goto(link!);
    await typeInto(invitee.locator("input[name=new-password]"), "another-password-1");
    await typeInto(invitee.locator("input[name=confirm-password]"), "another-password-1");
    await invitee.locator("form button[type=submit]").click();
    expect(await invitee.getByRole("alert").textContent()).toContain(errorMessage("INVITATION_INVALID", "vi"));

    await focal().login(invitee, "thu.nguyen@example.org", { password: "mat-khau-moi-2022" });
    expect(await invitee.locator("h1").textContent()).toBe(
      text("vi", "home.greeting", { name: "Nguyễn Văn Thử (mẫu)" }),
    );
    // The phone layout hides the navigation behind the menu button; it opens the unit officer's area only.
    await invitee.getByRole("button", { name: text("vi", "nav.openMenu") }).click();
    expect(await navAreas(invitee)).toEqual(expectedNav("vi", [["unit_officer", null]]));
    // Nothing waits yet for a new unit officer, and the home page says so.
    await invitee.locator("#main").getByText(text("vi", "home.inbox.empty")).waitFor();

    // The administrator sees the password set in the new user's history.
    await admin.goto(`${focal().url}/admin/users?q=nguyen van thu`);
    await admin.getByRole("link", { name: "Nguyễn Văn Thử (mẫu)" }).click();
    await admin.getByRole("link", { name: text("vi", "admin.user.history") }).click();
    await admin.locator("ol li").first().waitFor();
    const actions = await admin.locator("ol li").allTextContents();
    expect(actions.some((a) => a.includes(auditActions["user.password_set"].vi))).toBe(true);
    expect(actions.some((a) => a.includes(auditActions["user.invite"].vi))).toBe(true);
    // Each entry names the person (name and e-mail), not an id — also the sign-in, whose row records no name.
    expect(actions.every((a) => a.includes("Nguyễn Văn Thử (mẫu) (thu.nguyen@example.org)"))).toBe(true);
    await admin.context().close();
    await invitee.context().close();
  });

  it("an administrator grants scoped roles by picking names — a meeting, a reporting agency — never typing an id", async () => {
    const api = await focal().apiAs("admin@demo.focal");
    const { user } = await api.post<{ user: { id: string } }>("/users", {
      name: "Lê Thị Phạm Vi (mẫu)",
      email: "pham.vi@example.org",
      language: "vi",
    });
    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/admin/users/${user.id}`);
    const grants = page.locator("section[aria-labelledby=user-grants]");
    await grants.getByText(text("vi", "admin.grants.empty")).waitFor();
    /** Picks a role, types a search into its scope picker, waits for exactly `found` names and picks one. */
    const pick = async (role: string, kind: string, search: string, found: number, option: RegExp, shot?: string) => {
      await page.locator("#grant-role").click();
      await page.getByRole("option", { name: text("vi", `role.${role}`), exact: true }).click();
      await typeInto(page.locator(`#grant-${kind}`), search);
      const choice = page.getByRole("option", { name: option });
      await choice.waitFor();
      await expect.poll(() => page.getByRole("option").count()).toBe(found);
      if (shot) await focal().screenshot(page, shot);
      await choice.click();
      await page.getByRole("button", { name: text("vi", "admin.grants.addSubmit") }).click();
    };

    // "accsm 21" finds the meeting by its title; the second line gives its dates and city.
    await pick(
      "committee_member",
      "meeting",
      "accsm 21",
      1,
      /^ACCSM21 — Hội nghị Hợp tác ASEAN.*Hà Nội$/,
      "admin-grant-meeting-vi-desktop",
    );
    await expect
      .poll(() => grants.locator("table").textContent())
      .toContain("Hội nghị: ACCSM21 — Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)");
    // Two agencies are called Bắc Ninh since the 2025 reorganisation; the second line tells them apart.
    await pick(
      "reporting_agency",
      "agency",
      "bac ninh",
      2,
      /^Bắc Ninh.*từ 01\/07\/2025$/,
      "admin-grant-agency-vi-desktop",
    );
    await expect.poll(() => grants.locator("table").textContent()).toContain("Cơ quan báo cáo: Bắc Ninh");
    const table = (await grants.locator("table").textContent()) ?? "";
    expect(table).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(table).not.toContain("P-BNH");

    // The grants reached the server with the picked scopes.
    const saved = await api.get<{ grants: { role: string; scopeId: string; scopeLabel: string }[] }>(
      `/users/${user.id}`,
    );
    expect(saved.grants.map((g) => [g.role, g.scopeLabel])).toEqual([
      ["committee_member", "ACCSM21 — Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)"],
      ["reporting_agency", "Bắc Ninh"],
    ]);
    expect(saved.grants[1]!.scopeId).toBe("P-BNH-2025");

    // A delegation, searched without diacritics; the form with a picked scope passes axe.
    await page.locator("#grant-role").click();
    await page.getByRole("option", { name: text("vi", "role.delegation_contact"), exact: true }).click();
    await typeInto(page.locator("#grant-delegation"), "thai lan");
    await page.getByRole("option", { name: /^ACCSM21 — Thái Lan/ }).click();
    expect(await page.locator("#grant-delegation").inputValue()).toBe("ACCSM21 — Thái Lan");
    await focal().screenshot(page, "admin-grant-delegation-vi-desktop");
    await focal().expectAccessible(page, "grant form with a delegation picked (vi)");
    await page.context().close();
  });

  it("an edit based on a stale version shows the conflict and loads the latest version", async () => {
    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/admin/users?q=tran van duc`);
    await page.getByRole("link", { name: "Trần Văn Đức" }).click();
    const title = page.getByLabel(text("en", "admin.user.title"), { exact: true });
    await title.waitFor();
    // Someone else changes the record meanwhile.
    const api = await focal().apiAs("admin@demo.focal");
    const users = await api.get<{ id: string; version: number }[]>("/users?q=tran%20van%20duc");
    await api.patch(`/users/${users[0]!.id}`, { version: users[0]!.version, title: "Chuyên viên chính" });
    await typeInto(title, "Chuyên viên cao cấp");
    await page.getByRole("button", { name: text("en", "common.save") }).click();
    const alert = page.getByRole("alert").filter({ hasText: text("en", "common.conflict.title") });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(errorMessage("VERSION_CONFLICT", "en"));
    await alert.getByRole("button", { name: text("en", "common.conflict.reload") }).click();
    await expect.poll(() => title.inputValue()).toBe("Chuyên viên chính");
    await page.context().close();
  });

  it("a users list longer than a page says how many there are and pages reach every one", async () => {
    const api = await focal().apiAs("admin@demo.focal");
    const before = await api.get<unknown[]>("/users?limit=500");
    for (let i = before.length; i <= 105; i++) {
      const n = String(i).padStart(3, "0");
      await api.post("/users", { name: `Vương Thị Mẫu ${n}`, email: `mau.${n}@example.org`, language: "vi" });
    }
    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/admin/users`);
    const status = page.getByRole("status").filter({ hasText: /^Users 1–100 of \d+/ });
    await status.waitFor();
    const total = Number(/of (\d+)/.exec((await status.textContent()) ?? "")![1]);
    expect(total).toBeGreaterThan(100);
    expect(await page.locator("table tbody tr").count()).toBe(100);
    await focal().expectAccessible(page, "users list with pages (en)");
    await page.getByRole("button", { name: text("en", "admin.users.pageN", { n: 2 }) }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Users 101–${total} of ${total}` })
      .waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(total - 100);
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    // A search starts again at the first page.
    await typeInto(page.getByLabel(text("en", "admin.users.search")), "vuong thi mau");
    await page
      .getByRole("status")
      .filter({ hasText: /^\d+ users$/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();
    await page.context().close();
  });
});
