import { ApiRequestError } from '@madoguchi/web-data-access-api';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { LoadFailedNotice, LoadStatusTextProvider, LoadingNotice } from './query-status.js';

const NOT_FOUND = new ApiRequestError(404, {
  code: 'procedure_not_found',
  message: { ja: '手続が見つかりません。', en: 'The procedure was not found.' },
  fields: [],
});

describe(LoadFailedNotice.name, () => {
  it("shows the API's message and retries on request, with no axe violations", async () => {
    // Arrange
    const onRetry = jest.fn();
    const { container } = render(<LoadFailedNotice error={NOT_FOUND} onRetry={onRetry} />);

    // Act
    fireEvent.click(screen.getByRole('button', { name: '再読み込み' }));

    // Assert
    expect(screen.getByRole('alert')).toHaveTextContent('情報を読み込めませんでした。');
    expect(screen.getByRole('alert')).toHaveTextContent('手続が見つかりません。');
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('writes in the language of its provider and hides what is not an API error', () => {
    // Arrange
    render(
      <LoadStatusTextProvider
        text={{ locale: 'en', loading: 'Loading…', loadFailed: 'Could not load.', retry: 'Reload' }}
      >
        <LoadFailedNotice error={NOT_FOUND} />
        <LoadFailedNotice error={new Error('boom')} />
      </LoadStatusTextProvider>,
    );

    // Act
    const [apiFailure, otherFailure] = screen.getAllByRole('alert');

    // Assert
    expect(apiFailure).toHaveTextContent('Could not load.The procedure was not found.');
    expect(otherFailure).toHaveTextContent(/^Could not load\.$/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe(LoadingNotice.name, () => {
  it('is a polite status', () => {
    // Arrange
    render(<LoadingNotice />);

    // Act
    const status = screen.getByRole('status');

    // Assert
    expect(status).toHaveTextContent('読み込んでいます…');
  });
});
