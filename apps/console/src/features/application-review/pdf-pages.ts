import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
// Bundled by Vite as a file of the console (no CDN): pdf.js parses the PDF in this worker.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

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
  const loading = getDocument({ data: new Uint8Array(data), enableXfa: false });
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
