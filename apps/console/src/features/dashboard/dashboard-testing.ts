import type { BulkExportJob, Dashboard } from '@madoguchi/procedures-contracts';

/** A dashboard answer of 30 days ending 2026-12-07, with two procedures. */
export function buildDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-12-07',
    since: '2026-11-08',
    periodDays: 30,
    applicationsPerDay: [
      { date: '2026-11-30', procedureId: 'pregnancy-notification', count: 2 },
      { date: '2026-12-01', procedureId: 'child-allowance', count: 2 },
      { date: '2026-12-01', procedureId: 'pregnancy-notification', count: 3 },
      { date: '2026-12-05', procedureId: 'child-allowance', count: 1 },
    ],
    procedures: [
      {
        procedureId: 'child-allowance',
        title: '児童手当 認定請求',
        standardProcessingDays: 10,
        decidedCount: 0,
        medianProcessingDays: null,
        overdueCount: 1,
        receivedCount: 3,
        correctedCount: 0,
      },
      {
        procedureId: 'disaster-damage-certificate',
        title: 'り災証明書の交付申請',
        standardProcessingDays: null,
        decidedCount: 0,
        medianProcessingDays: null,
        overdueCount: 0,
        receivedCount: 0,
        correctedCount: 0,
      },
      {
        procedureId: 'pregnancy-notification',
        title: '妊娠の届出',
        standardProcessingDays: 5,
        decidedCount: 4,
        medianProcessingDays: 3.5,
        overdueCount: 2,
        receivedCount: 6,
        correctedCount: 2,
      },
    ],
    deliveryFailuresPerDay: Array.from({ length: 30 }, (_, index) => {
      const day = new Date(Date.UTC(2026, 10, 8 + index)).toISOString().slice(0, 10);
      return { date: day, count: day === '2026-12-03' ? 4 : 0 };
    }),
    dropOff: [
      {
        procedureId: 'pregnancy-notification',
        steps: [
          { stepId: 'notifier', title: '届出人', drafts: 5 },
          { stepId: 'pregnantPerson', title: '妊娠した人', drafts: 3 },
          { stepId: 'pregnancy', title: '妊娠の状況', drafts: 0 },
          { stepId: 'health', title: '健康状態', drafts: 1 },
        ],
        submitted: 6,
      },
      {
        procedureId: 'child-allowance',
        steps: [{ stepId: 'claimant', title: '請求者', drafts: 2 }],
        submitted: 3,
      },
    ],
    ...overrides,
  };
}

export function buildBulkExportJob(overrides: Partial<BulkExportJob> = {}): BulkExportJob {
  return {
    id: '6f1c2a44-8d0e-4c55-9a51-1f2e3d4c5b6a',
    state: 'queued',
    format: 'csv',
    rowsDone: 0,
    rowsTotal: null,
    createdAt: '2026-12-07T01:00:00.000Z',
    finishedAt: null,
    expiresAt: null,
    downloadPath: null,
    ...overrides,
  };
}
