import { readFileSync } from 'node:fs';

import pg from 'pg';
import type { Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import { PhaseTimer } from '../support/phase-timer.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';

// 横浜市's 罹災証明書: no other journey submits it, so its counts here are the seed's own.
const YOKOHAMA = '141003';
const PROCEDURE = 'disaster-damage-certificate';
const PROCEDURE_TITLE = '罹災証明書の発行申請';
const ROWS = 10_000;
/** Every seeded row carries this (resident, actor, dedupe key prefix), for the cleanup. */
const MARK = 'e2e-bulk-export';
/** The seeded row of a day is on this many days ago (day 0 is today, in Japan). */
const CHECKED_DAY = 5;

const COUNT = new Intl.NumberFormat('ja-JP');

/**
 * Setup only, before any browser opens: 10,000 applications of 横浜市's 罹災証明書 written
 * straight into the stack's database, spread over the dashboard's 30 days (submitted_at on day
 * `g % 30` ago), with one in ten completed three days after receipt, one in ten with a 補正依頼,
 * one in ten past its due date, and three notifications that failed for good. Every thousandth
 * applicant's name has a comma, quotes and a line break, so the CSV must quote it.
 */
async function seedApplications(client: pg.Client): Promise<void> {
  // Every column but the generated ones (as the dashboard integration spec clones them).
  const { rows: columnRows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = 'applications' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
  );
  const columns = columnRows.map((column) => `"${column.column_name}"`).join(', ');
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO applications (${columns})
       SELECT ${columns} FROM (
         SELECT (jsonb_populate_record(NULL::applications, jsonb_build_object(
                   'id', gen_random_uuid(),
                   'municipality_code', $1::text,
                   'procedure_id', $2::text,
                   'form_version', f.version,
                   'base_form_version', f.base_version,
                   'receipt_number', 'E2EBULK-' || lpad(g::text, 6, '0'),
                   'resident_id', $3::text,
                   'applicant_name', CASE WHEN g % 1000 = 0
                                          THEN E'一括, "出力"\n太郎' || g
                                          ELSE '一括 太郎' || g END,
                   'applicant_name_kana', 'イッカツ タロウ',
                   'status', CASE g % 10 WHEN 0 THEN 'completed'
                                         WHEN 1 THEN 'correction_requested'
                                         WHEN 2 THEN 'in_review'
                                         ELSE 'submitted' END,
                   'answers', '{}'::jsonb,
                   'correction_fields', '[]'::jsonb,
                   'correction_messages', '{}'::jsonb,
                   'approvals', '[]'::jsonb,
                   'submitted_at', ((t.today - (g % 30))::timestamp + interval '9 hours') AT TIME ZONE 'Asia/Tokyo',
                   'updated_at', now(),
                   'due_date', CASE WHEN g % 10 = 2 THEN t.today - 1 ELSE t.today + 14 END))).*
           FROM generate_series(1, $4::int) AS g,
                (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS today) AS t,
                (SELECT version, base_version FROM effective_forms
                  WHERE municipality_code = $1 AND procedure_id = $2
                  ORDER BY version DESC LIMIT 1) AS f
       ) AS clone`,
      [YOKOHAMA, PROCEDURE, MARK, ROWS],
    );
    // 補正依頼 the day after receipt; 処理完了 three days after (never later than now).
    await client.query(
      `INSERT INTO application_events
         (id, application_id, municipality_code, from_status, to_status, actor_kind, actor_id, occurred_at)
       SELECT gen_random_uuid(), a.id, a.municipality_code, 'in_review', a.status, 'staff', $2,
              least(a.submitted_at + CASE a.status WHEN 'completed' THEN interval '3 days'
                                                   ELSE interval '1 day' END, now())
         FROM applications a
        WHERE a.resident_id = $2 AND a.municipality_code = $1
          AND a.status IN ('completed', 'correction_requested')`,
      [YOKOHAMA, MARK],
    );
    await client.query(
      `INSERT INTO notification_deliveries
         (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload,
          status, attempts, last_error, not_before, created_at, failed_at)
       SELECT gen_random_uuid(), $1, $2, 'application', 'email', 'e2e-bulk-export@example.jp',
              $2 || '-' || g, '{}'::jsonb, 'permanent_failure', 5, 'e2e: mailbox unavailable',
              now() - interval '2 days', now() - interval '2 days', now() - interval '2 days'
         FROM generate_series(1, 3) AS g`,
      [YOKOHAMA, MARK],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function deleteSeededRows(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM notification_deliveries WHERE recipient_id = $1`, [MARK]);
  await client.query(
    `DELETE FROM application_events
      WHERE application_id IN (SELECT id FROM applications WHERE resident_id = $1)`,
    [MARK],
  );
  await client.query(`DELETE FROM applications WHERE resident_id = $1`, [MARK]);
}

/** The figures the page must show, read from the database (the demo seed may add its own). */
async function expectedFigures(client: pg.Client) {
  const exported = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM applications
      WHERE municipality_code = $1 AND procedure_id = $2 AND status <> 'draft'`,
    [YOKOHAMA, PROCEDURE],
  );
  const day = await client.query<{ date: string; count: number }>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS date,
            (SELECT count(*)::int FROM applications
              WHERE municipality_code = $1 AND procedure_id = $2 AND status <> 'draft'
                AND (submitted_at AT TIME ZONE 'Asia/Tokyo')::date = d) AS count
       FROM (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date - $3::int AS d) AS day`,
    [YOKOHAMA, PROCEDURE, CHECKED_DAY],
  );
  return { exportRows: exported.rows[0]!.count, day: day.rows[0]! };
}

/**
 * The records of a CSV file (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks), written here rather than taken from the API so the count does not trust its code.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        isQuoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      isQuoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') {
        index += 1;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** From wherever the staff member is: the main menu's 「業務の状況」, and the page loaded. */
async function openDashboard(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '業務の状況' })
    .click();
  await page.getByRole('heading', { level: 1, name: '業務の状況' }).waitFor();
  await page.getByRole('heading', { level: 2, name: '申請件数（日別・手続別）' }).waitFor();
}

const CHART_HEADINGS = [
  '申請件数（日別・手続別）',
  '処理日数の中央値と標準処理期間',
  '処理期限を過ぎた申請',
  '補正依頼の割合',
  '通知の送信失敗（日別）',
];

describe('業務の状況 of 10,000 seeded applications: the charts with their tables, and a bulk export downloaded', () => {
  let session: BrowserSession | undefined;
  let client: pg.Client | undefined;
  const a11y = new AccessibilityLog();
  const timer = new PhaseTimer('dashboard-and-bulk-export');
  const pagesToCapture: [string, Page][] = [];

  beforeAll(async () => {
    client = new pg.Client({ connectionString: readStackState().databaseUrl });
    await client.connect();
    await deleteSeededRows(client);
    await timer.time('setup', 'seed', () => seedApplications(client!));
    session = await launchBrowser();
  });

  afterEach(async () => {
    for (const [name, page] of pagesToCapture.splice(0)) {
      await captureForDebugging(page, `dashboard-${name}`);
    }
  });

  afterAll(async () => {
    await session?.close();
    if (client) {
      await deleteSeededRows(client);
      await client.end();
    }
    process.stdout.write(`${timer.report()}\n`);
  });

  it('田中 健 of 横浜市 reads each chart and its numbers, exports the 10,000 applications with progress and downloads the file', async () => {
    const { urls } = readStackState();
    const expected = await expectedFigures(client!);
    expect(expected.exportRows).toBeGreaterThanOrEqual(ROWS);

    const { page } = await newPersonPage(session!.browser);
    pagesToCapture.push(['desktop', page]);
    await timer.time('desktop', 'sign-in', () =>
      signInAsDemoAccount(page, urls.console, 'staff', { account: /田中 健/ }),
    );
    await timer.time('desktop', 'open dashboard', () => openDashboard(page));

    // Each chart: its heading, a drawn chart, and its numbers in a table behind 「数値を表で見る」
    for (const heading of CHART_HEADINGS) {
      const section = page.getByRole('region', { name: heading });
      await section.getByRole('img', { name: heading }).waitFor();
      await section.getByText('数値を表で見る', { exact: true }).click();
      await section.getByRole('table').waitFor();
    }
    const applications = page.getByRole('region', { name: '申請件数（日別・手続別）' });
    await applications.getByText(/30日間の申請は合計 [\d,]+ 件です。/).waitFor();
    const [year, month, day] = expected.day.date.split('-');
    const dayRow = applications.getByRole('row', {
      name: new RegExp(`${year}[-/]${month}[-/]${day}`),
    });
    await dayRow
      .getByRole('cell', { name: COUNT.format(expected.day.count), exact: true })
      .first()
      .waitFor();
    const columnHeaders = await applications.getByRole('columnheader').allInnerTexts();
    expect(columnHeaders.some((text) => text.includes(PROCEDURE_TITLE))).toBe(true);

    // The seeded decisions, corrections, overdue rows and failed deliveries each show up
    await page
      .getByRole('region', { name: '処理日数の中央値と標準処理期間' })
      .getByRole('row', { name: new RegExp(PROCEDURE_TITLE) })
      .getByRole('cell', { name: COUNT.format(ROWS / 10), exact: true })
      .waitFor();
    await page
      .getByRole('region', { name: '処理期限を過ぎた申請' })
      .getByRole('row', { name: new RegExp(PROCEDURE_TITLE) })
      .getByRole('cell', { name: COUNT.format(ROWS / 10), exact: true })
      .waitFor();
    await page
      .getByRole('region', { name: '補正依頼の割合' })
      .getByRole('row', { name: new RegExp(PROCEDURE_TITLE) })
      .getByRole('cell', { name: COUNT.format(ROWS / 10), exact: true })
      .waitFor();
    await page
      .getByRole('region', { name: '通知の送信失敗（日別）' })
      .getByText(/30日間に送信に失敗した通知（再送を待つもの）は [1-9][\d,]* 件です。/)
      .waitFor();
    await timer.timeWithScans('desktop', 'axe', a11y, () =>
      a11y.check(page, 'console: 業務の状況 with every table open'),
    );

    // 一括エクスポート of the procedure, in UTF-8
    const panel = page.getByRole('region', { name: '一括エクスポート' });
    await panel.getByLabel('手続', { exact: true }).selectOption({ label: PROCEDURE_TITLE });
    await panel.getByLabel('文字コード').selectOption({ label: 'CSV（UTF-8）' });
    const exportStarted = performance.now();
    await panel.getByRole('button', { name: '一括エクスポートを開始する' }).click();
    const progressbar = panel.getByRole('progressbar', { name: '一括エクスポートの進み具合' });
    await progressbar.waitFor();
    const status = panel.getByRole('status');
    const finalText = `${COUNT.format(expected.exportRows)} / ${COUNT.format(expected.exportRows)} 件`;
    const seen = new Set<string>();
    const download = panel.getByRole('link', {
      name: `ファイルをダウンロードする（${COUNT.format(expected.exportRows)} 件）`,
    });
    while (!(await download.isVisible())) {
      seen.add((await status.innerText().catch(() => '')).trim());
      if (performance.now() - exportStarted > 120_000) {
        throw new Error(`the export did not finish; the panel said: ${[...seen].join(' | ')}`);
      }
      await page.waitForTimeout(100);
    }
    timer.add('desktop', 'export', performance.now() - exportStarted);
    await status.getByText(finalText).waitFor();
    await status.getByText('ファイルができました。').waitFor();
    expect(await progressbar.getAttribute('aria-valuetext')).toBe(finalText);
    expect(await progressbar.getAttribute('value')).toBe(String(expected.exportRows));
    expect(await progressbar.getAttribute('max')).toBe(String(expected.exportRows));
    process.stdout.write(`bulk export progress seen: ${[...seen].join(' | ')}\n`);
    await timer.timeWithScans('desktop', 'axe', a11y, () =>
      a11y.check(page, 'console: 一括エクスポート completed'),
    );

    // The file: a header and one record per application (quoted line breaks inside a record)
    const downloaded = await timer.time('desktop', 'download', async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      const path = await file.path();
      return readFileSync(path, 'utf8');
    });
    const records = parseCsv(downloaded.replace(/^\uFEFF/, ''));
    const [header, ...rows] = records;
    expect(header).toContain('受付番号');
    expect(rows).toHaveLength(expected.exportRows);
    const receiptColumn = header!.indexOf('受付番号');
    const seeded = rows.filter((row) => row[receiptColumn]?.startsWith('E2EBULK-'));
    expect(seeded).toHaveLength(ROWS);
    expect(new Set(seeded.map((row) => row[receiptColumn])).size).toBe(ROWS);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.some((row) => row.includes('一括, "出力"\n太郎1000'))).toBe(true);

    // On a phone: the same page, one column, and axe
    const phone = (await newPersonPage(session!.browser, { isMobile: true })).page;
    pagesToCapture.push(['phone', phone]);
    await timer.time('phone', 'sign-in', () =>
      signInAsDemoAccount(phone, urls.console, 'staff', { account: /田中 健/ }),
    );
    await timer.time('phone', 'open dashboard', () => openDashboard(phone));
    for (const heading of CHART_HEADINGS) {
      await phone
        .getByRole('region', { name: heading })
        .getByRole('img', { name: heading })
        .waitFor();
    }
    const phoneApplications = phone.getByRole('region', { name: '申請件数（日別・手続別）' });
    await phoneApplications.getByText('数値を表で見る', { exact: true }).click();
    await phoneApplications
      .getByRole('row', { name: new RegExp(`${year}[-/]${month}[-/]${day}`) })
      .getByRole('cell', { name: COUNT.format(expected.day.count), exact: true })
      .first()
      .waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await timer.timeWithScans('phone', 'axe', a11y, () =>
      a11y.check(phone, 'console: 業務の状況 on a phone'),
    );

    expect(a11y.failures).toEqual([]);
  }, 300_000);
});
