/** The routes measured, with the page module each one loads (run.ts and weigh.ts). */
export const ROUTES = [
  { name: 'home', path: '/', modules: ['src/routes/home-page.tsx'] },
  {
    name: 'form (妊娠の届出)',
    path: '/municipalities/131016/procedures/pregnancy-notification/apply',
    modules: ['src/routes/apply-page.tsx'],
  },
] as const;

/** Issue #10: the form route's JavaScript, gzipped, at most this many bytes. */
export const FORM_GZIP_GOAL = 150_000;
