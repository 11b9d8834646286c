import pg from 'pg';

/**
 * The login roles the migrations create for the API and the worker (DatabaseRoles1765400000000 in
 * libs/server/database; tools run TypeScript directly and cannot import the libraries).
 */
export const RUNTIME_ROLES = { api: 'madoguchi_api', worker: 'madoguchi_worker' } as const;

/** The owner's URL with the user swapped for a runtime role, the password kept. */
export function runtimeRoleUrl(ownerUrl: string, role: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  return url.toString();
}

/**
 * Development only: when the owner logs in with a password (the embedded PostgreSQL), the runtime
 * roles get the same one, so the URLs of `runtimeRoleUrl` work. Under trust authentication
 * (the machine's PostgreSQL) nothing is needed. Production sets each role's credentials itself.
 */
export async function giveRuntimeRolesTheOwnersPassword(ownerUrl: string): Promise<void> {
  const password = decodeURIComponent(new URL(ownerUrl).password);
  if (password === '') {
    return;
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const role of Object.values(RUNTIME_ROLES)) {
      const literal = (
        await client.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [password])
      ).rows[0]!.literal;
      await client.query(`ALTER ROLE ${role} PASSWORD ${literal}`);
    }
  } finally {
    await client.end();
  }
}
