import '@testing-library/jest-dom/jest-globals';
import { notifyManager } from '@tanstack/react-query';
import { act, configure } from '@testing-library/react';
import { preloadFuriganaReadings } from '@madoguchi/web-ui-kit';

// CI machines are small and run several projects at once: give async UI a few seconds.
configure({ asyncUtilTimeout: 5000 });

// TanStack Query notifies components from a timer; wrap it in act() as React expects in tests.
notifyManager.setNotifyFunction((notify) => {
  act(notify);
});

// The app loads the furigana readings before its first paint in やさしい日本語 (main.tsx): so do
// the tests, which render the app without main.tsx.
beforeAll(async () => {
  await preloadFuriganaReadings();
});
