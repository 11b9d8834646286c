/** Longest stored file name, in characters (the extension is kept when a name is cut). */
export const MAX_FILE_NAME_LENGTH = 120;

const FORBIDDEN = new Set(['<', '>', ':', '"', '|', '?', '*']);
const EXTENSION_ALIASES: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  heic: ['heic', 'heif'],
  tif: ['tif', 'tiff'],
};

/** Control characters, invisible format characters and bidirectional overrides (which can fake an extension). */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

function splitExtension(name: string): { base: string; extension: string } {
  const match = /^(.+)\.([A-Za-z0-9]{1,5})$/.exec(name);
  return match ? { base: match[1]!, extension: match[2]! } : { base: name, extension: '' };
}

/**
 * The uploaded file name as stored and shown: NFC, last path segment only, no control, invisible
 * or bidi characters, no characters Windows forbids, no leading dots, at most
 * {@link MAX_FILE_NAME_LENGTH} characters with the extension kept. Never used as a storage key.
 */
export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((character) => !isInvisible(character.codePointAt(0)!))
    .map((character) => (FORBIDDEN.has(character) ? '_' : character))
    .join('')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  const characters = [...cleaned];
  if (characters.length <= MAX_FILE_NAME_LENGTH) {
    return cleaned === '' ? 'attachment' : cleaned;
  }
  const { base, extension } = splitExtension(cleaned);
  const suffix = extension === '' ? '' : `.${extension}`;
  return (
    [...base]
      .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
      .join('')
      .trimEnd() + suffix
  );
}

/**
 * The name to download under: the stored name with the extension of the detected type, so a PNG
 * uploaded as `scan.pdf` downloads as `scan.png` and opens in the right program.
 */
export function withDetectedExtension(fileName: string, detectedExtension: string): string {
  const { base, extension } = splitExtension(fileName);
  const accepted = EXTENSION_ALIASES[detectedExtension] ?? [detectedExtension];
  if (accepted.includes(extension.toLowerCase())) {
    return fileName;
  }
  return `${extension === '' ? fileName : base}.${detectedExtension}`;
}

const EXTENSION_BY_MIME_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
};

/** The stored name with the extension of the detected MIME type (unchanged for types not listed). */
export function downloadFileName(fileName: string, mimeType: string): string {
  const extension = EXTENSION_BY_MIME_TYPE[mimeType];
  return extension === undefined ? fileName : withDetectedExtension(fileName, extension);
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function attachmentContentDisposition(fileName: string): string {
  const fallback = [...fileName]
    .map((character) =>
      /^[\x20-\x7e]$/.test(character) && character !== '"' && character !== '\\' ? character : '_',
    )
    .join('');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
