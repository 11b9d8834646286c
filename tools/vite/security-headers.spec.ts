import { createHash } from 'node:crypto';

import { developmentHeaders, inlineScriptHashes, productionHeaders } from './security-headers.ts';

const PRELOAD = '(function(t){console.log(t)})([])';
const INDEX_HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<script>${PRELOAD}</script>
<script type="application/json" id="config">{"a":1}</script>
</head><body><div id="root"></div></body></html>`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(' '))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe(productionHeaders.name, () => {
  it('allows the inline preload script by its sha256 and no other inline script', () => {
    // Arrange
    const expected = `'sha256-${createHash('sha256').update(PRELOAD).digest('base64')}'`;

    // Act
    const csp = directives(productionHeaders(INDEX_HTML)['Content-Security-Policy'] ?? '');

    // Assert
    expect(inlineScriptHashes(INDEX_HTML)).toEqual([expected]);
    expect(csp.get('script-src')).toEqual(["'self'", expected]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
  });

  it('forbids framing and sends HSTS and nosniff', () => {
    // Act
    const headers = productionHeaders(INDEX_HTML);

    // Assert
    expect(directives(headers['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual([
      "'none'",
    ]);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('names another API origin in connect-src only when configured', () => {
    // Act
    const csp = directives(
      productionHeaders(INDEX_HTML, { connectSources: ['https://api.example.jp'] })[
        'Content-Security-Policy'
      ] ?? '',
    );

    // Assert
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://api.example.jp']);
  });
});

describe(developmentHeaders.name, () => {
  it('keeps frame-ancestors none in development too', () => {
    // Act
    const csp = directives(developmentHeaders()['Content-Security-Policy'] ?? '');

    // Assert
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toContain('ws:');
  });
});
