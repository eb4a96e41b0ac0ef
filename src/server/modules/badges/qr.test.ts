/**
 * The badge's QR code is the very symbol the qrcode package makes with its own choice of mask (qr.ts only finds that
 * mask sooner): compared module by module on badge tokens and on texts of other lengths, so other symbol versions.
 */
import { createHash, randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { badgeQr } from "./qr.js";

/** `length` bytes that depend only on `seed`. */
const bytes = (seed: string, length: number) => createHash("sha512").update(seed).digest().subarray(0, length);

/** What qrcode makes on its own: one byte-mode segment, error correction M, its mask search. */
function reference(text: string) {
  const qr = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" });
  return { size: qr.modules.size, data: Array.from(qr.modules.data), mask: qr.maskPattern };
}

describe("badge QR code", () => {
  it("is qrcode's own symbol, mask and all, for badge tokens", () => {
    const masks = new Set<number | undefined>();
    // Tokens from a fixed sequence (the same on every run), until every mask has been qrcode's choice for one: some
    // masks are rarely chosen, and 400 random tokens once missed one (5 Dec 2026).
    for (let n = 0; n < 400 || (masks.size < 8 && n < 5000); n++) {
      // A token's shape: 51 payload bytes and a 64-byte signature, each base64url, joined by a dot.
      const token = `${bytes(`payload ${n}`, 51).toString("base64url")}.${bytes(`signature ${n}`, 64).toString("base64url")}`;
      const want = reference(token);
      const got = badgeQr(token);
      expect(got.size).toBe(want.size);
      expect(Array.from(got.data)).toEqual(want.data);
      masks.add(want.mask);
    }
    // Every mask was chosen for some token, so every mask's penalty was compared.
    expect(masks.size).toBe(8);
  });

  it("is qrcode's own symbol for other lengths (other versions, version information in place)", () => {
    for (const length of [1, 7, 20, 60, 120, 200, 300, 500]) {
      for (let n = 0; n < 10; n++) {
        const text = randomBytes(length).toString("base64url").slice(0, length);
        const want = reference(text);
        const got = badgeQr(text);
        expect(got.size).toBe(want.size);
        expect(Array.from(got.data)).toEqual(want.data);
      }
    }
  });
});
