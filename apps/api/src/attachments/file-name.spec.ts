import {
  MAX_FILE_NAME_LENGTH,
  attachmentContentDisposition,
  sanitizeFileName,
  withDetectedExtension,
} from './file-name.js';

describe(sanitizeFileName.name, () => {
  it.each([
    ['母子手帳.jpg', '母子手帳.jpg'],
    ['C:\\Users\\hanako\\Desktop\\診断書.pdf', '診断書.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['.htaccess', 'htaccess'],
    ['invoice\u202Egpj.exe', 'invoicegpj.exe'],
    ['a\u0000b\u0007c.png', 'abc.png'],
    ['what?<>:"|*.pdf', 'what_______.pdf'],
    ['   ', 'attachment'],
    ['', 'attachment'],
  ])('turns %j into %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('normalises to NFC (a decomposed が from macOS becomes one character)', () => {
    expect(sanitizeFileName('\u304B\u3099.pdf')).toBe('\u304C.pdf');
  });

  it('cuts a long name and keeps its extension', () => {
    const name = sanitizeFileName(`${'あ'.repeat(300)}.pdf`);

    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('あ.pdf')).toBe(true);
  });
});

describe(withDetectedExtension.name, () => {
  it.each([
    ['scan.pdf', 'png', 'scan.png'],
    ['photo.JPEG', 'jpg', 'photo.JPEG'],
    ['photo.jpg', 'jpg', 'photo.jpg'],
    ['IMG_0001.HEIC', 'heic', 'IMG_0001.HEIC'],
    ['no-extension', 'pdf', 'no-extension.pdf'],
  ])('gives %j with detected %j the name %j', (name, extension, expected) => {
    expect(withDetectedExtension(name, extension)).toBe(expected);
  });
});

describe(attachmentContentDisposition.name, () => {
  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentContentDisposition('診断書 "1".pdf')).toBe(
      `attachment; filename="___ _1_.pdf"; filename*=UTF-8''%E8%A8%BA%E6%96%AD%E6%9B%B8%20%221%22.pdf`,
    );
  });

  it("percent-encodes the characters RFC 5987 reserves (' ( ) *)", () => {
    expect(attachmentContentDisposition("a'(b)*.png")).toContain(
      `filename*=UTF-8''a%27%28b%29%2A.png`,
    );
  });
});
