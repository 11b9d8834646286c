import type { RouteObject } from './match-routes.js';
import { matchRoutes } from './match-routes.js';

const layout: RouteObject = {
  element: 'layout',
  children: [
    { index: true, element: 'home' },
    { path: 'applications/:applicationId', element: 'detail' },
    { path: 'applications/:applicationId/receipt', element: 'receipt' },
    { path: 'applications/drafts', element: 'drafts' },
    { path: '*', element: 'not found' },
  ],
};
const ROUTES: RouteObject[] = [layout];

const pageAt = (pathname: string) => matchRoutes(ROUTES, pathname)?.at(-1);

describe(matchRoutes.name, () => {
  it('gives the layout, then the page, with the parameters decoded', () => {
    // Act
    const matches = matchRoutes(ROUTES, '/applications/a%20b');

    // Assert
    expect(matches?.map((match) => match.route.element)).toEqual(['layout', 'detail']);
    expect(matches?.[1]?.params).toEqual({ applicationId: 'a b' });
  });

  it('matches the index route at the parent path, with or without a trailing slash', () => {
    expect(pageAt('/')?.route.element).toBe('home');
    expect(pageAt('')?.route.element).toBe('home');
    expect(pageAt('/applications/7/receipt/')?.route.element).toBe('receipt');
  });

  it('prefers a fixed segment to a parameter, whatever the order', () => {
    expect(pageAt('/applications/drafts')?.route.element).toBe('drafts');
    expect(pageAt('/Applications/Drafts')?.route.element).toBe('drafts');
  });

  it('sends every other path to the catch-all route', () => {
    expect(pageAt('/no/such/page')).toEqual({
      route: expect.objectContaining({ element: 'not found' }),
      params: { '*': 'no/such/page' },
    });
    expect(pageAt('/applications/7/receipt/extra')?.route.element).toBe('not found');
  });

  it('matches nothing without a catch-all route', () => {
    expect(matchRoutes([{ path: 'a', element: 'a' }], '/b')).toBeUndefined();
  });
});
