/**
 * Delegates' photos are normalised once, when they arrive, to what a badge prints: a baseline sRGB JPEG of the
 * badge's photo box (the A6 badge's 88 × 110 pt box at 300 dpi, 4:5 — the card's 48 × 60 pt box is the same shape),
 * turned upright by its EXIF orientation, cropped to the box from the centre as the badge did, with every piece of
 * metadata (EXIF, GPS, ICC, XMP) dropped. PNG, WebP, HEIF/AVIF, TIFF and GIF come in; a JPEG goes out, which
 * pdfkit embeds as it is (DCT, no decoding) — so a batch of a thousand badges never decodes an image.
 *
 * Photos stored before this rule are normalised by the `meetings.normalise-photos` job, queued at start only while
 * such a photo exists (`queuePhotoNormalisation`): it picks them in small batches and skips any already done.
 */
import { createHash } from "node:crypto";
import type { Sharp, SharpOptions } from "sharp";

/**
 * sharp (libvips) takes ~0.2 s to load: loaded by the first photo a process handles, not at every start. Its cache of
 * operations is off: each photo is normalised once, so the cache (up to 50 MB by default) would only hold memory.
 */
async function sharp(bytes: Buffer, options?: SharpOptions): Promise<Sharp> {
  const { default: lib } = await import("sharp");
  lib.cache(false);
  return lib(bytes, options);
}
import { eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.js";
import { defineJob, enqueueJob } from "../jobs/service.js";
import { delegatePhotos } from "./schema.js";
import { meetingErrors } from "./errors.js";

/** The stored photo's size in pixels: the A6 badge's photo box (88 × 110 pt) at 300 dpi. */
export const PHOTO_WIDTH = 368;
export const PHOTO_HEIGHT = 460;
/** A decompression bomb (a small file of a huge image) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;
const JPEG_QUALITY = 85;

const inputFormats = new Set(["jpeg", "png", "webp", "heif", "tiff", "gif"]);

/** An ISO-BMFF file (HEIC, AVIF) of an HEVC brand: iPhone photos, which the bundled image library cannot decode. */
function isHeic(bytes: Buffer): boolean {
  if (bytes.length < 12 || bytes.toString("latin1", 4, 8) !== "ftyp") return false;
  return /^(heic|heix|hevc|hevx|heim|heis)$/.test(bytes.toString("latin1", 8, 12));
}

/** True when the bytes are already what `normalisePhoto` makes (read from the header only, nothing decoded). */
export async function isNormalisedPhoto(bytes: Buffer): Promise<boolean> {
  try {
    const m = await (await sharp(bytes)).metadata();
    return (
      m.format === "jpeg" &&
      m.width === PHOTO_WIDTH &&
      m.height === PHOTO_HEIGHT &&
      !m.isProgressive &&
      m.space === "srgb" &&
      m.channels === 3 &&
      !m.exif &&
      !m.icc &&
      !m.xmp &&
      !m.iptc
    );
  } catch {
    return false;
  }
}

/**
 * The badge's JPEG of an uploaded image. Refuses, with a message in both languages (400, never a 500), a file that
 * is not an image, an image it cannot decode (damaged, cut short) and an HEIC photo.
 */
export async function normalisePhoto(bytes: Buffer): Promise<Buffer> {
  if (await isNormalisedPhoto(bytes)) return bytes;
  let format: string | undefined;
  try {
    format = (await (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })).metadata()).format;
  } catch {
    throw isHeic(bytes) ? meetingErrors.PHOTO_HEIC() : meetingErrors.PHOTO_UNREADABLE();
  }
  if (!format || !inputFormats.has(format)) throw meetingErrors.PHOTO_UNREADABLE();
  try {
    return await (
      await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false })
    )
      .rotate()
      .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { fit: "cover", position: "centre" })
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .jpeg({ quality: JPEG_QUALITY, progressive: false, chromaSubsampling: "4:2:0", mozjpeg: false })
      .toBuffer();
  } catch {
    throw isHeic(bytes) ? meetingErrors.PHOTO_HEIC() : meetingErrors.PHOTO_UNREADABLE();
  }
}

/** The etag of stored photo bytes (changes with each upload). */
export const photoEtag = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 32);

const BATCH = 20;

/**
 * Normalises the photos stored before normalisation, `BATCH` at a time, each in its own short write (so a restart
 * loses nothing and PGlite's one connection is never held while an image is decoded). A photo that cannot be read
 * is kept as it was (the badge prints the silhouette for it) and marked so that it is not tried again.
 */
export async function normaliseStoredPhotos(db: Db): Promise<{ normalised: number; unreadable: number }> {
  let normalised = 0;
  let unreadable = 0;
  for (;;) {
    const ids = await db
      .select({ delegateId: delegatePhotos.delegateId })
      .from(delegatePhotos)
      .where(isNull(delegatePhotos.normalisedAt))
      .limit(BATCH);
    if (!ids.length) break;
    const rows = await db
      .select({ delegateId: delegatePhotos.delegateId, bytes: delegatePhotos.bytes, etag: delegatePhotos.etag })
      .from(delegatePhotos)
      .where(
        inArray(
          delegatePhotos.delegateId,
          ids.map((r) => r.delegateId),
        ),
      );
    for (const r of rows) {
      let bytes: Buffer | null = null;
      try {
        bytes = await normalisePhoto(r.bytes);
      } catch {
        unreadable++;
      }
      // Only if nobody replaced the photo meanwhile (same etag): a new upload is normalised already.
      const where = sql`${delegatePhotos.delegateId} = ${r.delegateId} and ${delegatePhotos.etag} = ${r.etag}`;
      if (bytes) {
        await db
          .update(delegatePhotos)
          .set({
            bytes,
            size: bytes.length,
            contentType: "image/jpeg",
            etag: photoEtag(bytes),
            normalisedAt: new Date(),
          })
          .where(where);
        normalised++;
      } else {
        // Marked as looked at; the bytes stay as they were uploaded.
        await db
          .update(delegatePhotos)
          .set({ normalisedAt: new Date(0) })
          .where(where);
      }
    }
  }
  return { normalised, unreadable };
}

export const normalisePhotosJob = defineJob<Record<string, never>>({
  name: "meetings.normalise-photos",
  maxAttempts: 5,
  handler: (ctx) => normaliseStoredPhotos(ctx.db),
});

/**
 * Queues the normalisation of stored photos when one is still waiting (an indexed look-up at start; once every photo
 * is done, nothing is queued). The key makes it one job whichever process starts first.
 */
export async function queuePhotoNormalisation(db: Executor): Promise<boolean> {
  const [waiting] = await db
    .select({ id: delegatePhotos.delegateId })
    .from(delegatePhotos)
    .where(isNull(delegatePhotos.normalisedAt))
    .limit(1);
  if (!waiting) return false;
  await enqueueJob(
    db,
    normalisePhotosJob.name,
    {},
    { key: `${normalisePhotosJob.name}:${new Date().toISOString().slice(0, 10)}` },
  );
  return true;
}

/** Whether a delegate's stored photo is normalised (tests). */
export async function photoNormalised(db: Executor, delegateId: string): Promise<boolean> {
  const [p] = await db
    .select({ at: delegatePhotos.normalisedAt })
    .from(delegatePhotos)
    .where(eq(delegatePhotos.delegateId, delegateId));
  return !!p?.at;
}
