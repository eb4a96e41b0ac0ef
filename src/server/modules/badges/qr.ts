/**
 * The badge's QR code: one byte-mode segment at error correction M, with the mask the qrcode package itself would
 * choose — found here in a fraction of its time. qrcode picks the mask by applying each of the eight to its matrix
 * and scoring the result module by module through method calls (about a millisecond a symbol, the largest single
 * cost of a badge in a batch of a thousand). Here the symbol is encoded once with mask 0, unmasked, and each mask's
 * penalty is computed on plain byte arrays with qrcode's own rules (N1 runs, N2 blocks, N3 finder-like patterns,
 * N4 balance, the format bits of that mask in place, the first of equal scores kept) — so the symbol is the very one
 * `QRCode.create` makes (qr.test.ts checks it on many tokens), only sooner.
 */
import QRCode from "qrcode";

export interface QrModules {
  /** Modules on a side. */
  size: number;
  /** Row by row, 1 for a dark module. */
  data: Uint8Array;
}

/** The error correction level's two bits in the format information: M is 00. */
const LEVEL_M_BITS = 0;

/** The (15, 5) BCH-coded format information of error correction M with `mask` (ISO/IEC 18004 §7.9). */
function formatBits(mask: number): number {
  const generator = 0b10100110111;
  const data = (LEVEL_M_BITS << 3) | mask;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit--) if (remainder & (1 << bit)) remainder ^= generator << (bit - 10);
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

const formats = Array.from({ length: 8 }, (_, mask) => formatBits(mask));

/** Whether `mask` flips the module at row `i`, column `j`. */
function masked(mask: number, i: number, j: number): boolean {
  switch (mask) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

/** The eight masks of a symbol size as byte arrays, 0 on function modules (which are never masked). */
const masksBySize = new Map<number, Uint8Array[]>();

function masksFor(size: number, reserved: Uint8Array): Uint8Array[] {
  let masks = masksBySize.get(size);
  if (!masks) {
    masks = Array.from({ length: 8 }, (_, mask) => {
      const m = new Uint8Array(size * size);
      for (let i = 0; i < size; i++)
        for (let j = 0; j < size; j++) if (!reserved[i * size + j] && masked(mask, i, j)) m[i * size + j] = 1;
      return m;
    });
    masksBySize.set(size, masks);
  }
  return masks;
}

/** The format information's two copies, as qrcode places them: bit i of the format at these module indexes. */
function formatPlaces(size: number): [number, number][] {
  const places: [number, number][] = [];
  for (let i = 0; i < 15; i++) {
    const vertical = i < 6 ? i * size + 8 : i < 8 ? (i + 1) * size + 8 : (size - 15 + i) * size + 8;
    const horizontal = i < 8 ? 8 * size + size - i - 1 : i < 9 ? 8 * size + 15 - i : 8 * size + 15 - i - 1;
    places.push([vertical, horizontal]);
  }
  return places;
}

function writeFormat(data: Uint8Array, places: [number, number][], mask: number) {
  const bits = formats[mask] ?? 0;
  for (const [i, [vertical, horizontal]] of places.entries()) {
    const bit = (bits >> i) & 1;
    data[vertical] = bit;
    data[horizontal] = bit;
  }
}

/** qrcode's penalty of a masked symbol (lib/core/mask-pattern.js: N1 + N2 + N3 + N4), computed in one pass. */
export function penalty(m: Uint8Array, size: number): number {
  let points = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    // N1 (runs of five or more of one colour) and N3 (1:1:3:1:1 with four light modules on one side), along row a
    // and along column a at once.
    let rowRun = 0;
    let colRun = 0;
    let rowLast = -1;
    let colLast = -1;
    let rowBits = 0;
    let colBits = 0;
    for (let b = 0; b < size; b++) {
      const r = m[a * size + b] ?? 0;
      const c = m[b * size + a] ?? 0;
      dark += r;
      if (r === rowLast) rowRun++;
      else {
        if (rowRun >= 5) points += 3 + rowRun - 5;
        rowLast = r;
        rowRun = 1;
      }
      if (c === colLast) colRun++;
      else {
        if (colRun >= 5) points += 3 + colRun - 5;
        colLast = c;
        colRun = 1;
      }
      rowBits = ((rowBits << 1) & 0x7ff) | r;
      colBits = ((colBits << 1) & 0x7ff) | c;
      if (b >= 10) {
        if (rowBits === 0x5d0 || rowBits === 0x05d) points += 40;
        if (colBits === 0x5d0 || colBits === 0x05d) points += 40;
      }
      // N2: 2 × 2 blocks of one colour, with this module at their top left.
      if (a < size - 1 && b < size - 1) {
        const sum = r + (m[a * size + b + 1] ?? 0) + (m[(a + 1) * size + b] ?? 0) + (m[(a + 1) * size + b + 1] ?? 0);
        if (sum === 0 || sum === 4) points += 3;
      }
    }
    if (rowRun >= 5) points += 3 + rowRun - 5;
    if (colRun >= 5) points += 3 + colRun - 5;
  }
  const k = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
  return points + k * 10;
}

/** qrcode's matrix marks its function modules (finders, timing, format…) in `reservedBit`, which its types omit. */
function reservedBits(modules: object): Uint8Array {
  if ("reservedBit" in modules && modules.reservedBit instanceof Uint8Array) return modules.reservedBit;
  throw new Error("qrcode's matrix has no reservedBit: its version changed what this module reads");
}

function maskOf(masks: Uint8Array[], mask: number): Uint8Array {
  const bits = masks[mask];
  if (!bits) throw new Error(`no mask ${mask}`);
  return bits;
}

/** The QR code of a badge token: byte mode, error correction M, qrcode's choice of mask. */
export function badgeQr(token: string): QrModules {
  // One byte-mode segment: base64url text gains nothing from qrcode's search for the best mix of segments (the same
  // version for every token tried), which costs more than the rest of the symbol.
  const qr = QRCode.create([{ data: Buffer.from(token, "utf8"), mode: "byte" }], {
    errorCorrectionLevel: "M",
    maskPattern: 0,
  });
  const size = qr.modules.size;
  const data = qr.modules.data;
  const reserved = reservedBits(qr.modules);
  const masks = masksFor(size, reserved);
  const places = formatPlaces(size);
  // Unmasked: the data modules as encoded, the function patterns as they are.
  const plain = new Uint8Array(data.length);
  const mask0 = maskOf(masks, 0);
  for (let i = 0; i < data.length; i++) plain[i] = (data[i] ?? 0) ^ (mask0[i] ?? 0);
  const trial = new Uint8Array(data.length);
  let best = 0;
  let lowest = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const bits = maskOf(masks, mask);
    for (let i = 0; i < trial.length; i++) trial[i] = (plain[i] ?? 0) ^ (bits[i] ?? 0);
    writeFormat(trial, places, mask);
    const score = penalty(trial, size);
    if (score < lowest) {
      lowest = score;
      best = mask;
    }
  }
  const chosen = maskOf(masks, best);
  for (let i = 0; i < data.length; i++) data[i] = (plain[i] ?? 0) ^ (chosen[i] ?? 0);
  writeFormat(data, places, best);
  return { size, data };
}
