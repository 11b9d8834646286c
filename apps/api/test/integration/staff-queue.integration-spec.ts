import iconv from 'iconv-lite';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA, readSampleAnswers } from '../support/samples.js';

type Item = {
  id: string;
  receiptNumber: string;
  applicantName: string;
  applicantNameKana: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: string;
};
type Page = { items: Item[]; nextCursor: string | null };

/** Buffers a binary response body (CSV files) as bytes. */
function binary(raw: unknown, callback: (error: Error | null, body: unknown) => void): void {
  const response = raw as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('the staff work queue', () => {
  let app: ApiTestApp;
  let resident: string;
  let otherResident: string;
  let caseworker: string;
  let approver: string;
  let yokohamaStaff: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const MY_NUMBER = answers.myNumber as string;

  async function submit(
    cookie: string,
    name: { family: string; given: string; familyKana: string; givenKana: string },
    overrides: Record<string, unknown> = {},
    municipalityCode = CHIYODA,
  ): Promise<Item> {
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({
        municipalityCode,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: { ...answers, name, ...overrides },
      })
      .expect(201);
    return response.body as Item;
  }

  function queue(cookie: string, query: Record<string, string | string[]> = {}) {
    return request(app.http).get('/api/staff/applications').query(query).set('Cookie', cookie);
  }

  async function allIds(
    cookie: string,
    query: Record<string, string | string[]>,
  ): Promise<string[]> {
    const response = await queue(cookie, { limit: '100', ...query }).expect(200);
    return (response.body as Page).items.map((item) => item.id);
  }

  let odawara: Item;
  let suzuki: Item;
  let yokohama: Item;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    caseworker = await app.signIn('staff-chiyoda-sato');
    approver = await app.signIn('staff-chiyoda-takahashi');
    yokohamaStaff = await app.signIn('staff-yokohama-tanaka');
    odawara = await submit(resident, {
      family: '小田原',
      given: '花子',
      familyKana: 'オダワラ',
      givenKana: 'ハナコ',
    });
    suzuki = await submit(otherResident, {
      family: '鈴木',
      given: '一美',
      familyKana: 'スズキ',
      givenKana: 'カズミ',
    });
    yokohama = await submit(
      resident,
      { family: '横浜', given: '花', familyKana: 'ヨコハマ', givenKana: 'ハナ' },
      {},
      YOKOHAMA,
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it("lists the municipality's applications only, with the フリガナ stored at submission", async () => {
    // Act
    const response = await queue(caseworker).expect(200);

    // Assert
    const page = response.body as Page;
    const ids = page.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([odawara.id, suzuki.id]));
    expect(ids).not.toContain(yokohama.id);
    expect(page.items.find((item) => item.id === odawara.id)).toMatchObject({
      applicantName: '小田原 花子',
      applicantNameKana: 'オダワラ\u3000ハナコ',
      assigneeId: null,
      assigneeName: null,
    });
    expect(page.nextCursor).toBeNull();
    expect(await allIds(yokohamaStaff, {})).toEqual([yokohama.id]);
  });

  it.each([
    ['the receipt number as printed', (item: Item) => item.receiptNumber],
    [
      'the receipt number in lower case without the hyphen',
      (item: Item) => item.receiptNumber.replace('-', '').toLowerCase(),
    ],
    [
      'the receipt number in full-width characters',
      (item: Item) =>
        item.receiptNumber.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ],
    ['the kanji name', () => '小田原 花子'],
    ['part of the kanji name without a space', () => '田原花'],
    ['the name in hiragana', () => 'おだわら'],
    ['the name in half-width katakana', () => 'ｵﾀﾞﾜﾗ ﾊﾅｺ'],
    ['the name in katakana', () => 'オダワラハナコ'],
  ])('finds an application by %s', async (_name, typed) => {
    // Act
    const ids = await allIds(caseworker, { q: typed(odawara) });

    // Assert
    expect(ids).toEqual([odawara.id]);
  });

  it('filters by one or several statuses, by procedure and by assignee', async () => {
    // Arrange
    const started = await submit(resident, {
      family: '開始',
      given: '一',
      familyKana: 'カイシ',
      givenKana: 'ハジメ',
    });
    await request(app.http)
      .post(`/api/staff/applications/${started.id}/transitions`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ to: 'in_review' })
      .expect(200);

    // Act
    const inReview = await allIds(caseworker, { status: 'in_review' });
    const both = await allIds(caseworker, { status: ['in_review', 'submitted'] });
    const bothWithComma = await allIds(caseworker, { status: 'in_review,submitted' });
    const mine = await allIds(caseworker, { assignee: 'me' });
    const theirs = await allIds(approver, { assignee: 'me' });
    const byId = await allIds(approver, { assignee: 'staff-chiyoda-sato' });
    const unassigned = await allIds(caseworker, { assignee: 'unassigned' });
    const otherProcedure = await allIds(caseworker, {
      procedureId: 'child-allowance-certification',
    });

    // Assert
    expect(inReview).toEqual([started.id]);
    expect(both).toEqual(expect.arrayContaining([started.id, odawara.id, suzuki.id]));
    expect(bothWithComma).toEqual(both);
    expect(mine).toEqual([started.id]);
    expect(theirs).toEqual([]);
    expect(byId).toEqual([started.id]);
    expect(unassigned).not.toContain(started.id);
    expect(otherProcedure).toEqual([]);
  });

  it('filters by the due date in Japan time and sorts by it', async () => {
    // Arrange
    const overdue = await submit(resident, {
      family: '期限',
      given: '過',
      familyKana: 'キゲン',
      givenKana: 'スギ',
    });
    const dueToday = await submit(resident, {
      family: '期限',
      given: '今',
      familyKana: 'キゲン',
      givenKana: 'イマ',
    });
    const dueSoon = await submit(resident, {
      family: '期限',
      given: '近',
      familyKana: 'キゲン',
      givenKana: 'チカ',
    });
    const setDue = (id: string, days: number) =>
      app.database.dataSource.query(
        `UPDATE applications SET due_date = (now() AT TIME ZONE 'Asia/Tokyo')::date + $2::int WHERE id = $1`,
        [id, days],
      );
    await setDue(overdue.id, -1);
    await setDue(dueToday.id, 0);
    await setDue(dueSoon.id, 3);

    // Act
    const overdueIds = await allIds(caseworker, { due: 'overdue' });
    const todayIds = await allIds(caseworker, { due: 'today' });
    const weekIds = await allIds(caseworker, { due: 'week' });
    const byDue = await allIds(caseworker, { sort: 'due', q: 'キゲン' });

    // Assert
    expect(overdueIds).toContain(overdue.id);
    expect(overdueIds).not.toContain(dueToday.id);
    expect(todayIds).toEqual([dueToday.id]);
    expect(weekIds).toEqual(expect.arrayContaining([dueToday.id, dueSoon.id]));
    expect(weekIds).not.toContain(overdue.id);
    expect(byDue).toEqual([overdue.id, dueToday.id, dueSoon.id]);
  });

  it.each(['submitted', 'due'])(
    'pages by cursor (sort=%s) without duplicates or gaps while new applications arrive',
    async (sort) => {
      // Arrange
      const before = await allIds(caseworker, { sort });
      const seen: string[] = [];
      const arrived: string[] = [];
      let cursor: string | null = null;

      // Act
      do {
        const query: Record<string, string> = { sort, limit: '2', ...(cursor ? { cursor } : {}) };
        const page = (await queue(caseworker, query).expect(200)).body as Page;
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        if (arrived.length < 3) {
          arrived.push(
            (
              await submit(otherResident, {
                family: '新着',
                given: '太郎',
                familyKana: 'シンチャク',
                givenKana: 'タロウ',
              })
            ).id,
          );
        }
      } while (cursor !== null);

      // Assert
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(before));
      if (sort === 'submitted') {
        // New arrivals sort after everything already listed, so the walk reaches them all.
        expect(seen).toEqual([...before, ...arrived]);
      }
    },
  );

  it.each([
    [{ limit: '0' }, 'invalid_request'],
    [{ limit: '101' }, 'invalid_request'],
    [{ limit: 'ten' }, 'invalid_request'],
    [{ status: 'bogus' }, 'invalid_request'],
    [{ due: 'yesterday' }, 'invalid_request'],
    [{ sort: 'name' }, 'invalid_request'],
    [{ unknown: '1' }, 'invalid_request'],
    [{ cursor: 'not-a-cursor' }, 'invalid_cursor'],
    [
      {
        cursor: Buffer.from('["due","infinity","5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10"]').toString(
          'base64url',
        ),
      },
      'invalid_cursor',
    ],
    [{ cursor: '%%%' }, 'invalid_request'],
  ])('answers 400 with a code and ja/en messages to %j', async (query, code) => {
    // Act
    const response = await queue(caseworker, query).expect(400);

    // Assert
    expect(response.body.error).toMatchObject({
      code,
      message: { ja: expect.any(String), en: expect.any(String) },
    });
  });

  it('assigns staff of the municipality who have signed in, with an audit row and no event', async () => {
    // Arrange
    const application = await submit(resident, {
      family: '担当',
      given: '決',
      familyKana: 'タントウ',
      givenKana: 'キメ',
    });
    const assign = (cookie: string, body: object) =>
      request(app.http)
        .post(`/api/staff/applications/${application.id}/assign`)
        .set('Cookie', cookie)
        .set(CSRF)
        .send(body);

    // Act
    const assigned = await assign(caseworker, { assigneeId: 'staff-chiyoda-takahashi' }).expect(
      200,
    );
    const otherCity = await assign(caseworker, { assigneeId: 'staff-yokohama-tanaka' }).expect(422);
    const nobody = await assign(caseworker, { assigneeId: 'staff-never-signed-in' }).expect(422);
    const crossMunicipality = await assign(yokohamaStaff, {
      assigneeId: 'staff-yokohama-tanaka',
    }).expect(404);
    const bad = await assign(caseworker, { assigneeId: 42 }).expect(400);
    const extra = await assign(caseworker, { assigneeId: null, note: 'x' }).expect(400);
    const theirs = await allIds(approver, { assignee: 'me' });
    const cleared = await assign(caseworker, { assigneeId: null }).expect(200);

    // Assert
    expect(assigned.body).toMatchObject({
      assigneeId: 'staff-chiyoda-takahashi',
      assigneeName: expect.stringContaining('高橋'),
    });
    expect([otherCity.body.error.code, nobody.body.error.code]).toEqual([
      'unknown_assignee',
      'unknown_assignee',
    ]);
    expect(crossMunicipality.body.error.code).toBe('application_not_found');
    expect([bad.body.error.code, extra.body.error.code]).toEqual([
      'invalid_request',
      'invalid_request',
    ]);
    expect(theirs).toContain(application.id);
    expect(cleared.body.assigneeId).toBeNull();
    const audit = await app.database.dataSource.query(
      `SELECT actor_id, detail FROM audit_log WHERE action = 'application.assign' AND target_id = $1 ORDER BY id`,
      [application.id],
    );
    expect(audit).toEqual([
      { actor_id: 'staff-chiyoda-sato', detail: { from: null, to: 'staff-chiyoda-takahashi' } },
      { actor_id: 'staff-chiyoda-sato', detail: { from: 'staff-chiyoda-takahashi', to: null } },
    ]);
    const events = await app.database.dataSource.query(
      `SELECT to_status FROM application_events WHERE application_id = $1`,
      [application.id],
    );
    expect(events).toEqual([{ to_status: 'submitted' }]);
  });

  it('lists the staff members who signed in, for the assignee picker', async () => {
    // Act
    const response = await request(app.http)
      .get('/api/staff/members')
      .set('Cookie', caseworker)
      .expect(200);

    // Assert
    const ids = (response.body as { id: string }[]).map((member) => member.id).sort();
    expect(ids).toEqual(['staff-chiyoda-sato', 'staff-chiyoda-takahashi']);
  });

  it('keeps internal notes for staff of the municipality only, audited', async () => {
    // Arrange
    const notesOf = (id: string) => `/api/staff/applications/${id}/notes`;

    // Act
    const created = await request(app.http)
      .post(notesOf(odawara.id))
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ body: '  電話で在宅を確認済み。  ' })
      .expect(201);
    const listed = await request(app.http)
      .get(notesOf(odawara.id))
      .set('Cookie', approver)
      .expect(200);
    const otherCity = await request(app.http)
      .get(notesOf(odawara.id))
      .set('Cookie', yokohamaStaff)
      .expect(404);
    const asResident = await request(app.http)
      .get(notesOf(odawara.id))
      .set('Cookie', resident)
      .expect(403);
    const empty = await request(app.http)
      .post(notesOf(odawara.id))
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ body: '   ' })
      .expect(400);
    const residentView = await request(app.http)
      .get(`/api/me/applications/${odawara.id}`)
      .set('Cookie', resident)
      .expect(200);

    // Assert
    expect(created.body).toMatchObject({
      body: '電話で在宅を確認済み。',
      authorId: 'staff-chiyoda-sato',
    });
    expect(listed.body).toEqual([created.body]);
    expect(otherCity.body.error.code).toBe('application_not_found');
    expect(asResident.body.error.code).toBe('forbidden');
    expect(empty.body.error.code).toBe('invalid_request');
    expect(JSON.stringify(residentView.body)).not.toContain('在宅を確認');
    const audit = await app.database.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'application.note.add' AND target_id = $1`,
      [odawara.id],
    );
    expect(audit).toEqual([{ detail: { noteId: created.body.id } }]);
  });

  describe('exports', () => {
    let injected: Item;

    beforeAll(async () => {
      injected = await submit(
        resident,
        { family: '出力', given: '試験', familyKana: 'シュツリョク', givenKana: 'シケン' },
        {
          occupation: '=HYPERLINK("http://example.invalid","x")',
          medicalInstitution: '𠮷田クリニック',
        },
      );
    });

    function exportOf(query: Record<string, string>) {
      return request(app.http)
        .get('/api/staff/applications/export')
        .query(query)
        .set('Cookie', caseworker)
        .buffer(true)
        .parse(binary);
    }

    it('writes CSV in UTF-8 with a BOM, fixed columns and one column per answer of the procedure', async () => {
      // Act
      const response = await exportOf({
        format: 'csv',
        procedureId: 'pregnancy-notification',
      }).expect(200);

      // Assert
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const [header = '', ...lines] = text.split('\r\n');
      expect(
        header.startsWith('受付番号,手続,様式版,申請者,フリガナ,状態,受付日時,処理期限,担当,'),
      ).toBe(true);
      expect(header).toContain('個人番号');
      expect(header).toContain('職業');
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="applications_pregnancy-notification_\d{8}-\d{4}\.csv"; filename\*=UTF-8''/,
      );
      expect(
        decodeURIComponent(String(response.headers['content-disposition']).split("''")[1] ?? ''),
      ).toMatch(/^申請一覧_妊娠の届出_/);
      const row = lines.find((line) => line.startsWith(injected.receiptNumber)) ?? '';
      expect(row).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
      expect(row).toContain(`********${MY_NUMBER.slice(-4)}`);
      expect(text).not.toContain(MY_NUMBER);
    });

    it('writes CSV in Shift_JIS that decodes back, counting the characters it replaced with 〓', async () => {
      // Act
      const response = await exportOf({
        format: 'csv-sjis',
        procedureId: 'pregnancy-notification',
        q: injected.receiptNumber,
      }).expect(200);

      // Assert
      const bytes = response.body as Buffer;
      expect(response.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
      expect(response.headers['x-madoguchi-replaced-characters']).toBe('1');
      expect([...bytes.subarray(0, 4)]).toEqual([...iconv.encode('受付', 'Shift_JIS')]);
      const text = iconv.decode(bytes, 'Shift_JIS');
      expect(text).toContain('〓田クリニック');
      expect(text).toContain('出力 試験');
      expect(text).toContain('シュツリョク');
      expect(text).not.toContain(MY_NUMBER);
      expect(bytes.includes(Buffer.from(MY_NUMBER))).toBe(false);
    });

    it('writes JSON with the answers masked, and audits every export', async () => {
      // Act
      const response = await exportOf({ format: 'json' }).expect(200);

      // Assert
      const items = JSON.parse((response.body as Buffer).toString('utf8')) as {
        receiptNumber: string;
        answers: { myNumber: string };
      }[];
      expect(items.map((item) => item.receiptNumber)).toContain(injected.receiptNumber);
      expect(
        items.every((item) => item.answers.myNumber === `********${MY_NUMBER.slice(-4)}`),
      ).toBe(true);
      expect((response.body as Buffer).toString('utf8')).not.toContain(MY_NUMBER);
      const audit = await app.database.dataSource.query(
        `SELECT actor_id, detail->>'format' AS format FROM audit_log WHERE action = 'application.export' ORDER BY id`,
      );
      expect(audit.map((row: { format: string }) => row.format)).toEqual([
        'csv',
        'csv-sjis',
        'json',
      ]);
    });

    it('exports nothing across municipalities and refuses bad formats', async () => {
      // Act
      const otherCity = await request(app.http)
        .get('/api/staff/applications/export')
        .query({ format: 'json' })
        .set('Cookie', yokohamaStaff)
        .expect(200);
      const badFormat = await request(app.http)
        .get('/api/staff/applications/export?format=xlsx')
        .set('Cookie', caseworker)
        .expect(400);

      // Assert
      expect(
        (JSON.parse(otherCity.text) as { receiptNumber: string }[]).map(
          (item) => item.receiptNumber,
        ),
      ).toEqual([yokohama.receiptNumber]);
      expect(badFormat.body.error.code).toBe('invalid_request');
    });
  });
});
