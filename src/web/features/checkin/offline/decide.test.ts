/** The door's offline decision, with a key made here and a pack written by hand. */
import { beforeAll, describe, expect, it } from "vitest";
import { encodePayload, formatToken, toBase64Url, type BadgePayload } from "../../../../shared/badges";
import type { Pack } from "../api/types";
import { decideOffline } from "./decide";

const subtle = globalThis.crypto.subtle;
const M = "0a0c5321-0000-4000-8000-000000000021";
const S1 = "11111111-1111-4111-8111-111111111111";
const S2 = "22222222-2222-4222-8222-222222222222";
const ids = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

let keys: CryptoKeyPair;
let pack: Pack;

async function sha(text: string) {
  return toBase64Url(new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text))));
}

async function token(p: BadgePayload, key = keys.privateKey) {
  const bytes = encodePayload(p);
  return formatToken(bytes, new Uint8Array(await subtle.sign({ name: "Ed25519" }, key, bytes)));
}

const ann = { badgeId: ids(101), delegateId: ids(1), meetingId: M, issue: 1 };
const bob = { badgeId: ids(102), delegateId: ids(2), meetingId: M, issue: 2 };
const bobOld = { badgeId: ids(201), delegateId: ids(2), meetingId: M, issue: 1 };
const cat = { badgeId: ids(103), delegateId: ids(3), meetingId: M, issue: 1 };

beforeAll(async () => {
  keys = (await subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle.exportKey("raw", keys.publicKey));
  pack = {
    meetingId: M,
    code: "T",
    titleVi: "T",
    titleEn: "T",
    timeZone: "Asia/Ho_Chi_Minh",
    generatedAt: new Date().toISOString(),
    purged: false,
    keyId: "k",
    publicKey: toBase64Url(raw),
    sessions: [],
    delegations: [{ id: ids(900), nameVi: "Thái Lan", nameEn: "Thailand", country: "THA", category: "asean_member" }],
    badges: [
      { id: ann.badgeId, delegateId: ann.delegateId, issue: 1, codeHash: await sha("AAAABBBBCCCC") },
      { id: bob.badgeId, delegateId: bob.delegateId, issue: 2, codeHash: await sha("DDDDEEEEFFFF") },
      { id: cat.badgeId, delegateId: cat.delegateId, issue: 1, codeHash: await sha("GGGGHHHHJJJJ") },
    ],
    revoked: [{ id: bobOld.badgeId, delegateId: bob.delegateId, issue: 1, codeHash: await sha("KKKKMMMMNNNN") }],
    people: [
      {
        delegateId: ann.delegateId,
        fullName: "Ann",
        delegationId: ids(900),
        photoUrl: null,
        accredited: true,
        sessionIds: [S1],
      },
      {
        delegateId: bob.delegateId,
        fullName: "Bob",
        delegationId: ids(900),
        photoUrl: null,
        accredited: true,
        sessionIds: [S1, S2],
      },
      {
        delegateId: cat.delegateId,
        fullName: "Cat",
        delegationId: ids(900),
        photoUrl: null,
        accredited: false,
        sessionIds: [S1],
      },
    ],
  };
});

describe("offline decisions", () => {
  it("admits a valid badge at the door and at its sessions, by QR token or typed code", async () => {
    expect(await decideOffline(pack, null, await token(ann))).toMatchObject({
      result: "admitted",
      person: { fullName: "Ann" },
    });
    expect((await decideOffline(pack, S1, await token(ann))).result).toBe("admitted");
    expect((await decideOffline(pack, S2, "dddd-eeee-ffff")).result).toBe("admitted");
  });

  it("refuses a changed signature, an altered payload and another key's signature as forged", async () => {
    const good = await token(ann);
    const flipped = good.slice(0, -3) + (good.at(-3) === "A" ? "B" : "A") + good.slice(-2);
    expect((await decideOffline(pack, null, flipped)).reason).toBe("forged");
    const [, sig] = good.split(".");
    const altered = `${toBase64Url(encodePayload({ ...ann, delegateId: bob.delegateId }))}.${sig}`;
    expect((await decideOffline(pack, null, altered)).reason).toBe("forged");
    const other = (await subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
    expect((await decideOffline(pack, null, await token(ann, other.privateKey))).reason).toBe("forged");
  });

  it("refuses revoked badges (token or typed code), the not accredited, and sessions not registered for", async () => {
    expect(await decideOffline(pack, null, await token(bobOld))).toMatchObject({
      reason: "revoked",
      person: { fullName: "Bob" },
    });
    expect((await decideOffline(pack, null, "KKKK-MMMM-NNNN")).reason).toBe("revoked");
    expect((await decideOffline(pack, null, await token(cat))).reason).toBe("not_accredited");
    expect((await decideOffline(pack, S2, await token(ann))).reason).toBe("not_registered");
    expect((await decideOffline(pack, null, await token({ ...ann, meetingId: ids(999) }))).reason).toBe(
      "not_registered",
    );
  });

  it("unknown for text that is no badge and codes nobody holds; purged when the meeting was purged", async () => {
    expect((await decideOffline(pack, null, "hello")).reason).toBe("unknown");
    expect((await decideOffline(pack, null, "0000-0000-0000")).reason).toBe("unknown");
    expect((await decideOffline({ ...pack, purged: true }, null, await token(ann))).reason).toBe("purged");
  });

  it("a reissue made after the pack was downloaded is admitted; an older issue than the pack's is revoked", async () => {
    const newer = { ...ann, badgeId: ids(301), issue: 2 };
    expect((await decideOffline(pack, null, await token(newer))).result).toBe("admitted");
    const older = { ...bob, badgeId: ids(302), issue: 1 };
    expect((await decideOffline(pack, null, await token(older))).reason).toBe("revoked");
  });
});
