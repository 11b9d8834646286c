import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { VALIDATION_PARITY_CASES } from '@madoguchi/forms-schema/testing';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from '../support/samples.js';

// The same table runs in the browser environment (libs/forms/feature-render/src/engine-parity.spec.tsx).
describe('API validation parity', () => {
  let app: ApiTestApp;
  let resident: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(VALIDATION_PARITY_CASES.map((testCase) => [testCase.name, testCase] as const))(
    'refuses %s with the same paths and codes as the browser',
    async (_name, testCase) => {
      const answers = testCase.mutate(readSampleAnswers(testCase.procedureId, testCase.sample));

      const response = await request(app.http)
        .post('/api/applications')
        .set('Cookie', resident)
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: testCase.procedureId,
          formVersion: 1,
          answers,
        })
        .expect(422);

      expect(
        response.body.error.fields.map(({ path, code }: { path: string; code: string }) => ({
          path,
          code,
        })),
      ).toEqual(testCase.expected);
    },
  );

  it('stores a 児童手当 認定請求 with three children, one living apart', async () => {
    const sample = JSON.parse(
      readFileSync(
        join(
          SEEDS_DIR,
          'forms',
          'child-allowance-certification',
          'samples',
          'three-children-one-apart.json',
        ),
        'utf8',
      ),
    ) as { children: { livingArrangement?: string; myNumber: string }[] };
    expect(sample.children).toHaveLength(3);

    const target = {
      municipalityCode: CHIYODA,
      procedureId: 'child-allowance-certification',
      formVersion: 1,
    };
    const answers = await withUploadedAttachments(app, resident, target, sample);

    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ ...target, answers })
      .expect(201);

    expect(response.body.answers.children).toHaveLength(3);
    for (const [index, child] of (
      response.body.answers.children as { myNumber: string }[]
    ).entries()) {
      expect(child.myNumber).toBe(`********${sample.children[index]!.myNumber.slice(-4)}`);
    }
    const [row] = await app.database.dataSource.query(
      `SELECT answers FROM applications WHERE id = $1`,
      [response.body.id],
    );
    expect(JSON.stringify(row.answers)).not.toContain(sample.children[0]!.myNumber);
  });
});
