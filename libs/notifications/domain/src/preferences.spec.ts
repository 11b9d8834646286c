import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';

import { chooseChannels } from './preferences.js';

describe(chooseChannels.name, () => {
  it('uses every allowed channel by default', () => {
    expect(
      chooseChannels(DEFAULT_NOTIFICATION_PREFERENCES, 'care', ['in_app', 'web_push', 'email']),
    ).toEqual(['in_app', 'web_push', 'email']);
  });

  it('sends nothing for an opted-out reminder category', () => {
    const preferences = {
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      categories: {
        ...DEFAULT_NOTIFICATION_PREFERENCES.categories,
        childcare: { isEnabled: false, webPush: true, email: true },
      },
    };
    expect(chooseChannels(preferences, 'childcare', ['in_app', 'web_push'])).toEqual([]);
  });

  it('always keeps the inbox for a status change', () => {
    const preferences = {
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      categories: {
        ...DEFAULT_NOTIFICATION_PREFERENCES.categories,
        application: { isEnabled: false, webPush: true, email: true },
      },
    };
    expect(chooseChannels(preferences, 'application', ['in_app', 'web_push', 'email'])).toEqual([
      'in_app',
    ]);
  });
});
