import type { DataSource, EntityManager } from 'typeorm';

import type { PersonalDataCipher, SealedRecord } from './personal-data-cipher.js';
import { CURRENT_ENVELOPE_VERSION, envelopeVersionOf } from './personal-data-cipher.js';
import type { UnreadableReason } from './personal-data.exception.js';
import { PersonalDataUnreadableError } from './personal-data.exception.js';
import { findSealedAnswers, replaceAnswerAt } from './sensitive-answers.js';

/**
 * Every column that holds sealed values, with the record each row's values are bound to. An
 * answer version is bound to its application (it is a snapshot of the application's answers).
 */
export const SEALED_COLUMNS = [
  { table: 'applications', recordKind: 'application', recordIdColumn: 'id' },
  {
    table: 'application_answer_versions',
    recordKind: 'application',
    recordIdColumn: 'application_id',
  },
  { table: 'drafts', recordKind: 'draft', recordIdColumn: 'id' },
] as const satisfies readonly {
  table: string;
  recordKind: SealedRecord['kind'];
  recordIdColumn: string;
}[];

export type SealedTable = (typeof SEALED_COLUMNS)[number]['table'];

/** What one table needed (or, in a dry run, would need); counts only, never a value. */
export type TableReencryptReport = {
  /** Rows with at least one value not yet in the current format under the current key. */
  rowsExamined: number;
  rowsRewritten: number;
  valuesResealed: number;
  /** Of those, how many were in format 1 (bound to the field path only)… */
  fromFormat1: number;
  /** … and how many were sealed with another key than the current one. */
  fromOtherKeys: number;
  /** Values that did not open for their row: left as they are, listed by row id and path. */
  unreadable: { rowId: string; path: string; reason: UnreadableReason }[];
};

export type ReencryptReport = {
  keyId: string;
  isDryRun: boolean;
  tables: Record<SealedTable, TableReencryptReport>;
};

export type ReencryptOptions = { isDryRun: boolean; batchSize: number };

type Row = {
  id: string;
  record_id: string;
  municipality_code: string;
  answers: Record<string, unknown>;
};

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * A row still holding an envelope that is not current: format 1, another format, or another key
 * (`.**` finds the sealed values at any depth, inside repeating groups too). The same test as
 * `PersonalDataCipher.isCurrent`, so a finished run leaves no row that matches.
 */
const NEEDS_RESEAL = `jsonb_path_exists(answers,
  '$.** ? (@."$sealed" == "aes-256-gcm" && (!(exists(@.v)) || @.v != $version || @.kid != $kid))',
  jsonb_build_object('kid', $2::text, 'version', $3::int))`;

/**
 * Re-seals every sealed value of every table under the current key, in the current format
 * (bound to its record), in batches of `batchSize` rows, one transaction each, with the rows
 * locked so a concurrent write of the API waits and then writes its own fresh seals.
 * Idempotent and resumable: a row already current is not selected again, so an interrupted run
 * is simply started again. A value that does not open for its row (copied from another record,
 * altered, or sealed with a key that is not configured) is left untouched and reported: it is
 * never re-bound to a record it did not come from.
 */
export async function reencryptPersonalData(
  dataSource: DataSource,
  cipher: PersonalDataCipher,
  options: ReencryptOptions,
): Promise<ReencryptReport> {
  await assertSeesEveryRow(dataSource);
  const tables = {} as Record<SealedTable, TableReencryptReport>;
  for (const column of SEALED_COLUMNS) {
    tables[column.table] = await reencryptTable(dataSource, cipher, column, options);
  }
  return { keyId: cipher.currentKeyId, isDryRun: options.isDryRun, tables };
}

async function reencryptTable(
  dataSource: DataSource,
  cipher: PersonalDataCipher,
  column: (typeof SEALED_COLUMNS)[number],
  options: ReencryptOptions,
): Promise<TableReencryptReport> {
  const report: TableReencryptReport = {
    rowsExamined: 0,
    rowsRewritten: 0,
    valuesResealed: 0,
    fromFormat1: 0,
    fromOtherKeys: 0,
    unreadable: [],
  };
  // Table and column names come from SEALED_COLUMNS above, never from input.
  const select = `SELECT id, ${column.recordIdColumn} AS record_id, municipality_code, answers FROM ${column.table}
    WHERE id > $1::uuid AND ${NEEDS_RESEAL} ORDER BY id LIMIT $4${options.isDryRun ? '' : ' FOR UPDATE'}`;
  let cursor = FIRST_UUID;
  for (;;) {
    const batch = async (manager: EntityManager | DataSource): Promise<Row[]> => {
      const rows: Row[] = await manager.query(select, [
        cursor,
        cipher.currentKeyId,
        CURRENT_ENVELOPE_VERSION,
        options.batchSize,
      ]);
      for (const row of rows) {
        const answers = resealRow(row, column.recordKind, cipher, report);
        if (answers !== null && !options.isDryRun) {
          await manager.query(`UPDATE ${column.table} SET answers = $1::jsonb WHERE id = $2`, [
            JSON.stringify(answers),
            row.id,
          ]);
        }
        if (answers !== null) {
          report.rowsRewritten += 1;
        }
      }
      return rows;
    };
    const rows = options.isDryRun ? await batch(dataSource) : await dataSource.transaction(batch);
    report.rowsExamined += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < options.batchSize) {
      return report;
    }
    cursor = last.id;
  }
}

/** The row's answers with every stale envelope re-sealed, or null when none could be. */
function resealRow(
  row: Row,
  recordKind: SealedRecord['kind'],
  cipher: PersonalDataCipher,
  report: TableReencryptReport,
): Record<string, unknown> | null {
  const record: SealedRecord = {
    kind: recordKind,
    id: row.record_id,
    municipalityCode: row.municipality_code,
  };
  const answers = structuredClone(row.answers);
  let resealed = 0;
  for (const { path, sealed } of findSealedAnswers(answers)) {
    if (cipher.isCurrent(sealed)) {
      continue;
    }
    let plaintext: string;
    try {
      plaintext = cipher.open(sealed, { record, path });
    } catch (error) {
      if (!(error instanceof PersonalDataUnreadableError)) {
        throw error;
      }
      report.unreadable.push({ rowId: row.id, path, reason: error.reason });
      continue;
    }
    replaceAnswerAt(answers, path, cipher.seal(plaintext, { record, path }));
    resealed += 1;
    report.valuesResealed += 1;
    if (envelopeVersionOf(sealed) === 1) {
      report.fromFormat1 += 1;
    }
    if (sealed.kid !== cipher.currentKeyId) {
      report.fromOtherKeys += 1;
    }
  }
  return resealed > 0 ? answers : null;
}

/**
 * Row-level security hides every row from a role it applies to when no tenant is set: such a run
 * would report nothing to do and leave every old envelope. It must connect as the owner, like the
 * migrations.
 */
async function assertSeesEveryRow(dataSource: DataSource): Promise<void> {
  const restricted: { table: string }[] = await dataSource.query(
    `SELECT t AS table FROM unnest($1::text[]) AS t WHERE row_security_active(t::regclass)`,
    [SEALED_COLUMNS.map((column) => column.table)],
  );
  if (restricted.length > 0) {
    throw new Error(
      `Row-level security applies to this database user on ${restricted.map((row) => row.table).join(', ')}: ` +
        'run the re-encryption with the owner’s DATABASE_URL (the one the migrations use)',
    );
  }
}
