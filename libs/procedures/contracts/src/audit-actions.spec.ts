import {
  AUDIT_ACTIONS,
  AUDIT_ACTION_GROUPS,
  AUDIT_TARGET_TYPES,
  auditActionGroupOf,
  isAuditAction,
  looksLikePersonalNumber,
} from './audit-actions.js';
import { revealPersonalDataRequestSchema } from './application.contract.js';
import { createApiKeyRequestSchema } from './staff.contract.js';

describe('the closed set of audit action codes', () => {
  it('lists each code once, in the code shape the audit search accepts, each in a known group', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) {
      expect(action).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
      expect(AUDIT_ACTION_GROUPS).toContain(auditActionGroupOf(action));
    }
    expect(new Set(AUDIT_TARGET_TYPES).size).toBe(AUDIT_TARGET_TYPES.length);
  });

  it('gives every group at least one code', () => {
    const used = new Set(AUDIT_ACTIONS.map(auditActionGroupOf));
    expect([...AUDIT_ACTION_GROUPS].filter((group) => !used.has(group))).toEqual([]);
  });

  it('knows the codes of this week and refuses a free-text one', () => {
    for (const action of [
      'application.assign.bulk',
      'application.assign.bulk.complete',
      'reminder_rules.update',
      'counter.confirm',
      'overlay.publish',
      'application.export.download',
      'personal_data.reveal',
      'draft.migrate',
      'notification.delivery.retry',
    ]) {
      expect(isAuditAction(action)).toBe(true);
    }
    expect(isAuditAction('application.peek')).toBe(false);
    expect(isAuditAction('toString')).toBe(false);
  });

  it('recognises a 個人番号 typed any common way, and nothing shorter or longer', () => {
    expect(looksLikePersonalNumber('123456789012')).toBe(true);
    expect(looksLikePersonalNumber(' 1234-5678-9012 ')).toBe(true);
    expect(looksLikePersonalNumber('１２３４ ５６７８ ９０１２')).toBe(true);
    expect(looksLikePersonalNumber(123456789012)).toBe(true);
    expect(looksLikePersonalNumber('12345678901')).toBe(false);
    expect(looksLikePersonalNumber('1234567890123')).toBe(false);
    expect(looksLikePersonalNumber('本人確認のため')).toBe(false);
  });

  it('refuses a reveal whose reason, kept in the audit trail, is a 個人番号', () => {
    const request = { path: 'applicant.personalNumber' };
    expect(
      revealPersonalDataRequestSchema.safeParse({ ...request, reason: '1234 5678 9012' }).success,
    ).toBe(false);
    expect(
      revealPersonalDataRequestSchema.safeParse({ ...request, reason: '本人確認のため照合' })
        .success,
    ).toBe(true);
  });

  it('refuses an API key whose name, kept in the audit trail, is a 個人番号', () => {
    expect(createApiKeyRequestSchema.safeParse({ name: '123456789012' }).success).toBe(false);
    expect(createApiKeyRequestSchema.safeParse({ name: '子育て連携（本番）' }).success).toBe(true);
  });
});
