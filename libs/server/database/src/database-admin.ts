import pg from 'pg';

function splitUrl(url: string): { adminUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) {
    throw new Error('The database name in the URL must be lower-case letters, digits and _');
  }
  parsed.pathname = '/postgres';
  return { adminUrl: parsed.toString(), database };
}

/** Creates the database of `url` when it does not exist yet (first start, fresh test run). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const { adminUrl, database } = splitUrl(url);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`);
    }
  } catch (error) {
    // Two processes may race to create it; the loser sees duplicate_database (42P04).
    if (!(error instanceof Error && 'code' in error && error.code === '42P04')) {
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Drops a database a test run created. */
export async function dropDatabase(url: string): Promise<void> {
  const { adminUrl, database } = splitUrl(url);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
