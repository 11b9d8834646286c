import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
// Bundled by Vite as a file of the console (no CDN): pdf.js parses the PDF in this worker.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

// pdf.js's data files, bundled as files of the console (fetched only when a PDF needs one): the
// Adobe CMaps for text in fonts a PDF does not embed (common in Japanese PDFs made by office
// software: without them such text is not drawn), the standard 14 fonts, and the image decoders.
const BUNDLED_FILES: Record<string, Record<string, string>> = {
  cMapUrl: byFileName(
    import.meta.glob('../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ),
  standardFontDataUrl: byFileName(
    import.meta.glob('../../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ),
  wasmUrl: byFileName(
    import.meta.glob('../../../../../node_modules/pdfjs-dist/wasm/{openjpeg,jbig2,qcms}*.wasm', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ),
};

function byFileName(urls: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), String(url)]),
  );
}

/** pdf.js asks the page for its data files by name; this answers from the bundled ones only. */
class BundledBinaryDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = BUNDLED_FILES[kind]?.[filename];
    if (!url) {
      throw new Error(`pdf.js asked for ${kind} ${filename}, which the console does not bundle`);
    }
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`pdf.js data file ${filename}: ${response.status}`);
    }
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** The largest number of pages a preview draws: the rest is for the download. */
export const PDF_PREVIEW_MAX_PAGES = 20;

/**
 * Draws the pages of a PDF onto canvases with pdf.js (loaded only when a PDF is previewed). Only
 * the pages are drawn, as pictures (no annotation layer, no XFA, pdf.js runs no document
 * scripts): a resident's PDF cannot act inside the console.
 */
export async function renderPdfPages(
  data: ArrayBuffer,
  createCanvas: (page: number, pages: number) => HTMLCanvasElement,
): Promise<number> {
  const loading = getDocument({
    data: new Uint8Array(data),
    enableXfa: false,
    // Non-null so that pdf.js asks for the files; the factory serves them (the worker fetches nothing).
    cMapUrl: 'bundled/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled/',
    wasmUrl: 'bundled/',
    useWorkerFetch: false,
    BinaryDataFactory: BundledBinaryDataFactory,
  });
  const document = await loading.promise;
  try {
    const pages = Math.min(document.numPages, PDF_PREVIEW_MAX_PAGES);
    for (let number = 1; number <= pages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = createCanvas(number, document.numPages);
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
    }
    return document.numPages;
  } finally {
    void loading.destroy();
  }
}
