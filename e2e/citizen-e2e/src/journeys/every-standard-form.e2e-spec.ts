import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { BrowserContext, Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import {
  downloadReceiptPdf,
  fillForm,
  loadProcedureForm,
  submitForm,
} from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { PhaseTimer } from '../support/phase-timer.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';

// 千代田区 accepts all 27 standard procedures in the seeds.
const MUNICIPALITY = '131016';
const PROCEDURE_IDS = readdirSync(
  fileURLToPath(new URL('../../../../seeds/forms/', import.meta.url)),
).sort();
const RECEIPT_NUMBER = /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/;

/** The demo account of each identity level a procedure can need (README: demo accounts). */
const ACCOUNT_OF_LEVEL = { 1: /中村 蓮/, 2: /渡辺 さくら/, 3: /山田 花子/ } as const;

/** Phones for half of the procedures, a desktop window for the other half. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

describe('every standard procedure, from sign-in to the PDF 控え, through the citizen app', () => {
  let session: BrowserSession | undefined;
  const residents = new Map<1 | 2 | 3, { context: BrowserContext; page: Page }>();
  const signInLog = new AccessibilityLog();
  let current: { name: string; page: Page } | undefined;
  const timer = new PhaseTimer('every-standard-form');

  /** One signed-in context per identity level, signed in through the UI once and reused. */
  async function residentOfLevel(level: 1 | 2 | 3): Promise<Page> {
    const known = residents.get(level);
    if (known) {
      return known.page;
    }
    const resident = await newPersonPage(session!.browser);
    current = { name: `sign-in-level-${level}`, page: resident.page };
    await timer.timeWithScans(`sign-in-level-${level}`, 'sign-in', signInLog, async () => {
      await signInAsDemoAccount(resident.page, readStackState().urls.citizen, 'resident', {
        account: ACCOUNT_OF_LEVEL[level],
        a11y: { log: signInLog, label: `demo identity provider (level ${level})` },
      });
      await signInLog.check(resident.page, `signed in (level ${level})`);
    });
    residents.set(level, resident);
    return resident.page;
  }

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterEach(async () => {
    if (current) {
      await captureForDebugging(current.page, `every-form-${current.name}`);
    }
    current = undefined;
  });

  afterAll(async () => {
    process.stdout.write(`${timer.report()}\n`);
    await session?.close();
  });

  it('has the 27 procedures of the seeds', () => {
    expect(PROCEDURE_IDS).toHaveLength(27);
  });

  it.each(PROCEDURE_IDS.map((id, index) => [id, index] as const))(
    '%s: fills every answer by its label, attaches the files, confirms, submits and downloads the 控え',
    async (procedureId, index) => {
      const form = loadProcedureForm(procedureId, MUNICIPALITY);
      const page = await residentOfLevel(form.definition.identityLevel);
      current = { name: procedureId, page };
      await page.setViewportSize(VIEWPORTS[index % VIEWPORTS.length]!);
      const log = new AccessibilityLog();

      const a11y = { log, label: procedureId };
      await timer.timeWithScans(procedureId, 'home+procedure', log, () =>
        openProcedureFromHome(page, readStackState().urls.citizen, form, { a11y }),
      );
      await timer.timeWithScans(procedureId, 'fill', log, () => fillForm(page, form, { a11y }));
      const receiptNumber = await timer.timeWithScans(procedureId, 'submit', log, () =>
        submitForm(page, { a11y }),
      );
      const pdf = await timer.time(procedureId, 'pdf', () => downloadReceiptPdf(page));

      expect(receiptNumber).toMatch(RECEIPT_NUMBER);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(log.failures).toEqual([]);
      expect(log.visitedLabels.length).toBeGreaterThanOrEqual(form.definition.steps.length);
    },
  );

  it('signs in through the demo provider with no accessibility violation', () => {
    expect(signInLog.visitedLabels.length).toBeGreaterThan(0);
    expect(signInLog.failures).toEqual([]);
  });
});
