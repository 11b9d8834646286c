import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { SIGNED_OUT, renderCitizenApp } from '../../testing/render-app.js';
import { SIGNING_CHANNEL } from './signing-channel.js';
import { SignatureReturn } from './signature-return.js';

/** jsdom has no BroadcastChannel: a stand-in that records what is posted on which channel. */
const posted: { name: string; message: unknown }[] = [];
class RecordingChannel {
  constructor(private readonly name: string) {}
  postMessage(message: unknown): void {
    posted.push({ name: this.name, message });
  }
  close(): void {}
}

describe(SignatureReturn.name, () => {
  beforeEach(() => {
    posted.length = 0;
    Object.assign(globalThis, { BroadcastChannel: RecordingChannel });
  });

  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'BroadcastChannel');
  });

  it('tells the form’s tab which signing finished and asks the resident to close this one', async () => {
    // Act
    const { container } = renderCitizenApp('/signature-return?signingRequest=abc-123', [
      SIGNED_OUT,
    ]);

    // Assert
    await screen.findByRole('heading', { level: 1, name: '署名の画面から戻りました' });
    expect(screen.getByRole('button', { name: 'このタブを閉じる' })).toBeInTheDocument();
    expect(posted).toEqual([{ name: SIGNING_CHANNEL, message: { signingRequest: 'abc-123' } }]);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('says there is nothing to finish without a signing', async () => {
    // Act
    renderCitizenApp('/signature-return', [SIGNED_OUT]);

    // Assert
    expect(await screen.findByText(/署名の情報がありません/)).toBeInTheDocument();
    expect(posted).toEqual([]);
  });
});
