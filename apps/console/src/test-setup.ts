import '@testing-library/jest-dom/jest-globals';
import { notifyManager } from '@tanstack/react-query';
import { act, configure } from '@testing-library/react';

// CI machines are small and run several projects at once: give async UI a few seconds.
configure({ asyncUtilTimeout: 5000 });

// TanStack Query notifies components from a timer; wrap it in act() as React expects in tests.
notifyManager.setNotifyFunction((notify) => {
  act(notify);
});

// The chosen language is kept in localStorage: each test starts in Japanese, as a new PC does.
afterEach(() => {
  window.localStorage.clear();
});
