/**
 * Badges and the door, as people do it: the host prints Thailand's badges (the PDF is rendered with pdftoppm and
 * read with pdftotext); a security officer on a phone opens the check-in page, types a badge code and admits;
 * the network goes away (the page stays open), another badge is admitted offline and a forged one refused
 * offline; the network returns, the queue is sent, and the session's attendance is right — each person once.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, describeWithFocal, text, viewports, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";
import { qrOnPage } from "../src/server/modules/badges/testing";
import { displayBadgeCode, fromBase64Url, toBase64Url } from "../src/shared/badges";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

interface BadgeItem {
  delegateId: string;
  fullName: string;
  accreditationStatus: string;
  badge: { id: string } | null;
}
interface Pack {
  sessions: { id: string; titleVi: string }[];
  people: { delegateId: string; fullName: string; sessionIds: string[] }[];
  badges: { id: string; delegateId: string }[];
}
interface Summary {
  sessions: { sessionId: string; admitted: number; refused: number }[];
}

function pdfTextOf(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .normalize("NFC")
    .replace(/\s+/g, " ");
}

async function checkCode(page: Page, code: string) {
  await typeInto(page.getByLabel(text("vi", "checkin.code.label")), code);
  await page.getByRole("button", { name: text("vi", "checkin.code.check") }).click();
  const verdict = page.getByTestId("verdict");
  await verdict.waitFor();
  return verdict;
}

/**
 * A one-frame Y4M video (640 × 480) showing page 1 of the badge PDF, for Chromium's fake camera: the page is
 * rendered with pdftoppm, centred on white, and converted to YUV 4:2:0.
 */
function badgeVideo(pdf: string, dir: string): string {
  execFileSync("pdftoppm", ["-r", "90", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(dir, "frame")]);
  const ppm = fs.readFileSync(path.join(dir, "frame.ppm"));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const [pw, ph] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const W = 640;
  const H = 480;
  const at = (x: number, y: number): [number, number, number] => {
    const sx = x - Math.floor((W - pw) / 2);
    const sy = y - Math.floor((H - ph) / 2);
    if (sx < 0 || sy < 0 || sx >= pw || sy >= ph) return [255, 255, 255];
    const o = (sy * pw + sx) * 3;
    return [rgb[o]!, rgb[o + 1]!, rgb[o + 2]!];
  };
  const Y = Buffer.alloc(W * H);
  const U = Buffer.alloc((W / 2) * (H / 2));
  const V = Buffer.alloc((W / 2) * (H / 2));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const [r, g, b] = at(x, y);
      Y[y * W + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        U[(y / 2) * (W / 2) + x / 2] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        V[(y / 2) * (W / 2) + x / 2] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  }
  const file = path.join(dir, "badge.y4m");
  fs.writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), Y, U, V]),
  );
  return file;
}

describeWithFocal("badges and the door", (focal) => {
  let pdfFile = "";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-checkin-"));
  let accredited: BadgeItem[] = [];

  it("the host prints Thailand's badges: a real PDF with every accredited name, rendered to an image", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    accredited = (await api.get<BadgeItem[]>(`/meetings/${M}/badges?delegationId=${THA}`)).filter(
      (b) => b.accreditationStatus === "accredited",
    );
    expect(accredited.length).toBeGreaterThan(2);

    const page = await focal().newPage();
    await focal().login(page, "icd@demo.focal");
    await page.goto(`${focal().url}/meetings/${M}/badges`);
    await page.getByLabel(text("vi", "checkin.badges.delegation")).selectOption(THA);
    await page.getByRole("button", { name: text("vi", "checkin.badges.printDelegation") }).click();
    await page.locator('[data-testid="badge-job"][data-status="done"]').waitFor({ timeout: 60_000 });
    await focal().expectAccessible(page, "badges tab");
    await focal().screenshot(page, "checkin-badges-vi-desktop");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: text("vi", "checkin.badges.download") }).click();
    pdfFile = path.join(dir, "badges.pdf");
    await (await download).saveAs(pdfFile);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe("%PDF-");

    execFileSync("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", pdfFile, path.join(dir, "badge")]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith("badge") && f.endsWith(".png"))!;
    const pngBytes = fs.readFileSync(path.join(dir, png));
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pngBytes.length).toBeGreaterThan(10_000);
    fs.copyFileSync(path.join(dir, png), path.join(process.env.SHOTS_DIR ?? "/tmp/shots", "checkin-badge-page1.png"));

    const words = pdfTextOf(pdfFile);
    for (const b of accredited) expect(words).toContain(b.fullName);
    await page.context().close();
  });

  it("a security officer on a phone admits online, then offline (and refuses a forged badge offline); the queue syncs and each person counts once", async () => {
    const icd = await focal().apiAs("icd@demo.focal");
    const pack = await icd.get<Pack>(`/meetings/${M}/checkin/pack`);
    const people = accredited.map((a) => pack.people.find((p) => p.delegateId === a.delegateId)!);
    const [a, b] = people;
    const session = pack.sessions.find((s) => a!.sessionIds.includes(s.id) && b!.sessionIds.includes(s.id))!;
    expect(session).toBeTruthy();

    // The codes printed under the QR codes, read from the PDF in page order; the QR of page 1 for a forged copy.
    const words = pdfTextOf(pdfFile);
    // Each badge's short code follows its holder's name in the page's text.
    const codeOf = (name: string) =>
      /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(words.slice(words.indexOf(name)))![1]!;
    const token = (await qrOnPage(fs.readFileSync(pdfFile), 1))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const [payload, signature] = token.split(".");
    const sig = fromBase64Url(signature!)!;
    sig[5] = sig[5]! ^ 0x40;
    const forged = `${payload}.${toBase64Url(sig)}`;

    const page = await focal().newPage({ viewport: "phone" });
    await focal().login(page, "security@demo.focal");
    await page.goto(`${focal().url}/checkin/${M}`);
    await page.getByTestId("pack-ready").waitFor();
    await page.getByLabel(text("vi", "checkin.place.label")).selectOption(session.id);
    await focal().expectAccessible(page, "check-in page");
    await focal().screenshot(page, "checkin-door-vi-phone");

    // Online: type A's code, see A, admit.
    let verdict = await checkCode(page, displayBadgeCode(codeOf(a!.fullName).replace(/-/g, "")).toLowerCase());
    expect(await verdict.getAttribute("data-result")).toBe("admitted");
    await expect.poll(() => page.getByTestId("verdict-name").textContent()).toBe(a!.fullName);
    await focal().screenshot(page, "checkin-verdict-admit-vi-phone");
    await page.getByRole("button", { name: text("vi", "checkin.admit") }).click();
    await expect
      .poll(() => page.getByTestId("verdict-recorded").textContent())
      .toContain(text("vi", "checkin.recorded.admitted", { at: "" }).slice(0, 10));
    await page.getByRole("button", { name: text("vi", "checkin.next") }).click();

    // Offline, the page staying open.
    await page.context().setOffline(true);
    await page.locator('[data-online="false"]').waitFor();
    verdict = await checkCode(page, codeOf(b!.fullName));
    expect(await verdict.getAttribute("data-result")).toBe("admitted");
    await page.getByRole("button", { name: text("vi", "checkin.admit") }).click();
    await expect
      .poll(() => page.getByTestId("verdict-recorded").textContent())
      .toBe(text("vi", "checkin.recorded.queued"));
    await page.getByRole("button", { name: text("vi", "checkin.next") }).click();

    verdict = await checkCode(page, forged);
    expect(await verdict.getAttribute("data-result")).toBe("refused");
    expect(await verdict.getAttribute("data-reason")).toBe("forged");
    await focal().screenshot(page, "checkin-verdict-forged-offline-vi-phone");
    await page.getByRole("button", { name: text("vi", "checkin.next") }).click();
    await expect
      .poll(() => page.getByTestId("queue-count").textContent())
      .toBe(text("vi", "checkin.queue.count", { n: 2 }));
    const before = await icd.get<Summary>(`/meetings/${M}/attendance`);
    expect(before.sessions.find((s) => s.sessionId === session.id)!.admitted).toBe(1);

    // Still offline, the page is reloaded: the service worker serves the app and the user, IndexedDB the pack and
    // the queue, so the door keeps working.
    await page.reload();
    await page.getByTestId("pack-ready").waitFor();
    await page.locator('[data-online="false"]').waitFor();
    await expect
      .poll(() => page.getByTestId("queue-count").textContent())
      .toBe(text("vi", "checkin.queue.count", { n: 2 }));
    expect(await page.getByLabel(text("vi", "checkin.place.label")).inputValue()).toBe(session.id);
    verdict = await checkCode(page, forged);
    expect(await verdict.getAttribute("data-reason")).toBe("forged");
    await page.getByRole("button", { name: text("vi", "checkin.next") }).click();
    await focal().screenshot(page, "checkin-door-offline-reloaded-vi-phone");

    // Back online: the queue is sent, the attendance counts A and B once each.
    await page.context().setOffline(false);
    await page.locator('[data-online="true"]').waitFor();
    await page.getByTestId("queue-count").waitFor({ state: "detached", timeout: 30_000 });
    const after = await icd.get<Summary>(`/meetings/${M}/attendance`);
    const row = after.sessions.find((s) => s.sessionId === session.id)!;
    expect(row.admitted).toBe(2);
    expect(row.refused).toBe(2);

    // A's badge scanned again: admitted, marked as already in, and still counted once.
    verdict = await checkCode(page, codeOf(a!.fullName));
    await page.getByRole("button", { name: text("vi", "checkin.admit") }).click();
    await page.getByTestId("verdict-recorded").waitFor();
    const again = await icd.get<Summary>(`/meetings/${M}/attendance`);
    expect(again.sessions.find((s) => s.sessionId === session.id)!.admitted).toBe(2);

    await focal().setLanguage(page, "en");
    await page.getByRole("button", { name: text("en", "checkin.next") }).click();
    await focal().screenshot(page, "checkin-door-en-phone");
    await page.context().close();

    // The host sees it on the attendance tab.
    const host = await focal().newPage();
    await focal().login(host, "icd@demo.focal");
    await host.goto(`${focal().url}/meetings/${M}/attendance`);
    await host.locator(`[data-testid="attendance-row"][data-session="${session.id}"][data-admitted="2"]`).waitFor();
    await host.locator(`[data-testid="attendance-row"][data-session="${session.id}"] button`).click();
    await host.getByRole("cell", { name: a!.fullName }).waitFor();
    await focal().expectAccessible(host, "attendance tab");
    await focal().screenshot(host, "checkin-attendance-vi-desktop");
    await host.goto(`${focal().url}/meetings/${M}/exports`);
    await host.getByRole("button", { name: text("vi", "exports.programme.ics") }).waitFor();
    await focal().expectAccessible(host, "exports tab");
    await focal().screenshot(host, "exports-vi-desktop");
    await host.context().close();
  });

  it("the camera reads a printed badge's QR code (Chromium's fake camera showing the rendered badge)", async () => {
    const video = badgeVideo(pdfFile, dir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({ viewport: viewports.phone, locale: "vi-VN", baseURL: focal().url });
      await context.grantPermissions(["camera"], { origin: focal().url });
      const page = await context.newPage();
      await focal().login(page, "security@demo.focal");
      await page.goto(`${focal().url}/checkin/${M}`);
      await page.getByTestId("pack-ready").waitFor();
      // The officer chose English in the journey before; the account remembers it.
      const lang = await focal().lang(page);
      await page.getByLabel(text(lang, "checkin.place.label")).selectOption("door");
      await page.getByRole("button", { name: text(lang, "checkin.camera.start") }).click();
      const verdict = page.getByTestId("verdict");
      await verdict.waitFor({ timeout: 30_000 });
      expect(await verdict.getAttribute("data-result")).toBe("admitted");
      const first = pdfTextOf(pdfFile);
      const name = await page.getByTestId("verdict-name").textContent();
      expect(first.indexOf(name!)).toBeGreaterThanOrEqual(0);
      await focal().screenshot(page, `checkin-camera-${lang}-phone`);
    } finally {
      await browser.close();
    }
  });
});
