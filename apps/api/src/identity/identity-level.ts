import type { Actor } from './actor.js';
import { identityException } from './identity.exception.js';

/**
 * The one check of identity assurance: throws 403 `identity_level_insufficient` (telling the
 * resident to sign in with the My Number Card) when the session's level is below what the
 * procedure needs. Called by every use case that acts on a procedure for a resident.
 */
export function assertIdentityLevel(actor: Actor, requiredLevel: number): void {
  if (actor.identityLevel < requiredLevel) {
    throw identityException('identity_level_insufficient');
  }
}
