import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';

const CHIYODA = '131016';
const PROCEDURE = 'care-need-certification';
const SAMPLE = fileURLToPath(
  new URL(`../../../../seeds/forms/${PROCEDURE}/samples/valid.json`, import.meta.url),
);
/** A 1×1 PNG: what the attachment slots receive here (the form's own upload UI is in the other journey). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

/** 西暦 date of the first day of the month `months` after this one, and the last day of the month `months` after that. */
function certificationPeriod(now: Date): { validFrom: string; validUntil: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 12, 0));
  return {
    validFrom: from.toISOString().slice(0, 10),
    validUntil: until.toISOString().slice(0, 10),
  };
}

/** The resident's browser submits the sample 要介護認定 through the API, as the form's last step does. */
async function submitSampleApplication(page: Page, apiUrl: string): Promise<string> {
  const answers = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown> & {
    proxy: { authorityDocument: string[] };
    insuranceCard: string[];
  };
  const upload = async (slotId: string): Promise<string> => {
    const response = await page.request.post(`${apiUrl}/api/attachments`, {
      headers: { 'x-madoguchi-csrf': '1' },
      multipart: {
        municipalityCode: CHIYODA,
        procedureId: PROCEDURE,
        formVersion: '1',
        slotId,
        file: { name: `${slotId}.png`, mimeType: 'image/png', buffer: PNG },
      },
    });
    if (response.status() !== 201) {
      throw new Error(`upload to ${slotId}: ${response.status()} ${await response.text()}`);
    }
    return ((await response.json()) as { id: string }).id;
  };
  answers.proxy.authorityDocument = [await upload('proxyAuthority')];
  answers.insuranceCard = [await upload('insuranceCard')];
  const submitted = await page.request.post(`${apiUrl}/api/applications`, {
    headers: { 'x-madoguchi-csrf': '1', 'idempotency-key': `e2e-care-${Date.now()}` },
    data: { municipalityCode: CHIYODA, procedureId: PROCEDURE, formVersion: 1, answers },
  });
  if (submitted.status() !== 201) {
    throw new Error(`submission: ${submitted.status()} ${await submitted.text()}`);
  }
  return ((await submitted.json()) as { receiptNumber: string }).receiptNumber;
}

describe('a 要介護認定 completed with its 認定結果, and the renewal the resident is told about', () => {
  let session: BrowserSession | undefined;
  const a11y = new AccessibilityLog();
  const pagesToCapture: [string, Page][] = [];

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterEach(async () => {
    for (const [name, page] of pagesToCapture) {
      await captureForDebugging(page, `care-${name}`);
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the caseworker drafts 処理完了, the approver records 要介護2 and the period, the resident sees the certification', async () => {
    const { urls } = readStackState();
    const { validFrom, validUntil } = certificationPeriod(new Date());

    // The resident (a family member applying for a parent) submits
    const resident = await newPersonPage(session!.browser);
    const citizen = resident.page;
    pagesToCapture.push(['citizen', citizen]);
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', { account: /鈴木 一郎/ });
    const receiptNumber = await submitSampleApplication(citizen, urls.api);

    // The caseworker starts the review and sends 処理完了 for approval
    const caseworker = (await newPersonPage(session!.browser)).page;
    pagesToCapture.push(['caseworker', caseworker]);
    await signInAsDemoAccount(caseworker, urls.console, 'staff', { account: /佐藤 美咲/ });
    await caseworker.getByRole('link', { name: receiptNumber }).click();
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByRole('button', { name: '決裁に回す' }).waitFor();
    await caseworker
      .getByRole('group', { name: /決裁案/ })
      .getByLabel('処理完了', { exact: true })
      .check();
    await caseworker.getByRole('button', { name: '決裁に回す' }).click();
    await caseworker.getByText('承認待ち').first().waitFor();

    // The approver: completing without the 認定結果 is refused with the fields named
    const approver = (await newPersonPage(session!.browser)).page;
    pagesToCapture.push(['approver', approver]);
    await signInAsDemoAccount(approver, urls.console, 'staff', { account: /高橋 由美/ });
    await approver.getByRole('link', { name: receiptNumber }).click();
    const decision = approver.getByRole('group', { name: /認定結果/ });
    await decision.waitFor();
    await a11y.check(approver, 'console: approval with the 認定結果');
    await approver.getByRole('button', { name: '処理を完了する' }).click();
    await approver
      .getByRole('alert')
      .filter({ hasText: /要介護度/ })
      .first()
      .waitFor();
    await a11y.check(approver, 'console: 認定結果 errors');

    // … and accepted with 要介護2 and the 認定有効期間
    await decision
      .getByRole('group', { name: /要介護度/ })
      .getByLabel('要介護2', { exact: true })
      .check();
    await decision.getByLabel(/開始日/).fill(validFrom);
    await decision.getByLabel(/終了日/).fill(validUntil);
    await approver.getByRole('button', { name: '処理を完了する' }).click();
    await approver.getByText('処理完了').first().waitFor();
    await approver
      .getByText(/要介護2（認定有効期間/)
      .first()
      .waitFor();
    await a11y.check(approver, 'console: completed with the 認定結果');

    // The resident sees the certification behind the renewal reminder (the worker made it)
    const [untilYear, untilMonth, untilDay] = validUntil.split('-').map(Number) as [
      number,
      number,
      number,
    ];
    const expiryText = `${untilYear}年${untilMonth}月${untilDay}日`;
    await citizen.goto(`${urls.citizen}/notifications/life-records`);
    await citizen.getByRole('heading', { level: 1, name: '通知のもとになっている情報' }).waitFor();
    for (
      let attempt = 0;
      attempt < 30 && (await citizen.getByText(expiryText).count()) === 0;
      attempt += 1
    ) {
      await citizen.waitForTimeout(1000);
      await citizen.reload();
    }
    await citizen.getByText(expiryText).first().waitFor();
    await a11y.check(citizen, 'citizen: life records with the certification');

    expect(a11y.failures).toEqual([]);
  });
});
