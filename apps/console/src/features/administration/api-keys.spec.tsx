import type { ApiKey } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { buildAdminActor, buildApiKey } from './administration-testing.js';
import { ApiKeys } from './api-keys.js';

const PATH = '/admin/api-keys';
const KEYS = '/api/staff/api-keys';
const SECRET = 'mdg_NEWKEY2AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

const live = buildApiKey();
const revoked = buildApiKey({
  id: '7a1b2c3d-0000-4000-8000-000000000002',
  name: '旧システム',
  keyPrefix: 'mdg_old000',
  scopes: ['applications:read'],
  lastUsedAt: null,
  revokedAt: '2026-12-02T03:00:00.000Z',
});

/** The API of the page: the keys as they are now, create and revoke. */
function keyRoutes(
  initial: ApiKey[],
  overrides: { create?: Partial<MockRoute> } = {},
): MockRoute[] {
  let keys = initial;
  return [
    { path: '/api/session', body: buildAdminActor() },
    { path: KEYS, respond: () => keys },
    {
      method: 'POST',
      path: KEYS,
      status: 201,
      respond: (request) => {
        const body = request.body as { name: string; scopes: ApiKey['scopes'] };
        const apiKey = buildApiKey({
          id: '7a1b2c3d-0000-4000-8000-000000000003',
          name: body.name,
          scopes: body.scopes,
          keyPrefix: 'mdg_NEWKEY',
          createdAt: '2026-12-07T05:00:00.000Z',
          lastUsedAt: null,
        });
        keys = [apiKey, ...keys];
        return { apiKey, key: SECRET };
      },
      ...overrides.create,
    },
    {
      method: 'DELETE',
      path: /^\/api\/staff\/api-keys\/[^/]+$/,
      status: 204,
      respond: (request) => {
        keys = keys.map((key) =>
          request.path.endsWith(key.id) ? { ...key, revokedAt: '2026-12-07T06:00:00.000Z' } : key,
        );
        return undefined;
      },
    },
  ];
}

describe(ApiKeys.name, () => {
  it('lists the keys by name and prefix, with dates, scopes and state, never a key', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, keyRoutes([live, revoked]));

    // Act
    const table = await screen.findByRole('table', { name: 'API キー 2 件' });

    // Assert
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['名前', 'キーの先頭', '権限', '作成日時', '最終利用', '状態', '操作']);
    expect(rows[1]).toHaveTextContent(
      /子育て支援システム連携\s*mdg_k7qf3x…\s*申請の取得、取込済みの記録\s*2026\/12\/01 10:00\s*2026\/12\/07 8:30\s*有効/,
    );
    expect(rows[2]).toHaveTextContent(
      /旧システム\s*mdg_old000…\s*申請の取得\s*.*未使用\s*失効（2026\/12\/02 12:00）/,
    );
    expect(
      within(rows[1]!).getByRole('button', {
        name: /^失効\s?（子育て支援システム連携、mdg_k7qf3x…）$/,
      }),
    ).toBeEnabled();
    expect(within(rows[2]!).queryByRole('button')).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('creates a key and shows it once, in focus, with the warning and a copy button', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(PATH, keyRoutes([live]));
    await user.type(await screen.findByLabelText(/名前（用途がわかるように）/), '介護保険システム');
    await user.click(screen.getByRole('checkbox', { name: /特定個人情報の取得/ }));

    // Act
    await user.click(screen.getByRole('button', { name: 'API キーを作る' }));

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API キー「介護保険システム」を作りました');
    expect(alert).toHaveTextContent('このキーが表示されるのは今だけです。');
    expect(alert).toHaveTextContent(SECRET);
    expect(document.activeElement).toContainElement(alert);
    expect(fetch.requests.find((request) => request.method === 'POST')).toMatchObject({
      body: {
        name: '介護保険システム',
        scopes: ['applications:read', 'applications:acknowledge', 'personal-data'],
      },
      headers: { 'x-madoguchi-csrf': '1' },
    });
    expect(await screen.findByRole('table', { name: 'API キー 2 件' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'コピー' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(alert).getByRole('status')).toHaveTextContent('コピーしました。');
    expect(await findAxeViolations(container)).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'キーを保存しました' }));
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
  });

  it('refuses a key without a name or a scope, with an error summary in focus', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, keyRoutes([]));
    await screen.findByRole('table', { name: 'API キー 0 件' });
    await user.click(screen.getByRole('checkbox', { name: /申請の取得/ }));
    await user.click(screen.getByRole('checkbox', { name: /取込済みの記録/ }));

    // Act
    await user.click(screen.getByRole('button', { name: 'API キーを作る' }));

    // Assert
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('入力内容を確認してください');
    expect(within(summary).getByRole('link', { name: /名前を入力してください/ })).toHaveAttribute(
      'href',
      '#api-key-name',
    );
    expect(
      within(summary).getByRole('link', { name: /権限を1つ以上選んでください。/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/名前（用途がわかるように）/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the API’s message when the key cannot be created', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      PATH,
      keyRoutes([], { create: { status: 403, respond: () => buildApiErrorBody('admin_only') } }),
    );
    await user.type(await screen.findByLabelText(/名前（用途がわかるように）/), '連携');

    // Act
    await user.click(screen.getByRole('button', { name: 'API キーを作る' }));

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API キーを作れませんでした。');
    expect(alert).toHaveTextContent('エラー（admin_only）');
  });

  it('asks before revoking, then revokes and shows the key as revoked', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, keyRoutes([live]));
    await user.click(
      await screen.findByRole('button', { name: /^失効\s?（子育て支援システム連携/ }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: 'API キー「子育て支援システム連携」を失効させますか？',
    });
    expect(document.activeElement).toBe(dialog);
    expect(fetch.requests.some((request) => request.method === 'DELETE')).toBe(false);

    // Act
    await user.click(within(dialog).getByRole('button', { name: '失効させる' }));

    // Assert
    expect(await screen.findByRole('status')).toHaveTextContent(
      'API キー「子育て支援システム連携」を失効させました。',
    );
    expect(fetch.requests.find((request) => request.method === 'DELETE')?.path).toBe(
      `/api/staff/api-keys/${live.id}`,
    );
    const table = await screen.findByRole('table', { name: 'API キー 1 件' });
    expect(await within(table).findByText(/^失効（/)).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });
});
