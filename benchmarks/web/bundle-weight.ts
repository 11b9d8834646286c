// What a resident's browser downloads for one route of a production build: the entry chunk, the
// route's own chunk, and every chunk either imports statically (what Vite preloads), read from the
// Vite manifest. Lazy chunks a page loads later (dynamicImports) are not counted: they are not
// needed to show the route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};

type Manifest = Record<string, ManifestChunk>;

export type ChunkWeight = { file: string; bytes: number; gzipBytes: number };

export type RouteWeight = {
  route: string;
  js: ChunkWeight[];
  css: ChunkWeight[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
};

export function readManifest(distDirectory: string): Manifest {
  return JSON.parse(readFileSync(join(distDirectory, '.vite/manifest.json'), 'utf8')) as Manifest;
}

function weigh(distDirectory: string, file: string): ChunkWeight {
  const content = readFileSync(join(distDirectory, file));
  // Level 9, as a static server or a gateway with precompressed assets serves them.
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** The manifest keys a chunk pulls in statically, itself included. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) {
    return seen;
  }
  const chunk = manifest[key];
  if (!chunk) {
    throw new Error(`the manifest has no chunk ${key}`);
  }
  seen.add(key);
  for (const imported of chunk.imports ?? []) {
    staticClosure(manifest, imported, seen);
  }
  return seen;
}

/**
 * The weight of a route whose page module is `routeModule` (e.g. `src/routes/apply-page.tsx`), or
 * of the entry alone when it is undefined.
 */
export function weighRoute(
  distDirectory: string,
  route: string,
  routeModules: string[],
): RouteWeight {
  const manifest = readManifest(distDirectory);
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) {
    throw new Error('the manifest has no entry');
  }
  const keys = new Set<string>();
  for (const key of [entry, ...routeModules]) {
    for (const found of staticClosure(manifest, key)) {
      keys.add(found);
    }
  }
  const chunks = [...keys].map((key) => manifest[key]).filter((chunk) => chunk !== undefined);
  const js = chunks
    .map((chunk) => weigh(distDirectory, chunk.file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) =>
    weigh(distDirectory, file),
  );
  return {
    route,
    js,
    css,
    jsBytes: js.reduce((sum, chunk) => sum + chunk.bytes, 0),
    jsGzipBytes: js.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    cssGzipBytes: css.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

export const kilobytes = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
