import {
  RUNTIME_ROLES,
  checkRuntimeRole,
  createDataSourceOptions,
  readConnectedRole,
} from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';
import { submitSamplePregnancyNotification } from '../support/resident-requests.js';
import { CHIYODA } from '../support/samples.js';

/** PostgreSQL's code for "permission denied" (insufficient_privilege). */
const PERMISSION_DENIED = '42501';

async function failureCode(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('database roles: the processes do not log in as the owner', () => {
  let app: ApiTestApp;
  let worker: DataSource;
  let applicationId: string;

  beforeAll(async () => {
    app = await startApiTestApp({ MALWARE_SCANNER: 'none' });
    applicationId = await submitSamplePregnancyNotification(
      app,
      await app.signIn('resident-yamada-hanako'),
    );
    worker = new DataSource(
      createDataSourceOptions({
        url: app.database.workerUrl,
        applicationName: 'madoguchi-test-worker-role',
        poolSize: 2,
      }),
    );
    await worker.initialize();
  });

  afterAll(async () => {
    await worker.destroy();
    await app.close();
  });

  const api = (): DataSource => app.app.get(DataSource);

  it('connects the API as madoguchi_api: no superuser, no BYPASSRLS, no table of its own', async () => {
    await expect(readConnectedRole(api())).resolves.toEqual({
      name: RUNTIME_ROLES.api,
      isSuperuser: false,
      bypassesRowLevelSecurity: false,
      ownsTables: false,
    });
  });

  it('shows the API no tenant’s rows outside a request’s scope, though they exist', async () => {
    const [asApi] = await api().query('SELECT count(*)::int AS n FROM applications');
    const [asOwner] = await app.database.dataSource.query(
      'SELECT count(*)::int AS n FROM applications',
    );

    expect(asOwner.n).toBe(1);
    expect(asApi.n).toBe(0);
  });

  it('refuses the API any change of the schema', async () => {
    expect(await failureCode(api().query('DROP TABLE applications'))).toBe(PERMISSION_DENIED);
    expect(await failureCode(api().query('CREATE TABLE intruder (id int)'))).toBe(
      PERMISSION_DENIED,
    );
    expect(
      await failureCode(api().query('ALTER TABLE applications DISABLE ROW LEVEL SECURITY')),
    ).toBe(PERMISSION_DENIED);
  });

  it('keeps the audit log append-only for the API: rows are added, never changed or removed', async () => {
    const chiyoda = { municipalityCode: CHIYODA, residentId: null };
    const [{ n: before }] = await app.database.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_log',
    );

    const inserted = await runInTenantScope(api(), chiyoda, () =>
      api().query(
        `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id)
         VALUES ($1, 'staff', 'staff-test', 'application.read', 'application', $2) RETURNING id`,
        [CHIYODA, applicationId],
      ),
    );
    const updated = failureCode(
      runInTenantScope(api(), chiyoda, () =>
        api().query(`UPDATE audit_log SET action = 'test.rewritten'`),
      ),
    );
    const deleted = failureCode(
      runInTenantScope(api(), chiyoda, () => api().query('DELETE FROM audit_log')),
    );

    expect(inserted).toHaveLength(1);
    expect(await updated).toBe(PERMISSION_DENIED);
    expect(await deleted).toBe(PERMISSION_DENIED);
    const [{ n: after }] = await app.database.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_log',
    );
    expect(after).toBe(before + 1);
  });

  it('connects the worker as madoguchi_worker, which reads every municipality’s applications but no drafts, files, staff or audit log', async () => {
    await expect(readConnectedRole(worker)).resolves.toMatchObject({
      name: RUNTIME_ROLES.worker,
      isSuperuser: false,
      bypassesRowLevelSecurity: false,
      ownsTables: false,
    });
    const rows = await worker.query('SELECT id FROM applications');
    expect(rows).toEqual([{ id: applicationId }]);

    for (const table of ['drafts', 'attachments', 'staff_members', 'audit_log', 'sessions']) {
      expect(await failureCode(worker.query(`SELECT 1 FROM ${table} LIMIT 1`))).toBe(
        PERMISSION_DENIED,
      );
    }
    expect(await failureCode(worker.query(`UPDATE applications SET status = 'approved'`))).toBe(
      PERMISSION_DENIED,
    );
  });

  it('counts drafts per step only through draft_step_counts, for the scope’s municipality, and never for the worker', async () => {
    const since = '2000-01-01T00:00:00Z';
    const resident = { municipalityCode: null, residentId: 'resident-yamada-hanako' };
    const [{ owner, definer, config }] = await app.database.dataSource.query(
      `SELECT pg_get_userbyid(proowner) AS owner, prosecdef AS definer, proconfig AS config
         FROM pg_proc WHERE proname = 'draft_step_counts'`,
    );
    const [{ role }] = await app.database.dataSource.query('SELECT current_user AS role');

    const asChiyoda = await runInTenantScope(
      api(),
      { municipalityCode: CHIYODA, residentId: null },
      () => api().query('SELECT * FROM draft_step_counts($1)', [since]),
    );
    const asResident = await runInTenantScope(api(), resident, () =>
      api().query('SELECT * FROM draft_step_counts($1)', [since]),
    );
    const outsideScope = await api().query('SELECT * FROM draft_step_counts($1)', [since]);

    expect({ owner, definer, config }).toEqual({
      owner: role,
      definer: true,
      config: ['search_path=pg_catalog, public'],
    });
    expect(asChiyoda).toEqual([
      { procedure_id: 'pregnancy-notification', step_id: null, drafts: 0, submitted: 1 },
    ]);
    expect(asResident).toEqual([]);
    expect(outsideScope).toEqual([]);
    expect(await failureCode(worker.query('SELECT * FROM draft_step_counts($1)', [since]))).toBe(
      PERMISSION_DENIED,
    );
  });

  it('refuses to start in production as the owner, and starts as a runtime role', async () => {
    const quiet = { isProduction: true, warn: () => undefined };

    await expect(checkRuntimeRole(app.database.dataSource, quiet)).rejects.toThrow(
      /owns the tables.*madoguchi_api \/ madoguchi_worker/,
    );
    await expect(checkRuntimeRole(api(), quiet)).resolves.toBeUndefined();
    await expect(checkRuntimeRole(worker, quiet)).resolves.toBeUndefined();
  });

  it('only warns in development', async () => {
    const warnings: string[] = [];

    await checkRuntimeRole(app.database.dataSource, {
      isProduction: false,
      warn: (message) => warnings.push(message),
    });

    expect(warnings).toEqual([expect.stringContaining('row-level security would not hold it')]);
  });
});
