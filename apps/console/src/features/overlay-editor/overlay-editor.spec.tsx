import { text } from '@madoguchi/forms-schema/testing';
import type { OverlayEditorState } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildServedFormDefinition, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { OverlayEditor } from './overlay-editor.js';

const PROCEDURE = 'childcare-facility-application';
const PATH = `/admin/overlay-editor/${PROCEDURE}`;
const API = `/api/staff/overlay-editor/procedures/${PROCEDURE}`;
const admin = buildStaffActor({ id: 'staff-chiyoda-kobayashi', staffRole: 'admin' });

function buildState(overrides: Partial<OverlayEditorState> = {}): OverlayEditorState {
  return {
    procedureId: PROCEDURE,
    municipalityCode: '131016',
    title: {
      ja: '保育施設等の利用申込',
      en: 'Childcare facility application',
      easyJa: 'ほいくえん',
    },
    standard: buildServedFormDefinition({
      id: PROCEDURE,
      steps: [
        {
          id: 'wishes',
          title: text('Wishes', '希望'),
          fields: [{ id: 'pickUpTime', type: 'text', label: text('Pick-up time', 'お迎えの時刻') }],
        },
      ],
    }),
    overlay: { procedureId: PROCEDURE, municipalityCode: '131016' },
    draft: null,
    currentVersion: 1,
    versions: [
      {
        version: 1,
        baseVersion: 1,
        effectiveFrom: '2026-12-01',
        publishedAt: '2026-12-01T00:00:00.000Z',
        hasOverlay: true,
      },
    ],
    today: '2030-04-01',
    ...overrides,
  };
}

function editorRoutes(state: OverlayEditorState = buildState()): MockRoute[] {
  return [
    { path: '/api/session', body: admin },
    { path: API, body: state },
    {
      method: 'PUT',
      path: `${API}/draft`,
      respond: (request) => ({
        ...state,
        overlay: (request.body as { overlay: Record<string, unknown> }).overlay,
        draft: { updatedAt: '2030-04-01T01:00:00.000Z', updatedBy: admin.id },
      }),
    },
    {
      method: 'POST',
      path: `${API}/publish`,
      respond: (request) => ({
        version: 2,
        baseVersion: 1,
        effectiveFrom: (request.body as { effectiveFrom?: string }).effectiveFrom ?? '2030-04-01',
        publishedAt: '2030-04-01T01:00:00.000Z',
        hasOverlay: true,
      }),
    },
  ];
}

function localFieldInput(name: RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

describe(OverlayEditor.name, () => {
  it('adds a local field, checks it as it is typed, previews it as residents see it and saves it', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(PATH, editorRoutes());
    await screen.findByRole('heading', { name: 'プレビュー（住民に表示される様式）' });

    // Act: a new field, first without its label
    await user.click(screen.getByRole('button', { name: '項目を追加する' }));

    // Assert: the engine's message at the input, and no preview of an invalid form
    expect(localFieldInput(/^項目名（日本語）/)).toHaveAccessibleDescription(
      /この項目を入力してください/,
    );
    expect(
      screen.getByText('設定に誤りがあるため、プレビューを表示できません。'),
    ).toBeInTheDocument();

    // Act: the labels typed
    await user.type(localFieldInput(/^項目名（日本語）/), '延長保育の希望');
    await user.type(localFieldInput(/^項目名（英語/), 'Extended care');
    await user.type(localFieldInput(/^項目名（やさしい日本語）/), 'おそくまで');

    // Assert: the residents' renderer shows the field after the standard one
    const preview = screen
      .getByRole('heading', { name: 'プレビュー（住民に表示される様式）' })
      .closest('section') as HTMLElement;
    const labels = within(preview)
      .getAllByRole('textbox')
      .map((input) => input.getAttribute('id'));
    expect(labels).toHaveLength(2);
    expect(within(preview).getByRole('textbox', { name: /延長保育の希望/ })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: /プレビューの言語/ }), 'en');
    expect(within(preview).getByRole('textbox', { name: /Extended care/ })).toBeInTheDocument();

    // Act
    await user.click(screen.getByRole('button', { name: '下書きを保存する' }));

    // Assert: the overlay in the engine's format
    await screen.findByText(/下書きを保存しました/);
    const saved = fetch.requests.find((request) => request.method === 'PUT');
    expect(saved?.body).toMatchObject({
      overlay: {
        procedureId: PROCEDURE,
        municipalityCode: '131016',
        addFields: [
          {
            stepId: 'wishes',
            field: {
              id: 'localField1',
              type: 'text',
              required: false,
              label: { ja: '延長保育の希望', en: 'Extended care', easyJa: 'おそくまで' },
            },
          },
        ],
      },
    });
  });

  it('refuses to save an invalid field id, with an error summary that leads to the input', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, editorRoutes());
    await user.click(await screen.findByRole('button', { name: '項目を追加する' }));
    await user.type(localFieldInput(/^項目名（日本語）/), '独自');
    await user.type(localFieldInput(/^項目名（英語/), 'Local');
    await user.type(localFieldInput(/^項目名（やさしい日本語）/), 'どくじ');
    const id = localFieldInput(/^項目ID/);
    await user.clear(id);
    await user.type(id, 'Bad id');

    // Act
    await user.click(screen.getByRole('button', { name: '下書きを保存する' }));

    // Assert
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /lowerCamelCase/ });
    expect(link).toHaveAttribute('href', '#overlay-fields-0-id');
    expect(fetch.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('publishes the saved draft on a 施行日', async () => {
    // Arrange
    const state = buildState({
      draft: { updatedAt: '2030-04-01T00:30:00.000Z', updatedBy: admin.id },
    });
    const { user, fetch } = renderConsoleApp(PATH, editorRoutes(state));
    await user.click(await screen.findByRole('radio', { name: '施行日を指定する' }));

    // Act
    await user.type(
      screen.getByLabelText(/^施行日/, { selector: 'input[type="date"]' }),
      '2030-04-02',
    );
    await user.click(screen.getByRole('button', { name: '公開する' }));

    // Assert
    expect(
      await screen.findByText('第2版を公開しました（施行日 2030/04/02）。'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(fetch.requests.find((request) => request.path === `${API}/publish`)?.body).toEqual({
        effectiveFrom: '2030-04-02',
      }),
    );
  });

  it('reads in English for an administrator who chose it: title, sections, buttons and field types', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const { user, container } = renderConsoleApp(PATH, editorRoutes());
    await screen.findByRole('heading', { name: 'Preview (the form as residents see it)' });

    // Act
    await user.click(screen.getByRole('button', { name: 'Add a field' }));

    // Assert
    expect(
      screen.getByRole('heading', { level: 1, name: 'Form editing (municipal fields)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Municipal fields' })).toBeInTheDocument();
    expect(localFieldInput(/^Field name \(Japanese\)/)).toBeInTheDocument();
    expect(localFieldInput(/^Field name \(easy Japanese\)/)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'One line of text' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the draft' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent('項目を追加する');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('tells staff who are not administrators that the editor is not theirs', async () => {
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildStaffActor() },
      { path: API, status: 403, body: {} },
    ]);

    expect(
      await screen.findByText('このページは自治体の管理者だけが使えます。'),
    ).toBeInTheDocument();
  });
});
