import { buildApplicationSummary, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { WorkQueue } from './work-queue.js';

describe(WorkQueue.name, () => {
  it('lists the applications in a table with a link per row and filters them by status', async () => {
    // Arrange
    const submitted = buildApplicationSummary();
    const inReview = buildApplicationSummary({
      id: '6c1e4a2b-0000-4000-8000-000000000002',
      receiptNumber: 'R2D-2C3P',
      status: 'in_review',
      applicantName: '鈴木 次郎',
    });
    const { user, fetch, container } = renderConsoleApp('/', [
      { path: '/api/session', body: buildStaffActor() },
      { path: '/api/staff/applications', body: [submitted, inReview] },
      { path: '/api/staff/applications?status=submitted', body: [submitted] },
    ]);
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    expect(within(table).getByRole('columnheader', { name: '受付番号' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'K7P-4M2X' })).toHaveAttribute(
      'href',
      `/applications/${submitted.id}`,
    );
    expect(within(table).getByText('鈴木 次郎')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.selectOptions(screen.getByRole('combobox', { name: '状態で絞り込む' }), 'submitted');

    // Assert
    expect(await screen.findByRole('table', { name: '申請 1 件' })).toBeInTheDocument();
    expect(screen.queryByText('鈴木 次郎')).not.toBeInTheDocument();
    expect(
      fetch.requests.some((request) => request.path === '/api/staff/applications?status=submitted'),
    ).toBe(true);
  });
});
