import type { ClaimSettings } from './oidc-settings.js';
import { actorFromClaims, requiredClaimNames } from './oidc-claims.mapper.js';

const SETTINGS: ClaimSettings = {
  name: 'name',
  kind: 'madoguchi_kind',
  municipalityCode: 'municipality_code',
  staffRole: 'staff_role',
  platformRole: 'platform_role',
  platformRoleIssuer: 'https://platform-idp.example.jp',
  personalNumberHandler: 'mynumber_handler',
  stepUpAcr: 'urn:madoguchi:aal:2',
  acrLevels: new Map([
    ['urn:madoguchi:ial:1', 1],
    ['urn:madoguchi:ial:2', 2],
    ['urn:madoguchi:ial:3', 3],
    ['urn:madoguchi:aal:2', 2],
  ]),
};

describe(actorFromClaims.name, () => {
  it('makes a resident with the level of the acr', () => {
    // Arrange
    const claims = {
      sub: 'resident-1',
      name: '山田 花子',
      madoguchi_kind: 'resident',
      acr: 'urn:madoguchi:ial:3',
    };

    // Act
    const mapping = actorFromClaims('resident', claims, SETTINGS);

    // Assert
    expect(mapping).toEqual({
      isAccepted: true,
      actor: {
        kind: 'resident',
        id: 'resident-1',
        displayName: '山田 花子',
        municipalityCode: null,
        staffRole: null,
        identityLevel: 3,
      },
    });
  });

  it('counts an unknown or missing acr as level 1', () => {
    // Arrange
    const unknown = { sub: 'r', name: 'A', madoguchi_kind: 'resident', acr: 'urn:other:loa:4' };
    const missing = { sub: 'r', name: 'A', madoguchi_kind: 'resident' };

    // Act
    const mappings = [
      actorFromClaims('resident', unknown, SETTINGS),
      actorFromClaims('resident', missing, SETTINGS),
    ];

    // Assert
    expect(mappings.map((mapping) => mapping.isAccepted && mapping.actor.identityLevel)).toEqual([
      1, 1,
    ]);
  });

  it('makes staff with their municipality and role', () => {
    // Arrange
    const claims = {
      sub: 'staff-1',
      name: '佐藤 美咲',
      madoguchi_kind: 'staff',
      municipality_code: '131016',
      staff_role: 'approver',
      acr: 'urn:madoguchi:ial:2',
    };

    // Act
    const mapping = actorFromClaims('staff', claims, SETTINGS);

    // Assert
    expect(mapping).toMatchObject({
      isAccepted: true,
      actor: { kind: 'staff', municipalityCode: '131016', staffRole: 'approver', identityLevel: 2 },
    });
  });

  it('makes a platform operator of a staff login with platform_role=operator and no municipality', () => {
    // Arrange
    const claims = {
      iss: 'https://platform-idp.example.jp/',
      sub: 'operator-1',
      name: '運用 担当',
      madoguchi_kind: 'staff',
      platform_role: 'operator',
      acr: 'urn:madoguchi:ial:2',
    };

    // Act
    const mapping = actorFromClaims('staff', claims, SETTINGS);

    // Assert
    expect(mapping).toEqual({
      isAccepted: true,
      actor: {
        kind: 'staff',
        id: 'operator-1',
        displayName: '運用 担当',
        municipalityCode: null,
        staffRole: null,
        identityLevel: 2,
        platformRole: 'operator',
      },
    });
  });

  it('makes no operator of a platform_role=operator from another issuer (a municipality’s staff directory)', () => {
    const fromMunicipality = {
      iss: 'https://idp.city.example.lg.jp',
      sub: 'staff-1',
      name: '職員 一',
      madoguchi_kind: 'staff',
      municipality_code: '131016',
      staff_role: 'admin',
      platform_role: 'operator',
    };
    const {
      municipality_code: _code,
      staff_role: _role,
      ...withoutMunicipality
    } = fromMunicipality;

    const mappings = [
      actorFromClaims('staff', fromMunicipality, SETTINGS),
      actorFromClaims('staff', withoutMunicipality, SETTINGS),
    ];

    expect(mappings[0]).toMatchObject({ isAccepted: true, actor: { staffRole: 'admin' } });
    expect(mappings[0]?.isAccepted && mappings[0].actor.platformRole).toBeUndefined();
    expect(mappings[1]).toEqual({ isAccepted: false, reason: 'missing_staff_attributes' });
  });

  it('gives no platform role for any other value, and no operator session to a resident', () => {
    // Arrange
    const staff = {
      sub: 's',
      name: 'B',
      madoguchi_kind: 'staff',
      municipality_code: '131016',
      staff_role: 'admin',
      platform_role: 'admin',
    };
    const resident = { sub: 'r', name: 'A', madoguchi_kind: 'resident', platform_role: 'operator' };

    // Act
    const mappings = [
      actorFromClaims('staff', staff, SETTINGS),
      actorFromClaims('resident', resident, SETTINGS),
    ];

    // Assert
    expect(mappings[0]).toMatchObject({ isAccepted: true, actor: { staffRole: 'admin' } });
    expect(
      mappings.map((mapping) => (mapping.isAccepted ? mapping.actor.platformRole : 'refused')),
    ).toEqual([undefined, undefined]);
  });

  it('marks a 事務取扱担当者 and records the auth_time of a step-up login', () => {
    // Arrange
    const staff = {
      sub: 's',
      name: 'B',
      madoguchi_kind: 'staff',
      municipality_code: '131016',
      staff_role: 'caseworker',
    };
    const stepUp = {
      ...staff,
      mynumber_handler: true,
      acr: 'urn:madoguchi:aal:2',
      auth_time: 1_800_000_000,
    };
    const ordinary = {
      ...staff,
      mynumber_handler: 'yes',
      acr: 'urn:madoguchi:ial:2',
      auth_time: 1_800_000_000,
    };

    // Act
    const mappings = [
      actorFromClaims('staff', stepUp, SETTINGS),
      actorFromClaims('staff', ordinary, SETTINGS),
    ];

    // Assert
    expect(mappings[0]).toMatchObject({
      isAccepted: true,
      actor: {
        isPersonalNumberHandler: true,
        steppedUpAt: '2027-01-15T08:00:00.000Z',
        identityLevel: 2,
      },
    });
    const ordinaryActor = mappings[1]?.isAccepted ? mappings[1].actor : null;
    expect(ordinaryActor).not.toBeNull();
    expect(ordinaryActor).not.toHaveProperty('isPersonalNumberHandler');
    expect(ordinaryActor).not.toHaveProperty('steppedUpAt');
  });

  it('refuses a resident account on the staff client and the other way round', () => {
    // Arrange
    const resident = { sub: 'r', name: 'A', madoguchi_kind: 'resident' };
    const staff = {
      sub: 's',
      name: 'B',
      madoguchi_kind: 'staff',
      municipality_code: '131016',
      staff_role: 'admin',
    };

    // Act
    const mappings = [
      actorFromClaims('staff', resident, SETTINGS),
      actorFromClaims('resident', staff, SETTINGS),
    ];

    // Assert
    expect(mappings).toEqual([
      { isAccepted: false, reason: 'wrong_kind' },
      { isAccepted: false, reason: 'wrong_kind' },
    ]);
  });

  it('refuses staff without a valid municipality code or role', () => {
    // Arrange
    const claims = {
      sub: 's',
      name: 'B',
      madoguchi_kind: 'staff',
      municipality_code: '13101',
      staff_role: 'boss',
    };

    // Act
    const mapping = actorFromClaims('staff', claims, SETTINGS);

    // Assert
    expect(mapping).toEqual({ isAccepted: false, reason: 'missing_staff_attributes' });
  });

  it('refuses claims without a subject or a name', () => {
    // Act
    const mappings = [
      actorFromClaims('resident', { name: 'A', madoguchi_kind: 'resident' }, SETTINGS),
      actorFromClaims('resident', { sub: 'r', name: ' ', madoguchi_kind: 'resident' }, SETTINGS),
    ];

    // Assert
    expect(mappings).toEqual([
      { isAccepted: false, reason: 'missing_subject' },
      { isAccepted: false, reason: 'missing_name' },
    ]);
  });

  it('lets the client decide the kind when the provider has no kind claim', () => {
    // Arrange
    const settings = { ...SETTINGS, kind: '' };

    // Act
    const mapping = actorFromClaims('resident', { sub: 'r', name: 'A' }, settings);

    // Assert
    expect(mapping.isAccepted).toBe(true);
    expect(requiredClaimNames('staff', settings)).toEqual([
      'sub',
      'name',
      'municipality_code',
      'staff_role',
    ]);
  });
});
