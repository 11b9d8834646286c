/**
 * Where a HEIF file (HEIC photos of iPhones, AVIF) keeps its Exif and XMP: items of the `meta`
 * box (ISO/IEC 23008-12 §6; the boxes of ISO/IEC 14496-12 §8.11), whose bytes `iloc` places in
 * the file (usually in `mdat`) or in the `meta` box's own `idat`.
 */
export type HeifMetadataRegion = {
  /** Offset from the start of the file. */
  offset: number;
  length: number;
  kind: 'exif' | 'xmp';
};

export type TopLevelBox = { offset: number; size: number };

const HEIF_BRANDS = new Set(['mif1', 'msf1', 'heic', 'heix', 'heim', 'heis', 'hevc', 'avif']);

/** True when `head` (the first box at least) is an `ftyp` naming a HEIF brand. */
export function isHeif(head: Buffer): boolean {
  if (head.length < 16 || head.toString('latin1', 4, 8) !== 'ftyp') {
    return false;
  }
  const end = Math.min(head.length, head.readUInt32BE(0));
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at !== 12 && HEIF_BRANDS.has(head.toString('latin1', at, at + 4))) {
      return true;
    }
  }
  return false;
}

/**
 * The top-level `meta` box of the file's first bytes `data`: `incomplete` until it is all there,
 * `absent` when the boxes say it cannot come (a box running to the end, or no valid box).
 */
export function findMetaBox(data: Buffer): TopLevelBox | 'incomplete' | 'absent' {
  let at = 0;
  for (;;) {
    const box = readBoxHeader(data, at, null);
    if (box === 'incomplete' || box === 'invalid') {
      return box === 'incomplete' ? 'incomplete' : 'absent';
    }
    if (box.type === 'meta') {
      return at + box.size <= data.length ? { offset: at, size: box.size } : 'incomplete';
    }
    at += box.size;
  }
}

/**
 * The Exif and XMP items of a complete `meta` box found at `metaOffset` of the file. An item this
 * cannot place (stored by reference to another item, or a malformed table) is left out.
 */
export function findMetadataRegions(file: Buffer, meta: TopLevelBox): HeifMetadataRegion[] {
  try {
    return metadataRegions(file, meta);
  } catch (error) {
    if (error instanceof RangeError) {
      return [];
    }
    throw error;
  }
}

type BoxHeader = { type: string; size: number; headerSize: number };

/** `end`: where the parent box ends, or null at the top level (the file may still be arriving). */
function readBoxHeader(
  data: Buffer,
  at: number,
  end: number | null,
): BoxHeader | 'incomplete' | 'invalid' {
  if (at + 8 > data.length) {
    return 'incomplete';
  }
  let size = data.readUInt32BE(at);
  let headerSize = 8;
  if (size === 1) {
    if (at + 16 > data.length) {
      return 'incomplete';
    }
    size = Number(data.readBigUInt64BE(at + 8));
    headerSize = 16;
  }
  // Size 0 runs to the end of the file (or the parent): nothing can follow it.
  if (size < headerSize || (end !== null && at + size > end)) {
    return 'invalid';
  }
  return { type: data.toString('latin1', at + 4, at + 8), size, headerSize };
}

function children(
  file: Buffer,
  start: number,
  end: number,
): Map<string, { offset: number; size: number; headerSize: number }> {
  const found = new Map<string, { offset: number; size: number; headerSize: number }>();
  for (let at = start; at + 8 <= end;) {
    const box = readBoxHeader(file, at, end);
    if (box === 'incomplete' || box === 'invalid') {
      break;
    }
    if (!found.has(box.type)) {
      found.set(box.type, { offset: at, size: box.size, headerSize: box.headerSize });
    }
    at += box.size;
  }
  return found;
}

function readUint(file: Buffer, at: number, bytes: number): number {
  switch (bytes) {
    case 0:
      return 0;
    case 2:
      return file.readUInt16BE(at);
    case 4:
      return file.readUInt32BE(at);
    case 8:
      return Number(file.readBigUInt64BE(at));
    default:
      throw new RangeError(`an iloc field of ${bytes} bytes`);
  }
}

function metadataRegions(file: Buffer, meta: TopLevelBox): HeifMetadataRegion[] {
  const metaEnd = meta.offset + meta.size;
  // `meta` is a full box: version and flags before its children.
  const boxes = children(file, meta.offset + 12, metaEnd);
  const iinf = boxes.get('iinf');
  const iloc = boxes.get('iloc');
  if (!iinf || !iloc) {
    return [];
  }
  const kinds = itemKinds(file, iinf);
  if (kinds.size === 0) {
    return [];
  }
  const idat = boxes.get('idat');
  const regions: HeifMetadataRegion[] = [];
  for (const item of itemLocations(file, iloc)) {
    const kind = kinds.get(item.id);
    if (kind === undefined || item.constructionMethod > 1) {
      continue;
    }
    const base = item.constructionMethod === 1 ? (idat ? idat.offset + idat.headerSize : null) : 0;
    if (base === null) {
      continue;
    }
    for (const extent of item.extents) {
      regions.push({ offset: base + item.baseOffset + extent.offset, length: extent.length, kind });
    }
  }
  return regions
    .filter((region) => region.length > 0)
    .sort((first, second) => first.offset - second.offset);
}

function itemKinds(
  file: Buffer,
  iinf: { offset: number; size: number; headerSize: number },
): Map<number, 'exif' | 'xmp'> {
  const start = iinf.offset + iinf.headerSize;
  const version = file.readUInt8(start);
  const entriesStart = start + 4 + (version === 0 ? 2 : 4);
  const kinds = new Map<number, 'exif' | 'xmp'>();
  const end = iinf.offset + iinf.size;
  for (let at = entriesStart; at + 8 <= end;) {
    const box = readBoxHeader(file, at, end);
    if (box === 'incomplete' || box === 'invalid') {
      break;
    }
    if (box.type === 'infe') {
      const body = at + box.headerSize;
      const infeVersion = file.readUInt8(body);
      if (infeVersion >= 2) {
        const idBytes = infeVersion === 2 ? 2 : 4;
        const id = readUint(file, body + 4, idBytes);
        const typeAt = body + 4 + idBytes + 2;
        const itemType = file.toString('latin1', typeAt, typeAt + 4);
        if (itemType === 'Exif') {
          kinds.set(id, 'exif');
        } else if (itemType === 'mime') {
          const nameEnd = file.indexOf(0, typeAt + 4);
          const contentTypeEnd = nameEnd === -1 ? -1 : file.indexOf(0, nameEnd + 1);
          const contentType =
            contentTypeEnd === -1 ? '' : file.toString('utf8', nameEnd + 1, contentTypeEnd);
          if (contentType.trim().toLowerCase() === 'application/rdf+xml') {
            kinds.set(id, 'xmp');
          }
        }
      }
    }
    at += box.size;
  }
  return kinds;
}

type ItemLocation = {
  id: number;
  constructionMethod: number;
  baseOffset: number;
  extents: { offset: number; length: number }[];
};

function itemLocations(
  file: Buffer,
  iloc: { offset: number; size: number; headerSize: number },
): ItemLocation[] {
  let at = iloc.offset + iloc.headerSize;
  const version = file.readUInt8(at);
  at += 4;
  const sizes = file.readUInt8(at);
  const more = file.readUInt8(at + 1);
  at += 2;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0x0f;
  const baseOffsetSize = more >> 4;
  const indexSize = version === 1 || version === 2 ? more & 0x0f : 0;
  const itemCount = version < 2 ? file.readUInt16BE(at) : file.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  const items: ItemLocation[] = [];
  for (let index = 0; index < itemCount; index += 1) {
    const id = version < 2 ? file.readUInt16BE(at) : file.readUInt32BE(at);
    at += version < 2 ? 2 : 4;
    let constructionMethod = 0;
    if (version === 1 || version === 2) {
      constructionMethod = file.readUInt16BE(at) & 0x0f;
      at += 2;
    }
    at += 2; // data_reference_index
    const baseOffset = readUint(file, at, baseOffsetSize);
    at += baseOffsetSize;
    const extentCount = file.readUInt16BE(at);
    at += 2;
    const extents: { offset: number; length: number }[] = [];
    for (let extent = 0; extent < extentCount; extent += 1) {
      at += indexSize;
      const offset = readUint(file, at, offsetSize);
      at += offsetSize;
      const length = readUint(file, at, lengthSize);
      at += lengthSize;
      extents.push({ offset, length });
    }
    items.push({ id, constructionMethod, baseOffset, extents });
  }
  return items;
}
