const MAX_RETURN_TO_LENGTH = 2048;

function hasControlCharacterOrBackslash(value: string): boolean {
  return [...value].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f || character === '\\';
  });
}

/**
 * Where to go after login: a path of the app the login started from, never another origin (no
 * open redirect). Returns the normalised path, '/' when none was given, or null when refused.
 */
export function parseReturnTo(value: unknown, appOrigin: string): string | null {
  if (value === undefined || value === '') {
    return '/';
  }
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO_LENGTH) {
    return null;
  }
  // `//host` and `/\host` are protocol-relative in browsers; control characters and backslashes
  // are refused outright rather than normalised.
  if (!value.startsWith('/') || value.startsWith('//') || hasControlCharacterOrBackslash(value)) {
    return null;
  }
  const resolved = new URL(value, appOrigin);
  if (resolved.origin !== new URL(appOrigin).origin || resolved.pathname.startsWith('/api/')) {
    return null;
  }
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
