import {
  createDataSourceOptions,
  formatAuditChainReport,
  isAuditChainIntact,
  verifyAuditChain,
} from '@madoguchi/server-database';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { loadEnv } from '../../src/config/env.js';
import { CHIYODA } from '../support/samples.js';

/** PostgreSQL's code for "permission denied" (insufficient_privilege), also the trigger's. */
const PERMISSION_DENIED = '42501';

type Failure = { code: string | undefined; message: string } | undefined;

async function failureOf(work: Promise<unknown>): Promise<Failure> {
  try {
    await work;
    return undefined;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { code, message };
  }
}

/**
 * The audit trail is tamper-evident (issue #13, item 4): the runtime roles may only add audit
 * rows, a trigger refuses changes to every role, the worker's sealer chains committed rows by
 * SHA-256 whatever order they commit in, and the verifier names the first link an owner broke.
 */
describe('the audit chain (AuditChain1765500002000)', () => {
  let database: TestDatabase;
  let api: pg.Pool;
  let worker: pg.Pool;
  let owner: pg.Pool;

  /**
   * One audited transaction of the API: as madoguchi_app in Chiyoda's scope, like TenantScope.
   * The action is a real code (the database refuses any other); `marker`, the actor, tells the
   * test's rows apart.
   */
  async function writeAudit(count: number, marker = 'test.audited', pool = api): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'madoguchi_app', true), set_config('app.municipality_code', $1, true)`,
        [CHIYODA],
      );
      await client.query(
        `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id, detail)
         SELECT $1, 'staff', $2, 'application.read', 'application', 'app-' || n, jsonb_build_object('n', n, 'why', '確認')
           FROM generate_series(1, $3::int) n`,
        [CHIYODA, marker, count],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  async function seal(maxRows = 500): Promise<number> {
    const { rows } = await worker.query<{ sealed: number }>(
      'SELECT seal_audit_chain($1) AS sealed',
      [maxRows],
    );
    return rows[0]!.sealed;
  }

  async function sealAll(maxRows = 500): Promise<number> {
    let total = 0;
    for (let sealed = await seal(maxRows); sealed > 0; sealed = await seal(maxRows)) {
      total += sealed;
    }
    return total;
  }

  async function verify(): Promise<Awaited<ReturnType<typeof verifyAuditChain>>> {
    return verifyAuditChain(database.dataSource, { unsealedOlderThanMinutes: 0 });
  }

  /**
   * An attacker with the owner's rights: switches the trigger off, changes, switches it on. With
   * `withoutForeignKeys` also the foreign key from audit_chain, which would stop the DELETE of a
   * sealed row (an owner who is a superuser can).
   */
  async function asOwnerPastTheTrigger(
    sql: string,
    parameters: unknown[] = [],
    options: { withoutForeignKeys?: boolean } = {},
  ): Promise<void> {
    const client = await owner.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await client.query('ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only');
      if (options.withoutForeignKeys) {
        await client.query('SET LOCAL session_replication_role = replica');
      }
      await client.query(sql, parameters);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await client.query('ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(loadEnv({ NODE_ENV: 'test' }).DATABASE_URL, 'audit');
    api = new pg.Pool({ connectionString: database.apiUrl, max: 8 });
    worker = new pg.Pool({ connectionString: database.workerUrl, max: 2 });
    owner = new pg.Pool({ connectionString: database.url, max: 2 });
  });

  afterAll(async () => {
    await Promise.all([api.end(), worker.end(), owner.end()]);
    await database.drop();
  });

  describe('append-only for the runtime roles (grants) and for every role (trigger)', () => {
    beforeAll(async () => {
      await writeAudit(3);
      await sealAll();
    });

    const SET_CLAUSE: Record<string, string> = {
      audit_log: `action = 'rewritten'`,
      audit_chain: 'sealed_at = now()',
      audit_chain_anchors: 'anchored_at = now()',
      audit_chain_pending: 'audit_id = audit_id + 1',
    };
    const changes = (table: string): string[] => [
      `UPDATE ${table} SET ${SET_CLAUSE[table]!}`,
      `DELETE FROM ${table}`,
      `TRUNCATE ${table} CASCADE`,
    ];

    it.each(['audit_log', 'audit_chain', 'audit_chain_anchors', 'audit_chain_pending'])(
      'refuses the API role and the worker role any UPDATE, DELETE or TRUNCATE of %s',
      async (table) => {
        for (const sql of changes(table)) {
          const asApi = await failureOf(
            (async () => {
              const client = await api.connect();
              try {
                await client.query('BEGIN');
                await client.query(
                  `SELECT set_config('role', 'madoguchi_app', true), set_config('app.municipality_code', $1, true)`,
                  [CHIYODA],
                );
                await client.query(sql);
              } finally {
                await client.query('ROLLBACK');
                client.release();
              }
            })(),
          );
          const asWorker = await failureOf(worker.query(sql));

          expect({ sql, asApi }).toEqual({
            sql,
            asApi: { code: PERMISSION_DENIED, message: expect.stringMatching(/permission denied/) },
          });
          expect({ sql, asWorker }).toEqual({
            sql,
            asWorker: {
              code: PERMISSION_DENIED,
              message: expect.stringMatching(/permission denied/),
            },
          });
        }
      },
    );

    it.each(['audit_log', 'audit_chain', 'audit_chain_anchors'])(
      'refuses the owner itself any UPDATE, DELETE or TRUNCATE of %s (the trigger)',
      async (table) => {
        const [{ n: before }] = (
          await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
        ).rows as [{ n: number }];

        for (const sql of changes(table)) {
          expect({ sql, failure: await failureOf(owner.query(sql)) }).toEqual({
            sql,
            failure: {
              code: PERMISSION_DENIED,
              message: expect.stringMatching(/is append-only: (UPDATE|DELETE|TRUNCATE) is refused/),
            },
          });
        }
        const { rows } = await owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table}`,
        );
        expect(rows[0]!.n).toBe(before);
      },
    );

    it('still refuses the API role with the grant given back: the trigger is the second wall', async () => {
      await owner.query('GRANT UPDATE, DELETE ON audit_log TO madoguchi_app');
      try {
        const failure = await failureOf(writeAuditChange(`UPDATE audit_log SET action = 'x'`));

        expect(failure).toEqual({
          code: PERMISSION_DENIED,
          message: 'audit_log is append-only: UPDATE is refused for every role',
        });
      } finally {
        await owner.query('REVOKE UPDATE, DELETE ON audit_log FROM madoguchi_app');
      }
    });

    it('lets only the worker seal, and never lets it read the audit rows themselves', async () => {
      expect(await failureOf(worker.query('SELECT 1 FROM audit_log LIMIT 1'))).toMatchObject({
        code: PERMISSION_DENIED,
      });
      expect(await failureOf(api.query('SELECT seal_audit_chain(10)'))).toMatchObject({
        code: PERMISSION_DENIED,
      });
      expect(await failureOf(api.query('SELECT 1 FROM audit_chain LIMIT 1'))).toMatchObject({
        code: PERMISSION_DENIED,
      });
      const { rows } = await worker.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_chain',
      );
      expect(rows[0]!.n).toBe(3);
    });

    it('lets the worker add an anchor of the chain head (the daily timestamp) and read it, never the API', async () => {
      const anchor = `INSERT INTO audit_chain_anchors (seq, head_hash, timestamp_token)
         SELECT seq, row_hash, '\\x3082'::bytea FROM audit_chain ORDER BY seq DESC LIMIT 1
         RETURNING seq`;

      const { rows } = await worker.query<{ seq: string }>(anchor);
      const { rows: read } = await worker.query<{ seq: string }>(
        'SELECT seq FROM audit_chain_anchors',
      );

      expect(rows).toEqual([{ seq: '3' }]);
      expect(read).toEqual([{ seq: '3' }]);
      expect(await failureOf(api.query(anchor))).toMatchObject({ code: PERMISSION_DENIED });
    });

    async function writeAuditChange(sql: string): Promise<void> {
      const client = await api.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('role', 'madoguchi_app', true), set_config('app.municipality_code', $1, true)`,
          [CHIYODA],
        );
        await client.query(sql);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    }
  });

  describe('sealing', () => {
    it('chains rows written by several connections at once, each exactly once, while sealers run side by side', async () => {
      const [{ n: before }] = (
        await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')
      ).rows as [{ n: number }];
      let writing = true;
      const sealers = [0, 1].map(async () => {
        while (writing) {
          await seal(37);
        }
      });
      const writers = Array.from({ length: 8 }, async (_, writer) => {
        for (let transaction = 0; transaction < 25; transaction += 1) {
          await writeAudit(1 + ((writer + transaction) % 4), `test.concurrent.${writer}`);
        }
      });

      await Promise.all(writers);
      writing = false;
      await Promise.all(sealers);
      await sealAll();

      const { rows } = await owner.query<{
        rows: number;
        links: number;
        distinct_rows: number;
        max_seq: string;
        pending: number;
      }>(
        `SELECT (SELECT count(*)::int FROM audit_log) AS rows,
                (SELECT count(*)::int FROM audit_chain) AS links,
                (SELECT count(DISTINCT audit_id)::int FROM audit_chain) AS distinct_rows,
                (SELECT max(seq) FROM audit_chain) AS max_seq,
                (SELECT count(*)::int FROM audit_chain_pending) AS pending`,
      );
      const written = 8 * 25 * 2.5;
      expect(rows[0]).toEqual({
        rows: before + written,
        links: before + written,
        distinct_rows: before + written,
        max_seq: String(before + written),
        pending: 0,
      });
      const report = await verify();
      expect(report.firstBreak).toBeNull();
      expect(report.unsealed.count).toBe(0);
      expect(report.links).toBe(before + written);
    });

    it('seals a row that commits late after the rows that committed before it: chain order is sealing order', async () => {
      const late = await api.connect();
      try {
        await late.query('BEGIN');
        await late.query(
          `SELECT set_config('role', 'madoguchi_app', true), set_config('app.municipality_code', $1, true)`,
          [CHIYODA],
        );
        const { rows: lateRows } = await late.query<{ id: string }>(
          `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id)
           VALUES ($1, 'staff', 'test.late', 'application.read', 'application', 'app-late') RETURNING id`,
          [CHIYODA],
        );
        await writeAudit(2, 'test.after-late');
        expect(await sealAll()).toBe(2);

        await late.query('COMMIT');
        expect(await sealAll()).toBe(1);

        const { rows } = await owner.query<{ audit_id: string; marker: string }>(
          `SELECT c.audit_id, a.actor_id AS marker FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id
            ORDER BY c.seq DESC LIMIT 3`,
        );
        expect(rows.map((row) => row.marker)).toEqual([
          'test.late',
          'test.after-late',
          'test.after-late',
        ]);
        expect(rows[0]!.audit_id).toBe(lateRows[0]!.id);
        expect(BigInt(rows[0]!.audit_id)).toBeLessThan(BigInt(rows[1]!.audit_id));
        expect((await verify()).firstBreak).toBeNull();
      } finally {
        late.release();
      }
    });

    it('reports rows the sealer has not reached as unsealed, and none once sealed', async () => {
      await writeAudit(2, 'test.waiting');

      const waiting = await verify();
      expect(waiting.firstBreak).toBeNull();
      expect(waiting.unsealed.count).toBe(2);
      expect(isAuditChainIntact(waiting)).toBe(false);
      expect(formatAuditChainReport(waiting)).toMatch(
        /^OK: \d+ links, head seq \d+ [0-9a-f]{64}\nUNSEALED: 2 audit rows older than 0 minutes/,
      );

      await sealAll();
      const sealed = await verify();
      expect(isAuditChainIntact(sealed)).toBe(true);
      expect(
        (await verifyAuditChain(database.dataSource, { unsealedOlderThanMinutes: 10 })).unsealed
          .count,
      ).toBe(0);
    });

    it('refuses to verify as a role that row-level security limits', async () => {
      const asApi = new DataSource(
        createDataSourceOptions({ url: database.apiUrl, applicationName: 'audit-verify-as-api' }),
      );
      await asApi.initialize();
      try {
        await expect(verifyAuditChain(asApi, { unsealedOlderThanMinutes: 0 })).rejects.toThrow(
          /reads every audit row/,
        );
      } finally {
        await asApi.destroy();
      }
    });
  });

  describe('at volume', () => {
    it('seals and verifies 100,000 rows (times printed, not asserted)', async () => {
      const rows = 100_000;
      const written = performance.now();
      await owner.query(
        `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id, detail)
         SELECT $1, 'staff', 'staff-' || (n % 50), 'application.read', 'application', 'app-' || n,
                jsonb_build_object('n', n, 'fields', jsonb_build_array('氏名', '住所'))
           FROM generate_series(1, $2::int) n`,
        [CHIYODA, rows],
      );
      const sealing = performance.now();
      const sealed = await sealAll(10_000);
      const verifying = performance.now();
      const report = await verify();
      const done = performance.now();

      expect(sealed).toBe(rows);
      expect(isAuditChainIntact(report)).toBe(true);
      process.stdout.write(
        `audit chain at volume: ${rows} rows written in ${((sealing - written) / 1000).toFixed(2)} s, ` +
          `sealed in ${((verifying - sealing) / 1000).toFixed(2)} s (10,000 per call), ` +
          `${report.links} links verified in ${((done - verifying) / 1000).toFixed(2)} s\n`,
      );
    });
  });

  describe('an attacker with the owner’s rights', () => {
    async function linkOf(marker: string): Promise<{ seq: string; auditId: string }> {
      const { rows } = await owner.query<{ seq: string; audit_id: string }>(
        `SELECT c.seq, c.audit_id FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id
          WHERE a.actor_id = $1 ORDER BY c.seq LIMIT 1`,
        [marker],
      );
      return { seq: rows[0]!.seq, auditId: rows[0]!.audit_id };
    }

    beforeAll(async () => {
      await writeAudit(5, 'test.target');
      await writeAudit(5, 'test.after-target');
      await sealAll();
      expect(isAuditChainIntact(await verify())).toBe(true);
    });

    it('is found out when it edits one sealed row: the verifier names exactly that link', async () => {
      const target = await linkOf('test.target');
      const { rows } = await owner.query<{ detail: object }>(
        'SELECT detail FROM audit_log WHERE id = $1',
        [target.auditId],
      );

      await asOwnerPastTheTrigger(
        `UPDATE audit_log SET detail = detail || '{"why":"改ざん"}' WHERE id = $1`,
        [target.auditId],
      );
      const report = await verify();

      expect(report.firstBreak).toEqual({
        seq: target.seq,
        auditId: target.auditId,
        problem: 'row changed',
        expected: expect.stringMatching(/^[0-9a-f]{64}$/),
        found: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(formatAuditChainReport(report)).toMatch(
        new RegExp(`^BROKEN at seq ${target.seq} \\(audit id ${target.auditId}\\): row changed`),
      );

      // Put back exactly as it was, the chain holds again: the hash covers the content only.
      await asOwnerPastTheTrigger('UPDATE audit_log SET detail = $2 WHERE id = $1', [
        target.auditId,
        rows[0]!.detail,
      ]);
      expect((await verify()).firstBreak).toBeNull();
    });

    it('is found out when it changes only the time of a row', async () => {
      const target = await linkOf('test.after-target');

      await asOwnerPastTheTrigger(
        `UPDATE audit_log SET occurred_at = occurred_at - interval '1 microsecond' WHERE id = $1`,
        [target.auditId],
      );

      expect((await verify()).firstBreak).toMatchObject({
        seq: target.seq,
        problem: 'row changed',
      });
      await asOwnerPastTheTrigger(
        `UPDATE audit_log SET occurred_at = occurred_at + interval '1 microsecond' WHERE id = $1`,
        [target.auditId],
      );
      expect((await verify()).firstBreak).toBeNull();
    });

    it('is found out when it deletes one sealed row', async () => {
      const target = await linkOf('test.target');
      // As JSON, the time keeps its microseconds (a JavaScript Date would not).
      const { rows } = await owner.query<{ copy: object }>(
        'SELECT to_jsonb(a) AS copy FROM audit_log a WHERE id = $1',
        [target.auditId],
      );

      await asOwnerPastTheTrigger('DELETE FROM audit_log WHERE id = $1', [target.auditId], {
        withoutForeignKeys: true,
      });
      const report = await verify();

      expect(report.firstBreak).toEqual({
        seq: target.seq,
        auditId: target.auditId,
        problem: 'row missing',
        expected: null,
        found: null,
      });

      await asOwnerPastTheTrigger(
        'INSERT INTO audit_log SELECT * FROM jsonb_populate_record(NULL::audit_log, $1)',
        [rows[0]!.copy],
      );
      // The re-insert queued the row for sealing again: the sealer sees it is sealed already.
      expect(await sealAll()).toBe(0);
      expect(isAuditChainIntact(await verify())).toBe(true);
    });

    it('is found out when it deletes a row before the sealer reached it: its queue entry remains', async () => {
      await writeAudit(1, 'test.deleted-early');
      const { rows } = await owner.query<{ id: string }>(
        `SELECT id FROM audit_log WHERE actor_id = 'test.deleted-early'`,
      );

      await asOwnerPastTheTrigger('DELETE FROM audit_log WHERE id = $1', [rows[0]!.id]);
      expect(await sealAll()).toBe(0);
      const report = await verify();

      expect(report.firstBreak).toBeNull();
      expect(report.vanished).toEqual({ count: 1, ids: [rows[0]!.id] });
      expect(isAuditChainIntact(report)).toBe(false);
      expect(formatAuditChainReport(report)).toContain(
        `VANISHED: 1 audit rows were deleted before they were sealed (ids ${rows[0]!.id})`,
      );
      await owner.query('DELETE FROM audit_chain_pending WHERE audit_id = $1', [rows[0]!.id]);
    });

    it('is found out when it deletes a link of the chain, or rewrites one to fit', async () => {
      const target = await linkOf('test.after-target');

      await asOwnerPastTheTrigger('DELETE FROM audit_chain WHERE seq = $1', [target.seq], {
        withoutForeignKeys: true,
      });
      const next = String(BigInt(target.seq) + 1n);

      expect((await verify()).firstBreak).toMatchObject({ seq: next, problem: 'link missing' });
      await asOwnerPastTheTrigger(
        `INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash)
         SELECT $1::bigint, a.id, c.row_hash, sha256(c.row_hash || audit_row_bytes(a))
           FROM audit_chain c, audit_log a WHERE c.seq = $1::bigint - 1 AND a.id = $2::bigint`,
        [target.seq, target.auditId],
      );
      expect((await verify()).firstBreak).toBeNull();

      // Rewriting one link's hash to cover an edit breaks the next link instead; an anchor of a
      // later head no longer matches the chain either.
      const { rows: anchored } = await owner.query<{ id: string; seq: string }>(
        `INSERT INTO audit_chain_anchors (seq, head_hash, timestamp_token)
         SELECT seq, row_hash, '\\x3082'::bytea FROM audit_chain WHERE seq = $1::bigint + 1
         RETURNING id, seq`,
        [target.seq],
      );
      expect((await verify()).anchors.firstMismatch).toBeNull();
      await asOwnerPastTheTrigger(
        `UPDATE audit_log SET actor_id = 'test.rewritten' WHERE id = $1;`,
        [target.auditId],
      );
      await asOwnerPastTheTrigger(
        `UPDATE audit_chain c SET row_hash = sha256(c.prev_hash || audit_row_bytes(a))
           FROM audit_log a WHERE a.id = c.audit_id AND c.seq = $1`,
        [target.seq],
      );

      expect((await verify()).firstBreak).toMatchObject({ seq: next, problem: 'link broken' });

      // Recomputing the rest of the chain to fit hides the edit from the walk, not from the anchor.
      await asOwnerPastTheTrigger(
        `DO $$ DECLARE link record; previous bytea; BEGIN
           FOR link IN SELECT c.seq, a AS entry FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id
                        WHERE c.seq > ${target.seq} ORDER BY c.seq LOOP
             SELECT row_hash INTO previous FROM audit_chain WHERE seq = link.seq - 1;
             UPDATE audit_chain SET prev_hash = previous, row_hash = sha256(previous || audit_row_bytes(link.entry))
              WHERE seq = link.seq;
           END LOOP;
         END $$`,
      );
      const rewritten = await verify();

      expect(rewritten.firstBreak).toBeNull();
      expect(rewritten.anchors.firstMismatch).toEqual({
        anchorId: anchored[0]!.id,
        seq: anchored[0]!.seq,
      });
      expect(isAuditChainIntact(rewritten)).toBe(false);
      expect(formatAuditChainReport(rewritten)).toContain(
        `ANCHOR MISMATCH: anchor ${anchored[0]!.id} time-stamped a head at seq ${anchored[0]!.seq}`,
      );
    });
  });
});
