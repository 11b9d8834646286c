import { randomUUID } from 'node:crypto';

import { jest } from '@jest/globals';
import { ApplicationEntity } from '@madoguchi/server-database';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { ApplicationRepository } from '../../src/applications/application.repository.js';
import { DraftRepository } from '../../src/drafts/draft.repository.js';
import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';
import {
  postPregnancyDraft,
  submitSamplePregnancyNotification,
} from '../support/resident-requests.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

describe('row-level security: the second wall', () => {
  let app: ApiTestApp;
  let applicationId: string;
  let draftId: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    const resident = await app.signIn('resident-yamada-hanako');
    applicationId = await submitSamplePregnancyNotification(app, resident);
    const draft = await postPregnancyDraft(app, resident).expect(201);
    draftId = draft.body.id as string;
  });

  afterAll(async () => {
    await app.close();
  });

  /** The API's own data source (the one its tenant scope is installed on). */
  const apiDataSource = (): DataSource => app.app.get(DataSource);
  const yokohamaStaff = { municipalityCode: YOKOHAMA, residentId: null };
  const otherResident = { municipalityCode: null, residentId: 'resident-suzuki-ichiro' };

  it('lets the service read its own tenant’s rows through the policies', async () => {
    const repository = app.app.get(ApplicationRepository);

    const asChiyoda = await runInTenantScope(
      apiDataSource(),
      { municipalityCode: CHIYODA, residentId: null },
      () => repository.findForMunicipality(CHIYODA, applicationId),
    );

    expect(asChiyoda?.id).toBe(applicationId);
  });

  it('hides another municipality’s application even when the service check is bypassed', async () => {
    const repository = app.app.get(ApplicationRepository);

    // The repository is asked for 千代田区's row, as a buggy service might; the scope is 横浜市.
    const bypassed = await runInTenantScope(apiDataSource(), yokohamaStaff, () =>
      repository.findForMunicipality(CHIYODA, applicationId),
    );
    const raw = await runInTenantScope(apiDataSource(), yokohamaStaff, () =>
      apiDataSource().query('SELECT id FROM applications WHERE id = $1', [applicationId]),
    );

    expect(bypassed).toBeNull();
    expect(raw).toEqual([]);
  });

  it('refuses writes across municipalities and residents', async () => {
    const updated = await runInTenantScope(apiDataSource(), yokohamaStaff, () =>
      apiDataSource().query(
        `UPDATE applications SET status = 'rejected' WHERE id = $1 RETURNING id`,
        [applicationId],
      ),
    );
    const inserting = runInTenantScope(apiDataSource(), yokohamaStaff, () =>
      apiDataSource().query(
        `INSERT INTO application_notes (id, application_id, municipality_code, author_id, author_name, body)
         VALUES ($1, $2, $3, 'staff-yokohama-tanaka', '田中 健', 'x')`,
        [randomUUID(), applicationId, CHIYODA],
      ),
    );

    expect(updated).toEqual([[], 0]);
    await expect(inserting).rejects.toThrow(/row-level security/);
    const [row] = await app.database.dataSource.query(
      'SELECT status FROM applications WHERE id = $1',
      [applicationId],
    );
    expect(row.status).toBe('submitted');
  });

  it('keeps a resident’s drafts and applications from another resident', async () => {
    const drafts = app.app.get(DraftRepository);

    const draft = await runInTenantScope(apiDataSource(), otherResident, () =>
      drafts.find('resident-yamada-hanako', draftId),
    );
    const applications = await runInTenantScope(apiDataSource(), otherResident, () =>
      apiDataSource().query('SELECT id FROM applications'),
    );

    expect(draft).toBeNull();
    expect(applications).toEqual([]);
  });

  it('refuses over HTTP when the service forgets its municipality check', async () => {
    const staff = await app.signIn('staff-yokohama-tanaka');
    // A service bug: the lookup ignores the staff member's municipality.
    const spy = jest
      .spyOn(ApplicationRepository.prototype, 'findForMunicipality')
      .mockImplementation((_municipalityCode, id) =>
        apiDataSource().getRepository(ApplicationEntity).findOneBy({ id }),
      );
    try {
      await request(app.http)
        .get(`/api/staff/applications/${applicationId}`)
        .set('Cookie', staff)
        .expect(404);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('runs the API’s requests under the restricted role', async () => {
    const rows = await runInTenantScope(apiDataSource(), yokohamaStaff, () =>
      apiDataSource().query(
        `SELECT current_user AS role, current_setting('app.municipality_code') AS municipality`,
      ),
    );

    expect(rows).toEqual([{ role: 'madoguchi_app', municipality: YOKOHAMA }]);
  });

  it('keeps the notification engine’s rows to their resident and municipality', async () => {
    const owner = app.database.dataSource;
    const deliveryId = randomUUID();
    await owner.query(
      `INSERT INTO notification_preferences (resident_id, preferences) VALUES ('resident-yamada-hanako', '{}'::jsonb) ON CONFLICT DO NOTHING`,
    );
    await owner.query(
      `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
       VALUES ($1, $2, 'resident-yamada-hanako', 'child', '{"birthDate":"2025-01-01"}'::jsonb, $3)`,
      [randomUUID(), CHIYODA, `rls-test:${randomUUID()}`],
    );
    await owner.query(
      `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload, status, not_before, failed_at)
       VALUES ($1, $2, 'resident-yamada-hanako', 'childcare', 'email', 'hanako@example.jp', $3, '{}'::jsonb, 'permanent_failure', now(), now())`,
      [deliveryId, CHIYODA, `rls-test:${deliveryId}`],
    );

    const seenByOtherResident = await runInTenantScope(
      apiDataSource(),
      otherResident,
      async () => ({
        preferences: await apiDataSource().query(
          `SELECT resident_id FROM notification_preferences`,
        ),
        lifeRecords: await apiDataSource().query(`SELECT id FROM life_records`),
        deliveries: await apiDataSource().query(`SELECT id FROM notification_deliveries`),
      }),
    );
    const seenByYokohama = await runInTenantScope(apiDataSource(), yokohamaStaff, async () => ({
      lifeRecords: await apiDataSource().query(`SELECT id FROM life_records`),
      deliveries: await apiDataSource().query(
        `SELECT id FROM notification_deliveries WHERE id = $1`,
        [deliveryId],
      ),
    }));
    const seenByChiyoda = await runInTenantScope(
      apiDataSource(),
      { municipalityCode: CHIYODA, residentId: null },
      () =>
        apiDataSource().query(`SELECT id FROM notification_deliveries WHERE id = $1`, [deliveryId]),
    );
    const writingForAnother = runInTenantScope(apiDataSource(), otherResident, () =>
      apiDataSource().query(
        `INSERT INTO notification_contacts (resident_id, email) VALUES ('resident-yamada-hanako', 'evil@example.jp')`,
      ),
    );

    expect(seenByOtherResident).toEqual({ preferences: [], lifeRecords: [], deliveries: [] });
    expect(seenByYokohama).toEqual({ lifeRecords: [], deliveries: [] });
    expect(seenByChiyoda).toEqual([{ id: deliveryId }]);
    await expect(writingForAnother).rejects.toThrow(/row-level security/);
  });
});
