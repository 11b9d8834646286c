import { crc32, deflateSync } from 'node:zlib';

/**
 * Small real files made in the test, which the API's content inspection accepts (the same
 * shapes as `apps/api/src/attachments/testing/sample-files.ts`, which an e2e project may not import).
 */

export type SampleFile = { name: string; mimeType: string; buffer: Buffer };

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeBytes = Buffer.from(type, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(typeBytes)));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/** A 4×3 grey RGB PNG. */
export function makePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(3, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(4 * 3, 0x80)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat([row, row, row]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline greyscale 8×8 JPEG (one DC-only block, one-code Huffman tables). */
export function makeJpeg(): Buffer {
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
    ...[0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00],
    ...Array.from({ length: 64 }, () => 1),
    ...[0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00],
    ...oneCodeTable(0x00),
    ...oneCodeTable(0x10),
    ...[0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00],
    0x3f,
    ...[0xff, 0xd9],
  ]);
}

/** A one-page PDF with a correct cross-reference table. */
export function makePdf(): Buffer {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (Madoguchi e2e) Tj ET');
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
  ];
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
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

const MAKERS = [
  { mimeType: 'image/png', extension: 'png', make: makePng },
  { mimeType: 'application/pdf', extension: 'pdf', make: makePdf },
  { mimeType: 'image/jpeg', extension: 'jpg', make: makeJpeg },
] as const;

/**
 * `count` files for an attachment slot, of the types the slot accepts, taken in turn (PNG, PDF,
 * JPEG) so that each kind passes through the upload at least once across the journeys.
 */
export function makeSampleFiles(
  slotId: string,
  accept: readonly string[],
  count: number,
): SampleFile[] {
  const usable = MAKERS.filter((maker) => accept.includes(maker.mimeType));
  if (usable.length === 0) {
    throw new Error(`no sample file type for slot ${slotId} (accepts ${accept.join(', ')})`);
  }
  return Array.from({ length: count }, (_, index) => {
    const maker = usable[index % usable.length]!;
    return {
      name: `${slotId}-${index + 1}.${maker.extension}`,
      mimeType: maker.mimeType,
      buffer: maker.make(),
    };
  });
}
