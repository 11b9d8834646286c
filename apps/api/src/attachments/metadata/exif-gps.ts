/** Bytes per value of each TIFF field type (TIFF 6.0 §2, Exif 2.32 §4.6.2). */
const TYPE_SIZES: Readonly<Record<number, number>> = {
  1: 1, // BYTE
  2: 1, // ASCII
  3: 2, // SHORT
  4: 4, // LONG
  5: 8, // RATIONAL
  6: 1, // SBYTE
  7: 1, // UNDEFINED
  8: 2, // SSHORT
  9: 4, // SLONG
  10: 8, // SRATIONAL
  11: 4, // FLOAT
  12: 8, // DOUBLE
};
const GPS_INFO_TAG = 0x8825;
const IFD_ENTRY_BYTES = 12;

/**
 * Empties the GPS IFD of a TIFF block (the body of a JPEG's Exif APP1 or a PNG's eXIf chunk) in
 * place: every GPS value and entry is overwritten with zeros, which leaves a valid IFD of zero
 * entries where the GPSInfo pointer leads. Nothing moves, so every other offset (orientation,
 * thumbnail, a multi-picture index after it) stays valid. Returns true if a GPS entry was wiped.
 */
export function wipeExifGps(tiff: Buffer): boolean {
  const isLittleEndian = tiff.subarray(0, 2).toString('latin1') === 'II';
  if (!isLittleEndian && tiff.subarray(0, 2).toString('latin1') !== 'MM') {
    return false;
  }
  const read16 = (at: number): number | null =>
    at + 2 > tiff.length ? null : isLittleEndian ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at);
  const read32 = (at: number): number | null =>
    at + 4 > tiff.length ? null : isLittleEndian ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at);

  const wipeIfd = (offset: number): boolean => {
    const count = read16(offset);
    if (count === null || count === 0) {
      return false;
    }
    for (let index = 0; index < count; index += 1) {
      const entry = offset + 2 + index * IFD_ENTRY_BYTES;
      const type = read16(entry + 2);
      const values = read32(entry + 4);
      const size = type === null || values === null ? 0 : (TYPE_SIZES[type] ?? 0) * values;
      const valueOffset = read32(entry + 8);
      if (size > 4 && valueOffset !== null && valueOffset + size <= tiff.length) {
        tiff.fill(0, valueOffset, valueOffset + size);
      }
    }
    // The count, the entries and the next-IFD offset: zero entries, no next IFD.
    tiff.fill(0, offset, Math.min(tiff.length, offset + 2 + count * IFD_ENTRY_BYTES + 4));
    return true;
  };

  let wiped = false;
  let ifd = read32(4);
  const visited = new Set<number>();
  // IFD0 (the image) and IFD1 (its thumbnail) are the ones a GPSInfo pointer may sit in.
  for (let depth = 0; depth < 2 && ifd !== null && ifd !== 0 && !visited.has(ifd); depth += 1) {
    visited.add(ifd);
    const count = read16(ifd) ?? 0;
    for (let index = 0; index < count; index += 1) {
      const entry = ifd + 2 + index * IFD_ENTRY_BYTES;
      const gpsOffset = read16(entry) === GPS_INFO_TAG ? read32(entry + 8) : null;
      if (gpsOffset !== null && gpsOffset !== 0 && !visited.has(gpsOffset)) {
        visited.add(gpsOffset);
        wiped = wipeIfd(gpsOffset) || wiped;
      }
    }
    ifd = read32(ifd + 2 + count * IFD_ENTRY_BYTES);
  }
  return wiped;
}
