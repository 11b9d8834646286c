import type { AuditAction, AuditTargetType } from '@madoguchi/procedures-contracts';
import {
  isAuditAction,
  isAuditTargetType,
  looksLikePersonalNumber,
} from '@madoguchi/procedures-contracts';
import { AuditLogEntity } from '@madoguchi/server-database';
import type { JsonObject } from '@madoguchi/server-database';
import type { EntityManager } from 'typeorm';

/** Who did it: a resident, a staff member, or a system (back office, worker). */
export type AuditActor = { kind: 'resident' | 'staff' | 'system'; id: string };

/** One `audit_log` row as its writers give it. */
export type AuditEntry = {
  municipalityCode: string;
  actor: AuditActor;
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  /** What else the row records: ids, counts, paths, codes; never a 個人番号 or other sensitive value. */
  detail?: JsonObject;
};

/**
 * The one writer of `audit_log` (issue #13): every row goes through here, in the caller's
 * transaction (`manager`), with an action of the closed set. The database refuses any other
 * action too (CHECK `audit_log_action_known`); the check here names the writer's mistake first.
 * `detail` that looks like it holds a 個人番号 (a 12-digit number) is refused: the trail must
 * not become a copy of what it protects.
 */
export async function writeAudit(
  manager: EntityManager,
  entry: AuditEntry | readonly AuditEntry[],
): Promise<void> {
  const entries: readonly AuditEntry[] = Array.isArray(entry) ? entry : [entry as AuditEntry];
  if (entries.length === 0) {
    return;
  }
  await manager.insert(AuditLogEntity, entries.map(toRow));
}

/**
 * The action code as a parameter of a set-based `INSERT INTO audit_log … SELECT` (one statement
 * for many rows), checked against the closed set before it reaches SQL.
 */
export function auditActionParameter(action: AuditAction): string {
  return checkedAction(action);
}

/** The target type as a parameter of a set-based insert, checked as the action. */
export function auditTargetTypeParameter(type: AuditTargetType): string {
  if (!isAuditTargetType(type)) {
    throw new Error(`Unknown audit target type: ${String(type)}`);
  }
  return type;
}

function toRow(entry: AuditEntry): Partial<AuditLogEntity> {
  const detail = entry.detail ?? {};
  assertNoSensitiveValue(detail, 'detail');
  return {
    municipalityCode: entry.municipalityCode,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id,
    action: checkedAction(entry.action),
    targetType: auditTargetTypeParameter(entry.target.type),
    targetId: entry.target.id,
    detail,
  };
}

function checkedAction(action: AuditAction): string {
  if (!isAuditAction(action)) {
    throw new Error(`Unknown audit action: ${String(action)}`);
  }
  return action;
}

/** Keys under which a sensitive value would be written by mistake. */
const SENSITIVE_KEYS =
  /(my_?number|personal_?number|individual_?number|kojin_?bango|個人番号|マイナンバー)/iu;

/**
 * Throws if `value` holds something that looks like a 個人番号 anywhere, or any non-empty value
 * under a key that names one. The message names the key only, never the value.
 */
export function assertNoSensitiveValue(value: unknown, key: string): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'number') {
      checkScalar(value, key);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertNoSensitiveValue(item, `${key}[${index}]`));
    return;
  }
  for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
    if (SENSITIVE_KEYS.test(childKey) && child !== null && child !== '') {
      throw new Error(`Audit detail "${key}.${childKey}" names a sensitive value; not written`);
    }
    assertNoSensitiveValue(child, `${key}.${childKey}`);
  }
}

function checkScalar(value: string | number, key: string): void {
  if (looksLikePersonalNumber(value)) {
    throw new Error(`Audit detail "${key}" looks like a personal number; not written`);
  }
}
