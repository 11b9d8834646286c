import type { LifeRecordKind } from './reminder-rule.schema.js';

/**
 * Where a life record came from, written into its unique `source_key` (re-running what made it
 * writes nothing twice): `application:<id>:<kind>:<n>` for the n-th record of a kind an accepted
 * application gave, `seed:<key>` for demo data. The one place that writes and reads the format.
 */
export type LifeRecordSource =
  { type: 'application'; applicationId: string } | { type: 'demo' } | { type: 'other' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function applicationSourceKey(
  applicationId: string,
  kind: LifeRecordKind,
  index: number,
): string {
  return `application:${applicationId}:${kind}:${index}`;
}

export function demoSourceKey(key: string): string {
  return `seed:${key}`;
}

export function parseSourceKey(sourceKey: string): LifeRecordSource {
  const [prefix, id] = sourceKey.split(':');
  if (prefix === 'application' && id !== undefined && UUID.test(id)) {
    return { type: 'application', applicationId: id };
  }
  return prefix === 'seed' ? { type: 'demo' } : { type: 'other' };
}
