import { randomUUID } from 'node:crypto';

import { addPeriod, japanDateOf } from '@madoguchi/shared-util-dates';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { seedCatalog } from '../../src/seeding/seed-catalog.js';
import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

type Occurrence = {
  key: string;
  offset: { years?: number; months?: number; days?: number };
  label: { ja: string; en: string; easyJa: string };
};
type Override = { occurrences?: Occurrence[]; leadDays?: number; channels?: string[] };
type Settings = {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  rules: {
    id: string;
    trigger: {
      type: string;
      leadDays?: number;
      occurrences?: { key: string; offset: { months: number | null } }[];
    };
  }[];
  parameters: Record<string, Override>;
  retiredKeys: Record<string, string[]>;
};
type ErrorBody = { error: { code: string; fields: { path: string; code: string }[] } };

const RULES = '/api/staff/administration/reminder-rules';
const CHECKUP = 'infant-health-checkup';

/**
 * 通知のルール editable per municipality (issue #12): an administrator changes the months of
 * 千代田区's 乳幼児健診; the edit is versioned, audited, checked by the shared schema and the
 * occurrence-key rule, and stays within the municipality.
 */
describe('the reminder-rule parameters API', () => {
  let app: ApiTestApp;
  let chiyodaAdmin: string;
  let yokohamaAdmin: string;
  let caseworker: string;

  const get = (cookie: string) => request(app.http).get(RULES).set('Cookie', cookie);
  const put = (cookie: string, body: object) =>
    request(app.http).put(RULES).set('Cookie', cookie).set(CSRF).send(body);
  const checkupOf = (settings: Settings) => settings.rules.find((rule) => rule.id === CHECKUP)!;
  const monthsOf = (settings: Settings) =>
    checkupOf(settings).trigger.occurrences!.map(
      (occurrence) => `${occurrence.key}:${occurrence.offset.months}`,
    );
  /** The current settings with the 乳幼児健診 occurrences changed by `change`. */
  async function editedCheckups(
    cookie: string,
    change: (occurrences: Occurrence[]) => Occurrence[],
  ): Promise<{ version: number; rules: Record<string, Override> }> {
    const current = (await get(cookie).expect(200)).body as Settings;
    const override = current.parameters[CHECKUP]!;
    return {
      version: current.version,
      rules: {
        ...current.parameters,
        [CHECKUP]: { ...override, occurrences: change(structuredClone(override.occurrences!)) },
      },
    };
  }

  beforeAll(async () => {
    app = await startApiTestApp({ MALWARE_SCANNER: 'none' });
    chiyodaAdmin = await app.signIn('staff-chiyoda-kobayashi');
    yokohamaAdmin = await app.signIn('staff-yokohama-yamamoto');
    caseworker = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the seeded parameters as version 1 with the effective rules', async () => {
    // Act
    const response = await get(chiyodaAdmin);

    // Assert
    expect(response.status).toBe(200);
    const settings = response.body as Settings;
    expect(settings).toMatchObject({ version: 1, updatedBy: 'system:seed', retiredKeys: {} });
    expect(monthsOf(settings)).toEqual(['4m:3', '7m:6', '10m:9', '18m:18', '3y:null']);
    expect(checkupOf(settings).trigger.leadDays).toBe(21);
  });

  it('imports the seed files once: seeding again keeps an edit', async () => {
    // Arrange
    const body = await editedCheckups(chiyodaAdmin, (occurrences) =>
      occurrences.map((occurrence) =>
        occurrence.key === '18m' ? { ...occurrence, offset: { months: 19 } } : occurrence,
      ),
    );

    // Act
    const saved = await put(chiyodaAdmin, body);
    await seedCatalog(app.database.dataSource, SEEDS_DIR);
    const after = (await get(chiyodaAdmin).expect(200)).body as Settings;

    // Assert
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, updatedBy: 'staff-chiyoda-kobayashi' });
    expect(monthsOf(after)).toContain('18m:19');
    expect(after.version).toBe(2);
  });

  it('writes who changed what in the audit trail, the timing before and after', async () => {
    // Act
    const [row] = await app.database.dataSource.query<
      { actor_id: string; target_id: string; detail: Record<string, Record<string, string>> }[]
    >(
      `SELECT actor_id, target_id, detail FROM audit_log
        WHERE action = 'reminder_rules.update' AND municipality_code = $1 ORDER BY id DESC LIMIT 1`,
      [CHIYODA],
    );

    // Assert
    expect(row).toMatchObject({ actor_id: 'staff-chiyoda-kobayashi', target_id: CHIYODA });
    expect(row!.detail).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(row!.detail['before']![CHECKUP]).toContain('18m=0y18m0d');
    expect(row!.detail['after']![CHECKUP]).toContain('18m=0y19m0d');
    expect(Object.keys(row!.detail['after']!)).toEqual([CHECKUP]);
  });

  it('saves nothing when nothing changed: no new version, no audit row', async () => {
    // Arrange
    const current = (await get(chiyodaAdmin).expect(200)).body as Settings;
    const count = async () =>
      (
        await app.database.dataSource.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM audit_log WHERE action = 'reminder_rules.update'`,
        )
      )[0]!.count;
    const before = await count();

    // Act
    const response = await put(chiyodaAdmin, {
      version: current.version,
      rules: current.parameters,
    });

    // Assert
    expect(response.status).toBe(200);
    expect((response.body as Settings).version).toBe(current.version);
    expect(await count()).toBe(before);
  });

  it('refuses an edit made from an older version (409) and keeps the newer one', async () => {
    // Arrange
    const stale = await editedCheckups(chiyodaAdmin, (occurrences) =>
      occurrences.map((occurrence) =>
        occurrence.key === '18m' ? { ...occurrence, offset: { months: 20 } } : occurrence,
      ),
    );

    // Act
    const response = await put(chiyodaAdmin, { ...stale, version: 1 });

    // Assert
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).error.code).toBe('reminder_rules_conflict');
    expect(monthsOf((await get(chiyodaAdmin).expect(200)).body as Settings)).toContain('18m:19');
  });

  it.each([
    [
      'negative months of a check-up',
      (occurrences: Occurrence[]) => [{ ...occurrences[0]!, offset: { months: -3 } }],
      'invalid_reminder_rules',
      { path: `rules.${CHECKUP}.occurrences.0.offset`, code: 'offset_before_birth' },
    ],
    [
      'two occurrences with one key',
      (occurrences: Occurrence[]) => [...occurrences, { ...occurrences[0]! }],
      'invalid_request',
      { path: `rules.${CHECKUP}.occurrences.5.key`, code: 'duplicate_occurrence_key' },
    ],
    [
      'an occurrence with no offset',
      (occurrences: Occurrence[]) => [{ ...occurrences[0]!, offset: {} }, ...occurrences.slice(1)],
      'invalid_request',
      { path: `rules.${CHECKUP}.occurrences.0.offset`, code: 'empty_offset' },
    ],
  ])('refuses %s with a 400 naming the field', async (_name, change, code, field) => {
    // Arrange
    const body = await editedCheckups(chiyodaAdmin, change);

    // Act
    const response = await put(chiyodaAdmin, body);

    // Assert
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).error.code).toBe(code);
    expect((response.body as ErrorBody).error.fields).toContainEqual(
      expect.objectContaining(field),
    );
  });

  it('refuses lead days beyond 180 and channels without the in-app inbox', async () => {
    // Arrange
    const current = (await get(chiyodaAdmin).expect(200)).body as Settings;
    const withOverride = (override: Override) => ({
      version: current.version,
      rules: { ...current.parameters, [CHECKUP]: { ...current.parameters[CHECKUP], ...override } },
    });

    // Act
    const lead = await put(chiyodaAdmin, withOverride({ leadDays: 181 }));
    const channels = await put(chiyodaAdmin, withOverride({ channels: ['web_push'] }));

    // Assert
    expect(lead.status).toBe(400);
    expect((lead.body as ErrorBody).error.fields).toContainEqual(
      expect.objectContaining({ path: `rules.${CHECKUP}.leadDays`, code: 'too_big' }),
    );
    expect(channels.status).toBe(400);
    expect((channels.body as ErrorBody).error.fields).toContainEqual(
      expect.objectContaining({ path: `rules.${CHECKUP}.channels`, code: 'in_app_required' }),
    );
  });

  it('retires the key of a removed occurrence and refuses taking it again', async () => {
    // Arrange
    let removed: Occurrence | undefined;
    const withoutSeventh = await editedCheckups(chiyodaAdmin, (occurrences) => {
      removed = occurrences.find((occurrence) => occurrence.key === '7m');
      return occurrences.filter((occurrence) => occurrence.key !== '7m');
    });

    // Act
    const saved = await put(chiyodaAdmin, withoutSeventh);
    const again = await put(chiyodaAdmin, {
      version: (saved.body as Settings).version,
      rules: {
        ...withoutSeventh.rules,
        [CHECKUP]: {
          ...withoutSeventh.rules[CHECKUP],
          occurrences: [...withoutSeventh.rules[CHECKUP]!.occurrences!, removed!],
        },
      },
    });

    // Assert
    expect(saved.status).toBe(200);
    expect((saved.body as Settings).retiredKeys).toEqual({ [CHECKUP]: ['7m'] });
    expect(monthsOf(saved.body as Settings)).not.toContain('7m:6');
    expect(again.status).toBe(400);
    expect((again.body as ErrorBody).error.fields).toContainEqual(
      expect.objectContaining({
        path: `rules.${CHECKUP}.occurrences.4.key`,
        code: 'occurrence_key_retired',
      }),
    );
  });

  it("keeps each municipality's parameters to its own administrators", async () => {
    // Arrange
    const chiyodaBefore = (await get(chiyodaAdmin).expect(200)).body as Settings;
    const yokohama = (await get(yokohamaAdmin).expect(200)).body as Settings;
    const api = app.app.get(DataSource);

    // Act
    const yokohamaEdit = await put(yokohamaAdmin, {
      version: yokohama.version,
      rules: {
        ...yokohama.parameters,
        [CHECKUP]: { ...yokohama.parameters[CHECKUP], leadDays: 10 },
      },
    });
    const visibleToYokohama = await runInTenantScope(
      api,
      { municipalityCode: YOKOHAMA, residentId: null },
      () =>
        api.query<{ code: string }[]>(
          'SELECT municipality_code AS code FROM reminder_rule_parameters ORDER BY 1',
        ),
    );
    const caseworkerRead = await get(caseworker);

    // Assert
    expect(monthsOf(yokohama)).not.toContain('18m:19');
    expect(yokohamaEdit.status).toBe(200);
    const chiyodaAfter = (await get(chiyodaAdmin).expect(200)).body as Settings;
    expect(chiyodaAfter.version).toBe(chiyodaBefore.version);
    expect(checkupOf(chiyodaAfter).trigger.leadDays).toBe(21);
    expect(visibleToYokohama).toEqual([{ code: YOKOHAMA }]);
    expect(caseworkerRead.status).toBe(403);
    expect((caseworkerRead.body as ErrorBody).error.code).toBe('admin_only');
  });

  it('shows the edited months in the existing read-only list as well', async () => {
    // Act
    const response = await request(app.http)
      .get('/api/staff/administration/notification-rules')
      .set('Cookie', chiyodaAdmin);

    // Assert
    expect(response.status).toBe(200);
    const checkup = (response.body as Settings['rules']).find((rule) => rule.id === CHECKUP)!;
    expect(checkup.trigger.occurrences!.map((occurrence) => occurrence.key)).toEqual([
      '4m',
      '10m',
      '18m',
      '3y',
    ]);
  });

  it('counts a resident’s upcoming check-ups with the edited months', async () => {
    // Arrange: a child of 12 months in 千代田区; its 1歳6か月児健診 is now at 19 months.
    const resident = await app.signIn('resident-suzuki-ichiro');
    const birthDate = addPeriod(japanDateOf(new Date()), { months: -12 });
    const id = randomUUID();
    await app.database.dataSource.query(
      `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
       VALUES ($1, $2, 'resident-suzuki-ichiro', 'child', $3, $4)`,
      [id, CHIYODA, JSON.stringify({ birthDate, name: '一' }), `seed:test-${id}`],
    );

    // Act
    const response = await request(app.http).get('/api/me/life-records').set('Cookie', resident);

    // Assert
    expect(response.status).toBe(200);
    const record = (
      response.body as {
        records: { id: string; upcomingReminders: { ruleId: string; eventDate: string }[] }[];
      }
    ).records.find((item) => item.id === id)!;
    expect(
      record.upcomingReminders
        .filter((reminder) => reminder.ruleId === CHECKUP)
        .map((reminder) => reminder.eventDate),
    ).toEqual([addPeriod(birthDate, { months: 19 })]);
  });
});
