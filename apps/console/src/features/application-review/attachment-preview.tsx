import { Notice } from '@madoguchi/web-ui-kit';
import { useEffect, useRef, useState } from 'react';
import { useReviewMessages } from './review-messages.js';

/** Image types a browser draws in an <img> (HEIC, which Chromium does not, goes to the download). */
const PREVIEWABLE_IMAGES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/avif',
  'image/webp',
  'image/gif',
]);

/** A blob URL for the file while it is shown, revoked when it goes (so the bytes are freed). */
function useObjectUrl(blob: Blob): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

function ImagePreview({ blob, fileName }: { blob: Blob; fileName: string }) {
  const text = useReviewMessages().attachments;
  const url = useObjectUrl(blob);
  return url ? (
    <img className="mdg-attachment-preview__image" src={url} alt={text.previewOf(fileName)} />
  ) : null;
}

type PdfState = { kind: 'loading' } | { kind: 'done'; pages: number } | { kind: 'failed' };

/**
 * The pages of a PDF drawn by pdf.js onto canvases. Chromium draws no PDF inside a sandboxed
 * iframe, and an unsandboxed one would run the resident's file in the console's origin.
 */
function usePdfPages(
  blob: Blob,
  container: React.RefObject<HTMLDivElement | null>,
  pageLabel: (page: number, pages: number) => string,
): PdfState {
  const [state, setState] = useState<PdfState>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const target = container.current;
    const draw = async () => {
      const { renderPdfPages } = await import('./pdf-pages.js');
      const pages = await renderPdfPages(await blob.arrayBuffer(), (page, total) => {
        const canvas = document.createElement('canvas');
        canvas.className = 'mdg-attachment-preview__page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', pageLabel(page, total));
        target?.append(canvas);
        return canvas;
      });
      if (isCurrent) {
        setState({ kind: 'done', pages });
      }
    };
    draw().catch(() => {
      if (isCurrent) {
        setState({ kind: 'failed' });
      }
    });
    return () => {
      isCurrent = false;
      target?.replaceChildren();
    };
  }, [blob, container, pageLabel]);
  return state;
}

function PdfPreview({ blob }: { blob: Blob }) {
  const text = useReviewMessages().attachments;
  const container = useRef<HTMLDivElement>(null);
  const state = usePdfPages(blob, container, text.pdfPage);
  return (
    <>
      {state.kind === 'loading' ? <p className="mdg-hint">{text.loadingPreview}</p> : null}
      {state.kind === 'failed' ? <Notice tone="error" title={text.pdfFailed} /> : null}
      <div ref={container} className="mdg-attachment-preview__pages" />
    </>
  );
}

/** A file shown inline: an image as an <img> of a blob URL, a PDF drawn page by page. */
export function AttachmentPreview({
  blob,
  fileName,
  mimeType,
}: {
  blob: Blob;
  fileName: string;
  mimeType: string;
}) {
  const text = useReviewMessages().attachments;
  if (PREVIEWABLE_IMAGES.has(mimeType)) {
    return <ImagePreview blob={blob} fileName={fileName} />;
  }
  if (mimeType === 'application/pdf') {
    return <PdfPreview blob={blob} />;
  }
  return <Notice tone="info" title={text.noPreview} />;
}
