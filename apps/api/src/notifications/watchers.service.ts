import { createHash, randomInt, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  MyWatchRelationships,
  WatchInvitation,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import type { WatchRelationshipEntity } from '@madoguchi/server-database';
import { ApiException } from '@madoguchi/server-util-nest';

import type { ResidentActor } from '../identity/actor.js';
import { WatchRelationshipRepository } from './watch-relationship.repository.js';

const INVITATION_DAYS = 7;
// No 0/O, 1/I/L: the code is read aloud or typed from a letter.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function hashCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase()).digest('hex');
}

function newInvitationCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

function toView(row: WatchRelationshipEntity): WatchRelationshipView {
  return {
    id: row.id,
    residentName: row.residentName,
    watcherName: row.watcherName,
    inviteeLabel: row.inviteeLabel,
    relationship: row.relationship as WatchRelationshipView['relationship'],
    status: row.status as WatchRelationshipView['status'],
    invitedAt: row.invitedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

const notFound = () =>
  new ApiException(404, 'watch_not_found', {
    ja: 'その見守りは見つかりません。',
    en: 'No such watch relationship.',
  });

/**
 * 見守り: a resident invites a family member or care manager (giving consent to share their care
 * notifications), the invitee accepts with the one-time code on their own account, and either
 * side can end it. The worker sends care-category notifications to active watchers only.
 */
@Injectable()
export class WatchersService {
  constructor(private readonly relationships: WatchRelationshipRepository) {}

  async invite(
    actor: ResidentActor,
    request: CreateWatchInvitationRequest,
  ): Promise<WatchInvitation> {
    const now = new Date();
    const invitationCode = newInvitationCode();
    const row = await this.relationships.insert({
      id: randomUUID(),
      residentId: actor.id,
      residentName: actor.displayName,
      watcherId: null,
      watcherName: null,
      inviteeLabel: request.inviteeLabel,
      relationship: request.relationship,
      invitationCodeHash: hashCode(invitationCode),
      status: 'invited',
      consentedAt: now,
      invitedAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      acceptedAt: null,
      endedAt: null,
      endedBy: null,
    });
    return { relationship: toView(row), invitationCode };
  }

  async accept(
    actor: ResidentActor,
    request: AcceptWatchInvitationRequest,
  ): Promise<WatchRelationshipView> {
    const row = await this.relationships.findByCodeHash(hashCode(request.invitationCode));
    if (!row || row.status !== 'invited' || row.expiresAt.getTime() <= Date.now()) {
      throw new ApiException(404, 'invitation_not_found', {
        ja: '招待コードが正しくないか、期限が切れています。',
        en: 'The invitation code is wrong or has expired.',
      });
    }
    if (row.residentId === actor.id) {
      throw new ApiException(409, 'cannot_watch_yourself', {
        ja: '自分自身を見守ることはできません。',
        en: 'You cannot watch yourself.',
      });
    }
    if (!(await this.relationships.accept(row.id, actor.id, actor.displayName, new Date()))) {
      throw new ApiException(409, 'invitation_already_used', {
        ja: 'この招待はすでに使われています。',
        en: 'This invitation was already used.',
      });
    }
    return toView((await this.relationships.findById(row.id))!);
  }

  async list(actor: ResidentActor): Promise<MyWatchRelationships> {
    const [watchers, watching] = await Promise.all([
      this.relationships.listAsResident(actor.id),
      this.relationships.listAsWatcher(actor.id),
    ]);
    return { watchers: watchers.map(toView), watching: watching.map(toView) };
  }

  async end(actor: ResidentActor, id: string): Promise<WatchRelationshipView> {
    if (!(await this.relationships.end(id, actor.id, new Date()))) {
      throw notFound();
    }
    return toView((await this.relationships.findById(id))!);
  }
}
