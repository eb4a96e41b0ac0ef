/**
 * Security checklists (issue 14, point 5). In Vietnamese, the security officer opens the convention centre's
 * checklists, adds evidence to an open item (a note typed key by key), signs it off and sees the venue's readiness
 * rise; a committee member sees the venues' readiness on the committee's readiness page. axe on both pages; the
 * security page looked at on a phone.
 */
import { expect, it } from "vitest";
import { describeWithFocal, typeInto } from "./harness";
import type { SecurityOverview } from "../src/shared/schemas/security";

const M = "0a0c5321-0000-4000-8000-000000000021";
const CENTRE = "Trung tâm hội nghị";

describeWithFocal("venue security checklists", (focal) => {
  it("the security officer adds evidence, signs an item off and the venue's readiness rises (vi)", async () => {
    const api = await focal().apiAs("security@demo.focal");
    const before = await api.get<SecurityOverview>(`/meetings/${M}/security`);
    const centre = before.places.find((p) => p.nameVi === CENTRE)!;
    const item = before.checklists
      .filter((c) => c.placeId === centre.id)
      .flatMap((c) => c.items)
      .find((i) => i.status === "open" && !i.evidenceNote && !i.hasPhoto)!;
    expect(item).toBeTruthy();

    const page = await focal().newPage();
    await focal().login(page, "security@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/security`);
    await page.getByRole("heading", { name: "An ninh, an toàn", level: 2 }).waitFor();
    const table = page.getByRole("table", { name: "Mức sẵn sàng an ninh theo địa điểm và khách sạn" });
    const row = table.getByRole("row", { name: new RegExp(`^${CENTRE}`) });
    await expect
      .poll(async () => (await row.getByRole("cell").first().textContent())?.trim())
      .toBe(`${centre.signedOff}/${centre.total}`);
    await focal().expectAccessible(page, "security page (vi)");

    await row.getByRole("button", { name: CENTRE }).click();
    await page.getByRole("heading", { name: `Danh mục kiểm tra: ${CENTRE}` }).waitFor();
    const li = page.getByRole("listitem", { name: item.textVi, exact: true });
    await li.getByRole("button", { name: `Sửa, thêm minh chứng: ${item.textVi}` }).click();
    const dialog = page.getByRole("dialog", { name: "Mục kiểm tra và minh chứng" });
    await typeInto(
      dialog.getByRole("textbox", { name: "Ghi chú minh chứng" }),
      "Đã diễn tập sơ tán lúc 9:00, đủ 40 người",
    );
    await focal().expectAccessible(page, "item with evidence (vi)");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });
    await li.getByText("Minh chứng: Đã diễn tập sơ tán lúc 9:00, đủ 40 người").waitFor();

    await li.getByRole("button", { name: "Ký xác nhận", exact: true }).click();
    await li.getByText("Đã ký xác nhận", { exact: true }).waitFor();
    await li.getByRole("button", { name: "Hoàn tác ký xác nhận" }).waitFor();
    await expect
      .poll(async () => (await row.getByRole("cell").first().textContent())?.trim())
      .toBe(`${centre.signedOff + 1}/${centre.total}`);
    const after = (await api.get<SecurityOverview>(`/meetings/${M}/security`)).places.find((p) => p.id === centre.id)!;
    expect(after.percent).toBeGreaterThan(centre.percent);
    await row.getByText(`${after.percent}%`).waitFor();
    await focal().expectAccessible(page, "item signed off (vi)");
    await focal().screenshot(page, "venue-security-desktop");
  }, 180_000);

  it("the security page on a phone (vi)", async () => {
    const phone = await focal().newPage({ viewport: "phone" });
    await focal().login(phone, "security@demo.focal", { lang: "vi" });
    await phone.goto(`${focal().url}/meetings/${M}/logistics/security`);
    await phone.getByRole("heading", { name: `Danh mục kiểm tra: ${CENTRE}` }).waitFor();
    await phone.getByRole("listitem").first().waitFor();
    // The page itself does not scroll sideways (the readiness table scrolls in its own box).
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await focal().screenshot(phone, "venue-security-phone");
  }, 180_000);

  it("the committee's readiness page shows the venues' readiness (vi)", async () => {
    const api = await focal().apiAs("committee@demo.focal");
    const now = await api.get<SecurityOverview>(`/meetings/${M}/security`);
    const centre = now.places.find((p) => p.nameVi === CENTRE)!;
    const committee = await focal().newPage();
    await focal().login(committee, "committee@demo.focal", { lang: "vi" });
    await committee.goto(`${focal().url}/meetings/${M}/committee`);
    await committee
      .getByRole("navigation", { name: "Mục của Ban tổ chức" })
      .getByRole("link", { name: "Tiến độ chuẩn bị" })
      .click();
    const section = committee.getByRole("region", { name: "An ninh tại các địa điểm và khách sạn (hiện tại)" });
    const crow = section.getByRole("row", { name: new RegExp(`^${CENTRE}`) });
    await expect
      .poll(async () => (await crow.getByRole("cell").first().textContent())?.trim())
      .toBe(`${centre.signedOff}/${centre.total}`);
    await crow.getByText(`${centre.percent}%`).waitFor();
    await focal().expectAccessible(committee, "committee readiness with venues (vi)");
    await focal().screenshot(committee, "venue-security-committee");
  }, 180_000);
});
