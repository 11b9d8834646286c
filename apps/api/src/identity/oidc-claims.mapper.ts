import type { LoginAudience, SessionActor } from '@madoguchi/procedures-contracts';
import { STAFF_ROLES } from '@madoguchi/procedures-domain';
import type { StaffRole } from '@madoguchi/procedures-domain';

import type { ClaimSettings } from './oidc-settings.js';

export type ClaimsRefusal =
  'missing_subject' | 'missing_name' | 'wrong_kind' | 'missing_staff_attributes';
export type ClaimsMapping =
  { isAccepted: true; actor: SessionActor } | { isAccepted: false; reason: ClaimsRefusal };

/** 地方公共団体コード: five digits and a check digit. */
const MUNICIPALITY_CODE = /^\d{6}$/;

function stringClaim(claims: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isStaffRole(value: string | null): value is StaffRole {
  return STAFF_ROLES.some((role) => role === value);
}

/**
 * Turns verified ID token (and UserInfo) claims into the session's actor. The client the login
 * went through decides resident or staff; a provider that also states the kind must agree, so
 * a resident account can never open a staff session. The `acr` gives the identity level; an
 * unknown one counts as the lowest (1).
 */
export function actorFromClaims(
  audience: LoginAudience,
  claims: Readonly<Record<string, unknown>>,
  settings: ClaimSettings,
): ClaimsMapping {
  const subject = stringClaim(claims, 'sub');
  if (subject === null) {
    return { isAccepted: false, reason: 'missing_subject' };
  }
  const displayName = stringClaim(claims, settings.name);
  if (displayName === null) {
    return { isAccepted: false, reason: 'missing_name' };
  }
  if (settings.kind !== '' && stringClaim(claims, settings.kind) !== audience) {
    return { isAccepted: false, reason: 'wrong_kind' };
  }
  const acr = stringClaim(claims, 'acr');
  const identityLevel = (acr === null ? undefined : settings.acrLevels.get(acr)) ?? 1;
  if (audience === 'resident') {
    return {
      isAccepted: true,
      actor: {
        kind: 'resident',
        id: subject,
        displayName,
        municipalityCode: null,
        staffRole: null,
        identityLevel,
      },
    };
  }
  const municipalityCode = stringClaim(claims, settings.municipalityCode);
  const staffRole = stringClaim(claims, settings.staffRole);
  const isOperator =
    stringClaim(claims, settings.platformRole) === 'operator' &&
    isSameIssuer(stringClaim(claims, 'iss'), settings.platformRoleIssuer);
  if (isOperator && municipalityCode === null && staffRole === null) {
    // A platform operator belongs to no municipality: the session opens the queue dashboard only.
    return {
      isAccepted: true,
      actor: {
        kind: 'staff',
        id: subject,
        displayName,
        municipalityCode: null,
        staffRole: null,
        identityLevel,
        platformRole: 'operator',
      },
    };
  }
  if (
    municipalityCode === null ||
    !MUNICIPALITY_CODE.test(municipalityCode) ||
    !isStaffRole(staffRole)
  ) {
    return { isAccepted: false, reason: 'missing_staff_attributes' };
  }
  const steppedUpAt = acr === settings.stepUpAcr ? authTimeOf(claims) : null;
  return {
    isAccepted: true,
    actor: {
      kind: 'staff',
      id: subject,
      displayName,
      municipalityCode,
      staffRole,
      identityLevel,
      ...(isOperator ? { platformRole: 'operator' as const } : {}),
      ...(claims[settings.personalNumberHandler] === true ? { isPersonalNumberHandler: true } : {}),
      ...(steppedUpAt === null ? {} : { steppedUpAt }),
    },
  };
}

/**
 * When the user last authenticated at the provider (`auth_time`, seconds since the epoch), as
 * an ISO time; a step-up counts from it, not from the callback, so a replayed old login is stale.
 */
/** Issuer identifiers compare as strings (OpenID Connect Core §3.1.3.7); a trailing slash aside. */
function isSameIssuer(claimed: string | null, expected: string): boolean {
  return claimed !== null && claimed.replace(/\/$/, '') === expected.replace(/\/$/, '');
}

function authTimeOf(claims: Readonly<Record<string, unknown>>): string | null {
  const authTime = claims['auth_time'];
  return typeof authTime === 'number' && Number.isFinite(authTime)
    ? new Date(authTime * 1000).toISOString()
    : null;
}

/** The claim names a complete actor needs, to know whether UserInfo must be asked as well. */
export function requiredClaimNames(audience: LoginAudience, settings: ClaimSettings): string[] {
  const names = ['sub', settings.name, ...(settings.kind === '' ? [] : [settings.kind])];
  return audience === 'staff' ? [...names, settings.municipalityCode, settings.staffRole] : names;
}
