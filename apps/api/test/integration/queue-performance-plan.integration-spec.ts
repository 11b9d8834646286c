import request from 'supertest';
import { DataSource } from 'typeorm';
import type { QueryRunner } from 'typeorm';

import { RECEIPT_NUMBER_ALPHABET } from '../../src/applications/receipt-number.js';
import type { PageCursor } from '../../src/staff-queue/page-cursor.js';
import { parseQueueSearch } from '../../src/staff-queue/search-query.js';
import type { QueueFilter } from '../../src/staff-queue/work-queue.repository.js';
import { WorkQueueRepository } from '../../src/staff-queue/work-queue.repository.js';
import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
};

const CHIYODA_ROWS = 12_000;
/** A distinct 受付番号 for each g: the digits of a bijection of g in base 23, in the alphabet. */
const RECEIPT_NUMBER_SQL = [0, 1]
  .map(
    (group) =>
      `(SELECT string_agg(substr('${RECEIPT_NUMBER_ALPHABET}', 1 + (((g::bigint * 7919 + 12345) % 78310985281) / (23::bigint ^ k)::bigint % 23)::int, 1), '' ORDER BY k) FROM generate_series(${group * 4}, ${group * 4 + 3}) AS k)`,
  )
  .join(` || '-' || `);
const YOKOHAMA_ROWS = 8_000;

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** Buffers a binary response body as bytes. */
function binary(raw: unknown, callback: (error: Error | null, body: unknown) => void): void {
  const response = raw as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('the work queue’s plans at volume, under row-level security', () => {
  let app: ApiTestApp;
  let caseworker: string;
  let knownReceipt: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    caseworker = await app.signIn('staff-chiyoda-sato');
    // Straight in SQL as the owner: two municipalities, one form, names and フリガナ that vary.
    await app.database.dataSource.query(`
      INSERT INTO applications (id, municipality_code, procedure_id, form_version, base_form_version,
        receipt_number, resident_id, applicant_name, applicant_name_kana, status, answers,
        submitted_at, updated_at, due_date)
      SELECT gen_random_uuid(), CASE WHEN g <= ${CHIYODA_ROWS} THEN '${CHIYODA}' ELSE '${YOKOHAMA}' END,
        'pregnancy-notification', 1, 1,
        ${RECEIPT_NUMBER_SQL},
        'resident-perf-' || g,
        (ARRAY['山田', '佐藤', '鈴木', '高橋', '田中'])[1 + g % 5] || ' ' || '花子' || g,
        (ARRAY['ヤマダ', 'サトウ', 'スズキ', 'タカハシ', 'タナカ'])[1 + g % 5] || ' ' || 'ハナコ' || g,
        (ARRAY['submitted', 'under_review', 'completed', 'completed', 'rejected'])[1 + g % 5],
        '{}'::jsonb,
        timestamptz '2026-01-01' + g * interval '1 minute' + (g % 3) * interval '1 microsecond',
        timestamptz '2026-01-01' + g * interval '1 minute',
        date '2026-01-10' + g % 400
      FROM generate_series(1, ${CHIYODA_ROWS + YOKOHAMA_ROWS}) AS g
    `);
    await app.database.dataSource.query('ANALYZE applications');
    const [row] = await app.database.dataSource.query<{ receipt_number: string }[]>(
      `SELECT receipt_number FROM applications WHERE municipality_code = $1 AND resident_id = 'resident-perf-4323'`,
      [CHIYODA],
    );
    knownReceipt = row!.receipt_number;
  });

  afterAll(async () => {
    await app.close();
  });

  const apiDataSource = (): DataSource => app.app.get(DataSource);
  const filterOf = (overrides: Partial<QueueFilter>): QueueFilter => ({
    municipalityCode: CHIYODA,
    today: '2026-06-01',
    sort: 'submitted',
    ...overrides,
  });

  /**
   * The plan of the SQL the repository sends for one page, as the API's role with the tenant
   * settings in force: the statement is caught on the scope's own connection and explained there.
   */
  async function planOfPage(filter: QueueFilter, cursor: PageCursor | null = null) {
    return runInTenantScope(
      apiDataSource(),
      { municipalityCode: CHIYODA, residentId: null },
      async () => {
        const runner: QueryRunner = apiDataSource().createQueryRunner();
        const send = runner.query.bind(runner);
        const statements: { sql: string; parameters: unknown[] }[] = [];
        runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
          if (sql.includes('FROM "applications"')) {
            statements.push({ sql, parameters: parameters ?? [] });
          }
          return structured === true ? send(sql, parameters, true) : send(sql, parameters);
        }) as typeof runner.query;
        try {
          await app.app.get(WorkQueueRepository).listPage(filter, cursor, 51);
        } finally {
          runner.query = send;
        }
        if (statements.length === 0) {
          throw new Error('the repository sent no query on applications');
        }
        const plans: PlanNode[][] = [];
        for (const statement of statements) {
          const [explained] = (await send(
            `EXPLAIN (FORMAT JSON) ${statement.sql}`,
            statement.parameters,
          )) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
          plans.push(nodesOf(explained!['QUERY PLAN'][0].Plan));
        }
        const [role] = (await send('SELECT current_user AS role')) as { role: string }[];
        return { nodes: plans.flat(), plans, role: role!.role };
      },
    );
  }

  const onApplications = (nodes: PlanNode[]): PlanNode[] =>
    nodes.filter((node) => node['Relation Name'] === 'applications');

  it('finds a whole 受付番号 by the unique index, without a sequential scan', async () => {
    // Act
    const { nodes, role } = await planOfPage(
      filterOf({ search: parseQueueSearch(knownReceipt.toLowerCase().replace('-', '')) }),
    );

    // Assert
    expect(role).toBe('madoguchi_app');
    expect(onApplications(nodes).map((node) => node['Node Type'])).toEqual(['Index Scan']);
    expect(onApplications(nodes)[0]?.['Index Name']).toBe('applications_receipt_number_unique');
  });

  it('finds a name in kana through the trigram indexes, without a sequential scan', async () => {
    // Act
    const { nodes } = await planOfPage(
      filterOf({ search: parseQueueSearch('たかはし はなこ432') }),
    );

    // Assert
    const used = nodes.map((node) => node['Index Name']).filter(Boolean);
    expect(onApplications(nodes).some((node) => node['Node Type'] === 'Seq Scan')).toBe(false);
    expect(used).toEqual(
      expect.arrayContaining(['applications_kana_search_idx', 'applications_name_search_idx']),
    );
  });

  it('walks the municipality’s index in order for a batch after a cursor, with no sort', async () => {
    // Act
    const { nodes } = await planOfPage(filterOf({}), {
      sort: 'submitted',
      key: '2026-01-03T00:00:00.000000Z',
      id: '00000000-0000-4000-8000-000000000000',
    });

    // Assert
    expect(nodes.some((node) => node['Node Type'] === 'Sort')).toBe(false);
    expect(onApplications(nodes)[0]?.['Index Name']).toBe('applications_queue_submitted_idx');
  });

  it('reads a procedure and several statuses as one ordered index range per status', async () => {
    // Act: a combination with rows and one with none (no withdrawn application in the data),
    // which the municipality's (submitted_at, id) order could only answer by reading every row.
    const { plans } = await planOfPage(
      filterOf({ procedureId: 'pregnancy-notification', statuses: ['submitted', 'withdrawn'] }),
      {
        sort: 'submitted',
        key: '2026-01-03T00:00:00.000000Z',
        id: '00000000-0000-4000-8000-000000000000',
      },
    );

    // Assert
    expect(plans).toHaveLength(2);
    for (const nodes of plans) {
      expect(nodes.some((node) => node['Node Type'] === 'Sort')).toBe(false);
      const [scan, ...others] = onApplications(nodes);
      expect(others).toEqual([]);
      expect(scan?.['Node Type']).toBe('Index Scan');
      expect(scan?.['Index Name']).toBe('applications_queue_procedure_status_idx');
      expect(scan?.['Index Cond']).toMatch(
        /procedure_id = .*status = .*ROW\(submitted_at, id\) >/s,
      );
    }
  });

  it('reads a rare procedure without a status filter in its own index order', async () => {
    // Act: a procedure with no application, which the municipality's order would read through.
    const { nodes } = await planOfPage(filterOf({ procedureId: 'moving-out-notification' }));

    // Assert
    expect(nodes.some((node) => node['Node Type'] === 'Sort')).toBe(false);
    expect(onApplications(nodes).map((node) => node['Index Name'])).toEqual([
      'applications_queue_procedure_idx',
    ]);
  });

  it('pages through several statuses in the same order as PostgreSQL sorts them', async () => {
    // Arrange
    const statuses = ['submitted', 'completed', 'rejected'] as const;
    const expected = (
      await app.database.dataSource.query<{ id: string }[]>(
        `SELECT id FROM applications WHERE municipality_code = $1 AND procedure_id = 'pregnancy-notification'
           AND status = ANY($2) ORDER BY submitted_at, id`,
        [CHIYODA, statuses],
      )
    ).map((row) => row.id);
    const repository = app.app.get(WorkQueueRepository);
    const seen: string[] = [];

    // Act
    let cursor: PageCursor | null = null;
    for (;;) {
      const page = await runInTenantScope(
        apiDataSource(),
        { municipalityCode: CHIYODA, residentId: null },
        () =>
          repository.listPage(
            filterOf({ procedureId: 'pregnancy-notification', statuses }),
            cursor,
            1000,
          ),
      );
      seen.push(...page.map((row) => row.application.id));
      const last = page.at(-1);
      if (page.length < 1000 || !last) {
        break;
      }
      cursor = { sort: 'submitted', key: last.sortKey, id: last.application.id };
    }

    // Assert
    expect(expected.length).toBeGreaterThan(5000);
    expect(seen).toEqual(expected);
  });

  it('answers the searches with the same rows as before', async () => {
    // Arrange
    const list = (q: string) =>
      request(app.http)
        .get('/api/staff/applications')
        .query({ q, limit: '100' })
        .set('Cookie', caseworker)
        .expect(200)
        .then(
          (response) =>
            (response.body as { items: { receiptNumber: string; applicantName: string }[] }).items,
        );

    // Act
    const byReceipt = await list(knownReceipt.toLowerCase());
    const byKana = await list('たかはし　はなこ4323');
    const byKanji = await list('高橋花子4323');
    const byStart = await list(knownReceipt.slice(0, 4));

    // Assert
    expect(byReceipt.map((item) => item.receiptNumber)).toEqual([knownReceipt]);
    expect(byKana.map((item) => item.applicantName)).toEqual(['高橋 花子4323']);
    expect(byKanji.map((item) => item.applicantName)).toEqual(['高橋 花子4323']);
    expect(byStart.map((item) => item.receiptNumber)).toContain(knownReceipt);
    expect(
      byStart.every(
        (item) =>
          item.receiptNumber.startsWith(knownReceipt.slice(0, 4)) ||
          item.applicantName.includes(knownReceipt.slice(0, 4)),
      ),
    ).toBe(true);
  });

  it('exports exactly the municipality’s rows, in order, across many batches', async () => {
    // Arrange
    const expected = (
      await app.database.dataSource.query<{ receipt_number: string }[]>(
        'SELECT receipt_number FROM applications WHERE municipality_code = $1 ORDER BY submitted_at, id',
        [CHIYODA],
      )
    ).map((row) => row.receipt_number);

    // Act
    const response = await request(app.http)
      .get('/api/staff/applications/export')
      .query({ format: 'json' })
      .set('Cookie', caseworker)
      .buffer(true)
      .parse(binary)
      .expect(200);

    // Assert
    const rows = JSON.parse((response.body as Buffer).toString('utf8')) as {
      receiptNumber: string;
    }[];
    expect(expected.length).toBeGreaterThanOrEqual(CHIYODA_ROWS);
    expect(rows.map((row) => row.receiptNumber)).toEqual(expected);
  });
});
