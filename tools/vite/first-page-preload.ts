import type { Plugin } from 'vite';

/** A page residents land on directly: its path pattern (`:name` for a segment) and its route module. */
export type LandingPage = { path: string; module: string };

type OutputChunk = {
  type: 'chunk';
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
};
type BundleItem = OutputChunk | { type: 'asset' };

function closure(
  bundle: Record<string, BundleItem>,
  fileName: string,
  seen: Set<string>,
): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') {
    return seen;
  }
  seen.add(fileName);
  for (const imported of chunk.imports) {
    closure(bundle, imported, seen);
  }
  return seen;
}

const patternOf = (path: string): string =>
  `^${path.replaceAll(/:[A-Za-z]+/g, '[^/]+').replace(/\/$/, '')}/?$`;

/**
 * Every page is a lazy chunk, so a first visit would load the entry, run it, and only then ask for
 * the page's chunks: one more round trip before anything shows. For the pages residents land on,
 * a small inline script in index.html preloads the page's chunks at once, from the address.
 */
export function firstPagePreload(pages: readonly LandingPage[]): Plugin {
  return {
    name: 'madoguchi-first-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle as Record<string, BundleItem> | undefined;
        const entry = context.chunk?.fileName;
        if (!bundle || !entry || pages.length === 0) {
          return [];
        }
        const loadedByEntry = closure(bundle, entry, new Set());
        const table = pages.map(({ path, module }) => {
          const page = Object.values(bundle).find(
            (item): item is OutputChunk =>
              item.type === 'chunk' && (item.facadeModuleId?.endsWith(module) ?? false),
          );
          if (!page) {
            throw new Error(`first-page preload: no chunk for ${module}`);
          }
          const files = [...closure(bundle, page.fileName, new Set())].filter(
            (file) => !loadedByEntry.has(file),
          );
          return [patternOf(path), files.map((file) => `/${file}`)];
        });
        const script = `(function(t){var p=location.pathname;for(var i=0;i<t.length;i++){if(new RegExp(t[i][0]).test(p)){t[i][1].forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l)});return}}})(${JSON.stringify(table)})`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
