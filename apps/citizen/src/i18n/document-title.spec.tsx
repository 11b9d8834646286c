import { LOCALES } from '@madoguchi/shared-util-i18n';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import { cleanup, waitFor } from '@testing-library/react';
import type { RouteObject } from '../routing/router.js';
import { CITIZEN_ROUTES } from '../app.js';
import { renderCitizenApp } from '../testing/render-app.js';
import { CITIZEN_MESSAGES } from './messages.js';

/** Sample values for the route parameters. */
const PARAMS: Record<string, string> = {
  municipalityCode: '131016',
  procedureId: 'pregnancy-notification',
  applicationId: '7b0c7f9e-5d0e-4c1a-9a43-2f0e8d6b1c11',
};

/** Every path of the app's routes, with sample parameters (a new page is covered as it is added). */
function pathsOf(routes: readonly RouteObject[], parent = ''): string[] {
  return routes
    .flatMap((route) => {
      const path =
        route.index === true
          ? `${parent}/`
          : route.path === undefined
            ? parent
            : `${parent}/${route.path === '*' ? 'no-such-page' : route.path}`.replace(/\/+/g, '/');
      const own = route.index === true || route.path !== undefined ? [path] : [];
      return [...own, ...pathsOf(route.children ?? [], path)];
    })
    .map((path) => path.replace(/:(\w+)/g, (_match, name: string) => PARAMS[name] ?? name));
}

const PATHS = pathsOf(CITIZEN_ROUTES);

/** The part of a page title that says the service, in each language (`… | 窓口`). */
const SUFFIX = Object.fromEntries(
  LOCALES.map((locale) => [locale, CITIZEN_MESSAGES[locale].pageTitle('')]),
) as Record<Locale, string>;

describe('the page titles (WCAG 2.4.2)', () => {
  it('cover every page of the app', () => {
    expect(PATHS).toEqual(
      expect.arrayContaining(['/', '/sign-in', '/applications', '/no-such-page']),
    );
    expect(PATHS.length).toBeGreaterThan(10);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    afterEach(() => {
      cleanup();
    });

    it.each(PATHS)('names %s in the resident’s language', async (path) => {
      document.title = '';

      renderCitizenApp(path, [{ path: '/api/session', body: buildResidentActor() }], locale);

      await waitFor(() => expect(document.title.endsWith(SUFFIX[locale])).toBe(true));
      expect(document.title.length).toBeGreaterThan(SUFFIX[locale].length);
      for (const other of LOCALES.filter((candidate) => SUFFIX[candidate] !== SUFFIX[locale])) {
        expect(document.title).not.toContain(SUFFIX[other]);
      }
    });
  });
});
