import { STAFF_ROLES } from '@madoguchi/procedures-domain';
import { z } from 'zod';

export const ACTOR_KINDS = ['resident', 'staff'] as const;

export const sessionActorSchema = z.object({
  kind: z.enum(ACTOR_KINDS),
  id: z.string(),
  displayName: z.string(),
  /** Staff only: the municipality whose applications they handle. */
  municipalityCode: z.string().nullable(),
  /** Staff only: 担当者 / 係長・承認者 / 管理者. */
  staffRole: z.enum(STAFF_ROLES).nullable().default(null),
});
export type SessionActor = z.infer<typeof sessionActorSchema>;

export const devAccountSchema = sessionActorSchema.extend({ description: z.string() });
export type DevAccount = z.infer<typeof devAccountSchema>;

export const devSignInRequestSchema = z.object({ accountId: z.string().min(1) }).strict();
export type DevSignInRequest = z.infer<typeof devSignInRequestSchema>;
