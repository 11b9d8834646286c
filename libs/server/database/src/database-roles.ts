import type { DataSource } from 'typeorm';

/** The login roles of the processes (DatabaseRoles1765400000000); the owner only migrates. */
export const RUNTIME_ROLES = { api: 'madoguchi_api', worker: 'madoguchi_worker' } as const;

export type RuntimeRole = (typeof RUNTIME_ROLES)[keyof typeof RUNTIME_ROLES];

/**
 * The owner's URL with the user swapped for a runtime role, password kept: for development and
 * tests, where the roles get the owner's password (or none under trust authentication).
 * Production gives each process a URL with credentials of its own.
 */
export function runtimeRoleUrl(ownerUrl: string, role: RuntimeRole): string {
  const url = new URL(ownerUrl);
  url.username = role;
  return url.toString();
}

export type ConnectedRole = {
  name: string;
  isSuperuser: boolean;
  bypassesRowLevelSecurity: boolean;
  ownsTables: boolean;
};

/** Who this data source logs in as, and whether row-level security can hold that role. */
export async function readConnectedRole(dataSource: DataSource): Promise<ConnectedRole> {
  const [row] = await dataSource.query<ConnectedRole[]>(
    `SELECT r.rolname AS name, r.rolsuper AS "isSuperuser", r.rolbypassrls AS "bypassesRowLevelSecurity",
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public'
                    AND pg_has_role(session_user, t.tableowner, 'USAGE')) AS "ownsTables"
       FROM pg_roles r WHERE r.rolname = session_user`,
  );
  if (!row) {
    throw new Error('PostgreSQL did not report the role of this connection');
  }
  return row;
}

/**
 * Start-up check of the API and the worker: a process that logs in as a superuser, a role that
 * bypasses row-level security, or the tables' owner (or a member of it) would not be held by the
 * policies. Production refuses to start; development says so once.
 */
export async function checkRuntimeRole(
  dataSource: DataSource,
  options: { isProduction: boolean; warn(message: string): void },
): Promise<void> {
  const role = await readConnectedRole(dataSource);
  const problems = [
    role.isSuperuser ? 'is a superuser' : null,
    role.bypassesRowLevelSecurity ? 'bypasses row-level security' : null,
    role.ownsTables ? 'owns the tables' : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length === 0) {
    return;
  }
  const message =
    `DATABASE_URL logs in as "${role.name}", which ${problems.join(', ')}: row-level security ` +
    `would not hold it. Connect as ${Object.values(RUNTIME_ROLES).join(' / ')} (created by the ` +
    'migrations); only the migrations run as the owner.';
  if (options.isProduction) {
    throw new Error(message);
  }
  options.warn(message);
}
