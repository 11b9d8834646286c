import { addDays, todayInJapan } from '@madoguchi/shared-util-dates';
import type {
  LifeEvent,
  Municipality,
  ProcedureFinderRequestInput,
  ProcedureRecommendation,
  ProcedureSummary,
} from '@madoguchi/procedures-contracts';
import request from 'supertest';

import { toNextOpenDay } from '../../src/catalog/procedure-finder/office-days.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

const ODAWARA = '142069';

describe('procedure catalog: search, life events and the procedure finder (API)', () => {
  let app: ApiTestApp;
  const today = todayInJapan();

  beforeAll(async () => {
    app = await startApiTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function municipalities(query: Record<string, string>): Promise<string[]> {
    const response = await request(app.http).get('/api/municipalities').query(query).expect(200);
    return (response.body as Municipality[]).map((municipality) => municipality.code);
  }

  async function procedures(code: string, query: Record<string, string> = {}): Promise<string[]> {
    const response = await request(app.http)
      .get(`/api/municipalities/${code}/procedures`)
      .query(query)
      .expect(200);
    return (response.body as ProcedureSummary[]).map((procedure) => procedure.id);
  }

  async function findProcedures(
    code: string,
    household: ProcedureFinderRequestInput['household'],
  ): Promise<ProcedureRecommendation[]> {
    const response = await request(app.http)
      .post(`/api/municipalities/${code}/procedure-finder`)
      .set(CSRF)
      .send({ household })
      .expect(200);
    return response.body as ProcedureRecommendation[];
  }

  describe('GET /api/municipalities', () => {
    it('lists every municipality served without a query', async () => {
      expect(await municipalities({})).toEqual([CHIYODA, YOKOHAMA, ODAWARA]);
    });

    it.each([
      ['千代田'],
      ['千代田区'],
      ['ちよだ'],
      ['チヨダ'],
      ['ﾁﾖﾀﾞ'],
      ['Chiyoda'],
      ['東京都千代田区'],
    ])('finds 千代田区 by its name or reading %s', async (q) => {
      expect(await municipalities({ q })).toEqual([CHIYODA]);
    });

    it('finds a 政令指定都市 by the reading its wards share (よこはま → 横浜市)', async () => {
      expect(await municipalities({ q: 'よこはま' })).toEqual([YOKOHAMA]);
    });

    it('finds a municipality by its 6-digit code, or by the 5 digits without the check digit', async () => {
      expect(await municipalities({ q: '131016' })).toEqual([CHIYODA]);
      expect(await municipalities({ q: '13101' })).toEqual([CHIYODA]);
      expect(await municipalities({ q: '１４２０６９' })).toEqual([ODAWARA]);
    });

    it('answers a code with a wrong check digit with a 400 in Japanese and English', async () => {
      const response = await request(app.http)
        .get('/api/municipalities')
        .query({ q: '131017' })
        .expect(400);

      expect(response.body.error.code).toBe('municipality_code_check_digit');
      expect(response.body.error.message.ja).toContain('検査数字');
      expect(response.body.error.message.en).toContain('check digit');
    });

    it('answers a code of the wrong length with a 400', async () => {
      const response = await request(app.http)
        .get('/api/municipalities')
        .query({ q: '1310' })
        .expect(400);

      expect(response.body.error.code).toBe('invalid_municipality_code');
    });

    it('finds the municipality whose area holds a 郵便番号, in any usual spelling', async () => {
      expect(await municipalities({ postalCode: '1020072' })).toEqual([CHIYODA]);
      expect(await municipalities({ postalCode: '〒102-0072' })).toEqual([CHIYODA]);
      expect(await municipalities({ postalCode: '250-0011' })).toEqual([ODAWARA]);
    });

    it('maps a postal code in a ward of a 政令指定都市 to the city (横浜市西区 → 横浜市)', async () => {
      expect(await municipalities({ postalCode: '220-0012' })).toEqual([YOKOHAMA]);
    });

    it('returns nothing for a postal code outside the municipalities served', async () => {
      expect(await municipalities({ postalCode: '060-0001' })).toEqual([]);
    });

    it('refuses a malformed postal code, and a name and a postal code at once', async () => {
      const malformed = await request(app.http)
        .get('/api/municipalities')
        .query({ postalCode: '102' })
        .expect(400);
      const both = await request(app.http)
        .get('/api/municipalities')
        .query({ q: '千代田', postalCode: '1020072' })
        .expect(400);

      expect(malformed.body.error.code).toBe('invalid_postal_code');
      expect(both.body.error.code).toBe('conflicting_municipality_search');
    });
  });

  describe('GET /api/municipalities/:code/procedures', () => {
    it('lists all 27 procedures of a municipality that accepts all of them, in its order', async () => {
      const ids = await procedures(CHIYODA);

      expect(ids).toHaveLength(27);
      expect(new Set(ids).size).toBe(27);
      expect(ids[0]).toBe('child-allowance-certification');
    });

    it.each([
      ['じどうてあて'],
      ['ジドウテアテ'],
      ['手当'],
      ['児童手当'],
      ['child allowance'],
      ['Child Allowance'],
      ['ｼﾞﾄﾞｳﾃｱﾃ'],
    ])('finds the 児童手当 procedures with %s', async (q) => {
      const ids = await procedures(CHIYODA, { q });

      expect(ids).toContain('child-allowance-certification');
      expect(ids).toContain('child-allowance-amount-revision');
      expect(ids).not.toContain('care-need-certification');
    });

    it('ranks title matches first, and the municipality order among them', async () => {
      const response = await request(app.http)
        .get(`/api/municipalities/${CHIYODA}/procedures`)
        .query({ q: '児童手当' })
        .expect(200);
      const body = response.body as ProcedureSummary[];
      const titleMatches = body.filter((procedure) => procedure.title.ja.includes('児童手当'));

      expect(body[0]?.id).toBe('child-allowance-certification');
      expect(body.slice(0, titleMatches.length)).toEqual(titleMatches);
      expect(body.length).toBeGreaterThan(titleMatches.length);
    });

    it('requires every term of a query to match', async () => {
      expect(await procedures(CHIYODA, { q: '児童手当 寄附' })).toEqual([
        'child-allowance-donation',
        'child-allowance-donation-change',
      ]);
    });

    it('finds all 11 介護保険 procedures and nothing else', async () => {
      const ids = await procedures(CHIYODA, { q: 'かいごほけん' });

      expect(ids).toHaveLength(11);
    });

    it('never treats % or _ as wildcards', async () => {
      expect(await procedures(CHIYODA, { q: '児%当' })).toEqual([]);
      expect(await procedures(CHIYODA, { q: '児童_当' })).toEqual([]);
      expect(await procedures(CHIYODA, { q: '%' })).toHaveLength(27);
    });

    it('filters by life event (妊娠・出産 gathers pregnancy and childbirth) and by category', async () => {
      const pregnancyAndChildbirth = await procedures(CHIYODA, {
        lifeEvent: 'pregnancyAndChildbirth',
      });
      const moving = await procedures(CHIYODA, { lifeEvent: 'moving' });
      const disaster = await procedures(CHIYODA, { category: 'disaster' });

      expect(pregnancyAndChildbirth).toEqual(
        expect.arrayContaining([
          'pregnancy-notification',
          'child-allowance-certification',
          'childcare-facility-application',
        ]),
      );
      expect(pregnancyAndChildbirth).not.toContain('care-need-certification');
      expect(moving).toEqual(
        expect.arrayContaining(['child-allowance-certification', 'care-certification-after-move']),
      );
      expect(moving).not.toContain('pregnancy-notification');
      expect(disaster).toEqual(['disaster-damage-certificate']);
      expect(await procedures(CHIYODA, { lifeEvent: 'childbirth', q: '児童手当' })).toContain(
        'child-allowance-certification',
      );
    });

    it('refuses an unknown life event or category with a 400', async () => {
      const lifeEvent = await request(app.http)
        .get(`/api/municipalities/${CHIYODA}/procedures`)
        .query({ lifeEvent: 'wedding' })
        .expect(400);
      await request(app.http)
        .get(`/api/municipalities/${CHIYODA}/procedures`)
        .query({ category: 'tax' })
        .expect(400);

      expect(lifeEvent.body.error.code).toBe('unknown_life_event');
      expect(lifeEvent.body.error.message.ja).toBeTruthy();
    });

    it('never returns a procedure the municipality does not accept', async () => {
      // 横浜市 does not list 児童手当 現況届 in its seed.
      expect(await procedures(YOKOHAMA, { q: '現況届' })).not.toContain(
        'child-allowance-status-report',
      );
      expect(await procedures(CHIYODA, { q: '現況届' })).toContain('child-allowance-status-report');
    });

    it('answers a code with a wrong check digit in the path with a 400, an unknown municipality with a 404', async () => {
      const wrong = await request(app.http)
        .get('/api/municipalities/131017/procedures')
        .expect(400);
      const unknown = await request(app.http)
        .get('/api/municipalities/011002/procedures')
        .expect(404);

      expect(wrong.body.error.code).toBe('municipality_code_check_digit');
      expect(unknown.body.error.code).toBe('municipality_not_found');
    });
  });

  describe('GET /api/life-events', () => {
    it('lists the five life events with labels in ja, en and easyJa', async () => {
      const response = await request(app.http).get('/api/life-events').expect(200);
      const body = response.body as LifeEvent[];

      expect(body.map((lifeEvent) => lifeEvent.id)).toEqual([
        'pregnancyAndChildbirth',
        'childRaising',
        'care',
        'moving',
        'disaster',
      ]);
      expect(body[0]?.label).toEqual({
        ja: '妊娠・出産',
        en: 'Pregnancy and childbirth',
        // Kanji in やさしい日本語 too: the readings are added as furigana when it is rendered.
        easyJa: '妊娠・出産',
      });
      expect(body[0]?.tags).toEqual(['pregnancy', 'childbirth']);
      expect(body[0]?.procedureCount).toBeUndefined();
    });

    it('counts the procedures each municipality accepts per life event', async () => {
      const chiyoda = await request(app.http)
        .get('/api/life-events')
        .query({ municipality: CHIYODA })
        .expect(200);
      const yokohama = await request(app.http)
        .get('/api/life-events')
        .query({ municipality: YOKOHAMA })
        .expect(200);
      const count = (body: LifeEvent[], id: string): number | undefined =>
        body.find((lifeEvent) => lifeEvent.id === id)?.procedureCount;

      expect(count(chiyoda.body as LifeEvent[], 'care')).toBe(11);
      expect(count(chiyoda.body as LifeEvent[], 'disaster')).toBe(1);
      expect(count(chiyoda.body as LifeEvent[], 'childRaising')).toBe(
        (await procedures(CHIYODA, { lifeEvent: 'childRaising' })).length,
      );
      expect(count(yokohama.body as LifeEvent[], 'childRaising')).toBe(
        count(chiyoda.body as LifeEvent[], 'childRaising')! - 1,
      );
    });

    it('answers an unknown municipality with a 404 and a wrong code with a 400', async () => {
      await request(app.http).get('/api/life-events').query({ municipality: '011002' }).expect(404);
      await request(app.http).get('/api/life-events').query({ municipality: '131017' }).expect(400);
    });
  });

  describe('POST /api/municipalities/:code/procedure-finder', () => {
    it('suggests 妊娠の届出 to an expecting household, first and without a deadline', async () => {
      const bundle = await findProcedures(CHIYODA, {
        isExpecting: true,
        dueDate: addDays(today, 200),
      });

      expect(bundle).toHaveLength(1);
      expect(bundle[0]).toMatchObject({ procedure: { id: 'pregnancy-notification' }, priority: 1 });
      expect(bundle[0]?.deadline).toBeUndefined();
      expect(bundle[0]?.reason.ja).toContain('母子健康手帳');
      expect(bundle[0]?.reason.en).toBeTruthy();
      expect(bundle[0]?.reason.easyJa).toBeTruthy();
    });

    it('suggests the 児童手当 認定請求 for a newborn, with the deadline 15 days after the birth', async () => {
      const birthDate = addDays(today, -3);
      const deadline = toNextOpenDay(addDays(birthDate, 15));

      const bundle = await findProcedures(CHIYODA, {
        children: [{ birthDate, livesWithApplicant: true }],
      });

      const claim = bundle.find((item) => item.procedure.id === 'child-allowance-certification');
      expect(claim).toMatchObject({ priority: 1, deadline, ruleId: 'child-allowance-newborn' });
      const [year, month, day] = deadline.split('-').map(Number);
      expect(claim?.reason.ja).toContain(`${year}年${month}月${day}日`);
    });

    it('suggests the 額改定 instead when the household already receives 児童手当', async () => {
      const bundle = await findProcedures(CHIYODA, {
        isReceivingChildAllowance: true,
        children: [{ birthDate: addDays(today, -1), livesWithApplicant: true }],
      });
      const ids = bundle.map((item) => item.procedure.id);

      expect(ids).toContain('child-allowance-amount-revision');
      expect(ids).not.toContain('child-allowance-certification');
    });

    it('no longer suggests the newborn claim once the 15 days have passed', async () => {
      const bundle = await findProcedures(CHIYODA, {
        children: [{ birthDate: addDays(today, -40), livesWithApplicant: true }],
      });

      expect(bundle.map((item) => item.procedure.id)).not.toContain(
        'child-allowance-certification',
      );
    });

    it('suggests 教育・保育給付認定 and 保育施設等の利用申込 for a child under 3 of working parents', async () => {
      const bundle = await findProcedures(CHIYODA, {
        isEveryParentWorking: true,
        children: [{ age: 1, livesWithApplicant: true }],
      });

      expect(bundle.map((item) => item.procedure.id).sort()).toEqual([
        'childcare-benefit-certification',
        'childcare-facility-application',
      ]);
      expect(
        bundle.find((item) => item.procedure.id === 'childcare-benefit-certification')?.reason.ja,
      ).toContain('1歳');
    });

    it('suggests nothing for childcare when the parents do not work', async () => {
      expect(
        await findProcedures(CHIYODA, { children: [{ age: 1, livesWithApplicant: true }] }),
      ).toEqual([]);
    });

    it('suggests 要介護認定 for someone over 65 needing care without a certification', async () => {
      const bundle = await findProcedures(CHIYODA, {
        careRecipient: { age: 80, certification: 'none' },
      });

      expect(bundle.map((item) => item.procedure.id)).toEqual(['care-need-certification']);
    });

    it('suggests the 更新認定 when the certification expires within 60 days, with the expiry as deadline', async () => {
      const expiresOn = addDays(today, 30);

      const bundle = await findProcedures(CHIYODA, {
        careRecipient: {
          age: 82,
          certification: 'requiresCare',
          certificationExpiresOn: expiresOn,
        },
      });

      expect(bundle[0]).toMatchObject({
        procedure: { id: 'care-need-certification-renewal' },
        priority: 1,
        deadline: expiresOn,
      });
      expect(bundle.map((item) => item.procedure.id)).toContain('care-plan-creation-request');
    });

    it('does not suggest the 更新認定 more than 60 days before the expiry', async () => {
      const bundle = await findProcedures(CHIYODA, {
        careRecipient: {
          age: 82,
          certification: 'requiresCare',
          certificationExpiresOn: addDays(today, 90),
        },
      });

      expect(bundle.map((item) => item.procedure.id)).not.toContain(
        'care-need-certification-renewal',
      );
    });

    it('suggests 住所移転後の認定 within 14 days of moving in with a certification from elsewhere', async () => {
      const movedInOn = addDays(today, -5);

      const bundle = await findProcedures(YOKOHAMA, {
        movedInOn,
        careRecipient: {
          age: 85,
          certification: 'requiresSupport',
          certificationExpiresOn: addDays(today, 20),
          isCertifiedByPreviousMunicipality: true,
        },
      });

      expect(bundle.map((item) => item.procedure.id)).toEqual(['care-certification-after-move']);
      expect(bundle[0]).toMatchObject({
        priority: 1,
        deadline: toNextOpenDay(addDays(movedInOn, 14)),
      });
    });

    it('gathers a whole household in one bundle, most urgent first', async () => {
      const bundle = await findProcedures(CHIYODA, {
        isExpecting: true,
        isEveryParentWorking: true,
        movedInOn: addDays(today, -2),
        children: [{ birthDate: addDays(today, -400), livesWithApplicant: true }],
        isDisasterAffected: true,
      });
      const ids = bundle.map((item) => item.procedure.id);

      expect(ids).toEqual(
        expect.arrayContaining([
          'pregnancy-notification',
          'child-allowance-certification',
          'childcare-benefit-certification',
          'childcare-facility-application',
          'disaster-damage-certificate',
        ]),
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(bundle.map((item) => item.priority)).toEqual(
        [...bundle.map((item) => item.priority)].sort(),
      );
      expect(
        bundle.find((item) => item.procedure.id === 'child-allowance-certification'),
      ).toMatchObject({
        ruleId: 'child-allowance-moved-in',
        deadline: toNextOpenDay(addDays(addDays(today, -2), 15)),
      });
    });

    it('never returns a procedure the municipality does not accept', async () => {
      await app.database.dataSource.query(
        `UPDATE procedures SET enabled = false WHERE municipality_code = $1 AND procedure_id = 'disaster-damage-certificate'`,
        [ODAWARA],
      );
      try {
        const odawara = await findProcedures(ODAWARA, {
          isDisasterAffected: true,
          isExpecting: true,
        });
        const chiyoda = await findProcedures(CHIYODA, { isDisasterAffected: true });

        expect(odawara.map((item) => item.procedure.id)).toEqual(['pregnancy-notification']);
        expect(await procedures(ODAWARA, { q: '罹災' })).toEqual([]);
        expect(chiyoda.map((item) => item.procedure.id)).toEqual(['disaster-damage-certificate']);
      } finally {
        await app.database.dataSource.query(
          `UPDATE procedures SET enabled = true WHERE municipality_code = $1 AND procedure_id = 'disaster-damage-certificate'`,
          [ODAWARA],
        );
      }
    });

    it('refuses malformed answers with a 400 and field paths, never a 5xx', async () => {
      const noHousehold = await request(app.http)
        .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
        .set(CSRF)
        .send({})
        .expect(400);
      const noBirthDateOrAge = await request(app.http)
        .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
        .set(CSRF)
        .send({ household: { children: [{ livesWithApplicant: true }] } })
        .expect(400);
      const badDate = await request(app.http)
        .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
        .set(CSRF)
        .send({ household: { movedInOn: '2025-02-30' } })
        .expect(400);
      const unknownField = await request(app.http)
        .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
        .set(CSRF)
        .send({ household: { income: 1 } })
        .expect(400);

      expect(noHousehold.body.error.code).toBe('invalid_request');
      expect(noBirthDateOrAge.body.error.fields[0].path).toBe('household.children.0.birthDate');
      expect(badDate.body.error.fields[0].path).toBe('household.movedInOn');
      expect(unknownField.body.error.fields[0].code).toBe('unknown_field');
    });

    it('refuses a birth date after today with its own code', async () => {
      const response = await request(app.http)
        .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
        .set(CSRF)
        .send({
          household: { children: [{ birthDate: addDays(today, 10), livesWithApplicant: true }] },
        })
        .expect(400);

      expect(response.body.error.code).toBe('birth_date_in_future');
      expect(response.body.error.fields[0].path).toBe('household.children.0.birthDate');
    });

    it('answers an unknown municipality with a 404', async () => {
      await request(app.http)
        .post('/api/municipalities/011002/procedure-finder')
        .set(CSRF)
        .send({ household: { isExpecting: true } })
        .expect(404);
    });
  });
});
