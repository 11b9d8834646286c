import type {
  ApiKey,
  AuditLogEntry,
  ProcedureOffering,
  ReminderRuleSettings,
  ReminderRuleView,
} from '@madoguchi/procedures-contracts';
import { buildStaffActor } from '@madoguchi/web-data-access-api/testing';

/** Test factories of the administrator's console. */
export const buildAdminActor = () =>
  buildStaffActor({
    id: 'staff-chiyoda-kobayashi',
    displayName: '小林 真理子',
    staffRole: 'admin',
  });

export function buildProcedureOffering(
  overrides: Partial<ProcedureOffering> = {},
): ProcedureOffering {
  return {
    procedureId: 'pregnancy-notification',
    title: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: 'にんしんの とどけで' },
    category: 'childcare',
    isEnabled: true,
    formVersion: 1,
    ...overrides,
  };
}

export function buildApiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: '7a1b2c3d-0000-4000-8000-000000000001',
    name: '子育て支援システム連携',
    keyPrefix: 'mdg_k7qf3x',
    scopes: ['applications:read', 'applications:acknowledge'],
    createdBy: 'staff-chiyoda-kobayashi',
    createdAt: '2026-12-01T01:00:00.000Z',
    lastUsedAt: '2026-12-06T23:30:00.000Z',
    revokedAt: null,
    ...overrides,
  };
}

export function buildAuditLogEntry(overrides: Partial<AuditLogEntry> = {}): AuditLogEntry {
  return {
    id: '41',
    occurredAt: '2026-12-07T01:02:03.456789Z',
    actorKind: 'staff',
    actorId: 'staff-chiyoda-sato',
    actorName: '佐藤 一郎',
    action: 'application.read',
    targetType: 'application',
    targetId: '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10',
    receiptNumber: 'K7QF-3XMA',
    detail: {},
    ...overrides,
  };
}

export function buildReminderRuleView(overrides: Partial<ReminderRuleView> = {}): ReminderRuleView {
  return {
    id: 'infant-health-checkup',
    category: 'childcare',
    record: 'child',
    audience: 'resident',
    channels: ['in_app', 'web_push', 'email'],
    deadlineDays: null,
    trigger: {
      type: 'relative',
      field: 'birthDate',
      leadDays: 21,
      occurrences: [
        {
          key: '4m',
          label: { ja: '3〜4か月児健診', en: '3–4-month check-up', easyJa: '3〜4か月の健診' },
          offset: { years: null, months: 3, days: null },
        },
        {
          key: '18m',
          label: { ja: '1歳6か月児健診', en: '18-month check-up', easyJa: '1歳6か月の健診' },
          offset: { years: null, months: 18, days: null },
        },
      ],
    },
    ...overrides,
  };
}

/** 千代田区's settings as seeded (version 1): the check-ups of buildReminderRuleView. */
export function buildReminderRuleSettings(
  overrides: Partial<ReminderRuleSettings> = {},
): ReminderRuleSettings {
  return {
    version: 1,
    updatedAt: '2026-12-01T00:00:00.000000Z',
    updatedBy: 'system:seed',
    rules: [buildReminderRuleView()],
    parameters: {
      'infant-health-checkup': {
        occurrences: [
          {
            key: '4m',
            label: { ja: '3〜4か月児健診', en: '3–4-month check-up', easyJa: '3〜4か月の健診' },
            offset: { months: 3 },
          },
          {
            key: '18m',
            label: { ja: '1歳6か月児健診', en: '18-month check-up', easyJa: '1歳6か月の健診' },
            offset: { months: 18 },
          },
        ],
        leadDays: 21,
      },
    },
    retiredKeys: {},
    ...overrides,
  };
}
