import { fileURLToPath } from 'node:url';

import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';
import { loadRuleBook } from '@madoguchi/server-notification-rules';

import type { LifeRecordRow, SourceApplication } from './life-record-view.mapper.js';
import { applicationIdOf, toLifeRecordDto, toOfficeDto } from './life-record-view.mapper.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));
const RULE_BOOK = loadRuleBook(SEEDS_DIR, null);
const CHIYODA_RULES = RULE_BOOK.rulesWith(RULE_BOOK.defaultParameters('131016'));
const APPLICATION_ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function buildRow(overrides: Partial<LifeRecordRow> = {}): LifeRecordRow {
  return {
    id: 'a0a0a0a0-0000-4000-8000-000000000001',
    residentId: 'resident-yamada-hanako',
    kind: 'child',
    municipalityCode: '131016',
    fields: { name: '花子', birthDate: '2024-11-10' },
    sourceKey: `application:${APPLICATION_ID}:child:0`,
    createdAt: new Date('2024-12-01T01:00:00Z'),
    ...overrides,
  };
}

const application: SourceApplication = {
  id: APPLICATION_ID,
  receiptNumber: '131016-20241120-000123',
  procedureId: 'child-allowance-certification',
  procedureTitle: {
    ja: '児童手当 認定請求',
    en: 'Child allowance claim',
    easyJa: 'じどうてあての もうしこみ',
  },
};

const context = {
  application,
  rules: CHIYODA_RULES,
  preferences: DEFAULT_NOTIFICATION_PREFERENCES,
  today: '2026-04-01',
  days: 365,
  isSent: () => false,
};

describe(toLifeRecordDto.name, () => {
  it('shows the name and the dates of the kind, and where the record came from', () => {
    // Act
    const dto = toLifeRecordDto(buildRow(), context);

    // Assert
    expect(dto).toEqual(
      expect.objectContaining({
        kind: 'child',
        name: '花子',
        birthDate: '2024-11-10',
        origin: {
          type: 'application',
          applicationId: APPLICATION_ID,
          receiptNumber: '131016-20241120-000123',
          procedureTitle: application.procedureTitle,
        },
        createdAt: '2024-12-01T01:00:00.000Z',
      }),
    );
  });

  it('never passes on a field that is not the name or a date of the kind', () => {
    // Arrange
    const row = buildRow({
      kind: 'care_certification',
      fields: {
        name: '梅子',
        validFrom: '2025-10-01',
        expiryDate: '2026-04-30',
        birthDate: '1944-01-01',
        myNumber: '123456789018',
        insuredNumber: '0123456789',
      },
    });

    // Act
    const dto = toLifeRecordDto(row, context);

    // Assert
    expect(dto).toEqual(
      expect.objectContaining({ name: '梅子', validFrom: '2025-10-01', expiryDate: '2026-04-30' }),
    );
    expect(dto).not.toHaveProperty('birthDate');
    expect(JSON.stringify(dto)).not.toMatch(/123456789018|0123456789/);
  });

  it("lists the coming year's reminders of the municipality's rules, earliest first", () => {
    // Act
    const dto = toLifeRecordDto(buildRow(), context);

    // Assert: Chiyoda announces the 18-month check-up 21 days ahead; the status report is in October.
    expect(
      dto.upcomingReminders.map((reminder) => [
        reminder.ruleId,
        reminder.dueOn,
        reminder.eventDate,
      ]),
    ).toEqual([
      ['infant-health-checkup', '2026-04-19', '2026-05-10'],
      ['childcare-status-report', '2026-10-01', '2026-10-01'],
    ]);
    expect(dto.upcomingReminders[0]).toEqual(
      expect.objectContaining({
        category: 'childcare',
        title: expect.objectContaining({ ja: '花子さんの1歳6か月児健診のご案内' }),
        channels: ['in_app', 'web_push', 'email'],
      }),
    );
  });

  it('leaves out reminders already sent and says when a category is switched off', () => {
    // Arrange
    const preferences = {
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      categories: {
        ...DEFAULT_NOTIFICATION_PREFERENCES.categories,
        childcare: { isEnabled: false, webPush: true, email: true },
      },
    };

    // Act
    const dto = toLifeRecordDto(buildRow(), {
      ...context,
      preferences,
      isSent: (ruleId) => ruleId === 'infant-health-checkup',
    });

    // Assert
    expect(dto.upcomingReminders).toEqual([
      expect.objectContaining({ ruleId: 'childcare-status-report', channels: [] }),
    ]);
  });

  it('names demo records and records of unknown origin as such', () => {
    expect(
      toLifeRecordDto(buildRow({ sourceKey: 'seed:yamada-child-taro' }), {
        ...context,
        application: undefined,
      }).origin,
    ).toEqual({ type: 'demo' });
    expect(
      toLifeRecordDto(buildRow({ sourceKey: 'import:2020' }), {
        ...context,
        application: undefined,
      }).origin,
    ).toEqual({ type: 'other' });
  });
});

describe(applicationIdOf.name, () => {
  it('reads the application id of an extracted record only', () => {
    expect(applicationIdOf(`application:${APPLICATION_ID}:child:1`)).toBe(APPLICATION_ID);
    expect(applicationIdOf('application:not-a-uuid:child:1')).toBeNull();
    expect(applicationIdOf('seed:yamada-pregnancy')).toBeNull();
  });
});

describe(toOfficeDto.name, () => {
  it('gives the department and phone to ask, or nulls when the municipality has none', () => {
    const contact = {
      department: { ja: '子育て支援課', en: 'Child Support Division' },
      phone: '03-1234-5678',
    };

    expect(
      toOfficeDto({ code: '131016', name: { ja: '千代田区', en: 'Chiyoda City' }, contact }),
    ).toEqual({
      municipalityCode: '131016',
      municipalityName: { ja: '千代田区', en: 'Chiyoda City' },
      department: contact.department,
      phone: '03-1234-5678',
      email: null,
    });
    expect(
      toOfficeDto({ code: '141003', name: { ja: '横浜市', en: 'Yokohama City' }, contact: null })
        .department,
    ).toBeNull();
  });
});
