import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_ROOT = join(import.meta.dirname, '..', '..');
export const FORMS_ROOT = join(SEEDS_ROOT, 'forms');
export const MUNICIPALITIES_ROOT = join(SEEDS_ROOT, 'municipalities');

export type FormFile = { folder: string; version: number; path: string };
export type SampleFile = { folder: string; name: string; path: string };

const VERSION_FILE = /^v(\d+)\.json$/;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function listDirectories(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function listFormFolders(): string[] {
  return listDirectories(FORMS_ROOT);
}

export function listFormFiles(): FormFile[] {
  return listFormFolders().flatMap((folder) =>
    readdirSync(join(FORMS_ROOT, folder))
      .flatMap((name) => {
        const match = VERSION_FILE.exec(name);
        return match?.[1] === undefined
          ? []
          : [{ folder, version: Number(match[1]), path: join(FORMS_ROOT, folder, name) }];
      })
      .sort((a, b) => a.version - b.version),
  );
}

export function listSampleFiles(folder: string): SampleFile[] {
  const samples = join(FORMS_ROOT, folder, 'samples');
  if (!existsSync(samples)) {
    return [];
  }
  return readdirSync(samples)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ folder, name, path: join(samples, name) }));
}

export function listMunicipalityFiles(): string[] {
  return readdirSync(MUNICIPALITIES_ROOT)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(MUNICIPALITIES_ROOT, name));
}

export function listOverlayFiles(): { code: string; procedureId: string; path: string }[] {
  const root = join(MUNICIPALITIES_ROOT, 'overlays');
  if (!existsSync(root)) {
    return [];
  }
  return listDirectories(root).flatMap((code) =>
    readdirSync(join(root, code))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({
        code,
        procedureId: name.replace(/\.json$/, ''),
        path: join(root, code, name),
      })),
  );
}
