import { parseReturnTo } from './return-to.js';

const APP = 'http://127.0.0.1:5173';

describe(parseReturnTo.name, () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/applications', '/applications'],
    [
      '/municipalities/131016/procedures/pregnancy-notification/apply?step=2',
      '/municipalities/131016/procedures/pregnancy-notification/apply?step=2',
    ],
    ['/a/../notifications', '/notifications'],
  ])('keeps a path of the app: %s', (value, expected) => {
    // Act
    const path = parseReturnTo(value, APP);

    // Assert
    expect(path).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/ok\nLocation: https://evil.example',
    '/api/auth/login?audience=resident',
    'applications',
  ])('refuses what could leave the app: %s', (value) => {
    // Act
    const path = parseReturnTo(value, APP);

    // Assert
    expect(path).toBeNull();
  });

  it('refuses a value that is not a string', () => {
    // Act
    const path = parseReturnTo(['/a', '/b'], APP);

    // Assert
    expect(path).toBeNull();
  });
});
