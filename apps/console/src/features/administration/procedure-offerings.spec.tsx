import type { ProcedureOffering } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { buildAdminActor, buildProcedureOffering } from './administration-testing.js';
import { ProcedureOfferings } from './procedure-offerings.js';

const PATH = '/admin/procedures';
const LIST = '/api/staff/administration/procedures';
const SWITCH = /^\/api\/staff\/administration\/procedures\/([a-z-]+)\/availability$/;

const pregnancy = buildProcedureOffering();
const disaster = buildProcedureOffering({
  procedureId: 'disaster-damage-certificate',
  title: { ja: '罹災証明書の発行申請', en: 'Disaster damage certificate', easyJa: 'りさい' },
  category: 'disaster',
  isEnabled: false,
  formVersion: null,
});

/** The API of the page: the list as it is now, and a switch that changes it. */
function offeringRoutes(
  initial: ProcedureOffering[],
  change: Partial<MockRoute> = {},
): MockRoute[] {
  let offerings = initial;
  return [
    { path: '/api/session', body: buildAdminActor() },
    { path: LIST, respond: () => offerings },
    {
      method: 'POST',
      path: SWITCH,
      respond: (request) => {
        const procedureId = SWITCH.exec(request.path)?.[1];
        const { isEnabled } = request.body as { isEnabled: boolean };
        offerings = offerings.map((offering) =>
          offering.procedureId === procedureId
            ? { ...offering, isEnabled, formVersion: offering.formVersion ?? 1 }
            : offering,
        );
        return offerings.find((offering) => offering.procedureId === procedureId);
      },
      ...change,
    },
  ];
}

describe(ProcedureOfferings.name, () => {
  it('reads in English for an administrator who chose it: menus, table, titles and the switch', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const { user, container } = renderConsoleApp(PATH, offeringRoutes([pregnancy, disaster]));
    const table = await screen.findByRole('table', { name: '2 standard procedures (1 accepting)' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Procedures accepted online' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Administration menu' })).getByRole('link', {
        name: 'Audit trail',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', {
        name: 'Administration',
      }),
    ).toBeInTheDocument();
    const disasterRow = within(table).getByRole('row', { name: /Disaster damage certificate/ });
    expect(disasterRow).toHaveTextContent('Disaster prevention');
    expect(disasterRow).toHaveTextContent('Not registered');
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(
      within(disasterRow).getByRole('switch', { name: 'Stopped (Disaster damage certificate)' }),
    );

    // Assert
    expect(
      await screen.findByText('“Disaster damage certificate” is now accepted online.'),
    ).toBeInTheDocument();
  });

  it('lists every standard procedure with a named 受付中 / 停止中 switch', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, offeringRoutes([pregnancy, disaster]));

    // Act
    const table = await screen.findByRole('table', { name: '標準の手続 2 件（受付中 1 件）' });

    // Assert
    expect(screen.getByRole('heading', { level: 1, name: '受け付ける手続' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['手続', '分野', '様式の版', 'オンライン受付']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('妊娠の届出');
    expect(rows[1]).toHaveTextContent(/子育て\s*第1版/);
    expect(rows[2]).toHaveTextContent(/防災\s*未登録/);
    expect(screen.getByRole('switch', { name: /^受付中\s?（妊娠の届出）$/ })).toBeChecked();
    expect(
      screen.getByRole('switch', { name: /^停止中\s?（罹災証明書の発行申請）$/ }),
    ).not.toBeChecked();
    expect(screen.getByRole('link', { name: '管理' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '受け付ける手続' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('asks before stopping a procedure, then stops it and says so in focus', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(
      PATH,
      offeringRoutes([pregnancy, disaster]),
    );
    await user.click(await screen.findByRole('switch', { name: /（妊娠の届出）$/ }));

    // Act
    const dialog = screen.getByRole('alertdialog', {
      name: '「妊娠の届出」の受付を停止しますか？',
    });
    expect(document.activeElement).toBe(dialog);
    expect(dialog).toHaveTextContent('送信済みの申請と、審査中の申請はそのまま残ります。');
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
    expect(await findAxeViolations(container)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: '停止する' }));

    // Assert
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('「妊娠の届出」の受付を停止しました。');
    expect(document.activeElement).toContainElement(status);
    expect(
      await screen.findByRole('switch', { name: /^停止中\s?（妊娠の届出）$/ }),
    ).not.toBeChecked();
    expect(fetch.requests.find((request) => request.method === 'POST')).toMatchObject({
      path: '/api/staff/administration/procedures/pregnancy-notification/availability',
      body: { isEnabled: false },
      headers: { 'x-madoguchi-csrf': '1' },
    });
  });

  it('keeps the procedure when the administrator cancels', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, offeringRoutes([pregnancy]));
    await user.click(await screen.findByRole('switch', { name: /（妊娠の届出）$/ }));

    // Act
    await user.click(screen.getByRole('button', { name: 'やめる' }));

    // Assert
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /（妊娠の届出）$/ })).toBeChecked();
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('starts accepting a procedure at once', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, offeringRoutes([pregnancy, disaster]));

    // Act
    await user.click(await screen.findByRole('switch', { name: /（罹災証明書の発行申請）$/ }));

    // Assert
    expect(await screen.findByRole('status')).toHaveTextContent(
      '「罹災証明書の発行申請」の受付を始めました。',
    );
    expect(
      await screen.findByRole('table', { name: '標準の手続 2 件（受付中 2 件）' }),
    ).toBeInTheDocument();
    expect(fetch.requests.find((request) => request.method === 'POST')?.body).toEqual({
      isEnabled: true,
    });
  });

  it('shows the API’s message when a switch fails, and keeps the state', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      PATH,
      offeringRoutes([disaster], { status: 403, respond: () => buildApiErrorBody('admin_only') }),
    );

    // Act
    await user.click(await screen.findByRole('switch', { name: /（罹災証明書の発行申請）$/ }));

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('「罹災証明書の発行申請」を切り替えられませんでした。');
    expect(alert).toHaveTextContent('エラー（admin_only）');
    expect(screen.getByRole('switch', { name: /（罹災証明書の発行申請）$/ })).not.toBeChecked();
  });

  it('tells staff who are not administrators that the page is not theirs, and hides the menu', async () => {
    // Act
    const { fetch } = renderConsoleApp(PATH, [{ path: '/api/session', body: buildStaffActor() }]);

    // Assert
    expect(
      await screen.findByText('このページは自治体の管理者だけが使えます。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '管理' })).not.toBeInTheDocument();
    expect(fetch.requests.some((request) => request.path === LIST)).toBe(false);
  });
});
