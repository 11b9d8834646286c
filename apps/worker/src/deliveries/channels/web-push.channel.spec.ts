import { MAX_PUSH_PAYLOAD_BYTES } from './web-push-encryption.js';
import { fitPushPayload } from './web-push.channel.js';

const PAYLOAD = {
  id: 'd1',
  tag: 'n1',
  title: '介護保険の認定の更新',
  body: '',
  url: 'https://madoguchi.example/notifications',
};

describe(fitPushPayload.name, () => {
  it('keeps a payload that fits as it is', () => {
    const payload = { ...PAYLOAD, body: '更新の申請は60日前からできます。' };

    expect(JSON.parse(fitPushPayload(payload).toString('utf8'))).toEqual(payload);
  });

  it('shortens a long body (Japanese, 3 bytes a character) to fit one record, ending with …', () => {
    const fitted = fitPushPayload({ ...PAYLOAD, body: 'お知らせ'.repeat(600) });
    const parsed = JSON.parse(fitted.toString('utf8')) as typeof PAYLOAD;

    expect(fitted.length).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
    expect(fitted.length).toBeGreaterThan(MAX_PUSH_PAYLOAD_BYTES - 100);
    expect(parsed.body.endsWith('…')).toBe(true);
    expect(parsed.title).toBe(PAYLOAD.title);
  });
});
