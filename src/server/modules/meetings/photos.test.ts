/**
 * Photos are normalised once, at upload, to the badge's JPEG (meetings/photos.ts): the size of the badge's photo box,
 * upright by their EXIF orientation, no metadata, sRGB, baseline; a damaged file is refused in both languages; photos
 * stored before the rule are normalised by a job queued once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { testJpeg, testPng } from "../../test/images.js";
import { demoIds } from "../../seed/ids.js";
import { jobsIdle, wakeJobs } from "../jobs/service.js";
import { delegatePhotos } from "./schema.js";
import { demoDelegationIds } from "./seed.js";
import { PHOTO_HEIGHT, PHOTO_WIDTH, isNormalisedPhoto, queuePhotoNormalisation } from "./photos.js";
import { pageSizes } from "../badges/layout.js";

let t: TestApp;
let reg: Record<string, string>;
let contact: Record<string, string>;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const base = `/api/meetings/${M}/delegations/${THA}`;
let ids: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  reg = await t.login("registration@demo.focal");
  contact = await t.login("contact.thailand@demo.focal");
  const res = await t.app.inject({ method: "GET", url: `${base}/delegates`, headers: reg });
  expect(res.statusCode, res.body).toBe(200);
  ids = (res.json() as { id: string }[]).map((d) => d.id);
  expect(ids.length).toBeGreaterThanOrEqual(4);
});
afterAll(async () => t?.close());

const put = (delegateId: string, bytes: Buffer, headers = reg) =>
  t.app.inject({
    method: "PUT",
    url: `${base}/delegates/${delegateId}/photo`,
    headers,
    payload: { data: bytes.toString("base64") },
  });

/** The stored photo as the door and the badge get it. */
async function stored(delegateId: string) {
  const res = await t.app.inject({ method: "GET", url: `${base}/delegates/${delegateId}/photo`, headers: reg });
  expect(res.statusCode, res.body).toBe(200);
  return { type: res.headers["content-type"], bytes: res.rawPayload };
}

/** The mean grey level of a region of a JPEG, as fractions of its width and height. */
async function grey(bytes: Buffer, left: number, top: number, width: number, height: number): Promise<number> {
  const meta = await sharp(bytes).metadata();
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  const { data } = await sharp(bytes)
    .extract({
      left: Math.round(left * w),
      top: Math.round(top * h),
      width: Math.round(width * w),
      height: Math.round(height * h),
    })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data.reduce((a, b) => a + b, 0) / data.length;
}

describe("photos are normalised at upload", () => {
  it("the badge's photo box at 300 dpi, as the box is shaped", () => {
    const [w, h] = pageSizes.a6.photo;
    expect(PHOTO_WIDTH / PHOTO_HEIGHT).toBeCloseTo(w / h, 3);
    expect(PHOTO_WIDTH).toBeGreaterThanOrEqual(Math.floor((w / 72) * 300));
    const [cw, ch] = pageSizes.card.photo;
    expect(cw / ch).toBeCloseTo(w / h, 3);
  });

  it("a large PNG is stored as a baseline sRGB JPEG of the box's size, without metadata", async () => {
    const png = await testPng(3000, 4000);
    expect(png.length).toBeLessThan(2 * 1024 * 1024);
    const res = await put(ids[0]!, png);
    expect(res.statusCode, res.body).toBe(200);
    const photo = await stored(ids[0]!);
    expect(photo.type).toBe("image/jpeg");
    const meta = await sharp(photo.bytes).metadata();
    expect(meta).toMatchObject({
      format: "jpeg",
      width: PHOTO_WIDTH,
      height: PHOTO_HEIGHT,
      isProgressive: false,
      space: "srgb",
      channels: 3,
    });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(photo.bytes.length).toBeLessThan(60_000);
    expect(await isNormalisedPhoto(photo.bytes)).toBe(true);
  });

  it("a JPEG taken sideways (EXIF orientation 6) is stored upright, its orientation applied and dropped", async () => {
    // Stored 400 × 300 with the dark block top-left; shown upright (turned 90° clockwise) it is top-right.
    const sideways = await testJpeg(400, 300, { orientation: 6 });
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    // The delegation's contact, through the registration route.
    const up = await t.app.inject({
      method: "PUT",
      url: `${base}/registration/delegates/${ids[1]!}/photo`,
      headers: contact,
      payload: { data: sideways.toString("base64") },
    });
    expect(up.statusCode, up.body).toBe(200);
    const photo = await stored(ids[1]!);
    const meta = await sharp(photo.bytes).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: PHOTO_WIDTH, height: PHOTO_HEIGHT });
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    expect(await grey(photo.bytes, 0.6, 0.05, 0.3, 0.3)).toBeLessThan(80);
    expect(await grey(photo.bytes, 0.05, 0.05, 0.3, 0.3)).toBeGreaterThan(180);
    expect(await grey(photo.bytes, 0.6, 0.65, 0.3, 0.3)).toBeGreaterThan(180);
  });

  it("WebP comes in, JPEG goes out", async () => {
    const webp = await sharp(await testPng(500, 500))
      .webp()
      .toBuffer();
    expect((await put(ids[2]!, webp)).statusCode).toBe(200);
    const meta = await sharp((await stored(ids[2]!)).bytes).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: PHOTO_WIDTH, height: PHOTO_HEIGHT });
  });

  it("a damaged file is refused with a message in the caller's language (never a 500); nothing is stored", async () => {
    const before = await stored(ids[0]!);
    const good = await testJpeg(600, 800);
    // A real JPEG cut off half way, and a JPEG header followed by nothing of a picture.
    const cut = good.subarray(0, Math.floor(good.length / 2));
    const junk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]);
    for (const bad of [cut, junk, Buffer.from("GIF89a....")]) {
      const vi = expectError(await put(ids[0]!, bad, reg), 400, "PHOTO_UNREADABLE");
      expect(vi.message).toBe("Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh (JPEG, PNG, WebP).");
    }
    const en = expectError(
      await t.app.inject({
        method: "PUT",
        url: `${base}/registration/delegates/${ids[0]!}/photo`,
        headers: contact,
        payload: { data: junk.toString("base64") },
      }),
      400,
      "PHOTO_UNREADABLE",
    );
    expect(en.message).toBe("The photo could not be read: the file is damaged or is not an image (JPEG, PNG, WebP).");
    expect((await stored(ids[0]!)).bytes.equals(before.bytes)).toBe(true);
  });

  it("an iPhone HEIC photo is refused with what to do instead", async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from("ftypheic", "latin1"),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from("mif1heic", "latin1"),
      Buffer.alloc(2000, 3),
    ]);
    const e = expectError(await put(ids[0]!, heic), 400, "PHOTO_HEIC");
    expect(e.message).toContain("JPEG");
  });
});

describe("photos stored before the rule", () => {
  it("are normalised by a job queued once; a photo that cannot be read is left as it was and not tried again", async () => {
    const png = await testPng(240, 300);
    const junk = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(100)]);
    const [a, b] = [ids[2]!, ids[3]!];
    // As an older Focal stored them: the bytes as uploaded, not marked normalised.
    await t.ctx.db.delete(delegatePhotos).where(eq(delegatePhotos.delegateId, a));
    await t.ctx.db.delete(delegatePhotos).where(eq(delegatePhotos.delegateId, b));
    await t.ctx.db.insert(delegatePhotos).values([
      { delegateId: a, contentType: "image/png", bytes: png, size: png.length, etag: "old-a" },
      { delegateId: b, contentType: "image/png", bytes: junk, size: junk.length, etag: "old-b" },
    ]);
    expect(await queuePhotoNormalisation(t.ctx.db)).toBe(true);
    wakeJobs(t.ctx.db);
    await jobsIdle(t.ctx.db);

    const rows = await t.ctx.db.select().from(delegatePhotos);
    const byId = new Map(rows.map((r) => [r.delegateId, r]));
    const na = byId.get(a)!;
    expect(na.contentType).toBe("image/jpeg");
    expect(na.etag).not.toBe("old-a");
    expect(na.normalisedAt).not.toBeNull();
    expect(await isNormalisedPhoto(na.bytes)).toBe(true);
    const nb = byId.get(b)!;
    expect(nb.bytes.equals(junk)).toBe(true);
    expect(nb.etag).toBe("old-b");
    expect(nb.normalisedAt).not.toBeNull();
    // Nothing waits any more: a later start queues nothing.
    expect(rows.every((r) => r.normalisedAt !== null)).toBe(true);
    expect(await queuePhotoNormalisation(t.ctx.db)).toBe(false);
  });
});
