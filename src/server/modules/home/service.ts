/**
 * The home page's "what waits for me": each module answers for its own work through the `inbox` function it exports,
 * checked against its own policy (a module never reads another's tables); this module only gathers them, in the
 * order people meet the work.
 */
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { meetingsInbox } from "../meetings/inbox.js";
import { registrationInbox } from "../registration/inbox.js";
import { badgesInbox } from "../badges/inbox.js";
import { targetsInbox } from "../targets/inbox.js";
import { workplansInbox } from "../workplans/inbox.js";
import { cooperationInbox } from "../cooperation/inbox.js";
import { decisionInbox } from "../cooperation/queue.js";

const sources: ((ctx: Ctx, actor: Actor) => Promise<InboxItem[]>)[] = [
  registrationInbox,
  meetingsInbox,
  badgesInbox,
  targetsInbox,
  workplansInbox,
  cooperationInbox,
  decisionInbox,
];

/** Everything waiting for the actor that they may act on; empty when nothing waits. */
export async function homeInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  const out: InboxItem[] = [];
  for (const source of sources) out.push(...(await source(ctx, actor)));
  return out;
}
