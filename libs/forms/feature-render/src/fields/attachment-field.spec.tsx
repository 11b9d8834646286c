import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormAnswers } from '../engine-resolver.js';
import { FormRenderer } from '../form-renderer.js';
import type {
  RemoveAttachment,
  UploadAttachment,
  UploadAttachmentOptions,
  UploadedAttachment,
} from '../renderer-context.js';
import { AttachmentField } from './attachment-field.js';

const definition = parseFormDefinition(
  buildFormDefinitionInput({
    attachments: [
      {
        id: 'proofSlot',
        label: text('Proof', '証明書'),
        guidance: text('A photo or a PDF', '写真かPDF'),
        required: true,
        accept: ['image/png', 'application/pdf'],
        maxBytes: 2 * 1024 * 1024,
        maxFiles: 1,
      },
    ],
    steps: [
      {
        id: 'main',
        title: text('Main', '入力'),
        fields: [
          { id: 'note', type: 'text', label: text('Note', '備考') },
          { id: 'proof', type: 'attachment', slot: 'proofSlot', label: text('Proof', '証明書') },
        ],
      },
    ],
  }),
);

/** An upload the test finishes by hand: progress, then success or a refusal. */
type PendingCall = {
  file: File;
  options: UploadAttachmentOptions;
  resolve: (stored: UploadedAttachment) => void;
  reject: (error: unknown) => void;
};

function fakeUploads() {
  const calls: PendingCall[] = [];
  const upload = jest.fn<UploadAttachment>(
    (file, _slotId, options) =>
      new Promise<UploadedAttachment>((resolve, reject) => {
        calls.push({ file, options, resolve, reject });
      }),
  );
  return { upload, calls };
}

/** What the API client rejects with: the API's error code, status and message (ja/en, maybe easyJa). */
function apiError(code: string, status: number, easyJa?: string) {
  const message = { ja: 'APIのメッセージ', en: 'The API message' };
  return Object.assign(new Error(code), {
    code,
    status,
    apiError: {
      code,
      message: easyJa === undefined ? message : { ...message, easyJa },
      fields: [],
    },
  });
}

function png(name: string, bytes = 64): File {
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' });
}

function renderForm(
  upload: UploadAttachment | undefined,
  {
    removeAttachment,
    onAttachmentsChanged = () => undefined,
    locale = 'ja',
  }: {
    removeAttachment?: RemoveAttachment;
    onAttachmentsChanged?: (answers: FormAnswers) => void;
    locale?: 'ja' | 'en' | 'easyJa';
  } = {},
) {
  return render(
    <FormRenderer
      definition={definition}
      locale={locale}
      onSubmit={() => Promise.resolve({ ok: true })}
      uploadAttachment={upload}
      removeAttachment={removeAttachment}
      onAttachmentsChanged={onAttachmentsChanged}
    />,
  );
}

const fileInput = () => screen.getByLabelText(/^証明書/);

/** The field's error message (the live region repeats it for screen readers). */
async function expectFieldError(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(document.getElementById('field-proof-error')).toHaveTextContent(text));
}

describe(AttachmentField.name, () => {
  it('uploads a chosen file at once with a labelled progress bar, then lists it and saves the draft', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const saved: FormAnswers[] = [];
    const { container } = renderForm(upload, {
      onAttachmentsChanged: (answers) => saved.push(answers),
    });
    await user.type(screen.getByRole('textbox', { name: '備考' }), '急ぎです');

    // Act
    await user.upload(fileInput(), png('boshi-techo.png'));
    calls[0]?.options.onProgress(40, 100);

    // Assert: in progress
    const progress = await screen.findByRole('progressbar', { name: 'boshi-techo.png を送信中' });
    expect(progress).toHaveAttribute('aria-valuetext', '40% 送信済み');
    expect(upload).toHaveBeenCalledWith(expect.any(File), 'proofSlot', expect.anything());
    expect(await findAxeViolations(container)).toEqual([]);

    // Act: the API stores it
    calls[0]?.resolve({ id: 'file-1', fileName: 'boshi-techo.png', size: 64 });

    // Assert: listed, announced, saved with the other answers
    expect(await screen.findByRole('button', { name: 'boshi-techo.png を取り消す' })).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'boshi-techo.png を添付しました。',
    );
    expect(saved).toEqual([expect.objectContaining({ note: '急ぎです', proof: ['file-1'] })]);
    // Still focusable: a slot of one file takes a replacement.
    expect(fileInput()).toBeEnabled();
  });

  it('replaces the file of a one-file slot chosen again, and keeps it when the new one is refused', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const removeAttachment = jest.fn<RemoveAttachment>(() => Promise.resolve());
    const saved: FormAnswers[] = [];
    renderForm(upload, {
      removeAttachment,
      onAttachmentsChanged: (answers) => saved.push(answers),
    });
    await user.upload(fileInput(), png('first.png'));
    calls[0]?.resolve({ id: 'file-1', fileName: 'first.png', size: 64 });
    await screen.findByRole('button', { name: 'first.png を取り消す' });

    // Act: a refused replacement, then an accepted one
    await user.upload(fileInput(), png('broken.png'));
    calls[1]?.reject(apiError('file_corrupt', 422));
    await expectFieldError(/broken.png：ファイルが壊れているか/);
    const keptWhileRefused = screen.queryByRole('button', { name: 'first.png を取り消す' });
    await user.upload(fileInput(), png('second.png'));
    calls[2]?.resolve({ id: 'file-2', fileName: 'second.png', size: 64 });

    // Assert
    expect(keptWhileRefused).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'second.png を取り消す' })).toBeVisible();
    expect(screen.queryByText('first.png')).not.toBeInTheDocument();
    expect(document.getElementById('field-proof-error')).not.toBeInTheDocument();
    expect(removeAttachment).toHaveBeenCalledWith('file-1');
    expect(saved.map((answers) => answers['proof'])).toEqual([['file-1'], ['file-2']]);
  });

  it('shows the API’s refusal on the field and leaves the answers and the draft untouched', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const onAttachmentsChanged = jest.fn<(answers: FormAnswers) => void>();
    renderForm(upload, { onAttachmentsChanged });
    await user.type(screen.getByRole('textbox', { name: '備考' }), '急ぎです');

    // Act
    await user.upload(fileInput(), png('encrypted.png'));
    calls[0]?.reject(apiError('file_encrypted', 422));

    // Assert
    const reason =
      'encrypted.png：パスワードで保護されたファイルは添付できません。保護を解除してから添付してください。';
    await expectFieldError(reason);
    expect(fileInput()).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(fileInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: '備考' })).toHaveValue('急ぎです');
    expect(onAttachmentsChanged).not.toHaveBeenCalled();
    // A refusal of the content is not retried: the resident chooses another file.
    expect(screen.queryByRole('button', { name: /もう一度送る/ })).not.toBeInTheDocument();
    expect(fileInput()).toBeEnabled();
  });

  it.each([
    [
      'en',
      'encrypted.png: Password-protected files cannot be attached. Remove the protection and attach it again.',
    ],
    ['easyJa', 'encrypted.png：パスワードがあるファイルは使えません。パスワードを外してください。'],
  ] as const)('says why in %s too', async (locale, reason) => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    renderForm(upload, { locale });

    // Act
    await user.upload(screen.getByLabelText(/^Proof|^証明書/), png('encrypted.png'));
    calls[0]?.reject(apiError('file_encrypted', 422));

    // Assert
    await expectFieldError(reason);
  });

  it('shows the API’s own message for a code it has no text for', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    renderForm(upload);

    // Act
    await user.upload(fileInput(), png('scan.png'));
    calls[0]?.reject(apiError('slot_not_found', 404));

    // Assert
    await expectFieldError('scan.png：APIのメッセージ');
  });

  it('shows the API’s own やさしい日本語 for a code it has no text for, when the API sends one', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    renderForm(upload, { locale: 'easyJa' });

    // Act
    await user.upload(fileInput(), png('scan.png'));
    calls[0]?.reject(
      apiError('scanner_unavailable', 503, '少し待ってから、もう一度送ってください。'),
    );

    // Assert
    await expectFieldError('scan.png：少し待ってから、もう一度送ってください。');
  });

  it('replaces a file: removing deletes the upload, then another file can be chosen', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const removeAttachment = jest.fn<RemoveAttachment>(() => Promise.resolve());
    const saved: FormAnswers[] = [];
    renderForm(upload, {
      removeAttachment,
      onAttachmentsChanged: (answers) => saved.push(answers),
    });
    await user.upload(fileInput(), png('blurry.png'));
    calls[0]?.resolve({ id: 'file-1', fileName: 'blurry.png', size: 64 });

    // Act
    await user.click(await screen.findByRole('button', { name: 'blurry.png を取り消す' }));
    await user.upload(fileInput(), png('sharp.png'));
    calls[1]?.resolve({ id: 'file-2', fileName: 'sharp.png', size: 64 });

    // Assert
    expect(await screen.findByRole('button', { name: 'sharp.png を取り消す' })).toBeVisible();
    expect(removeAttachment).toHaveBeenCalledWith('file-1');
    expect(screen.queryByText('blurry.png')).not.toBeInTheDocument();
    expect(saved.map((answers) => answers['proof'])).toEqual([['file-1'], [], ['file-2']]);
  });

  it('keeps a file whose removal did not reach the server, and says so', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const removeAttachment = jest.fn<RemoveAttachment>(() =>
      Promise.reject(apiError('network_error', 0)),
    );
    renderForm(upload, { removeAttachment });
    await user.upload(fileInput(), png('keep.png'));
    calls[0]?.resolve({ id: 'file-1', fileName: 'keep.png', size: 64 });

    // Act
    await user.click(await screen.findByRole('button', { name: 'keep.png を取り消す' }));

    // Assert
    await expectFieldError(/keep.png を取り消せませんでした/);
    expect(screen.getByRole('button', { name: 'keep.png を取り消す' })).toBeVisible();
  });

  it.each([
    [
      'a file over the slot’s size',
      png('huge.png', 3 * 1024 * 1024),
      'huge.png は大きすぎます。2 MB 以下のファイルを選んでください。',
    ],
    [
      'a type the slot does not take',
      new File(['x'], 'notes.docx', { type: 'application/msword' }),
      'notes.docx は受け付けられない形式です。',
    ],
  ])('refuses %s before sending anything', async (_case, file, message) => {
    // Arrange
    const user = userEvent.setup({ applyAccept: false });
    const { upload } = fakeUploads();
    renderForm(upload);

    // Act
    await user.upload(fileInput(), file);

    // Assert
    await expectFieldError(message);
    expect(upload).not.toHaveBeenCalled();
  });

  it('refuses more files than the slot takes before sending anything', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload } = fakeUploads();
    renderForm(upload);

    // Act: the input takes one file; a drop of two is still checked
    fileInput().toggleAttribute('multiple', true);
    await user.upload(fileInput(), [png('a.png'), png('b.png')]);

    // Assert
    await expectFieldError('ファイルは 1 件まで選べます。');
    expect(upload).not.toHaveBeenCalled();
  });

  it('retries the same file after a network failure, without losing the other answers', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const saved: FormAnswers[] = [];
    renderForm(upload, { onAttachmentsChanged: (answers) => saved.push(answers) });
    await user.type(screen.getByRole('textbox', { name: '備考' }), '急ぎです');
    await user.upload(fileInput(), png('offline.png'));
    calls[0]?.reject(apiError('network_error', 0));
    const retry = await screen.findByRole('button', { name: 'offline.png をもう一度送る' });
    await expectFieldError(/サーバーに接続できませんでした/);

    // Act
    await user.click(retry);
    calls[1]?.resolve({ id: 'file-1', fileName: 'offline.png', size: 64 });

    // Assert
    expect(await screen.findByRole('button', { name: 'offline.png を取り消す' })).toBeVisible();
    expect(calls[1]?.file.name).toBe('offline.png');
    expect(document.getElementById('field-proof-error')).not.toBeInTheDocument();
    expect(saved).toEqual([expect.objectContaining({ note: '急ぎです', proof: ['file-1'] })]);
  });

  it('keeps every file of a slot of several, uploaded together, in the answers', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    const saved: FormAnswers[] = [];
    const several = parseFormDefinition(
      buildFormDefinitionInput({
        attachments: [
          { id: 'pages', label: text('Pages', 'ページ'), guidance: text('Pages'), maxFiles: 3 },
        ],
        steps: [
          {
            id: 'main',
            title: text('Main', '入力'),
            fields: [
              { id: 'scan', type: 'attachment', slot: 'pages', label: text('Scan', 'スキャン') },
            ],
          },
        ],
      }),
    );
    render(
      <FormRenderer
        definition={several}
        locale="ja"
        onSubmit={() => Promise.resolve({ ok: true })}
        uploadAttachment={upload}
        onAttachmentsChanged={(answers) => saved.push(answers)}
      />,
    );

    // Act: two files at once, finishing in the other order
    await user.upload(screen.getByLabelText(/^スキャン/), [png('p1.png'), png('p2.png')]);
    expect(await screen.findAllByRole('progressbar')).toHaveLength(2);
    calls[1]?.resolve({ id: 'file-2', fileName: 'p2.png', size: 64 });
    await screen.findByRole('button', { name: 'p2.png を取り消す' });
    calls[0]?.resolve({ id: 'file-1', fileName: 'p1.png', size: 64 });

    // Assert
    expect(await screen.findByRole('button', { name: 'p1.png を取り消す' })).toBeVisible();
    expect(saved.map((answers) => answers['scan'])).toEqual([['file-2'], ['file-2', 'file-1']]);
  });

  it('stops an upload the resident cancels, keeping nothing', async () => {
    // Arrange
    const user = userEvent.setup();
    const { upload, calls } = fakeUploads();
    renderForm(upload);
    await user.upload(fileInput(), png('wrong.png'));

    // Act
    await user.click(await screen.findByRole('button', { name: 'wrong.png の送信をやめる' }));

    // Assert
    expect(calls[0]?.options.signal.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(fileInput()).toBeEnabled();
  });

  it('marks a slot the form requires as 必須, and says a file cannot be sent without an uploader', async () => {
    // Arrange
    const user = userEvent.setup();
    renderForm(undefined);

    // Act
    await user.upload(fileInput(), png('nowhere.png'));

    // Assert
    const field = fileInput().closest('.mdg-form-field') as HTMLElement;
    expect(within(field).getByText('必須')).toBeVisible();
    await expectFieldError(/nowhere.png：添付できませんでした/);
  });
});
