import type { SessionActor } from '@madoguchi/procedures-contracts';

export type Actor = SessionActor;
export type ResidentActor = Actor & { kind: 'resident' };
export type StaffActor = Actor & { kind: 'staff'; municipalityCode: string };

export function isStaffActor(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff' && actor.municipalityCode !== null;
}
