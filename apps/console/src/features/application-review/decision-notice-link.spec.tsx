import { ApiProvider, createApiClient } from '@madoguchi/web-data-access-api';
import { buildApplicationDetail, createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';

import { ConsoleLocaleProvider } from '../../i18n/locale-context.js';
import { DecisionNoticeLink } from './decision-notice-link.js';

function renderLink(status: 'in_review' | 'completed' | 'rejected') {
  const detail = buildApplicationDetail({ status });
  const view = render(
    <ApiProvider
      client={createApiClient({ fetch: createMockFetch([]) })}
      queryClient={new QueryClient()}
    >
      <ConsoleLocaleProvider>
        <DecisionNoticeLink application={detail} />
      </ConsoleLocaleProvider>
    </ApiProvider>,
  );
  return { ...view, detail };
}

describe(DecisionNoticeLink.name, () => {
  it('links the sealed 決定通知書 of a decided application', async () => {
    // Arrange
    const { container, detail } = renderLink('rejected');

    // Act
    const link = screen.getByRole('link', { name: '決定通知書（PDF）を開く' });

    // Assert
    expect(link.getAttribute('href')).toBe(
      `/api/staff/applications/${detail.id}/decision-notice.pdf`,
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('shows nothing before the decision', () => {
    // Arrange
    const { container } = renderLink('in_review');

    // Assert
    expect(container.textContent).toBe('');
  });
});
