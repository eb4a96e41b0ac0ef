/**
 * Photos for the door, kept small on the device: each delegate's photo is fetched once, scaled to 120 × 150 and
 * stored as a JPEG data URL keyed by its URL (which carries the photo's version), so the page shows faces offline.
 */
import type { Pack } from "../api/types";
import { loadPhoto, savePhoto } from "./store";

const W = 120;
const H = 150;

async function shrink(blob: Blob): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext("2d")!;
  // Cover: fill the frame, cropping the longer side.
  const scale = Math.max(W / bitmap.width, H / bitmap.height);
  const w = bitmap.width * scale;
  const h = bitmap.height * scale;
  ctx.drawImage(bitmap, (W - w) / 2, (H - h) / 2, w, h);
  bitmap.close();
  return canvas.toDataURL("image/jpeg", 0.75);
}

/** The stored small photo for a URL, or null. */
export function cachedPhoto(url: string | null): Promise<string | null> {
  return url ? loadPhoto(url) : Promise.resolve(null);
}

/** Fetches and stores every photo of the pack not stored yet, a few at a time. Returns how many are stored. */
export async function cachePackPhotos(pack: Pack, onProgress?: (done: number, total: number) => void): Promise<number> {
  const urls = pack.people.map((p) => p.photoUrl).filter((u): u is string => !!u);
  let done = 0;
  let stored = 0;
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      try {
        if (!(await loadPhoto(url))) {
          const res = await fetch(url, { credentials: "same-origin" });
          if (res.ok) await savePhoto(url, await shrink(await res.blob()));
        }
        stored++;
      } catch {
        // A photo that cannot be fetched now is tried again at the next refresh.
      }
      onProgress?.(++done, urls.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return stored;
}
