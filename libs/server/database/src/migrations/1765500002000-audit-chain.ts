import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tamper-evident audit trail (issue #13, item 4). libs/server/database/README.md explains the
 * design; in short:
 *
 * - `audit_log`, `audit_chain` and `audit_chain_anchors` refuse UPDATE, DELETE and TRUNCATE by a
 *   trigger, for every role, the owner included (the grants already keep the runtime roles out);
 *   getting past it means disabling or dropping the trigger, itself an act the chain exposes.
 * - `audit_row_bytes(audit_log)` is the one definition of the bytes of a row that are hashed, used
 *   by the sealer and the verifier alike: a JSON array (unambiguous separation) of a format tag,
 *   every column, `detail` as jsonb text (jsonb normalises key order and spacing) and
 *   `occurred_at` in UTC ISO form with microseconds.
 * - The chain is written after the fact, not by the writers: an audited transaction only adds its
 *   row id to `audit_chain_pending` (a statement trigger, no shared row, so no lock that would
 *   serialise submissions in a surge), and `seal_audit_chain(max_rows)`, run by the worker every
 *   few seconds under an advisory lock, appends the committed pending rows in id order:
 *   `row_hash = sha256(prev_hash || audit_row_bytes(row))`, the genesis `prev_hash` 32 zero bytes.
 *   A row that commits late is sealed later: the chain's order is `seq`, not the id.
 * - `verify_audit_chain()` walks the chain by `seq` in one pass and names the first broken link.
 * - `audit_chain_anchors` waits for the daily RFC 3161 timestamp of the chain head (libs/server/trust).
 *
 * The sealer runs as the owner (SECURITY DEFINER, executable by the worker only): the worker's
 * role reads no audit row (DatabaseRoles1765400000000) and keeps it that way; the function does
 * that one thing and nothing else.
 */
export class AuditChain1765500002000 implements MigrationInterface {
  name = 'AuditChain1765500002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only: % is refused for every role', TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The audit trail is only ever added to; a correction is a new audit row.';
        END $$;

      CREATE TRIGGER audit_log_append_only
        BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

      -- STABLE, not IMMUTABLE (to_char is STABLE), so that PostgreSQL inlines it into the sealer's
      -- and the verifier's queries.
      CREATE FUNCTION audit_row_bytes(entry audit_log) RETURNS bytea
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT convert_to(jsonb_build_array(
            'madoguchi-audit-v1',
            entry.id::text,
            entry.municipality_code::text,
            entry.actor_kind,
            entry.actor_id,
            entry.action,
            entry.target_type,
            entry.target_id,
            entry.detail,
            to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
          )::text, 'UTF8')
        $$;

      CREATE TABLE audit_chain_pending (audit_id bigint PRIMARY KEY);

      CREATE FUNCTION queue_audit_rows_for_sealing() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
          INSERT INTO audit_chain_pending (audit_id) SELECT id FROM new_audit_rows;
          RETURN NULL;
        END $$;
      REVOKE EXECUTE ON FUNCTION queue_audit_rows_for_sealing() FROM PUBLIC;

      CREATE TRIGGER audit_log_queue_for_sealing
        AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_audit_rows
        FOR EACH STATEMENT EXECUTE FUNCTION queue_audit_rows_for_sealing();

      -- The history before this migration is sealed by the worker's first rounds (the trigger's
      -- lock on audit_log holds back inserts until this transaction commits: none is missed).
      INSERT INTO audit_chain_pending (audit_id) SELECT id FROM audit_log;

      CREATE TABLE audit_chain (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        audit_id bigint NOT NULL UNIQUE REFERENCES audit_log (id),
        prev_hash bytea NOT NULL CHECK (length(prev_hash) = 32),
        row_hash bytea NOT NULL CHECK (length(row_hash) = 32),
        sealed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TRIGGER audit_chain_append_only
        BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

      CREATE TABLE audit_chain_anchors (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seq bigint NOT NULL REFERENCES audit_chain (seq),
        head_hash bytea NOT NULL CHECK (length(head_hash) = 32),
        anchored_at timestamptz NOT NULL DEFAULT now(),
        timestamp_token bytea NOT NULL
      );
      CREATE INDEX audit_chain_anchors_seq_idx ON audit_chain_anchors (seq);
      CREATE TRIGGER audit_chain_anchors_append_only
        BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain_anchors
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

      -- The default privileges give madoguchi_app every new table: not these.
      REVOKE ALL ON audit_chain_pending, audit_chain, audit_chain_anchors FROM madoguchi_app;
      GRANT SELECT ON audit_chain, audit_chain_anchors TO madoguchi_worker;
      GRANT INSERT ON audit_chain_anchors TO madoguchi_worker;

      CREATE FUNCTION seal_audit_chain(max_rows integer) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
          head_seq bigint;
          head_hash bytea;
          next_hash bytea;
          seqs bigint[] := '{}';
          ids bigint[] := '{}';
          prevs bytea[] := '{}';
          hashes bytea[] := '{}';
          pending record;
        BEGIN
          IF max_rows IS NULL OR max_rows < 1 THEN
            RAISE EXCEPTION 'seal_audit_chain: max_rows must be at least 1' USING ERRCODE = 'invalid_parameter_value';
          END IF;
          -- Each statement below must see what the previous sealer committed after it let go of
          -- the lock: only READ COMMITTED takes a new snapshot per statement.
          IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'seal_audit_chain runs under READ COMMITTED, not %', current_setting('transaction_isolation')
              USING ERRCODE = 'invalid_transaction_state';
          END IF;
          -- One sealer at a time (any number of worker replicas); held until this transaction ends.
          PERFORM pg_advisory_xact_lock(7746508313029174291);

          SELECT c.seq, c.row_hash INTO head_seq, head_hash FROM audit_chain c ORDER BY c.seq DESC LIMIT 1;
          IF NOT FOUND THEN
            head_seq := 0;
            head_hash := decode(repeat('00', 32), 'hex');
          END IF;

          -- A row already sealed cannot be queued again, unless an owner re-inserted a deleted
          -- row under its old id: drop such entries rather than fail on them for ever.
          DELETE FROM audit_chain_pending p USING audit_chain c WHERE c.audit_id = p.audit_id;

          FOR pending IN
            SELECT a AS entry, a.id FROM audit_chain_pending p JOIN audit_log a ON a.id = p.audit_id
             ORDER BY a.id LIMIT max_rows
          LOOP
            head_seq := head_seq + 1;
            next_hash := sha256(head_hash || audit_row_bytes(pending.entry));
            seqs := seqs || head_seq;
            ids := ids || pending.id;
            prevs := prevs || head_hash;
            hashes := hashes || next_hash;
            head_hash := next_hash;
          END LOOP;

          IF cardinality(ids) = 0 THEN
            RETURN 0;
          END IF;
          INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash)
            SELECT * FROM unnest(seqs, ids, prevs, hashes);
          DELETE FROM audit_chain_pending WHERE audit_id = ANY (ids);
          RETURN cardinality(ids);
        END $$;
      REVOKE EXECUTE ON FUNCTION seal_audit_chain(integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION seal_audit_chain(integer) TO madoguchi_worker;

      -- One pass over the chain by seq, stopping at the first broken link. It reads with the
      -- caller's rights: run it as a role that sees every audit row (the owner, the verify command).
      CREATE FUNCTION verify_audit_chain()
        RETURNS TABLE (seq bigint, audit_id bigint, problem text, expected bytea, found bytea)
        LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
          WITH walk AS (
            SELECT c.seq, c.audit_id, c.prev_hash, c.row_hash,
                   lag(c.seq) OVER w AS previous_seq,
                   lag(c.row_hash) OVER w AS previous_hash,
                   a.id IS NOT NULL AS has_row,
                   CASE WHEN a.id IS NOT NULL THEN sha256(c.prev_hash || audit_row_bytes(a)) END AS recomputed
              FROM audit_chain c LEFT JOIN audit_log a ON a.id = c.audit_id
            WINDOW w AS (ORDER BY c.seq)
          )
          SELECT w.seq, w.audit_id,
                 CASE
                   WHEN w.seq <> coalesce(w.previous_seq, 0) + 1 THEN 'link missing'
                   WHEN w.prev_hash <> coalesce(w.previous_hash, decode(repeat('00', 32), 'hex')) THEN 'link broken'
                   WHEN NOT w.has_row THEN 'row missing'
                   ELSE 'row changed'
                 END,
                 CASE
                   WHEN w.seq <> coalesce(w.previous_seq, 0) + 1 THEN NULL
                   WHEN w.prev_hash <> coalesce(w.previous_hash, decode(repeat('00', 32), 'hex'))
                     THEN coalesce(w.previous_hash, decode(repeat('00', 32), 'hex'))
                   WHEN NOT w.has_row THEN NULL
                   ELSE w.row_hash
                 END,
                 CASE
                   WHEN w.seq <> coalesce(w.previous_seq, 0) + 1 THEN NULL
                   WHEN w.prev_hash <> coalesce(w.previous_hash, decode(repeat('00', 32), 'hex')) THEN w.prev_hash
                   WHEN NOT w.has_row THEN NULL
                   ELSE w.recomputed
                 END
            FROM walk w
           WHERE w.seq <> coalesce(w.previous_seq, 0) + 1
              OR w.prev_hash <> coalesce(w.previous_hash, decode(repeat('00', 32), 'hex'))
              OR NOT w.has_row
              OR w.recomputed <> w.row_hash
           ORDER BY w.seq
           LIMIT 1
        $$;
      REVOKE EXECUTE ON FUNCTION verify_audit_chain() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION verify_audit_chain() TO madoguchi_worker;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION verify_audit_chain();
      DROP FUNCTION seal_audit_chain(integer);
      DROP TABLE audit_chain_anchors;
      DROP TABLE audit_chain;
      DROP TRIGGER audit_log_queue_for_sealing ON audit_log;
      DROP FUNCTION queue_audit_rows_for_sealing();
      DROP TABLE audit_chain_pending;
      DROP FUNCTION audit_row_bytes(audit_log);
      DROP TRIGGER audit_log_append_only ON audit_log;
      DROP FUNCTION refuse_audit_change();
    `);
  }
}
