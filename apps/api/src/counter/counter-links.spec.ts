import { counterConfirmUrl, counterLinks } from './counter-links.js';

describe(counterConfirmUrl.name, () => {
  it('puts the token and the channel in the fragment, never in the path or a query string', () => {
    const url = new URL(counterConfirmUrl('https://madoguchi.example.jp/', 'abc_DEF-123', 'qr'));

    expect(url.pathname).toBe('/counter/confirm');
    expect(url.search).toBe('');
    expect(new URLSearchParams(url.hash.slice(1)).get('token')).toBe('abc_DEF-123');
    expect(new URLSearchParams(url.hash.slice(1)).get('via')).toBe('qr');
  });
});

describe(counterLinks.name, () => {
  it('gives the phone (QR) and the counter screen their own link to the same token', () => {
    const links = counterLinks('http://127.0.0.1:5173', 'tok');

    expect(links.confirmUrl).toBe('http://127.0.0.1:5173/counter/confirm#token=tok&via=qr');
    expect(links.counterScreenUrl).toBe(
      'http://127.0.0.1:5173/counter/confirm#token=tok&via=counter_screen',
    );
  });
});
