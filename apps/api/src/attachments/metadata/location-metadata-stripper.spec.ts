import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';

import exifr from 'exifr';

import { ContentInspector } from '../inspection/content-inspector.js';
import {
  SAMPLE_LOCATION,
  makeHeic,
  makeHeicWithLocation,
  makeJpeg,
  makeJpegWithLocation,
  makePdf,
  makePng,
  makePngWithLocation,
} from '../testing/sample-files.js';
import { LocationMetadataStripper } from './location-metadata-stripper.js';

async function strip(
  file: Buffer,
  chunkSize = file.length,
): Promise<{ output: Buffer; removed: string[] }> {
  const stripper = new LocationMetadataStripper();
  const chunks = Array.from({ length: Math.ceil(file.length / chunkSize) }, (_, index) =>
    file.subarray(index * chunkSize, (index + 1) * chunkSize),
  );
  const collected = buffer(stripper);
  await pipeline(Readable.from(chunks), stripper);
  return { output: await collected, removed: stripper.removed };
}

/** Runs the content inspection over the bytes: what is stored must still be a well-formed image. */
async function inspect(file: Buffer): Promise<string> {
  const inspector = new ContentInspector({ maxBytes: 1024 * 1024, accept: ['image/*'] });
  const drained = buffer(inspector);
  await pipeline(Readable.from([file]), inspector);
  await drained;
  return inspector.detectedType.mimeType;
}

describe(LocationMetadataStripper.name, () => {
  it.each([
    ['JPEG', makeJpegWithLocation(), 'image/jpeg'],
    ['PNG', makePngWithLocation(), 'image/png'],
    ['HEIC', makeHeicWithLocation(), 'image/heic'],
  ])(
    'takes the GPS position and the XMP packet out of a %s and keeps the orientation',
    async (_name, photo, mimeType) => {
      // Arrange: an independent reader finds the location in the original.
      const before = await exifr.parse(photo, { gps: true, xmp: true, tiff: true });
      expect(before.latitude).toBeCloseTo(SAMPLE_LOCATION.latitude, 4);
      expect(before.longitude).toBeCloseTo(SAMPLE_LOCATION.longitude, 4);

      // Act
      const { output, removed } = await strip(photo);

      // Assert
      const after = (await exifr.parse(output, { gps: true, xmp: true, tiff: true })) as
        Record<string, unknown> | undefined;
      expect(after?.['latitude']).toBeUndefined();
      expect(after?.['longitude']).toBeUndefined();
      expect(after?.['GPSLatitude']).toBeUndefined();
      expect(after?.['Orientation']).toBe('Rotate 90 CW');
      expect(output.includes('GPSLatitude')).toBe(false);
      expect(removed).toEqual(['exif-gps', 'xmp']);
      expect(await inspect(output)).toBe(mimeType);
    },
  );

  it('gives the same output whatever chunks the JPEG arrives in', async () => {
    const photo = makeJpegWithLocation(3);
    const whole = await strip(photo);

    for (const size of [1, 2, 3, 7, 64, 100]) {
      const { output, removed } = await strip(photo, size);

      expect(output.equals(whole.output)).toBe(true);
      expect(removed).toEqual(['exif-gps', 'xmp']);
    }
  });

  it('gives the same output whatever chunks the PNG arrives in', async () => {
    const photo = makePngWithLocation();
    const whole = await strip(photo);

    for (const size of [1, 5, 9, 13, 64]) {
      expect((await strip(photo, size)).output.equals(whole.output)).toBe(true);
    }
  });

  it('gives the same output whatever chunks the HEIC arrives in, and keeps its length (iloc offsets)', async () => {
    const photo = makeHeicWithLocation();
    const whole = await strip(photo);

    expect(whole.output.length).toBe(photo.length);
    for (const size of [1, 3, 8, 17, 64]) {
      const { output, removed } = await strip(photo, size);

      expect(output.equals(whole.output)).toBe(true);
      expect(removed).toEqual(['exif-gps', 'xmp']);
    }
  });

  it('keeps the JPEG the same length, so offsets of a multi-picture index stay right', async () => {
    const photo = makeJpegWithLocation();

    const { output } = await strip(photo);

    expect(output.length).toBe(photo.length);
  });

  it('cleans a second image appended after the first one (MPF preview)', async () => {
    const photo = Buffer.concat([makeJpeg(), makeJpegWithLocation()]);

    const { output, removed } = await strip(photo);

    expect(output.subarray(makeJpeg().length).includes('35,41.3718N')).toBe(false);
    expect(await exifr.gps(output.subarray(makeJpeg().length))).toBeUndefined();
    expect(removed).toEqual(['exif-gps', 'xmp']);
  });

  it.each([
    ['a JPEG without metadata', makeJpeg(2)],
    ['a PNG without metadata', makePng({ width: 8, height: 8 })],
    ['a HEIC without metadata items', makeHeic()],
    ['a PDF', makePdf()],
  ])('passes %s through byte for byte and notes nothing', async (_name, file) => {
    const { output, removed } = await strip(file, 5);

    expect(output.equals(file)).toBe(true);
    expect(removed).toEqual([]);
  });
});
