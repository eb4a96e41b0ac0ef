/**
 * The organising committee's readiness and contingency plans (issue 13, points 3 and 5). In Vietnamese, a committee
 * member reads ACCSM 21's readiness as of two days side by side (the numbers the page shows are the API's for those
 * days, whatever the demo's tasks); in English, the ICD adds a contingency plan typed key by key with two steps.
 * axe on both pages in both languages. Nothing here depends on the demo's tasks.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";

interface Counts {
  done: number;
  open: number;
  overdue: number;
  blocked: number;
  percent: number;
}

describeWithFocal("committee readiness and contingency plans", (focal) => {
  it("a committee member compares readiness on two days (vi)", async () => {
    const api = await focal().apiAs("committee@demo.focal");
    const page = await focal().newPage();
    await focal().login(page, "committee@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/meetings/${M}/committee`);
    await page
      .getByRole("navigation", { name: "Mục của Ban tổ chức" })
      .getByRole("link", { name: "Tiến độ chuẩn bị" })
      .click();
    await page.getByRole("heading", { name: "Tiến độ chuẩn bị", level: 2 }).waitFor();
    await page.getByRole("table", { name: "Tiến độ theo tiểu ban" }).first().waitFor();
    await focal().expectAccessible(page, "readiness (vi)");

    await typeInto(page.getByRole("textbox", { name: "Tính đến ngày" }), "01/08/2022");
    await page.getByRole("heading", { name: "Tính đến 01/08/2022" }).waitFor();
    await typeInto(page.getByRole("textbox", { name: /^So sánh với ngày/ }), "20/07/2022");
    const early = page.getByRole("region", { name: "Tính đến 20/07/2022", exact: true });
    const late = page.getByRole("region", { name: "Tính đến 01/08/2022", exact: true });
    await early.waitFor();
    await late.waitFor();
    // The earlier day on the left.
    const [eBox, lBox] = [await early.boundingBox(), await late.boundingBox()];
    expect(eBox!.x).toBeLessThan(lBox!.x);

    for (const [region, day] of [
      [early, "2022-07-20"],
      [late, "2022-08-01"],
    ] as const) {
      const r = await api.get<{ overall: Counts; subcommittees: ({ nameVi: string } & Counts)[] }>(
        `/meetings/${M}/readiness?asOf=${day}`,
      );
      const row = region.getByRole("row", { name: /^Toàn hội nghị/ });
      const o = r.overall;
      await expect
        .poll(async () => (await row.getByRole("cell").allTextContents()).map((s) => s.trim()))
        .toEqual([String(o.done), String(o.open), String(o.overdue), String(o.blocked), `${o.percent}% hoàn thành`]);
      expect(r.subcommittees.map((s) => s.nameVi)).toHaveLength(3);
      for (const s of r.subcommittees)
        await region
          .getByRole("row", { name: new RegExp(`^${s.nameVi}`) })
          .getByText(`${s.percent}% hoàn thành`)
          .waitFor();
      await region.getByRole("heading", { name: "Đường găng đến ngày khai mạc" }).waitFor();
    }
    await focal().expectAccessible(page, "readiness on two days (vi)");

    await focal().setLanguage(page, "en");
    await page.getByRole("heading", { name: "Readiness", level: 2 }).waitFor();
    await page.getByRole("region", { name: "As of 20 Jul 2022", exact: true }).waitFor();
    await focal().expectAccessible(page, "readiness on two days (en)");
  });

  it("the ICD adds a contingency plan with two steps (en); a plain reader sees it", async () => {
    const page = await focal().newPage();
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/committee/contingencies`);
    await page.getByRole("heading", { name: "Contingency plans", level: 2 }).waitFor();
    await page.getByRole("heading", { name: "Whole meeting" }).waitFor();
    await focal().expectAccessible(page, "contingency plans (en)");

    await page.getByRole("button", { name: "Add a plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a plan" });
    await dialog.waitFor();
    await dialog.getByRole("combobox", { name: "Kind of situation" }).click();
    await page.getByRole("option", { name: "Late flight" }).click();
    await typeInto(
      dialog.getByRole("textbox", { name: /^Situation \(Vietnamese\)/ }),
      "Đoàn Thái Lan lỡ chuyến bay nối",
    );
    await typeInto(
      dialog.getByRole("textbox", { name: /^Situation \(English\)/ }),
      "Thai delegation misses its connection",
    );
    await typeInto(
      dialog.getByRole("textbox", { name: "Trigger" }),
      "The airline confirms a missed connection in Bangkok",
    );
    // Saving without steps or a responsible person is refused, each named.
    await dialog.getByRole("button", { name: "Save the plan" }).click();
    await dialog.getByText("At least one response step is needed").waitFor();
    await typeInto(dialog.getByRole("textbox", { name: "Next step" }), "Call the Thai liaison officer");
    await dialog.getByRole("button", { name: "Add step" }).click();
    await typeInto(dialog.getByRole("textbox", { name: "Next step" }), "Rebook the airport car for the next flight");
    await dialog.getByRole("textbox", { name: "Next step" }).press("Enter");
    const steps = dialog.getByRole("list", { name: "Response steps" });
    await expect
      .poll(() => steps.getByRole("listitem").allTextContents())
      .toEqual([
        expect.stringContaining("Call the Thai liaison officer"),
        expect.stringContaining("Rebook the airport car for the next flight"),
      ]);
    await dialog.getByRole("combobox", { name: /^Responsible person/ }).click();
    await page.getByRole("option", { name: /^Ngô Thu Trang/ }).click();
    await typeInto(dialog.getByRole("textbox", { name: "Fall-back resources" }), "A standby 7-seat car at Noi Bai");
    await focal().expectAccessible(page, "contingency plan dialog (en)");
    await dialog.getByRole("button", { name: "Save the plan" }).click();
    await page.getByText("Plan “Thai delegation misses its connection” saved.").waitFor();
    await dialog.waitFor({ state: "detached" });

    const card = page.getByRole("article", { name: "Thai delegation misses its connection" });
    await card.getByText("Rebook the airport car for the next flight").waitFor();
    await card.getByText(/Ngô Thu Trang/).waitFor();

    // Search without diacritics, and filter by kind.
    await typeInto(page.getByRole("searchbox", { name: "Search plans" }), "lo chuyen bay noi");
    await expect.poll(() => page.getByRole("article").count()).toBe(1);
    await typeInto(page.getByRole("searchbox", { name: "Search plans" }), "");
    await page.getByRole("combobox", { name: "Kind of situation" }).click();
    await page.getByRole("option", { name: "Power failure" }).click();
    await expect.poll(() => page.getByRole("article").count()).toBe(1);
    await page.getByRole("article", { name: "Power failure at the conference centre" }).waitFor();
    await focal().expectAccessible(page, "contingency plans filtered (en)");

    // A plain committee member (a seat in the Content sub-committee, given the meeting's committee grant here)
    // reads it without edit buttons, in Vietnamese.
    const admin = await focal().apiAs("admin@demo.focal");
    const users = await admin.get<{ id: string; email: string }[]>("/users?q=registration");
    const uid = users.find((u) => u.email === "registration@demo.focal")!.id;
    await admin.post(`/users/${uid}/grants`, { role: "committee_member", scopeId: M });
    const reader = await focal().newPage();
    await focal().login(reader, "registration@demo.focal", { lang: "vi" });
    await reader.goto(`${focal().url}/meetings/${M}/committee/contingencies`);
    const plan = reader.getByRole("article", { name: "Đoàn Thái Lan lỡ chuyến bay nối" });
    await plan.waitFor();
    expect(await plan.getByRole("button").count()).toBe(0);
    await reader.getByText(text("vi", "contingencies.readOnly")).waitFor();
    await focal().expectAccessible(reader, "contingency plans read-only (vi)");
  });
});
