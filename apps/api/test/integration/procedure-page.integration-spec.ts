import type { PostalCodeLookup, ProcedureDetail } from '@madoguchi/procedures-contracts';
import { postalCodeLookupSchema, procedureDetailSchema } from '@madoguchi/procedures-contracts';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

describe('the procedure page and 郵便番号 → 住所 (API)', () => {
  let app: ApiTestApp;

  beforeAll(async () => {
    app = await startApiTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function detail(code: string, procedureId: string): Promise<ProcedureDetail> {
    const response = await request(app.http)
      .get(`/api/municipalities/${code}/procedures/${procedureId}`)
      .expect(200);
    return procedureDetailSchema.parse(response.body);
  }

  describe('GET /api/municipalities/:code/procedures/:procedureId', () => {
    it('tells what to prepare for 妊娠の届出: documents with guidance, 個人番号, signature, 標準処理期間', async () => {
      const page = await detail(CHIYODA, 'pregnancy-notification');

      expect(page.procedure.title.ja).toBe('妊娠の届出');
      expect(page.municipality.name.ja).toBe('千代田区');
      expect(page.identityLevel).toBe(3);
      expect(page.signature.isRequired).toBe(true);
      expect(page.asksForMyNumber).toBe(true);
      expect(page.standardProcessingDays).toBe(5);
      expect(page.applicant.title.ja).toBe('届出をする人');
      expect(page.documents.map((document) => document.id)).toEqual([
        'pregnancyProof',
        'letterOfAttorney',
      ]);
      expect(page.documents[0]).toMatchObject({ isRequired: false, maxFiles: 2 });
      expect(page.documents[0]?.guidance.ja).toContain('妊娠の診断書');
      // The municipality's general contact when the procedure has no 申請先 of its own.
      expect(page.contact).toMatchObject({ phone: '03-3264-2111' });
    });

    it('gives the deadline of the 児童手当 認定請求 (15 days) in three languages', async () => {
      const page = await detail(CHIYODA, 'child-allowance-certification');

      expect(page.deadlines).toHaveLength(1);
      expect(page.deadlines[0]?.days).toBe(15);
      expect(page.deadlines[0]?.description.easyJa).not.toBe('');
    });

    it("uses the municipality overlay's office and 標準処理期間 where it sets them", async () => {
      const page = await detail(CHIYODA, 'childcare-facility-application');

      expect(page.standardProcessingDays).toBe(40);
      expect(page.contact).toMatchObject({
        phone: '03-5211-4226',
        department: { ja: '子ども部 子ども支援課 保育係' },
        hours: { ja: '平日 8:30〜17:15' },
      });
    });

    it('answers a procedure the municipality does not accept with a 404, a wrong code with a 400', async () => {
      const notAccepted = await request(app.http)
        .get(`/api/municipalities/${YOKOHAMA}/procedures/child-allowance-status-report`)
        .expect(404);
      const wrongCode = await request(app.http)
        .get('/api/municipalities/131017/procedures/pregnancy-notification')
        .expect(400);
      const unknownMunicipality = await request(app.http)
        .get('/api/municipalities/011002/procedures/pregnancy-notification')
        .expect(404);

      expect(notAccepted.body.error.code).toBe('procedure_not_found');
      expect(wrongCode.body.error.code).toBe('municipality_code_check_digit');
      expect(unknownMunicipality.body.error.code).toBe('municipality_not_found');
    });
  });

  describe('GET /api/postal-codes/:postalCode', () => {
    async function lookUp(postalCode: string): Promise<PostalCodeLookup> {
      const response = await request(app.http)
        .get(`/api/postal-codes/${encodeURIComponent(postalCode)}`)
        .expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=86400');
      return postalCodeLookupSchema.parse(response.body);
    }

    it('finds 東京都 千代田区 九段南 for 102-0074, in any usual spelling', async () => {
      for (const spelling of ['1020074', '102-0074', '〒１０２－００７４']) {
        expect(await lookUp(spelling)).toEqual({
          postalCode: '1020074',
          addresses: [
            {
              postalCode: '1020074',
              prefecture: '東京都',
              city: '千代田区',
              town: '九段南',
              localGovernmentCode: CHIYODA,
            },
          ],
        });
      }
    });

    it('gives every address of a code shared by two prefectures (498-0000: 愛知県 弥富市 and 三重県 木曽岬町)', async () => {
      const result = await lookUp('4980000');

      expect(result.addresses.map((address) => `${address.prefecture}${address.city}`)).toEqual([
        '愛知県弥富市',
        '三重県桑名郡木曽岬町',
      ]);
    });

    it('answers an unknown code with a 404 postal_code_not_found and a malformed one with a 400', async () => {
      const unknown = await request(app.http).get('/api/postal-codes/0000000').expect(404);
      const malformed = await request(app.http).get('/api/postal-codes/12345').expect(400);
      const letters = await request(app.http).get('/api/postal-codes/abcdefg').expect(400);

      expect(unknown.body.error.code).toBe('postal_code_not_found');
      expect(unknown.body.error.message.ja).toContain('郵便番号');
      expect(malformed.body.error.code).toBe('invalid_postal_code');
      expect(letters.body.error.code).toBe('invalid_postal_code');
    });
  });
});
