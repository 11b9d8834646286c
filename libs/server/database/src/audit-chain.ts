import type { DataSource } from 'typeorm';

/** What `verify_audit_chain()` finds wrong at a link (AuditChain1765500002000). */
export type AuditChainProblem =
  /** The stored row no longer hashes to the link's row_hash: it was changed after sealing. */
  | 'row changed'
  /** The link's prev_hash is not the previous link's row_hash: links were rewritten or reordered. */
  | 'link broken'
  /** The audit row the link seals is gone from audit_log: it was deleted after sealing. */
  | 'row missing'
  /** The link before this one is gone (seq not contiguous): chain rows were deleted. */
  | 'link missing';

export type AuditChainBreak = {
  seq: string;
  auditId: string;
  problem: AuditChainProblem;
  /** Hex of the hash the chain holds (or the previous link's) and of the one recomputed, where they apply. */
  expected: string | null;
  found: string | null;
};

export type AuditChainReport = {
  /** Links walked (all of them: the walk reads the whole chain even when it stops at a break). */
  links: number;
  /** seq and row_hash (hex) of the last link; null for an empty chain. */
  head: { seq: string; hash: string } | null;
  firstBreak: AuditChainBreak | null;
  /** Audit rows older than the window that no link seals, oldest first (at most 10 ids shown). */
  unsealed: { count: number; oldestIds: string[] };
  unsealedOlderThanMinutes: number;
  /**
   * Ids queued for sealing whose audit row is gone: deleted past the trigger before the sealer
   * reached it (at most 10 shown). The queue entry is the only trace such a deletion leaves.
   */
  vanished: { count: number; ids: string[] };
  /**
   * Anchors of the chain head (daily timestamps) checked against the chain: the first whose
   * head_hash is not the chain's row_hash at its seq (or whose seq is gone) is named. The
   * timestamp token itself is checked by the trust library's verifier, not here.
   */
  anchors: { count: number; firstMismatch: { anchorId: string; seq: string } | null };
  elapsedMs: number;
};

const hex = (value: Buffer | null): string | null =>
  value === null ? null : value.toString('hex');

/**
 * Recomputes every link of the audit chain with the database's own `audit_row_bytes` (the sealer's
 * definition), in one pass by seq, and counts audit rows older than `unsealedOlderThanMinutes`
 * that were never sealed (the sealer stopped, or someone removed them from its queue).
 *
 * It must run as a role that sees every audit row (the owner): under row-level security other
 * municipalities' rows would look deleted, so such a role is refused.
 */
export async function verifyAuditChain(
  dataSource: DataSource,
  options: { unsealedOlderThanMinutes: number },
): Promise<AuditChainReport> {
  const started = performance.now();
  const [access] = await dataSource.query<{ hidden: boolean; readable: boolean }[]>(
    `SELECT row_security_active('audit_log') AS hidden,
            has_table_privilege('audit_log', 'SELECT') AND has_table_privilege('audit_chain', 'SELECT') AS readable`,
  );
  if (!access?.readable || access.hidden) {
    throw new Error(
      'the audit chain is verified as a role that reads every audit row (the owner of the tables): ' +
        'this role cannot read them all (row-level security or missing rights)',
    );
  }
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const breaks = await manager.query<
      {
        seq: string;
        audit_id: string;
        problem: AuditChainProblem;
        expected: Buffer | null;
        found: Buffer | null;
      }[]
    >('SELECT seq, audit_id, problem, expected, found FROM verify_audit_chain()');
    const [summary] = await manager.query<
      { links: number; head_seq: string | null; head_hash: Buffer | null }[]
    >(
      `SELECT (SELECT count(*)::int FROM audit_chain) AS links, h.seq AS head_seq, h.row_hash AS head_hash
         FROM (SELECT 1) one LEFT JOIN LATERAL
              (SELECT seq, row_hash FROM audit_chain ORDER BY seq DESC LIMIT 1) h ON true`,
    );
    const [unsealed] = await manager.query<{ count: number; oldest_ids: string[] | null }[]>(
      `SELECT count(*)::int AS count, (array_agg(a.id::text ORDER BY a.id))[1:10] AS oldest_ids
         FROM audit_log a
        WHERE a.occurred_at < now() - make_interval(mins => $1)
          AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)`,
      [options.unsealedOlderThanMinutes],
    );
    const [vanished] = await manager.query<{ count: number; ids: string[] | null }[]>(
      `SELECT count(*)::int AS count, (array_agg(p.audit_id::text ORDER BY p.audit_id))[1:10] AS ids
         FROM audit_chain_pending p
        WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.id = p.audit_id)`,
    );
    const [anchors] = await manager.query<
      { count: number; mismatch_id: string | null; mismatch_seq: string | null }[]
    >(
      `SELECT (SELECT count(*)::int FROM audit_chain_anchors) AS count, m.id AS mismatch_id, m.seq AS mismatch_seq
         FROM (SELECT 1) one LEFT JOIN LATERAL
              (SELECT x.id, x.seq FROM audit_chain_anchors x
                 LEFT JOIN audit_chain c ON c.seq = x.seq
                WHERE c.row_hash IS DISTINCT FROM x.head_hash
                ORDER BY x.id LIMIT 1) m ON true`,
    );
    const firstBreak = breaks[0];
    return {
      links: summary?.links ?? 0,
      head:
        summary && summary.head_seq !== null && summary.head_hash !== null
          ? { seq: summary.head_seq, hash: summary.head_hash.toString('hex') }
          : null,
      firstBreak: firstBreak
        ? {
            seq: firstBreak.seq,
            auditId: firstBreak.audit_id,
            problem: firstBreak.problem,
            expected: hex(firstBreak.expected),
            found: hex(firstBreak.found),
          }
        : null,
      unsealed: { count: unsealed?.count ?? 0, oldestIds: unsealed?.oldest_ids ?? [] },
      unsealedOlderThanMinutes: options.unsealedOlderThanMinutes,
      vanished: { count: vanished?.count ?? 0, ids: vanished?.ids ?? [] },
      anchors: {
        count: anchors?.count ?? 0,
        firstMismatch:
          anchors && anchors.mismatch_id !== null && anchors.mismatch_seq !== null
            ? { anchorId: anchors.mismatch_id, seq: anchors.mismatch_seq }
            : null,
      },
      elapsedMs: Math.round(performance.now() - started),
    };
  });
}

/**
 * Whether the report is a pass: no broken link, no row left unsealed past the window, none
 * vanished, every anchor still matching the chain.
 */
export function isAuditChainIntact(report: AuditChainReport): boolean {
  return (
    report.firstBreak === null &&
    report.unsealed.count === 0 &&
    report.vanished.count === 0 &&
    report.anchors.firstMismatch === null
  );
}

/** The verify command's lines: OK with the count and the head, or what is wrong and where. */
export function formatAuditChainReport(report: AuditChainReport): string {
  const lines: string[] = [];
  const seconds = (report.elapsedMs / 1000).toFixed(2);
  if (report.firstBreak) {
    const { seq, auditId, problem, expected, found } = report.firstBreak;
    lines.push(
      `BROKEN at seq ${seq} (audit id ${auditId}): ${problem}` +
        (expected !== null || found !== null
          ? ` (chain holds ${expected ?? '-'}, recomputed ${found ?? '-'})`
          : ''),
    );
  } else {
    lines.push(
      `OK: ${report.links} links` +
        (report.head ? `, head seq ${report.head.seq} ${report.head.hash}` : ' (empty chain)'),
    );
  }
  if (report.unsealed.count > 0) {
    lines.push(
      `UNSEALED: ${report.unsealed.count} audit rows older than ${report.unsealedOlderThanMinutes} minutes ` +
        `are in no link (oldest ids ${report.unsealed.oldestIds.join(', ')})`,
    );
  }
  if (report.vanished.count > 0) {
    lines.push(
      `VANISHED: ${report.vanished.count} audit rows were deleted before they were sealed ` +
        `(ids ${report.vanished.ids.join(', ')})`,
    );
  }
  if (report.anchors.firstMismatch) {
    lines.push(
      `ANCHOR MISMATCH: anchor ${report.anchors.firstMismatch.anchorId} time-stamped a head at seq ` +
        `${report.anchors.firstMismatch.seq} that the chain no longer has`,
    );
  } else if (report.anchors.count > 0) {
    lines.push(`anchors: ${report.anchors.count} time-stamped heads match the chain`);
  }
  lines.push(`verified in ${seconds} s`);
  return `${lines.join('\n')}\n`;
}
