import { jest } from '@jest/globals';
import request from 'supertest';

import { Clock } from '../../src/infrastructure/clock.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';

const PROCEDURE = 'childcare-facility-application';
const CHIYODA = '131016';
const EDITOR = `/api/staff/overlay-editor/procedures/${PROCEDURE}`;
const YESTERDAY = '2030-03-31';
const TODAY = '2030-04-01';
const TOMORROW = '2030-04-02';

type Overlay = Record<string, unknown> & { addFields: unknown[] };

/** A local field of Chiyoda: what the administrator adds in the acceptance journey. */
const PICKUP_FIELD = {
  stepId: 'wishes',
  after: 'pickUpTime',
  field: {
    id: 'localExtendedCare',
    type: 'radio',
    label: { ja: '延長保育の希望', en: 'Extended care', easyJa: 'おそくまで あずけますか' },
    help: { ja: '18時以降の保育です。', en: 'Care after 18:00.', easyJa: '18じ より あと です' },
    required: true,
    options: 'localExtendedCareOptions',
  },
};
const PICKUP_OPTIONS = [
  { value: 'none', label: { ja: '希望しない', en: 'No', easyJa: 'いりません' } },
  { value: 'until19', label: { ja: '19時まで', en: 'Until 19:00', easyJa: '19じ まで' } },
];

/**
 * The overlay editor (issue #12): a Chiyoda administrator adds a local field to 保育施設等の利用申込,
 * previews it, publishes it with a 施行日 of tomorrow; a new draft gets it only from that day (the
 * API's clock moved), and an older draft is offered the migration.
 */
describe('overlay editor: local fields published on a 施行日', () => {
  let app: ApiTestApp;
  let admin: string;
  let caseworker: string;
  let yokohamaAdmin: string;
  let resident: string;
  let clock: Clock;

  beforeAll(async () => {
    app = await startApiTestApp();
    admin = await app.signIn('staff-chiyoda-kobayashi');
    caseworker = await app.signIn('staff-chiyoda-sato');
    yokohamaAdmin = await app.signIn('staff-yokohama-yamamoto');
    resident = await app.signIn('resident-yamada-hanako');
    clock = app.app.get(Clock);
  });

  afterAll(async () => {
    await app.close();
  });

  function setToday(day: string): void {
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${day}T10:00:00+09:00`));
  }

  function readForm(version?: number) {
    return request(app.http).get(
      `/api/municipalities/${CHIYODA}/procedures/${PROCEDURE}/form${version ? `?version=${version}` : ''}`,
    );
  }

  function createDraft(formVersion: number) {
    return request(app.http)
      .post('/api/me/drafts')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: PROCEDURE,
        formVersion,
        answers: { acceptsOtherFacility: true, notes: '兄と同じ園を希望' },
      });
  }

  function fieldIds(definition: { steps: { fields: { id: string }[] }[] }): string[] {
    return definition.steps.flatMap((step) => step.fields.map((field) => field.id));
  }

  async function auditActions(): Promise<string[]> {
    const rows = await app.database.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE target_type = 'procedure_form' AND target_id = $1 ORDER BY id`,
      [PROCEDURE],
    );
    return rows.map((row) => row.action);
  }

  it('refuses staff who are not administrators, residents and anonymous callers', async () => {
    const byCaseworker = await request(app.http).get(EDITOR).set('Cookie', caseworker).expect(403);
    expect(byCaseworker.body.error.code).toBe('admin_only');
    expect(byCaseworker.body.error.message.ja).toContain('管理者');
    await request(app.http)
      .put(`${EDITOR}/draft`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ overlay: { procedureId: PROCEDURE, municipalityCode: CHIYODA } })
      .expect(403);
    await request(app.http).get(EDITOR).set('Cookie', resident).expect(403);
    await request(app.http).get(EDITOR).expect(401);
  });

  it('opens the overlay in force: the seed’s local fields on the standard form', async () => {
    setToday(TODAY);

    const state = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);

    expect(state.body).toMatchObject({
      procedureId: PROCEDURE,
      municipalityCode: CHIYODA,
      currentVersion: 1,
      draft: null,
      today: TODAY,
    });
    expect(state.body.standard.id).toBe(PROCEDURE);
    expect(JSON.stringify(state.body.overlay.addFields)).toContain('localAcceptsMidYearOffer');
    expect(state.body.versions).toEqual([
      expect.objectContaining({ version: 1, hasOverlay: true }),
    ]);
  });

  it('refuses an invalid overlay with errors per path in Japanese and English, and saves nothing', async () => {
    const state = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    const overlay = state.body.overlay as Overlay;

    const save = (addFields: unknown[]) =>
      request(app.http)
        .put(`${EDITOR}/draft`)
        .set('Cookie', admin)
        .set(CSRF)
        .send({ overlay: { ...overlay, addFields: [...overlay.addFields, ...addFields] } });
    const textField = { id: 'localOne', type: 'text', label: PICKUP_FIELD.field.label };

    const unknownStep = await save([{ stepId: 'nowhere', field: textField }]).expect(422);
    const badId = await save([{ stepId: 'wishes', field: { ...textField, id: 'Bad id' } }]).expect(
      422,
    );

    expect(unknownStep.body.error.code).toBe('invalid_overlay');
    expect(unknownStep.body.error.message.ja).toContain('誤り');
    expect(unknownStep.body.error.fields).toEqual([
      {
        path: 'addFields.2.stepId',
        code: 'unknown_target',
        message: { ja: '「nowhere」は様式にありません。', en: 'unknown step "nowhere"' },
      },
    ]);
    expect(badId.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'addFields.2.field.id',
        code: 'invalid_value',
        message: expect.objectContaining({ ja: expect.stringContaining('lowerCamelCase') }),
      }),
    ]);
    expect(await auditActions()).toEqual([]);
    const again = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    expect(again.body.draft).toBeNull();
  });

  it('saves a draft with a local field and previews it as residents will get it', async () => {
    const state = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    const overlay = {
      ...(state.body.overlay as Overlay),
      addFields: [...(state.body.overlay as Overlay).addFields, PICKUP_FIELD],
      optionLists: { localExtendedCareOptions: PICKUP_OPTIONS },
    };

    const saved = await request(app.http)
      .put(`${EDITOR}/draft`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ overlay })
      .expect(200);
    const preview = await request(app.http)
      .post(`${EDITOR}/preview`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ overlay: saved.body.overlay })
      .expect(200);

    expect(saved.body.draft).toMatchObject({ updatedBy: expect.any(String) });
    const ids = fieldIds(preview.body.definition);
    expect(ids.indexOf('localExtendedCare')).toBe(ids.indexOf('pickUpTime') + 1);
    expect(preview.body.definition.municipalityCode).toBe(CHIYODA);
    expect(await auditActions()).toEqual(['overlay_draft.save']);
    // Saved, not published: residents still get version 1 without the field.
    const form = await readForm().expect(200);
    expect(form.body.formVersion).toBe(1);
    expect(fieldIds(form.body.definition)).not.toContain('localExtendedCare');
  });

  it('publishes from tomorrow: today a new draft gets the old version, tomorrow the new one, and an old draft migrates', async () => {
    setToday(TODAY);
    const oldDraft = await createDraft(1).expect(201);
    expect(oldDraft.body.newerVersion).toBeNull();

    const inPast = await request(app.http)
      .post(`${EDITOR}/publish`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ effectiveFrom: YESTERDAY })
      .expect(422);
    expect(inPast.body.error.code).toBe('effective_from_in_past');
    const published = await request(app.http)
      .post(`${EDITOR}/publish`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ effectiveFrom: TOMORROW })
      .expect(201);
    expect(published.body).toMatchObject({ version: 2, effectiveFrom: TOMORROW, baseVersion: 1 });
    expect(await auditActions()).toEqual(['overlay_draft.save', 'overlay.publish']);
    const [row] = await app.database.dataSource.query(
      `SELECT effective_from::text AS effective_from FROM effective_forms
        WHERE municipality_code = $1 AND procedure_id = $2 AND version = 2`,
      [CHIYODA, PROCEDURE],
    );
    expect(row).toEqual({ effective_from: TOMORROW });

    // Today: the new version is not in force yet.
    const today = await readForm().expect(200);
    expect(today.body.formVersion).toBe(1);
    expect(fieldIds(today.body.definition)).not.toContain('localExtendedCare');
    await readForm(2).expect(404);
    await createDraft(2).expect(404);
    const early = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ municipalityCode: CHIYODA, procedureId: PROCEDURE, formVersion: 2, answers: {} })
      .expect(404);
    expect(early.body.error.code).toBe('form_version_not_found');
    const stillCurrent = await request(app.http)
      .get(`/api/me/drafts/${oldDraft.body.id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(stillCurrent.body).toMatchObject({ newerVersion: null, isOutdated: false });
    const editorToday = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    expect(editorToday.body.currentVersion).toBe(1);
    expect(editorToday.body.draft).toBeNull();

    // Tomorrow: new drafts get version 2 with the local field; the old draft keeps version 1.
    setToday(TOMORROW);
    const tomorrow = await readForm().expect(200);
    expect(tomorrow.body.formVersion).toBe(2);
    expect(fieldIds(tomorrow.body.definition)).toContain('localExtendedCare');
    const detail = await request(app.http)
      .get(`/api/municipalities/${CHIYODA}/procedures/${PROCEDURE}`)
      .expect(200);
    expect(detail.body.procedure.formVersion).toBe(2);
    const newDraft = await createDraft(tomorrow.body.formVersion as number).expect(201);
    expect(newDraft.body).toMatchObject({ formVersion: 2, newerVersion: null });
    const outdated = await request(app.http)
      .get(`/api/me/drafts/${oldDraft.body.id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(outdated.body).toMatchObject({ formVersion: 1, newerVersion: 2, isOutdated: true });

    const migrated = await request(app.http)
      .post(`/api/me/drafts/${oldDraft.body.id}/migrate`)
      .set('Cookie', resident)
      .set(CSRF)
      .expect(200);
    expect(migrated.body).toMatchObject({
      id: oldDraft.body.id,
      formVersion: 2,
      newerVersion: null,
      isOutdated: false,
      answers: { acceptsOtherFacility: true, notes: '兄と同じ園を希望' },
    });
    const twice = await request(app.http)
      .post(`/api/me/drafts/${oldDraft.body.id}/migrate`)
      .set('Cookie', resident)
      .set(CSRF)
      .expect(409);
    expect(twice.body.error.code).toBe('draft_up_to_date');
    await request(app.http)
      .post(`/api/me/drafts/${oldDraft.body.id}/migrate`)
      .set('Cookie', await app.signIn('resident-suzuki-ichiro'))
      .set(CSRF)
      .expect(404);
  });

  it('refuses to publish without a draft, or before a version already scheduled', async () => {
    setToday(TODAY);
    const noDraft = await request(app.http)
      .post(`${EDITOR}/publish`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({})
      .expect(409);
    expect(noDraft.body.error.code).toBe('no_overlay_draft');

    const state = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    const overlay = state.body.overlay as Overlay;
    expect(JSON.stringify(overlay)).toContain('localExtendedCare');
    await request(app.http)
      .put(`${EDITOR}/draft`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ overlay: { ...overlay, standardProcessingDays: 30 } })
      .expect(200);
    const early = await request(app.http)
      .post(`${EDITOR}/publish`)
      .set('Cookie', admin)
      .set(CSRF)
      .send({ effectiveFrom: TODAY })
      .expect(409);
    expect(early.body.error.code).toBe('effective_from_before_scheduled');
  });

  it('keeps administrators to their own municipality', async () => {
    setToday(TODAY);
    const chiyodaState = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);

    const yokohama = await request(app.http).get(EDITOR).set('Cookie', yokohamaAdmin).expect(200);
    const intoChiyoda = await request(app.http)
      .put(`${EDITOR}/draft`)
      .set('Cookie', yokohamaAdmin)
      .set(CSRF)
      .send({ overlay: chiyodaState.body.overlay })
      .expect(422);

    expect(yokohama.body.municipalityCode).toBe('141003');
    expect(JSON.stringify(yokohama.body.overlay)).not.toContain('localExtendedCare');
    expect(intoChiyoda.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'municipalityCode' })]),
    );
    const after = await request(app.http).get(EDITOR).set('Cookie', admin).expect(200);
    expect(after.body.draft).toEqual(chiyodaState.body.draft);
    const [{ count }] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM overlay_drafts WHERE municipality_code = '141003'`,
    );
    expect(count).toBe(0);
  });
});
