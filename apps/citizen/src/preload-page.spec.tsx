import { screen } from '@testing-library/react';
import { preloadPage } from './app.js';
import { SIGNED_OUT, renderCitizenApp } from './testing/render-app.js';

describe('preloadPage', () => {
  it('loads the page of an address before the app starts, so it renders without a loading notice', async () => {
    await preloadPage('/email-confirmation');
    renderCitizenApp('/email-confirmation', [SIGNED_OUT]);

    // In the first render already: no Suspense fallback (React would hold the page back 300 ms).
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('status', { name: /読み込み/ })).toBeNull();
  });

  it('leaves a page it was not asked for to load when it first renders', async () => {
    await preloadPage('/email-confirmation');
    renderCitizenApp('/notifications/life-records', [SIGNED_OUT]);

    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
  });
});
