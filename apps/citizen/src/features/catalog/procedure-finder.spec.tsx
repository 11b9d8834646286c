import { buildMunicipality, buildProcedureSummary } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { SIGNED_OUT, renderCitizenApp } from '../../testing/render-app.js';
import { ProcedureFinder } from './procedure-finder.js';

const CHIYODA = buildMunicipality();
const ROUTES = [
  SIGNED_OUT,
  {
    path: '/api/municipalities',
    body: [
      CHIYODA,
      buildMunicipality({
        code: '141003',
        name: { ja: '横浜市', en: 'Yokohama' },
        prefecture: { ja: '神奈川県', en: 'Kanagawa' },
      }),
    ],
  },
  {
    path: '/api/municipalities/131016/procedures',
    body: [
      buildProcedureSummary(),
      buildProcedureSummary({
        id: 'child-allowance-certification',
        title: {
          ja: '児童手当 認定請求',
          en: 'Child allowance',
          easyJa: 'じどうてあての しんせい',
        },
      }),
      buildProcedureSummary({
        id: 'care-need-certification',
        category: 'care',
        title: {
          ja: '要介護・要支援認定',
          en: 'Care need certification',
          easyJa: 'かいごの にんてい',
        },
      }),
    ],
  },
];

describe(ProcedureFinder.name, () => {
  it('lists the procedures of the chosen municipality by category, as links to their forms', async () => {
    // Arrange
    const { user, container } = renderCitizenApp('/', ROUTES);

    // Act
    await user.selectOptions(
      await screen.findByRole('combobox', { name: '申請先の自治体' }),
      '131016',
    );

    // Assert
    expect(
      await screen.findByRole('heading', { level: 2, name: '千代田区の手続' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '子育て' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '介護' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '児童手当 認定請求' })).toHaveAttribute(
      'href',
      '/municipalities/131016/procedures/child-allowance-certification/apply',
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('filters the procedures by a keyword in hiragana', async () => {
    // Arrange
    const { user } = renderCitizenApp('/?municipality=131016', ROUTES);
    const keyword = await screen.findByRole('searchbox', { name: 'キーワードで絞り込む' });

    // Act
    await user.type(keyword, 'じどう');

    // Assert
    expect(screen.getByRole('link', { name: '児童手当 認定請求' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '要介護・要支援認定' })).not.toBeInTheDocument();
    expect(screen.getByText('1 件の手続')).toBeInTheDocument();
  });
});
