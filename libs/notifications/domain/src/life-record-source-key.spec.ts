import { applicationSourceKey, demoSourceKey, parseSourceKey } from './life-record-source-key.js';

const APPLICATION_ID = '5f0c2a4e-8f1e-4a51-9c1b-2d7a3c4b5e6f';

describe(parseSourceKey.name, () => {
  it('reads back the keys it writes', () => {
    expect(parseSourceKey(applicationSourceKey(APPLICATION_ID, 'child', 1))).toEqual({
      type: 'application',
      applicationId: APPLICATION_ID,
    });
    expect(parseSourceKey(demoSourceKey('yamada-pregnancy'))).toEqual({ type: 'demo' });
  });

  it('does not take a malformed application key for one', () => {
    expect(parseSourceKey('application:not-a-uuid:child:1')).toEqual({ type: 'other' });
    expect(parseSourceKey('import:123')).toEqual({ type: 'other' });
  });
});
