import type { Db } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { audit } from "../audit/service.js";
import { findUserByEmail } from "../people/repo.js";
import { demoDelegationIds, type DemoDelegationKey } from "../meetings/seed.js";
import type { SnapshotDelegate } from "./diff.js";
import { registrationVersions } from "./schema.js";
import { currentSnapshot } from "./versions.js";

const M = demoIds.meetingAccsm21;

/** One earlier submission: when, the note, and how the list then differed from today's. */
interface EarlierVersion {
  at: string;
  note: string;
  /** Delegates (by name) not yet on the list then. */
  without?: string[];
  /** Fields that read differently then, by delegate name. */
  then?: Record<string, Partial<SnapshotDelegate>>;
}

interface History {
  key: DemoDelegationKey;
  contact: string;
  earlier: EarlierVersion[];
  /** The submission that matches today's list. */
  last: { at: string; note: string };
}

/**
 * Sample submission histories (the seeds say nothing of them): Japan, Singapore and the ASEAN Secretariat each sent
 * their list more than once in July 2022, so the host can open the versions and their differences at once. The last
 * version of each equals the delegation's list as seeded; Thailand and the others have not submitted yet.
 */
const histories: History[] = [
  {
    key: "JPN",
    contact: "contact.japan@demo.focal",
    earlier: [
      {
        at: "2022-07-12T09:20:00+09:00",
        note: "First nomination; the focal point will follow (sample).",
        without: ["Watanabe Hiroshi"],
        then: {
          "Tanaka Kenji": { arrivalFlight: "JL751", arrivalTime: "10:15", departureFlight: "JL752" },
          "Suzuki Yuko": { arrivalFlight: "JL751", arrivalTime: "10:15", departureFlight: "JL752" },
        },
      },
    ],
    last: { at: "2022-07-22T16:05:00+09:00", note: "Focal point added; flights changed to VN311/VN310 (sample)." },
  },
  {
    key: "SGP",
    contact: "contact.singapore@demo.focal",
    earlier: [
      {
        at: "2022-07-14T11:00:00+08:00",
        note: "Delegation of four (sample).",
        then: {
          "Priya Nair": { position: "Assistant Manager" },
          "Muhammad Irfan bin Rahim": { departureDate: "2022-08-05", departureTime: "20:40", departureFlight: "SQ185" },
        },
      },
    ],
    last: { at: "2022-07-24T10:30:00+08:00", note: "Updated title and return flight (sample)." },
  },
  {
    key: "ASEC",
    contact: "contact.asean-secretariat@demo.focal",
    earlier: [
      { at: "2022-07-15T14:00:00+07:00", note: "DSG and division head (sample).", without: ["Rizal Hakim"] },
      {
        at: "2022-07-20T09:45:00+07:00",
        note: "One officer added (sample).",
        then: { "Rizal Hakim": { position: "Officer", hotel: null } },
      },
    ],
    last: { at: "2022-07-26T08:15:00+07:00", note: "Officer's title and hotel (sample)." },
  },
];

function earlierSnapshot(now: SnapshotDelegate[], v: EarlierVersion): SnapshotDelegate[] {
  return now
    .filter((d) => !v.without?.includes(d.fullName))
    .map((d) => ({ ...d, ...v.then?.[d.fullName], accreditationStatus: "pending" }));
}

/** Seeds the sample submission histories; runs after the meetings seed, in one transaction with its audit row. */
export async function seedRegistration(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    let count = 0;
    for (const h of histories) {
      const delegationId = demoDelegationIds[h.key];
      const contact = await findUserByEmail(tx, h.contact);
      if (!contact) throw new Error(`demo seed: no contact account ${h.contact}`);
      const now = await currentSnapshot(tx, M, delegationId);
      const names = new Set(now.map((d) => d.fullName));
      for (const v of h.earlier) {
        for (const n of [...(v.without ?? []), ...Object.keys(v.then ?? {})]) {
          if (!names.has(n)) throw new Error(`demo seed: ${n} is not in the ${h.key} delegation`);
        }
      }
      // Each earlier submission with the list as it then was, and the last one with the list as it stands.
      const submissions = [
        ...h.earlier.map((v) => ({ meta: v, snapshot: earlierSnapshot(now, v) })),
        { meta: h.last, snapshot: now },
      ];
      const snapshots = submissions.map((s) => s.snapshot);
      await tx.insert(registrationVersions).values(
        submissions.map(({ meta, snapshot }, i) => ({
          id: crypto.randomUUID(),
          meetingId: M,
          delegationId,
          number: i + 1,
          submittedAt: new Date(meta.at),
          submittedBy: contact.id,
          submittedByName: contact.name,
          note: meta.note,
          delegateCount: snapshot.length,
          snapshot,
        })),
      );
      count += snapshots.length;
    }
    await audit(tx, null, {
      action: "seed.registration",
      entity: "meeting",
      entityId: M,
      after: { versions: count, delegations: histories.map((h) => h.key) },
    });
  });
}
