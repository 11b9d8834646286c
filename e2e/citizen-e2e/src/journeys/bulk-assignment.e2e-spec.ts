import pg from 'pg';

import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

// 横浜市's 児童手当の認定請求, found by a name no demo application has.
const YOKOHAMA = '141003';
const PROCEDURE = 'child-allowance-certification';
const ROWS = 300;
/** The seeded applicants' name: the queue's search finds exactly the seeded rows by it. */
const NAME = '一括担当';
/** Every seeded row carries this as its resident, for the cleanup. */
const MARK = 'e2e-bulk-assignment';
const ASSIGNEE_ID = 'staff-yokohama-ito';
const ASSIGNEE_NAME = '伊藤 直子（横浜市 こども福祉保健課 係長）';
/** The last seeded row is closed (処理完了): the job must skip it and name it. */
const CLOSED_RECEIPT = `E2EASGN-${String(ROWS).padStart(6, '0')}`;

/**
 * Setup only, before any browser opens: 300 unassigned applications of 横浜市's 児童手当の認定請求
 * written straight into the stack's database (as the dashboard journey seeds its 10,000), the
 * last of them already 処理完了.
 */
async function seedApplications(client: pg.Client): Promise<void> {
  const { rows: columnRows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = 'applications' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
  );
  const columns = columnRows.map((column) => `"${column.column_name}"`).join(', ');
  await client.query(
    `INSERT INTO applications (${columns})
     SELECT ${columns} FROM (
       SELECT (jsonb_populate_record(NULL::applications, jsonb_build_object(
                 'id', gen_random_uuid(),
                 'municipality_code', $1::text,
                 'procedure_id', $2::text,
                 'form_version', f.version,
                 'base_form_version', f.base_version,
                 'receipt_number', 'E2EASGN-' || lpad(g::text, 6, '0'),
                 'resident_id', $3::text,
                 'applicant_name', $4 || ' 花子' || g,
                 'applicant_name_kana', 'イッカツタントウ ハナコ',
                 'status', CASE WHEN g = $5 THEN 'completed' ELSE 'submitted' END,
                 'answers', '{}'::jsonb,
                 'correction_fields', '[]'::jsonb,
                 'correction_messages', '{}'::jsonb,
                 'approvals', '[]'::jsonb,
                 'submitted_at', now() - make_interval(mins => g),
                 'updated_at', now(),
                 'due_date', (now() AT TIME ZONE 'Asia/Tokyo')::date + 14))).*
         FROM generate_series(1, $5::int) AS g,
              (SELECT version, base_version FROM effective_forms
                WHERE municipality_code = $1 AND procedure_id = $2
                ORDER BY version DESC LIMIT 1) AS f
     ) AS clone`,
    [YOKOHAMA, PROCEDURE, MARK, NAME, ROWS],
  );
}

async function deleteSeededRows(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM applications WHERE resident_id = $1`, [MARK]);
}

describe('一括の担当設定: a clerk selects applications in the queue and assigns all that match to a colleague', () => {
  const { a11y, stack, openPersonPage } = useJourney('bulk-assignment');
  let client: pg.Client | undefined;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: stack().databaseUrl });
    await client.connect();
    await deleteSeededRows(client);
    await seedApplications(client);
  });

  afterAll(async () => {
    if (client) {
      await deleteSeededRows(client);
      await client.end();
    }
  });

  it('田中 健 of 横浜市 ticks rows, then all 300 matching, assigns them to 伊藤 直子 and sees the progress finish', async () => {
    const { urls } = stack();

    // 伊藤 直子 signs in once, which makes her a possible assignee.
    const colleague = await openPersonPage('colleague');
    await signInAsDemoAccount(colleague, urls.console, 'staff', { account: /伊藤 直子/ });

    const clerk = await openPersonPage('clerk');
    await clerk.setViewportSize({ width: 1366, height: 768 });
    await signInAsDemoAccount(clerk, urls.console, 'staff', { account: /田中 健/ });
    await clerk.getByRole('heading', { level: 1, name: '作業一覧' }).waitFor();
    await clerk.getByRole('searchbox', { name: '受付番号・申請者名で検索' }).fill(NAME);
    await clerk.getByRole('button', { name: '検索', exact: true }).click();
    const table = clerk.getByRole('table', { name: '申請 50 件' });
    await table.waitFor();
    const firstRow = table.getByRole('row').nth(1);
    /** The first row's place on the page (not in the window, which the focus may scroll). */
    const topOnPage = () =>
      firstRow.evaluate((row) => row.getBoundingClientRect().top + window.scrollY);
    const tableTop = await topOnPage();

    // Two rows by their checkbox and by the keyboard (j j x)
    await table
      .getByRole('checkbox', { name: /^受付番号 E2EASGN-\d{6} を選ぶ$/ })
      .first()
      .check();
    const bar = clerk.getByRole('region', { name: '選んだ申請の担当をまとめて設定' });
    await bar.getByText('1 件を選んでいます。').waitFor();
    await clerk.keyboard.press('j');
    await clerk.keyboard.press('j');
    await clerk.keyboard.press('x');
    await bar.getByText('2 件を選んでいます。').waitFor();

    // The page, then all that match the search
    await table.getByRole('checkbox', { name: '表示中の 50 件をすべて選ぶ' }).check();
    await bar.getByText('50 件を選んでいます。').waitFor();
    await bar.getByRole('button', { name: `条件に一致する ${ROWS} 件をすべて選ぶ` }).click();
    await bar.getByText(`絞り込みの条件に一致する ${ROWS} 件をすべて選んでいます。`).waitFor();
    // The bar sits under the table: the queue has not moved, and its first row is in view.
    expect(await topOnPage()).toBe(tableTop);
    expect(tableTop).toBeLessThan(768);
    await a11y.check(clerk, 'console: work queue with 300 applications selected');

    // Assign them to 伊藤 直子
    await bar.getByLabel('担当にする職員').selectOption({ label: ASSIGNEE_NAME });
    await bar.getByRole('button', { name: '担当を設定する' }).click();
    const progressbar = bar.getByRole('progressbar', { name: '担当の設定の進み具合' });
    await progressbar.waitFor();
    const finalText = `${ROWS} 件中 ${ROWS} 件を処理しました（うちスキップ 1 件）。 終わりました。`;
    await bar.getByRole('status').getByText(finalText).waitFor({ timeout: 60_000 });
    expect(await progressbar.getAttribute('value')).toBe(String(ROWS));
    expect(await progressbar.getAttribute('max')).toBe(String(ROWS));
    await bar.getByText(`担当を設定した申請: ${ROWS - 1} 件、スキップした申請: 1 件`).waitFor();
    await bar.getByText(`${CLOSED_RECEIPT}（処理が終わっている）`).waitFor();
    await a11y.check(clerk, 'console: bulk assignment finished');

    // The queue reloaded: every row shows the new 担当
    await table.getByRole('cell', { name: ASSIGNEE_NAME }).first().waitFor();
    const assignees = await table
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.lastElementChild?.textContent ?? ''));
    expect(assignees).toHaveLength(50);
    // The oldest row first: the closed one, left 未割当.
    expect(assignees[0]).toBe('未割当');
    expect(assignees.filter((name) => name === ASSIGNEE_NAME)).toHaveLength(49);

    const { rows } = await client!.query<{ assigned: number; audited: number }>(
      `SELECT count(*) FILTER (WHERE a.assignee_id = $2)::int AS assigned,
              (SELECT count(*)::int FROM audit_log l
                WHERE l.action = 'application.assign' AND l.actor_id = 'staff-yokohama-tanaka'
                  AND l.target_id IN (SELECT id::text FROM applications WHERE resident_id = $1)) AS audited
         FROM applications a WHERE a.resident_id = $1`,
      [MARK, ASSIGNEE_ID],
    );
    expect(rows[0]).toEqual({ assigned: ROWS - 1, audited: ROWS - 1 });
    expect(a11y.failures).toEqual([]);
  }, 180_000);
});
