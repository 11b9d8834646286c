import { useEffect, useState } from 'react';

/**
 * An object URL for a Blob (an image the page shows), revoked when the Blob changes or the
 * component goes: the bytes never get a URL outside this page.
 */
export function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (blob === undefined) {
      setUrl(null);
      return undefined;
    }
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

/** Saves a Blob as a file of this name (the browser's download), without a URL to the data anywhere. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The browser holds the file once the click is handled: the URL need not outlive it long.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
