import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deflateSync } from 'node:zlib';

import {
  makeEncryptedPdf,
  makeExe,
  makeHeic,
  makeJavaScriptPdf,
  makeJpeg,
  makePdf,
  makePng,
  makeZip,
} from '../testing/sample-files.js';
import type { InspectionPolicy } from './content-inspector.js';
import { ContentInspector } from './content-inspector.js';
import { InspectionFailure } from './inspection-failure.js';

const DOCUMENTS: InspectionPolicy = {
  maxBytes: 9 * 1024 * 1024,
  accept: ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'],
};

/** Streams `file` through an inspector in chunks of `chunkSize`; resolves with the detected type or the refusal code. */
async function inspect(file: Buffer, policy = DOCUMENTS, chunkSize = 7): Promise<string> {
  const chunks = Array.from({ length: Math.ceil(file.length / chunkSize) }, (_, index) =>
    file.subarray(index * chunkSize, (index + 1) * chunkSize),
  );
  const inspector = new ContentInspector(policy);
  let received = 0;
  try {
    await pipeline(
      Readable.from(chunks),
      inspector,
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback();
        },
      }),
    );
  } catch (error) {
    if (error instanceof InspectionFailure) {
      return error.code;
    }
    throw error;
  }
  expect(received).toBe(file.length);
  return inspector.detectedType.mimeType;
}

function replaceOnce(file: Buffer, from: string, to: string): Buffer {
  const index = file.indexOf(from, 0, 'latin1');
  expect(index).toBeGreaterThanOrEqual(0);
  return Buffer.concat([
    file.subarray(0, index),
    Buffer.from(to, 'latin1'),
    file.subarray(index + from.length),
  ]);
}

describe(ContentInspector.name, () => {
  it.each([
    ['a PNG', makePng(), 'image/png'],
    ['a PNG of odd size', makePng({ width: 37, height: 11 }), 'image/png'],
    ['a JPEG', makeJpeg(3), 'image/jpeg'],
    ['a PDF', makePdf(), 'application/pdf'],
    [
      'a PDF with a harmless object stream',
      makePdf({ compressedObjects: ['<< /Type /Font /Subtype /Type1 >>'] }),
      'application/pdf',
    ],
    [
      'a PDF that only mentions /JS inside a string',
      makePdf({ catalogEntries: '/Lang (see /JS and /AA) ' }),
      'application/pdf',
    ],
    ['a HEIC container', makeHeic(), 'image/heic'],
  ])('accepts %s and passes every byte through', async (_name, file, mimeType) => {
    expect(await inspect(file)).toBe(mimeType);
  });

  it('reads the type from the bytes whatever chunks they arrive in', async () => {
    expect(await inspect(makePng(), DOCUMENTS, 1)).toBe('image/png');
    expect(await inspect(makePdf(), DOCUMENTS, 1)).toBe('application/pdf');
    expect(await inspect(makeJpeg(2), DOCUMENTS, 1)).toBe('image/jpeg');
  });

  it.each([
    ['an EXE', makeExe()],
    ['a ZIP', makeZip()],
    ['plain text', Buffer.from('just text, no magic bytes')],
  ])('refuses %s as a type the slot does not accept', async (_name, file) => {
    expect(await inspect(file)).toBe('file_type_not_allowed');
  });

  it('refuses a PNG for a slot that accepts only PDF', async () => {
    expect(await inspect(makePng(), { ...DOCUMENTS, accept: ['application/pdf'] })).toBe(
      'file_type_not_allowed',
    );
  });

  it('accepts an image for an image/* slot', async () => {
    expect(await inspect(makePng(), { ...DOCUMENTS, accept: ['image/*'] })).toBe('image/png');
  });

  it('refuses a file over the size limit', async () => {
    expect(await inspect(makePng({ padToBytes: 2000 }), { ...DOCUMENTS, maxBytes: 1999 })).toBe(
      'file_too_large',
    );
    expect(await inspect(makePng({ padToBytes: 2000 }), { ...DOCUMENTS, maxBytes: 2000 })).toBe(
      'image/png',
    );
  });

  it('refuses an empty file', async () => {
    expect(await inspect(Buffer.alloc(0))).toBe('file_empty');
  });

  describe('PDF', () => {
    it('refuses an encrypted PDF', async () => {
      expect(await inspect(makeEncryptedPdf())).toBe('file_encrypted');
    });

    it.each([
      ['JavaScript run on open', makeJavaScriptPdf()],
      [
        'a Launch action',
        makePdf({ catalogEntries: '/OpenAction << /S /Launch /F (calc.exe) >> ' }),
      ],
      [
        'an embedded file',
        makePdf({
          catalogEntries: '/Names << /EmbeddedFiles 5 0 R >> ',
          extraObjects: ['<< /Names [] >>'],
        }),
      ],
      [
        'additional actions',
        makePdf({ catalogEntries: '/AA << /WC 5 0 R >> ', extraObjects: ['<< /S /GoTo >>'] }),
      ],
      [
        'an XFA form',
        makePdf({ catalogEntries: '/AcroForm << /XFA 5 0 R >> ', extraObjects: ['<< >>'] }),
      ],
      ['rich media', makePdf({ extraObjects: ['<< /Type /Annot /Subtype /RichMedia >>'] })],
      [
        'a name hidden with #xx escapes',
        makePdf({ catalogEntries: '/OpenAction << /S /J#61vaScript /J#53 (x) >> ' }),
      ],
      [
        'JavaScript hidden in a compressed object stream',
        makePdf({ compressedObjects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }),
      ],
      [
        'a remote go-to action (GoToR)',
        makePdf({
          catalogEntries: '/OpenAction << /S /GoToR /F (\\\\host\\share\\x.pdf) /D [0 /Fit] >> ',
        }),
      ],
      [
        'an embedded go-to action (GoToE)',
        makePdf({ catalogEntries: '/OpenAction << /S /GoToE /T << /R /C /N (x) >> >> ' }),
      ],
      [
        'a URI action',
        makePdf({
          extraObjects: [
            '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (http://169.254.169.254/) >> >>',
          ],
        }),
      ],
      [
        'a submit-form action',
        makePdf({ extraObjects: ['<< /S /SubmitForm /F (https://example.invalid/) >>'] }),
      ],
      [
        'a URI action hidden with #xx escapes',
        makePdf({ extraObjects: ['<< /S /#55R#49 /#55RI (https://example.invalid/) >>'] }),
      ],
      [
        'a GoToR action hidden with #xx escapes',
        makePdf({ catalogEntries: '/OpenAction << /S /GoTo#52 /F (x.pdf) >> ' }),
      ],
      [
        'a Launch action in a compressed object stream',
        makePdf({ compressedObjects: ['<< /S /Launch /F (cmd.exe) >>'] }),
      ],
      [
        'a URI action in a compressed object stream',
        makePdf({ compressedObjects: ['<< /S /URI /URI (https://example.invalid/) >>'] }),
      ],
      [
        'a GoToE action in a compressed object stream',
        makePdf({ compressedObjects: ['<< /S /GoToE /T << /R /C /N (x) >> >>'] }),
      ],
    ])('refuses a PDF with %s', async (_name, file) => {
      expect(await inspect(file)).toBe('file_active_content');
    });

    it('refuses a truncated PDF', async () => {
      const pdf = makePdf();

      expect(await inspect(pdf.subarray(0, pdf.length - 30))).toBe('file_corrupt');
    });

    it('refuses an object stream it cannot decode', async () => {
      const broken = makePdf({ compressedObjects: ['<< /Type /Font >>'] });
      const damaged = replaceOnce(broken, '/Filter /FlateDecode', '/Filter /LZWDecode   ');

      expect(await inspect(damaged)).toBe('file_corrupt');
    });

    it('finds `endstream` across chunk boundaries', async () => {
      const file = makePdf({ compressedObjects: ['<< /S /JavaScript /JS (x) >>'] });

      for (const size of [1, 2, 3, 5, 8, 9, 10, 64]) {
        expect(await inspect(file, DOCUMENTS, size)).toBe('file_active_content');
      }
    });
  });

  describe('images', () => {
    it('refuses a PNG whose chunk CRC is wrong', async () => {
      const png = makePng();
      png[png.length - 13] = (png[png.length - 13] ?? 0) ^ 0xff; // last byte of the IDAT CRC

      expect(await inspect(png)).toBe('file_corrupt');
    });

    it('refuses a PNG whose pixel data does not match its header', async () => {
      const wrongSize = makePng({ width: 4, height: 3 });
      // Re-declare the image as 5 pixels wide: the header CRC is recomputed, the pixels no longer fit.
      const header = Buffer.from(wrongSize.subarray(8, 33));
      header.writeUInt32BE(5, 8);
      const { crc32 } = await import('node:zlib');
      header.writeUInt32BE(crc32(header.subarray(4, 21)), 21);

      expect(
        await inspect(Buffer.concat([wrongSize.subarray(0, 8), header, wrongSize.subarray(33)])),
      ).toBe('file_corrupt');
    });

    it('refuses a truncated PNG and a truncated JPEG', async () => {
      const png = makePng();
      const jpeg = makeJpeg(2);

      expect(await inspect(png.subarray(0, png.length - 12))).toBe('file_corrupt');
      expect(await inspect(jpeg.subarray(0, jpeg.length - 2))).toBe('file_corrupt');
    });

    it('refuses a PNG signature followed by something else', async () => {
      const fake = Buffer.concat([
        makePng().subarray(0, 16),
        Buffer.from('IHDR'),
        deflateSync(Buffer.alloc(100)),
      ]);

      expect(await inspect(fake)).toBe('file_corrupt');
    });

    it('refuses a JPEG without a frame header', async () => {
      expect(
        await inspect(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xd9])),
      ).toBe('file_corrupt');
    });

    it('refuses a HEIC container whose last box runs past the end', async () => {
      const heic = makeHeic();

      expect(await inspect(heic.subarray(0, heic.length - 10))).toBe('file_corrupt');
    });
  });
});
