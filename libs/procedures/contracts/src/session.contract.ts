import { STAFF_ROLES } from '@madoguchi/procedures-domain';
import { z } from 'zod';

export const ACTOR_KINDS = ['resident', 'staff'] as const;

/**
 * Roles of the platform's own operators (not of a municipality): `operator` runs the queues
 * (bull-board) for every municipality. It opens no municipality's applications.
 */
export const PLATFORM_ROLES = ['operator'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * Identity assurance level (DS-511): 1 self-declared, 2 verified identity evidence, 3 strict
 * (in practice the My Number card's 利用者証明用 certificate). A procedure states the level it needs.
 */
export const IDENTITY_LEVELS = [1, 2, 3] as const;
export const identityLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type IdentityLevel = z.infer<typeof identityLevelSchema>;

export const sessionActorSchema = z.object({
  kind: z.enum(ACTOR_KINDS),
  id: z.string(),
  displayName: z.string(),
  /** Staff only: the municipality whose applications they handle. */
  municipalityCode: z.string().nullable(),
  /** Staff only: 担当者 / 係長・承認者 / 管理者. */
  staffRole: z.enum(STAFF_ROLES).nullable().default(null),
  /** How strongly the identity provider verified who this is (sessions from before it count as 1). */
  identityLevel: identityLevelSchema.default(1),
  /** Staff only: a platform operator (the `platform_role` claim); absent for everyone else. */
  platformRole: z.enum(PLATFORM_ROLES).optional(),
  /**
   * Staff only: designated 事務取扱担当者 (番号法 第12条 and the 特定個人情報ガイドライン: only
   * designated staff handle 個人番号), from the provider's claim; absent for everyone else.
   */
  isPersonalNumberHandler: z.boolean().optional(),
  /** Staff only: when the session last signed in again with the step-up acr (its `auth_time`, ISO). */
  steppedUpAt: z.iso.datetime().optional(),
});
export type SessionActor = z.infer<typeof sessionActorSchema>;

/** A demo account of `seeds/demo/accounts.json` (the demo identity provider's users). */
export const devAccountSchema = sessionActorSchema.extend({ description: z.string() });
export type DevAccount = z.infer<typeof devAccountSchema>;

export const devSignInRequestSchema = z.object({ accountId: z.string().min(1) }).strict();
export type DevSignInRequest = z.infer<typeof devSignInRequestSchema>;

/** What the API answers to a sign-out: where to end the identity provider's session too, if anywhere. */
export const signOutResponseSchema = z.object({ endSessionUrl: z.string().nullable() });
export type SignOutResponse = z.infer<typeof signOutResponseSchema>;

export const LOGIN_AUDIENCES = ACTOR_KINDS;
export type LoginAudience = (typeof LOGIN_AUDIENCES)[number];
