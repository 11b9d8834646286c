import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import request from 'supertest';

import { seedCatalog } from '../../src/seeding/seed-catalog.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { readSampleAnswers } from '../support/samples.js';

const ODAWARA = '142069';
const CHIYODA = '131016';

describe('effective forms: a standard form plus a municipality’s overlay', () => {
  let app: ApiTestApp;
  let resident: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
  });

  function submit(municipalityCode: string, formVersion: number, answers: Record<string, unknown>) {
    return request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ municipalityCode, procedureId: 'pregnancy-notification', formVersion, answers });
  }

  it('serves Odawara’s local fields and Chiyoda’s standard form for the same procedure', async () => {
    const odawara = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    const chiyoda = await request(app.http)
      .get(`/api/municipalities/${CHIYODA}/procedures/pregnancy-notification/form`)
      .expect(200);

    const stepIds = (form: { definition: { steps: { id: string }[] } }) =>
      form.definition.steps.map((step) => step.id);
    expect(stepIds(odawara.body)).toContain('localSupport');
    expect(stepIds(chiyoda.body)).not.toContain('localSupport');
    expect(odawara.body.baseFormVersion).toBe(1);
  });

  it('validates a submission against the effective form: the local required field counts', async () => {
    const form = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    const answers = readSampleAnswers('pregnancy-notification');

    const missingLocal = await submit(ODAWARA, form.body.formVersion as number, answers).expect(
      422,
    );
    expect(missingLocal.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'localJoinsParentClass', code: 'required' }),
      ]),
    );

    const stored = await submit(ODAWARA, form.body.formVersion as number, {
      ...answers,
      localJoinsParentClass: false,
    });
    expect(stored.status).toBe(201);
    const [row] = await app.database.dataSource.query(
      'SELECT form_version, base_form_version FROM applications WHERE id = $1',
      [stored.body.id],
    );
    expect(row).toEqual({ form_version: form.body.formVersion, base_form_version: 1 });
  });

  it('exports the effective form as JSON Schema 2020-12 that accepts the answers as stored', async () => {
    const response = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form/json-schema`)
      .expect(200);
    const form = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    const normalised = compileForm(parseFormDefinition(form.body.definition)).validate({
      ...readSampleAnswers('pregnancy-notification'),
      localJoinsParentClass: true,
    });

    expect(response.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(response.body)).toContain('localJoinsParentClass');
    expect(normalised.ok).toBe(true);
    const validate = new Ajv2020({ strict: false, logger: false }).compile(response.body);
    expect(validate(normalised.ok ? normalised.answers : {})).toBe(true);
    expect(validate({ localJoinsParentClass: 'maybe' })).toBe(false);
  });

  it('keeps versions on re-seeding, and publishes a new one when the overlay changes', async () => {
    const before = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    await seedCatalog(app.database.dataSource, SEEDS_DIR);
    const same = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    expect(same.body.formVersion).toBe(before.body.formVersion);

    const seeds = mkdtempSync(join(tmpdir(), 'madoguchi-seeds-'));
    try {
      cpSync(SEEDS_DIR, seeds, { recursive: true });
      const overlayPath = join(
        seeds,
        'municipalities',
        'overlays',
        ODAWARA,
        'pregnancy-notification.json',
      );
      const overlay = JSON.parse(readFileSync(overlayPath, 'utf8')) as {
        addSteps: { step: { title: { ja: string } } }[];
      };
      overlay.addSteps[0]!.step.title.ja = '小田原市の子育て支援（改訂）';
      writeFileSync(overlayPath, JSON.stringify(overlay));
      await seedCatalog(app.database.dataSource, seeds);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }

    const after = await request(app.http)
      .get(`/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form`)
      .expect(200);
    expect(after.body.formVersion).toBe((before.body.formVersion as number) + 1);
    const old = await request(app.http)
      .get(
        `/api/municipalities/${ODAWARA}/procedures/pregnancy-notification/form?version=${before.body.formVersion}`,
      )
      .expect(200);
    expect(JSON.stringify(old.body.definition)).not.toContain('（改訂）');
  });
});
