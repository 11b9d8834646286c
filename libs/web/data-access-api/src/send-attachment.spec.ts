import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiRequestError } from './api-request.error.js';
import { createApiClient } from './api-client.js';
import { createResponseReader, loadContractCheck } from './read-response.js';
import { sendAttachment } from './send-attachment.js';

type Listener = (event: { loaded: number; total: number; lengthComputable: boolean }) => void;

/** A stand-in for the browser's XMLHttpRequest that records what is sent and answers by hand. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  withCredentials = false;
  responseType = '';
  status = 0;
  responseText = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  isAborted = false;
  private listeners = new Map<string, Listener[]>();
  private uploadListeners = new Map<string, Listener[]>();
  upload = {
    addEventListener: (type: string, listener: Listener) =>
      this.uploadListeners.set(type, [...(this.uploadListeners.get(type) ?? []), listener]),
  };

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.isAborted = true;
    this.emit('abort');
  }
  progress(loaded: number, total: number) {
    for (const listener of this.uploadListeners.get('progress') ?? []) {
      listener({ loaded, total, lengthComputable: true });
    }
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.emit('load');
  }
  emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) {
      listener({ loaded: 0, total: 0, lengthComputable: false });
    }
  }
}

const TARGET = {
  municipalityCode: '131016',
  procedureId: 'pregnancy-notification',
  formVersion: 1,
  slotId: 'pregnancyProof',
};
const STORED = {
  id: '0d6c1d52-8a43-4bb4-9d3e-51f0d0c1b2a3',
  fileName: 'scan.png',
  mimeType: 'image/png',
  bytes: 3,
  sha256: 'ab'.repeat(32),
};

function file(): File {
  return new File([new Uint8Array([1, 2, 3])], 'scan.png', { type: 'image/png' });
}

function current(): FakeXhr {
  if (!FakeXhr.last) {
    throw new Error('no request was sent');
  }
  return FakeXhr.last;
}

describe(sendAttachment.name, () => {
  const realXhr = globalThis.XMLHttpRequest;
  beforeEach(() => {
    FakeXhr.last = undefined;
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = realXhr;
  });

  it('posts the text fields before the file, same origin with the CSRF header, reporting progress', async () => {
    // Arrange
    const progress: [number, number][] = [];
    const client = createApiClient({ contractCheck: loadContractCheck });

    // Act
    const sent = client.uploadAttachment(TARGET, file(), {
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    current().progress(1, 3);
    current().answer(201, STORED);

    // Assert
    await expect(sent).resolves.toEqual(STORED);
    const xhr = current();
    expect([xhr.method, xhr.url, xhr.withCredentials]).toEqual(['POST', '/api/attachments', true]);
    expect(xhr.headers).toMatchObject({ 'x-madoguchi-csrf': '1', accept: 'application/json' });
    expect([...(xhr.body?.keys() ?? [])]).toEqual([
      'municipalityCode',
      'procedureId',
      'formVersion',
      'slotId',
      'file',
    ]);
    expect(xhr.body?.get('formVersion')).toBe('1');
    expect(progress).toEqual([[1, 3]]);
  });

  it('rejects with the API’s code and message when the file is refused', async () => {
    // Act
    const sent = sendAttachment(
      '/api/attachments',
      {},
      createResponseReader(loadContractCheck),
      TARGET,
      file(),
    );
    current().answer(415, {
      error: { code: 'file_type_not_allowed', message: { ja: '形式', en: 'Type' }, fields: [] },
    });

    // Assert
    const error = await sent.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 415, code: 'file_type_not_allowed' });
  });

  it('rejects with network_error when the connection fails, and invalid_response for a stray body', async () => {
    // Act
    const offline = sendAttachment(
      '/api/attachments',
      {},
      createResponseReader(loadContractCheck),
      TARGET,
      file(),
    );
    current().emit('error');
    const stray = sendAttachment(
      '/api/attachments',
      {},
      createResponseReader(loadContractCheck),
      TARGET,
      file(),
    );
    current().answer(502, '<html>Bad gateway</html>');

    // Assert
    await expect(offline).rejects.toMatchObject({ status: 0, code: 'network_error' });
    await expect(stray).rejects.toMatchObject({ status: 502, code: 'invalid_response' });
  });

  it('aborts the request when the signal is aborted', async () => {
    // Arrange
    const controller = new AbortController();

    // Act
    const sent = sendAttachment(
      '/api/attachments',
      {},
      createResponseReader(loadContractCheck),
      TARGET,
      file(),
      {
        signal: controller.signal,
      },
    );
    controller.abort();

    // Assert
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' });
    expect(current().isAborted).toBe(true);
  });
});
