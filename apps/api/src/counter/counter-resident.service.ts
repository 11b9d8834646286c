import { Injectable } from '@nestjs/common';

import type { Actor } from '../identity/actor.js';
import { SessionStore } from '../identity/session.store.js';

/**
 * The resident who opened a confirmation link, if they are signed in on that browser: the
 * application then goes to their account. Anyone else (no session, or a staff session on a
 * shared counter screen) confirms as the holder of the link.
 */
@Injectable()
export class CounterResidents {
  constructor(private readonly sessions: SessionStore) {}

  async ofSession(sessionId: string | undefined): Promise<Actor | null> {
    const actor = sessionId === undefined ? null : await this.sessions.find(sessionId);
    return actor?.kind === 'resident' ? actor : null;
  }
}
