import {
  buildLifeEvent,
  buildMunicipality,
  buildProcedureDetail,
  buildProcedureRecommendation,
  buildProcedureSummary,
} from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { SIGNED_OUT, renderCitizenApp } from '../../testing/render-app.js';
import { ProcedureFinder } from './procedure-finder.js';

const CHIYODA = buildMunicipality();
const YATOMI = buildMunicipality({
  code: '232360',
  name: { ja: '弥富市', en: 'Yatomi' },
  prefecture: { ja: '愛知県', en: 'Aichi' },
});
const KISOSAKI = buildMunicipality({
  code: '243035',
  name: { ja: '木曽岬町', en: 'Kisosaki' },
  prefecture: { ja: '三重県', en: 'Mie' },
});
const PREGNANCY = buildProcedureSummary();
const CHILD_ALLOWANCE = buildProcedureSummary({
  id: 'child-allowance-certification',
  title: {
    ja: '児童手当 認定請求',
    en: 'Child allowance claim',
    easyJa: 'じどうてあての しんせい',
  },
});
const CARE = buildProcedureSummary({
  id: 'care-need-certification',
  category: 'care',
  title: { ja: '要介護・要支援認定', en: 'Care need certification', easyJa: 'かいごの にんてい' },
});

const ROUTES: MockRoute[] = [
  SIGNED_OUT,
  { path: '/api/municipalities', body: [CHIYODA, YATOMI, KISOSAKI] },
  { path: '/api/municipalities?postalCode=1020074', body: [CHIYODA] },
  { path: '/api/municipalities?postalCode=4980000', body: [YATOMI, KISOSAKI] },
  { path: '/api/municipalities?postalCode=0000000', body: [] },
  {
    path: '/api/life-events?municipality=131016',
    body: [
      buildLifeEvent(),
      buildLifeEvent({
        id: 'care',
        label: { ja: '介護', en: 'Long-term care', easyJa: 'かいご' },
        tags: ['care'],
        procedureCount: 1,
      }),
    ],
  },
  { path: '/api/municipalities/131016/procedures', body: [PREGNANCY, CHILD_ALLOWANCE, CARE] },
  {
    path: `/api/municipalities/131016/procedures?q=${encodeURIComponent('じどう')}`,
    body: [CHILD_ALLOWANCE],
  },
  {
    path: '/api/municipalities/131016/procedures?lifeEvent=care',
    body: [CARE],
  },
  {
    method: 'POST',
    path: '/api/municipalities/131016/procedure-finder',
    respond: (request) => {
      const household = (request.body as { household: { isExpecting: boolean } }).household;
      return household.isExpecting
        ? [
            buildProcedureRecommendation(),
            buildProcedureRecommendation({
              procedure: CHILD_ALLOWANCE,
              reason: {
                ja: '生まれた日の翌日から15日以内に請求してください。',
                en: 'Claim within 15 days of the day after the birth.',
                easyJa: '15にち いないに だして ください。',
              },
              priority: 1,
              deadline: '2026-04-16',
              ruleId: 'child-allowance-newborn',
            }),
          ]
        : [];
    },
  },
  {
    path: '/api/municipalities/131016/procedures/pregnancy-notification',
    body: buildProcedureDetail(),
  },
];

describe(ProcedureFinder.name, () => {
  it('finds the municipality of a 郵便番号 and shows its procedures by category, linking to the procedure page', async () => {
    // Arrange
    const { user } = renderCitizenApp('/', ROUTES);

    // Act
    await user.type(await screen.findByLabelText('郵便番号'), '〒102-0074');
    await user.click(screen.getByRole('button', { name: '郵便番号で探す' }));
    await user.click(await screen.findByRole('link', { name: '東京都 千代田区を選ぶ' }));

    // Assert
    expect(await screen.findByText('申請先：東京都 千代田区')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 4, name: '介護' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '児童手当 認定請求' })).toHaveAttribute(
      'href',
      '/municipalities/131016/procedures/child-allowance-certification',
    );
  });

  it('offers both municipalities of a 郵便番号 that spans two, and says so when none is served', async () => {
    // Arrange
    const { user } = renderCitizenApp('/', ROUTES);
    const postalCode = await screen.findByLabelText('郵便番号');

    // Act
    await user.type(postalCode, '4980000');
    await user.click(screen.getByRole('button', { name: '郵便番号で探す' }));

    // Assert
    expect(await screen.findByText('この郵便番号の自治体：2件')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '愛知県 弥富市を選ぶ' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '三重県 木曽岬町を選ぶ' })).toBeInTheDocument();

    await user.clear(postalCode);
    await user.type(postalCode, '0000000');
    await user.click(screen.getByRole('button', { name: '郵便番号で探す' }));
    expect(
      await screen.findByText(/この郵便番号の地域は、このサービスではまだ申請できません/),
    ).toBeInTheDocument();
  });

  it('says how to write a 郵便番号 that is not 7 digits, without asking the API', async () => {
    // Arrange
    const { user, fetch } = renderCitizenApp('/', ROUTES);

    // Act
    await user.type(await screen.findByLabelText('郵便番号'), '1020');
    await user.click(screen.getByRole('button', { name: '郵便番号で探す' }));

    // Assert
    expect(
      await screen.findByText('郵便番号は7桁の数字で入力してください（例：102-0074）。'),
    ).toBeInTheDocument();
    expect(fetch.requests.some((request) => request.path.includes('postalCode'))).toBe(false);
  });

  it('searches through the API catalog search with the keyword as typed', async () => {
    // Arrange
    const { user, router } = renderCitizenApp('/?municipality=131016', ROUTES);

    // Act
    await user.type(await screen.findByRole('searchbox', { name: 'キーワード' }), 'じどう');
    await user.click(screen.getByRole('button', { name: '検索' }));

    // Assert
    expect(
      await screen.findByRole('heading', { name: '「じどう」の検索結果' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('1件の手続')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '児童手当 認定請求' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '妊娠の届出' })).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('q=');
  });

  it('browses the procedures of a life event', async () => {
    // Arrange
    const { user } = renderCitizenApp('/?municipality=131016', ROUTES);

    // Act
    await user.click(await screen.findByRole('link', { name: '介護（1件）' }));

    // Assert
    expect(await screen.findByRole('heading', { name: '「介護」の手続' })).toBeInTheDocument();
    expect(await screen.findByText('1件の手続')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '介護（1件）' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('lists every unanswered question in an error summary', async () => {
    // Arrange
    const { user, fetch } = renderCitizenApp('/?municipality=131016', ROUTES);

    // Act
    await user.click(await screen.findByRole('button', { name: '必要な手続をしらべる' }));

    // Assert
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getAllByRole('link', { name: 'どれか一つを選んでください。' }),
    ).toHaveLength(5);
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('answers the questionnaire with the procedures that fit, the reason and the deadline of each, and starts them as a bundle', async () => {
    // Arrange
    const { user, router, fetch, container } = renderCitizenApp('/?municipality=131016', ROUTES);
    const answer = async (legend: string, choice: string) => {
      const group = await screen.findByRole('group', { name: new RegExp(`^${legend}`) });
      await user.click(within(group).getByRole('radio', { name: choice }));
    };

    // Act
    await answer('ご家族に、妊娠している方はいますか', 'はい');
    await user.type(screen.getByLabelText(/出産予定日/), '2026-04-01');
    await answer('お子さん（18歳まで）', 'いいえ');
    await answer('いま、この自治体から児童手当を受け取っていますか', 'いいえ');
    await answer('保護者は全員、仕事などで日中お子さんをみられませんか', 'いいえ');
    await answer('ご家族に、介護が必要な方はいますか', 'いいえ');
    await answer('最近、この自治体に引っ越してきましたか', 'いいえ');
    await answer('災害で住まいに被害がありましたか', 'いいえ');
    await user.click(screen.getByRole('button', { name: '必要な手続をしらべる' }));

    // Assert: the request carries the answers, and nothing that identifies a person.
    const results = await screen.findByRole('region', { name: 'あなたに必要な手続' });
    const post = fetch.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      household: {
        isExpecting: true,
        dueDate: '2026-04-01',
        children: [],
        isReceivingChildAllowance: false,
        isEveryParentWorking: false,
        isDisasterAffected: false,
      },
    });
    expect(
      within(results).getByText('生まれた日の翌日から15日以内に請求してください。'),
    ).toBeInTheDocument();
    expect(within(results).getByText('2026年4月16日')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act: both are ticked; start them together.
    await user.click(within(results).getByRole('button', { name: '2件をまとめて申請する' }));

    // Assert: the first procedure's page, inside the bundle.
    expect(
      await screen.findByRole('heading', { level: 1, name: '妊娠の届出' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(
      '/municipalities/131016/procedures/pregnancy-notification',
    );
    expect(new URLSearchParams(router.state.location.search).get('bundle')).toBe(
      'pregnancy-notification,child-allowance-certification',
    );
    expect(
      screen.getByRole('navigation', { name: 'まとめて申請：2件中1件目' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '申請をはじめる' })).toHaveAttribute(
      'href',
      '/municipalities/131016/procedures/pregnancy-notification/apply?bundle=pregnancy-notification%2Cchild-allowance-certification',
    );
  });
});
