import { randomUUID } from 'node:crypto';

import { addDays, japanDateOf } from '@madoguchi/shared-util-dates';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const ODAWARA = '142069';

/**
 * GET /api/me/life-records: the records the worker made from a resident's applications (written
 * here as the worker writes them), with the reminders the daily scan will send for them.
 */
describe('a resident’s life records and upcoming reminders (API)', () => {
  let app: ApiTestApp;
  let hanako: string;
  let ichiro: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const today = japanDateOf(new Date());
  const pregnancyId = randomUUID();
  const childId = randomUUID();
  const certificationId = randomUUID();
  let receiptNumber: string;

  async function insertLifeRecord(record: {
    id: string;
    municipalityCode: string;
    residentId: string;
    kind: string;
    fields: object;
    sourceKey: string;
  }) {
    await app.database.dataSource.query(
      `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.id,
        record.municipalityCode,
        record.residentId,
        record.kind,
        JSON.stringify(record.fields),
        record.sourceKey,
      ],
    );
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    hanako = await app.signIn('resident-yamada-hanako');
    ichiro = await app.signIn('resident-suzuki-ichiro');
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers,
      })
      .expect(201);
    receiptNumber = submitted.body.receiptNumber as string;
    // Due in 30 days: the birth-preparation reminder (30 days ahead) is due today.
    await insertLifeRecord({
      id: pregnancyId,
      municipalityCode: CHIYODA,
      residentId: 'resident-yamada-hanako',
      kind: 'pregnancy',
      fields: { dueDate: addDays(today, 30), name: '花子' },
      sourceKey: `application:${submitted.body.id as string}:pregnancy:0`,
    });
    await insertLifeRecord({
      id: childId,
      municipalityCode: CHIYODA,
      residentId: 'resident-yamada-hanako',
      kind: 'child',
      fields: { name: '太郎', birthDate: addDays(today, -200) },
      sourceKey: `seed:test-${childId}`,
    });
    await insertLifeRecord({
      id: certificationId,
      municipalityCode: ODAWARA,
      residentId: 'resident-suzuki-ichiro',
      kind: 'care_certification',
      fields: { name: '梅子', validFrom: addDays(today, -300), expiryDate: addDays(today, 90) },
      sourceKey: `seed:test-${certificationId}`,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows a resident their own records, where they came from and the reminders to come', async () => {
    // Act
    const response = await request(app.http)
      .get('/api/me/life-records')
      .set('Cookie', hanako)
      .expect(200);

    // Assert
    expect(response.body.asOf).toBe(today);
    expect(response.body.records.map((record: { id: string }) => record.id).sort()).toEqual(
      [pregnancyId, childId].sort(),
    );
    const pregnancy = response.body.records.find(
      (record: { id: string }) => record.id === pregnancyId,
    );
    expect(pregnancy).toEqual(
      expect.objectContaining({
        kind: 'pregnancy',
        name: '花子',
        dueDate: addDays(today, 30),
        origin: expect.objectContaining({
          type: 'application',
          receiptNumber,
          procedureTitle: expect.objectContaining({ ja: '妊娠の届出' }),
        }),
      }),
    );
    expect(pregnancy.upcomingReminders).toEqual([
      expect.objectContaining({
        ruleId: 'pregnancy-birth-preparation',
        dueOn: today,
        eventDate: addDays(today, 30),
        channels: ['in_app', 'web_push', 'email'],
      }),
    ]);
    const child = response.body.records.find((record: { id: string }) => record.id === childId);
    expect(child.origin).toEqual({ type: 'demo' });
    expect(child.upcomingReminders.length).toBeGreaterThan(0);
    expect(response.body.offices).toEqual([
      expect.objectContaining({ municipalityCode: CHIYODA, phone: '03-3264-2111' }),
    ]);
    // Nothing of the application's answers beyond the record: no 個人番号.
    expect(JSON.stringify(response.body)).not.toContain(answers.myNumber as string);
  });

  it('never shows another resident’s records', async () => {
    const mine = await request(app.http)
      .get('/api/me/life-records')
      .set('Cookie', hanako)
      .expect(200);
    const theirs = await request(app.http)
      .get('/api/me/life-records')
      .set('Cookie', ichiro)
      .expect(200);

    expect(JSON.stringify(mine.body)).not.toContain(certificationId);
    expect(theirs.body.records.map((record: { id: string }) => record.id)).toEqual([
      certificationId,
    ]);
    expect(theirs.body.records[0]).toEqual(
      expect.objectContaining({ validFrom: addDays(today, -300), expiryDate: addDays(today, 90) }),
    );
    expect(
      theirs.body.offices.map((office: { municipalityCode: string }) => office.municipalityCode),
    ).toEqual([ODAWARA]);
    expect(JSON.stringify(theirs.body)).not.toContain(pregnancyId);
  });

  it('no longer lists a reminder the scan has already recorded today', async () => {
    // Arrange
    await app.database.dataSource.query(
      `INSERT INTO reminder_occurrences (recipient_id, rule_id, occurrence_key, municipality_code, due_on) VALUES ($1, $2, $3, $4, $5)`,
      [
        'resident-yamada-hanako',
        'pregnancy-birth-preparation',
        `${pregnancyId}:due`,
        CHIYODA,
        today,
      ],
    );

    // Act
    const response = await request(app.http)
      .get('/api/me/life-records')
      .set('Cookie', hanako)
      .expect(200);

    // Assert
    expect(
      response.body.records.find((record: { id: string }) => record.id === pregnancyId)
        .upcomingReminders,
    ).toEqual([]);
  });

  it('refuses anyone not signed in (401) and staff (403)', async () => {
    const caseworker = await app.signIn('staff-chiyoda-sato');

    const anonymous = await request(app.http).get('/api/me/life-records').expect(401);
    const staff = await request(app.http)
      .get('/api/me/life-records')
      .set('Cookie', caseworker)
      .expect(403);

    expect(anonymous.body.error.code).toEqual(expect.any(String));
    expect(staff.body.error.code).toEqual(expect.any(String));
  });
});
