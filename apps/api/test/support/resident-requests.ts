import request from 'supertest';

import type { ApiTestApp } from './api-test-app.js';
import { CSRF } from './api-test-app.js';
import { CHIYODA, readSampleAnswers } from './samples.js';

/** The resident's notifications leave at once: quiet hours off (00:00–00:00), the rest as it was. */
export async function turnOffQuietHours(app: ApiTestApp, cookie: string): Promise<void> {
  const preferences = await request(app.http)
    .get('/api/me/notification-preferences')
    .set('Cookie', cookie)
    .expect(200);
  await request(app.http)
    .put('/api/me/notification-preferences')
    .set('Cookie', cookie)
    .set(CSRF)
    .send({ ...preferences.body, quietHours: { start: '00:00', end: '00:00' } })
    .expect(200);
}

/** The resident of `cookie` starts a draft of 千代田区's 妊娠の届出 (form v1) with `answers`. */
export function postPregnancyDraft(
  app: ApiTestApp,
  cookie: string,
  answers: Record<string, unknown> = {},
): request.Test {
  return request(app.http).post('/api/me/drafts').set('Cookie', cookie).set(CSRF).send({
    municipalityCode: CHIYODA,
    procedureId: 'pregnancy-notification',
    formVersion: 1,
    answers,
  });
}

/** The resident of `cookie` submits 千代田区's 妊娠の届出 (form v1) with `answers`. */
export function postPregnancyApplication(
  app: ApiTestApp,
  cookie: string,
  answers: Record<string, unknown>,
): request.Test {
  return request(app.http).post('/api/applications').set('Cookie', cookie).set(CSRF).send({
    municipalityCode: CHIYODA,
    procedureId: 'pregnancy-notification',
    formVersion: 1,
    answers,
  });
}

/** Submits the sample 妊娠の届出 to 千代田区 as the resident of `cookie`; answers its id. */
export async function submitSamplePregnancyNotification(
  app: ApiTestApp,
  cookie: string,
): Promise<string> {
  const response = await postPregnancyApplication(
    app,
    cookie,
    readSampleAnswers('pregnancy-notification'),
  ).expect(201);
  return response.body.id as string;
}

/** How many notifications the resident's inbox holds. */
export async function inboxCount(app: ApiTestApp, cookie: string): Promise<number> {
  const response = await request(app.http)
    .get('/api/me/notifications')
    .set('Cookie', cookie)
    .expect(200);
  return (response.body as unknown[]).length;
}
