import { AUDIT_ACTIONS, type AuditAction } from '@madoguchi/procedures-contracts';
import type { JsonObject } from '@madoguchi/server-database';
import type { EntityManager } from 'typeorm';

import { assertNoSensitiveValue, auditActionParameter, writeAudit } from './write-audit.js';

function recordingManager(): { manager: EntityManager; rows: unknown[] } {
  const rows: unknown[] = [];
  const manager = {
    insert: (_entity: unknown, values: unknown[]) => {
      rows.push(...values);
      return Promise.resolve();
    },
  } as unknown as EntityManager;
  return { manager, rows };
}

const entry = {
  municipalityCode: '131016',
  actor: { kind: 'staff', id: 'staff-1' },
  action: 'application.read',
  target: { type: 'application', id: 'app-1' },
} as const;

describe('writeAudit', () => {
  it('writes one row per entry with the closed action and an empty detail by default', async () => {
    const { manager, rows } = recordingManager();
    await writeAudit(manager, [entry, { ...entry, action: 'attachment.download' }]);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'application.read', actorKind: 'staff', detail: {} }),
      expect.objectContaining({ action: 'attachment.download', targetType: 'application' }),
    ]);
  });

  it('refuses an action outside the closed set before it reaches SQL', async () => {
    const { manager, rows } = recordingManager();
    await expect(
      writeAudit(manager, { ...entry, action: 'application.peek' as AuditAction }),
    ).rejects.toThrow('Unknown audit action');
    expect(() => auditActionParameter('made.up' as AuditAction)).toThrow('Unknown audit action');
    expect(rows).toEqual([]);
  });

  it.each<JsonObject>([
    { personalNumber: '123456789012' },
    { myNumber: '1234 5678 9012' },
    { value: '1234-5678-9012' },
    { fields: ['氏名', '１２３４５６７８９０１２'] },
    { nested: { note: 123456789012 } },
  ])('refuses a detail that holds a 個人番号-like value: %j', async (detail) => {
    const { manager, rows } = recordingManager();
    await expect(writeAudit(manager, { ...entry, detail })).rejects.toThrow(/not written/);
    expect(rows).toEqual([]);
  });

  it('names the key, never the value, when it refuses', () => {
    expect(() => assertNoSensitiveValue({ reason: '123456789012' }, 'detail')).toThrow(
      /^Audit detail "detail.reason" looks like a personal number; not written$/,
    );
  });

  it('keeps ordinary details: ids, paths, counts, reasons', async () => {
    const { manager, rows } = recordingManager();
    const detail = {
      path: 'applicant.personalNumber',
      reason: '本人確認のため',
      rows: 1200,
      eventId: '0b5d8d54-2b55-4cf3-9d43-96a1c0f0a1a2',
    };
    await writeAudit(manager, { ...entry, detail });
    expect(rows).toEqual([expect.objectContaining({ detail })]);
  });

  it('knows every code only once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
