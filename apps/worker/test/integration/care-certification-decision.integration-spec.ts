import type { DecisionRecord } from '@madoguchi/procedures-domain';
import type { TestDatabase } from '@madoguchi/server-database/testing';

import { insertApplication, insertMunicipality, insertStatusChange } from '../support/fixtures.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

const ANSWERS = {
  applicantKind: 'self',
  insured: {
    name: { family: '鈴木', given: '一郎', familyKana: 'スズキ', givenKana: 'イチロウ' },
    birthDate: '1944-02-01',
  },
};

/** The completing step as the API writes it: the event (with the 認定結果 when recorded) and its outbox message (without it). */
async function completeWith(
  database: TestDatabase,
  applicationId: string,
  residentId: string,
  decisionRecord: DecisionRecord | null,
): Promise<void> {
  await insertStatusChange(database, applicationId, residentId, 'completed', {
    fromStatus: 'awaiting_approval',
    decisionRecord,
    occurredAt: '2026-05-12T01:00:00Z',
  });
}

async function lifeRecordsOf(
  database: TestDatabase,
  residentId: string,
): Promise<{ kind: string; fields: Record<string, string> }[]> {
  await waitFor(
    async () => {
      const [row] = await database.dataSource.query(
        `SELECT count(*)::int AS pending FROM outbox WHERE payload->>'residentId' = $1 AND processed_at IS NULL`,
        [residentId],
      );
      return row.pending === 0 ? true : undefined;
    },
    15_000,
    'the completed status change',
  );
  return database.dataSource.query(
    `SELECT kind, fields FROM life_records WHERE resident_id = $1 ORDER BY kind`,
    [residentId],
  );
}

describe('a completed 要介護認定 → the care certification life record of the recorded 認定結果', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;

  beforeAll(async () => {
    context = await startWorkerUnderTest('worker_decision');
    database = context.database;
    await insertMunicipality(database);
  });

  afterAll(async () => {
    await context.close();
  });

  it('gives the certification the 認定有効期間 staff recorded, not the six-month estimate', async () => {
    // Arrange
    const applicationId = await insertApplication(database, 'resident-recorded', ANSWERS);

    // Act
    await completeWith(database, applicationId, 'resident-recorded', {
      kind: 'careCertification',
      careLevel: 'requiresCare1',
      validFrom: '2026-04-25',
      validUntil: '2027-04-30',
    });

    // Assert
    expect(await lifeRecordsOf(database, 'resident-recorded')).toEqual([
      {
        kind: 'care_certification',
        fields: { validFrom: '2026-04-25', expiryDate: '2027-04-30', name: '一郎' },
      },
      { kind: 'person', fields: { birthDate: '1944-02-01', name: '一郎' } },
    ]);
  });

  it('creates no certification for 非該当', async () => {
    const applicationId = await insertApplication(database, 'resident-not-certified', ANSWERS);

    await completeWith(database, applicationId, 'resident-not-certified', {
      kind: 'careCertification',
      careLevel: 'notApplicable',
    });

    expect(
      (await lifeRecordsOf(database, 'resident-not-certified')).map((record) => record.kind),
    ).toEqual(['person']);
  });

  it('still estimates the expiry from the decision date for a message written before the 認定結果 was recorded', async () => {
    const applicationId = await insertApplication(database, 'resident-estimated', ANSWERS);

    await completeWith(database, applicationId, 'resident-estimated', null);

    const [certification] = await lifeRecordsOf(database, 'resident-estimated');
    expect(certification).toEqual({
      kind: 'care_certification',
      fields: { validFrom: '2026-05-12', expiryDate: '2026-11-30', name: '一郎' },
    });
  });
});
