import { crc32, deflateSync } from 'node:zlib';

/** Real, small files made in code for the attachment tests (no binary fixtures in the repository). */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeBytes = Buffer.from(type, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(typeBytes)));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/** An RGB PNG of one colour, optionally padded with an ancillary text chunk to reach a size. */
export function makePng(
  options: { width?: number; height?: number; padToBytes?: number } = {},
): Buffer {
  const width = options.width ?? 4;
  const height = options.height ?? 3;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
  ];
  const withoutPadding = parts.reduce((sum, part) => sum + part.length, 0) + 12;
  if (options.padToBytes !== undefined && options.padToBytes > withoutPadding + 12) {
    parts.push(pngChunk('tEXt', Buffer.alloc(options.padToBytes - withoutPadding - 12, 0x41)));
  }
  parts.push(pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A baseline greyscale JPEG of `blocks` 8×8 mid-grey blocks in a row (DC-only, one-code Huffman tables). */
export function makeJpeg(blocks = 1): Buffer {
  const width = 8 * blocks;
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((2 * blocks) / 8) * 8, '1');
  const scan: number[] = [];
  for (let index = 0; index < bits.length; index += 8) {
    const byte = parseInt(bits.slice(index, index + 8), 2);
    scan.push(byte, ...(byte === 0xff ? [0x00] : []));
  }
  const oneCodeTable = (tableClassAndId: number) => [
    0xff,
    0xc4,
    0x00,
    0x14,
    tableClassAndId,
    1,
    ...Array.from({ length: 15 }, () => 0),
    0x00,
  ];
  return Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xdb,
    0x00,
    0x43,
    0x00,
    ...Array.from({ length: 64 }, () => 1),
    0xff,
    0xc0,
    0x00,
    0x0b,
    0x08,
    0x00,
    0x08,
    width >> 8,
    width & 0xff,
    0x01,
    0x01,
    0x11,
    0x00,
    ...oneCodeTable(0x00),
    ...oneCodeTable(0x10),
    0xff,
    0xda,
    0x00,
    0x08,
    0x01,
    0x01,
    0x00,
    0x00,
    0x3f,
    0x00,
    ...scan,
    0xff,
    0xd9,
  ]);
}

export type PdfOptions = {
  /** Extra entries of the document catalog, e.g. `/OpenAction 5 0 R`. */
  catalogEntries?: string;
  /** Extra objects from number 5 on, as their dictionary source. */
  extraObjects?: string[];
  /** Extra entries of the trailer dictionary, e.g. `/Encrypt 5 0 R`. */
  trailerEntries?: string;
  /** Objects hidden in a FlateDecode object stream (numbered after the extra objects). */
  compressedObjects?: string[];
};

/** A one-page PDF with a correct cross-reference table. */
export function makePdf(options: PdfOptions = {}): Buffer {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (Madoguchi test) Tj ET');
  const objects: Buffer[] = [
    Buffer.from(`<< /Type /Catalog /Pages 2 0 R ${options.catalogEntries ?? ''}>>`),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    ...(options.extraObjects ?? []).map((source) => Buffer.from(source)),
  ];
  if (options.compressedObjects && options.compressedObjects.length > 0) {
    const first = objects.length + 2;
    const bodies = options.compressedObjects;
    let offset = 0;
    const offsets = bodies.map((body, index) => {
      const entry = `${first + index} ${offset}`;
      offset += body.length + 1;
      return entry;
    });
    const index = `${offsets.join(' ')} `;
    const packed = deflateSync(Buffer.from(index + bodies.join('\n') + '\n'));
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /ObjStm /N ${bodies.length} /First ${index.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
        ),
        packed,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    const object = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      body,
      Buffer.from('\nendobj\n'),
    ]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailerEntries ?? ''}>>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

/** A PDF encrypted with the standard security handler (owner/user password entries). */
export function makeEncryptedPdf(): Buffer {
  return makePdf({
    extraObjects: [
      `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
    ],
    trailerEntries: `/Encrypt 5 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
  });
}

/** A PDF that runs JavaScript when opened. */
export function makeJavaScriptPdf(): Buffer {
  return makePdf({
    catalogEntries: '/OpenAction 5 0 R ',
    extraObjects: ["<< /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\);) >>"],
  });
}

/** A HEIC container: `ftyp` with the `heic` brand, a `meta` box and an `mdat` box (codec data not real). */
export function makeHeic(): Buffer {
  const box = (type: string, body: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeUInt32BE(body.length + 8);
    return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
  };
  return Buffer.concat([
    box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
    box('meta', Buffer.alloc(24)),
    box('mdat', Buffer.alloc(64, 0x11)),
  ]);
}

/**
 * A HEIC photo as an iPhone lays it out: `ftyp`, a `meta` box whose `iinf` names an image item,
 * an Exif item (orientation and GPS) and an XMP item (`mime`, application/rdf+xml), and an
 * `iloc` that places both in the `mdat` after it (codec data not real).
 */
export function makeHeicWithLocation(): Buffer {
  const box = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(body.length + 8);
    return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
  };
  const fullBox = (type: string, version: number, ...parts: Buffer[]) =>
    box(type, Buffer.from([version, 0, 0, 0]), ...parts);
  const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
  const u32 = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(value);
    return bytes;
  };
  const infe = (id: number, type: string, extra = '') =>
    fullBox('infe', 2, u16(id), u16(0), Buffer.from(`${type}\0${extra}`, 'latin1'));
  const exif = Buffer.concat([u32(6), Buffer.from('Exif\0\0', 'latin1'), makeExifWithGps()]);
  const xmp = makeXmpWithGps();
  const image = Buffer.alloc(48, 0x11);
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'));
  const meta = (mdatData: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
      fullBox('pitm', 0, u16(1)),
      fullBox(
        'iinf',
        0,
        u16(3),
        infe(1, 'hvc1'),
        infe(2, 'Exif'),
        infe(3, 'mime', 'application/rdf+xml\0'),
      ),
      fullBox(
        'iloc',
        0,
        Buffer.from([0x44, 0x00]),
        u16(3),
        ...[
          [1, mdatData, image.length],
          [2, mdatData + image.length, exif.length],
          [3, mdatData + image.length + exif.length, xmp.length],
        ].map(([id, offset, length]) =>
          Buffer.concat([u16(id!), u16(0), u16(1), u32(offset!), u32(length!)]),
        ),
      ),
    );
  const metaLength = meta(0).length;
  const mdatData = ftyp.length + metaLength + 8;
  return Buffer.concat([ftyp, meta(mdatData), box('mdat', image, exif, xmp)]);
}

/** The start of a Windows executable (MZ header, PE signature). */
export function makeExe(): Buffer {
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  return exe;
}

/** A ZIP archive with one stored file. */
export function makeZip(): Buffer {
  const name = Buffer.from('a.txt');
  const data = Buffer.from('hello');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Where the test photos were "taken": 東京都千代田区 (latitude 35°41′22.31″ N, longitude 139°45′30″ E). */
export const SAMPLE_LOCATION = {
  latitude: 35 + 41 / 60 + 22.31 / 3600,
  longitude: 139 + 45 / 60 + 30 / 3600,
};

/**
 * A little-endian TIFF block as cameras write inside Exif: IFD0 with Orientation 6 (rotate 90°)
 * and a GPS IFD with version, latitude and longitude of {@link SAMPLE_LOCATION}.
 */
export function makeExifWithGps(): Buffer {
  const tiff = Buffer.alloc(152);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  const entry = (
    at: number,
    tag: number,
    type: number,
    count: number,
    value: number | number[],
  ): void => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (Array.isArray(value)) {
      tiff.set(value, at + 8);
    } else if (type === 3) {
      tiff.writeUInt16LE(value, at + 8);
    } else {
      tiff.writeUInt32LE(value, at + 8);
    }
  };
  const rationals = (at: number, values: Array<[number, number]>): void => {
    values.forEach(([numerator, denominator], index) => {
      tiff.writeUInt32LE(numerator, at + index * 8);
      tiff.writeUInt32LE(denominator, at + index * 8 + 4);
    });
  };
  // IFD0 at 8: two entries, then the offset of the next IFD (none).
  tiff.writeUInt16LE(2, 8);
  entry(10, 0x0112, 3, 1, 6);
  entry(22, 0x8825, 4, 1, 38);
  tiff.writeUInt32LE(0, 34);
  // GPS IFD at 38: five entries; the rationals follow at 104 and 128.
  tiff.writeUInt16LE(5, 38);
  entry(40, 0x0000, 1, 4, [2, 3, 0, 0]);
  entry(52, 0x0001, 2, 2, [0x4e, 0]);
  entry(64, 0x0002, 5, 3, 104);
  entry(76, 0x0003, 2, 2, [0x45, 0]);
  entry(88, 0x0004, 5, 3, 128);
  tiff.writeUInt32LE(0, 100);
  rationals(104, [
    [35, 1],
    [41, 1],
    [2231, 100],
  ]);
  rationals(128, [
    [139, 1],
    [45, 1],
    [3000, 100],
  ]);
  return tiff;
}

/** An XMP packet that repeats the location (as photo apps write it beside Exif). */
export function makeXmpWithGps(): Buffer {
  return Buffer.from(
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="35,41.3718N" exif:GPSLongitude="139,45.5E"/>' +
      '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>',
    'utf8',
  );
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A JPEG photo as a phone saves it: Exif (orientation and GPS) and an XMP packet with the location. */
export function makeJpegWithLocation(blocks = 1): Buffer {
  const jpeg = makeJpeg(blocks);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), makeExifWithGps()])),
    jpegSegment(
      0xe1,
      Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), makeXmpWithGps()]),
    ),
    jpeg.subarray(2),
  ]);
}

/** A PNG with an eXIf chunk (orientation and GPS) and an iTXt XMP packet with the location. */
export function makePngWithLocation(): Buffer {
  const png = makePng();
  const afterHeader = 8 + 25;
  return Buffer.concat([
    png.subarray(0, afterHeader),
    pngChunk('eXIf', makeExifWithGps()),
    pngChunk(
      'iTXt',
      Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), makeXmpWithGps()]),
    ),
    png.subarray(afterHeader),
  ]);
}
