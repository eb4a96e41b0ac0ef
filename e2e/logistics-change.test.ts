/**
 * One delegation record, every list (issue 14): the ICD changes the arrival flight of Japan's head of delegation on
 * the delegate's own form — a late flight landing after midnight, on 3 August instead of 2 August — and, without
 * re-typing anything anywhere, sees the head move to a transfer of 3 August, leave the rooming list of the night of
 * 2 August, and the welcome dinner of 2 August count one fewer (its counts were frozen at the cut-off: the page says
 * one delegate changed since and today's total). The transfers, hotels and meals pages each list the change until
 * someone marks it done there. Typed key by key, in English.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const JPN = demoDelegationIds.JPN;

interface Transfer {
  id: string;
  people: { name: string }[];
}
interface RoomingNight {
  hotels: { guests?: { name?: string; fullName?: string }[] }[];
}
interface Meal {
  id: string;
  nameEn: string;
  counts: { total: number };
  liveCounts: { total: number };
  changedSince: number;
}

describeWithFocal("a changed flight moves the transfer, the hotel night and the meal count", (focal) => {
  it("the ICD changes Japan's head's arrival and sees transfers, rooming and meals follow", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const delegation = await api.get<{ headDelegateId: string | null }>(`/meetings/${M}/delegations/${JPN}`);
    const headId = delegation.headDelegateId;
    if (!headId) throw new Error("the demo's Japanese delegation has no head");
    const head = await api.get<{ fullName: string; arrivalDate: string; arrivalFlight: string }>(
      `/meetings/${M}/delegations/${JPN}/delegates/${headId}`,
    );
    expect(head.arrivalDate).toBe("2022-08-02");
    const inTransfer = (ts: Transfer[]) => ts.some((x) => x.people.some((p) => p.name === head.fullName));
    expect(inTransfer(await api.get<Transfer[]>(`/meetings/${M}/transfers?date=2022-08-02`))).toBe(true);
    expect(inTransfer(await api.get<Transfer[]>(`/meetings/${M}/transfers?date=2022-08-03`))).toBe(false);
    const sleeps = (r: RoomingNight) => JSON.stringify(r).includes(head.fullName);
    expect(sleeps(await api.get<RoomingNight>(`/meetings/${M}/rooming?night=2022-08-02`))).toBe(true);
    const dinner = (ms: Meal[]) => {
      const m = ms.find((x) => x.nameEn === "Welcome dinner for heads of delegation");
      if (!m) throw new Error("the demo's welcome dinner is missing");
      return m;
    };
    const before = dinner(await api.get<Meal[]>(`/meetings/${M}/meals`));

    // The head's own form: a later flight, landing after midnight.
    const page = await focal().newPage({ locale: "en-US" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/delegations/${JPN}/delegates/${headId}/edit`);
    const form = page.locator("form");
    const field = (k: string) => form.getByLabel(new RegExp(`^${text("en", `meetings.delegate.${k}`)}(\\s*\\*)?$`));
    await field("arrivalDate").waitFor();
    await typeInto(field("arrivalDate"), "03/08/2022");
    await typeInto(field("arrivalTime"), "00:40");
    await typeInto(field("arrivalFlight"), "JL5135");
    await form.getByRole("button", { name: text("en", "common.save"), exact: true }).click();
    await expect
      .poll(
        async () =>
          (await api.get<{ arrivalFlight: string }>(`/meetings/${M}/delegations/${JPN}/delegates/${headId}`))
            .arrivalFlight,
      )
      .toBe("JL5135");

    // Transfers: the head is met on 3 August now, and the change waits for someone to tell the driver.
    await page.goto(`${focal().url}/meetings/${M}/logistics/transfers?date=2022-08-03`);
    const changes = page.getByRole("list", { name: text("en", "logistics.changes.list") });
    await changes.getByText(head.fullName).first().waitFor();
    await page
      .locator("section[data-transfer]")
      .getByRole("cell", { name: head.fullName, exact: true })
      .first()
      .waitFor();
    expect(inTransfer(await api.get<Transfer[]>(`/meetings/${M}/transfers?date=2022-08-02`))).toBe(false);
    await focal().expectAccessible(page, "transfers after a changed flight (en)");
    await changes
      .getByRole("button", { name: text("en", "logistics.changes.ackOf", { name: head.fullName }) })
      .first()
      .click();
    await expect.poll(() => changes.getByText(head.fullName).count()).toBe(0);

    // Hotels: not in the rooming of the night of 2 August any more; the change is listed there too.
    await page.goto(`${focal().url}/meetings/${M}/logistics/hotels`);
    await page.getByRole("heading", { name: text("en", "lodging.title"), level: 2 }).waitFor();
    await page
      .getByRole("list", { name: text("en", "logistics.changes.list") })
      .getByText(head.fullName)
      .first()
      .waitFor();
    expect(sleeps(await api.get<RoomingNight>(`/meetings/${M}/rooming?night=2022-08-02`))).toBe(false);
    expect(sleeps(await api.get<RoomingNight>(`/meetings/${M}/rooming?night=2022-08-03`))).toBe(true);

    // Meals: the welcome dinner of 2 August counts one fewer today; its frozen counts say so.
    const after = dinner(await api.get<Meal[]>(`/meetings/${M}/meals`));
    expect(after.liveCounts.total).toBe(before.liveCounts.total - 1);
    await page.goto(`${focal().url}/meetings/${M}/logistics/meals`);
    const card = page.getByRole("article", { name: after.nameEn });
    await card.waitFor();
    if (after.changedSince > 0)
      await card
        .getByText(text("en", "meals.changedSince", { n: after.changedSince, live: after.liveCounts.total }))
        .waitFor();
    else await card.getByText(String(after.counts.total), { exact: true }).first().waitFor();
    await page
      .getByRole("list", { name: text("en", "logistics.changes.list") })
      .getByText(head.fullName)
      .first()
      .waitFor();
    await focal().expectAccessible(page, "meals after a changed flight (en)");
    await page.context().close();
  });
});
