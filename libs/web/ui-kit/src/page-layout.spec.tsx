import { render, screen } from '@testing-library/react';
import { PageLayout } from './page-layout.js';
import { findAxeViolations } from './testing.js';
import { UI_TEXT_EN, UiTextProvider } from './ui-text.js';

describe(PageLayout.name, () => {
  it('has a skip link to the main landmark, a named navigation and no axe violations', async () => {
    // Arrange
    const { container } = render(
      <PageLayout
        brand={<a href="/">窓口</a>}
        navigationLabel="メインメニュー"
        navigation={[<a href="/applications">申請一覧</a>]}
        footer={<p>窓口</p>}
      >
        <h1>手続を選ぶ</h1>
      </PageLayout>,
    );

    // Act
    const skipLink = screen.getByRole('link', { name: '本文へ移動' });

    // Assert
    expect(skipLink).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('prints its fixed strings in the language it is given', () => {
    render(
      <UiTextProvider text={UI_TEXT_EN}>
        <PageLayout brand="Madoguchi" navigationLabel="Main menu" footer="">
          <h1>Home</h1>
        </PageLayout>
      </UiTextProvider>,
    );

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });
});
