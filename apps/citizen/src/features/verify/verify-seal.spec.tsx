import type { Locale } from '@madoguchi/shared-util-i18n';
import { ApiProvider, createApiClient, loadContractCheck } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LocaleProvider } from '../../i18n/locale-context.js';
import { MemoryRouter } from '../../routing/router.js';
import { VerifySeal } from './verify-seal.js';

const VALID: MockRoute = {
  method: 'POST',
  path: '/api/verify/pdf',
  body: {
    verdict: 'valid',
    sealer: { municipality: '千代田区', office: '千代田区長' },
    sealedAt: '2026-12-08T01:00:07.000Z',
    receiptNumberMatches: null,
  },
};

function renderPage(routes: readonly MockRoute[], locale: Locale = 'ja') {
  const fetch = createMockFetch(routes);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <ApiProvider
      client={createApiClient({ fetch, contractCheck: loadContractCheck })}
      queryClient={queryClient}
    >
      <LocaleProvider initialLocale={locale}>
        <MemoryRouter>
          <VerifySeal />
        </MemoryRouter>
      </LocaleProvider>
    </ApiProvider>,
  );
  return { ...view, fetch, user: userEvent.setup() };
}

function pdfFile(): File {
  return new File(['%PDF-1.3 sealed'], '控え.pdf', { type: 'application/pdf' });
}

describe(VerifySeal.name, () => {
  it('sends the chosen PDF as application/pdf and says it is unchanged, by whom and when', async () => {
    // Arrange
    const { user, fetch, container } = renderPage([VALID]);

    // Act
    await user.upload(screen.getByLabelText(/^控え・通知書のPDF/), pdfFile());
    await user.click(screen.getAllByRole('button', { name: '確認する' })[0] as HTMLElement);

    // Assert
    expect(await screen.findByText('改ざんされていません')).toBeTruthy();
    expect(screen.getByText('千代田区長（千代田区）')).toBeTruthy();
    expect(screen.getByText(/2026年12月8日/)).toBeTruthy();
    const sent = fetch.requests.find((request) => request.path === '/api/verify/pdf');
    expect(sent?.headers['content-type']).toBe('application/pdf');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('says a changed file is modified, in English', async () => {
    // Arrange
    const { user } = renderPage(
      [
        {
          ...VALID,
          body: { verdict: 'modified', sealer: null, sealedAt: null, receiptNumberMatches: null },
        },
      ],
      'en',
    );

    // Act
    await user.upload(screen.getByLabelText(/^The receipt or notice \(PDF\)/), pdfFile());
    await user.click(screen.getAllByRole('button', { name: 'Check' })[0] as HTMLElement);

    // Assert
    expect(await screen.findByText('Modified')).toBeTruthy();
    expect(screen.queryByText('Sealed by')).toBeNull();
  });

  it('asks for a file before sending anything, and shows the API’s refusal', async () => {
    // Arrange
    const { user, fetch } = renderPage(
      [
        {
          method: 'POST',
          path: '/api/verify/pdf',
          status: 415,
          body: buildApiErrorBody('pdf_required'),
        },
      ],
      'easyJa',
    );

    // Act
    await user.click(screen.getAllByRole('button', { name: /確認/ })[0] as HTMLElement);
    const asked = fetch.requests.length;
    await user.upload(
      screen.getByLabelText(/PDF/, { selector: 'input[type=file][name=pdf]' }),
      pdfFile(),
    );
    await user.click(screen.getAllByRole('button', { name: /確認/ })[0] as HTMLElement);

    // Assert
    expect(asked).toBe(0);
    expect(await screen.findByText('確認できませんでした')).toBeTruthy();
    expect(screen.getByText('エラー（pdf_required）')).toBeTruthy();
  });

  it('sends the 受付番号, the receipt JSON as text and the seal in base64, and says when the 受付番号 is another', async () => {
    // Arrange
    const { user, fetch } = renderPage([
      {
        method: 'POST',
        path: '/api/verify/receipt',
        body: {
          verdict: 'valid',
          sealer: { municipality: '千代田区', office: '千代田区長' },
          sealedAt: '2026-12-08T01:00:07.000Z',
          receiptNumberMatches: false,
        },
      },
    ]);
    const receipt = '{"receiptNumber":"K7QF-3XMA"}';

    // Act
    await user.type(screen.getByRole('textbox', { name: /^受付番号/ }), 'AAAA-AAAA');
    await user.upload(
      screen.getByLabelText(/^受付の記録/),
      new File([receipt], 'K7QF-3XMA.json', { type: 'application/json' }),
    );
    await user.upload(
      screen.getByLabelText(/^電子印のファイル/),
      new File([new Uint8Array([0x30, 0x82, 0x01])], 'K7QF-3XMA.p7s'),
    );
    await user.click(screen.getAllByRole('button', { name: '確認する' })[1] as HTMLElement);

    // Assert
    expect(await screen.findByText('改ざんされていません')).toBeTruthy();
    expect(
      screen.getByText('入力した受付番号は、この受付の記録の受付番号と一致しません。'),
    ).toBeTruthy();
    const sent = fetch.requests.find((request) => request.path === '/api/verify/receipt');
    expect(sent?.body).toEqual({ receiptNumber: 'AAAA-AAAA', receipt, seal: 'MIIB' });
  });
});
