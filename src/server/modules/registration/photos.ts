/** JPEG or PNG by its first bytes (what the meetings core accepts), or null. */
export function photoKind(bytes: Buffer): "image/jpeg" | "image/png" | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(png)) return "image/png";
  return null;
}
