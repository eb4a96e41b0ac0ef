/**
 * Real images for tests that upload photos (photos are decoded and normalised at upload, so magic bytes followed by
 * zeros no longer pass): made here with sharp, so no image files are checked in.
 */
import sharp from "sharp";

/** A `width` × `height` JPEG: a light background with a dark block in its top-left quarter (to tell orientation). */
export async function testJpeg(width = 300, height = 400, opts: { orientation?: number } = {}): Promise<Buffer> {
  const img = sharp(await marked(width, height)).jpeg({ quality: 90 });
  return (opts.orientation ? img.withMetadata({ orientation: opts.orientation }) : img).toBuffer();
}

/** A `width` × `height` PNG, the same drawing. */
export async function testPng(width = 300, height = 400): Promise<Buffer> {
  return sharp(await marked(width, height))
    .png()
    .toBuffer();
}

/** Raw RGB: light grey, the top-left quarter dark. */
async function marked(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3, 230);
  for (let y = 0; y < height / 2; y++)
    for (let x = 0; x < width / 2; x++) raw.fill(20, (y * width + x) * 3, (y * width + x) * 3 + 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}
