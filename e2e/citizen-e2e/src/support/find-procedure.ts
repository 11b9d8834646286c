import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import type { Page } from 'playwright-core';

import type { AccessibilityLog } from './accessibility-log.ts';
import type { InputMode, ProcedureForm } from './fill-form.ts';
import { press, shownText, typeInto } from './fill-form.ts';

/** The home page's and the procedure page's words a resident follows, per language. */
const FINDER_WORDS: Record<
  Locale,
  {
    municipalityName: string;
    findByName: string;
    choose: (municipality: string) => string;
    startApplication: string;
  }
> = {
  ja: {
    municipalityName: '自治体の名前またはコード',
    findByName: '名前で探す',
    choose: (name) => `${name}を選ぶ`,
    startApplication: '申請をはじめる',
  },
  en: {
    municipalityName: 'Name or code of the municipality',
    findByName: 'Find by name',
    choose: (name) => `Choose ${name}`,
    startApplication: 'Start the application',
  },
  easyJa: {
    municipalityName: '町の名前',
    findByName: '名前で探す',
    choose: (name) => `${name}にする`,
    startApplication: '申請を始める',
  },
};

/** How the home page names a municipality (`東京都 千代田区`, `Chiyoda City, Tokyo`). */
const MUNICIPALITY_NAMES: Record<string, { search: string; ja: string; en: string }> = {
  '131016': { search: '千代田', ja: '東京都 千代田区', en: 'Chiyoda City, Tokyo' },
};

export type FindProcedureOptions = {
  locale?: Locale;
  input?: InputMode;
  a11y?: { log: AccessibilityLog; label: string };
  onPage?: (page: Page, label: string) => Promise<void>;
};

/**
 * From the home page as a resident finds a procedure: the municipality by its name, the
 * procedure in the municipality's list, its procedure page (what to prepare), then
 * 申請をはじめる; ends on the form's first step.
 */
export async function openProcedureFromHome(
  page: Page,
  citizenUrl: string,
  form: ProcedureForm,
  options: FindProcedureOptions = {},
): Promise<void> {
  const locale = options.locale ?? 'ja';
  const input = options.input ?? 'pointer';
  const words = FINDER_WORDS[locale];
  const municipality = MUNICIPALITY_NAMES[form.municipalityCode];
  if (!municipality) {
    throw new Error(`no home-page name for municipality ${form.municipalityCode}`);
  }
  const title = pickText(form.definition.title, locale);
  const visit = async (label: string) => {
    await options.a11y?.log.check(page, `${options.a11y.label}: ${label}`);
    await options.onPage?.(page, label);
  };

  await page.goto(`${citizenUrl}/`);
  await typeInto(
    page,
    page.getByRole('main').getByLabel(shownText(words.municipalityName, locale)),
    municipality.search,
    input,
  );
  await visit('home');
  await press(page, page.getByRole('button', { name: shownText(words.findByName, locale) }), input);
  const label = locale === 'en' ? municipality.en : municipality.ja;
  await press(
    page,
    page.getByRole('link', { name: shownText(words.choose(label), locale) }),
    input,
  );
  const procedureLink = page
    .getByRole('main')
    .getByRole('link', { name: shownText(title, locale) });
  await procedureLink.waitFor();
  await visit('procedures of the municipality');
  await press(page, procedureLink, input);

  await page.getByRole('heading', { level: 1, name: shownText(title, locale) }).waitFor();
  const start = page.getByRole('link', { name: shownText(words.startApplication, locale) });
  await start.waitFor();
  await visit('procedure page');
  await press(page, start, input);
  await page.getByRole('main').getByRole('form').waitFor();
  await visit('form');
}
