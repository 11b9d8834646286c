import { attachmentDisposition } from './content-disposition.js';

describe(attachmentDisposition.name, () => {
  it('gives the Japanese name in filename* and an ASCII fallback', () => {
    // Act
    const header = attachmentDisposition('申請一覧(妊娠の届出).csv', 'applications.csv');

    // Assert
    expect(header).toBe(
      `attachment; filename="applications.csv"; filename*=UTF-8''%E7%94%B3%E8%AB%8B%E4%B8%80%E8%A6%A7%28%E5%A6%8A%E5%A8%A0%E3%81%AE%E5%B1%8A%E5%87%BA%29.csv`,
    );
    expect(decodeURIComponent(header.split("''")[1] ?? '')).toBe('申請一覧(妊娠の届出).csv');
  });

  it('never lets a quote or a non-ASCII character into the fallback', () => {
    // Act
    const header = attachmentDisposition('a.csv', 'a"b\\c申.csv');

    // Assert
    expect(header.startsWith('attachment; filename="a_b_c_.csv";')).toBe(true);
  });
});
