import { cloneJson } from '../util/clone-json.js';
import { z } from 'zod';

/**
 * How to carry a draft from one version of a form to the next (data, next to the form files:
 * `seeds/forms/<id>/migrations/v1-to-v2.json`). Paths are dot paths; `*` stands for every item of
 * a repeating group (`children.*.name`). Renames run first, then drops, then defaults.
 */
export const formMigrationSchema = z
  .object({
    from: z.number().int().positive(),
    to: z.number().int().positive(),
    /** old path → new path */
    renames: z.record(z.string().min(1), z.string().min(1)).default({}),
    drops: z.array(z.string().min(1)).default([]),
    /** path → value set when the draft has none (e.g. a new required yes/no with a safe default). */
    defaults: z.record(z.string().min(1), z.unknown()).default({}),
  })
  .strict()
  .refine((migration) => migration.to > migration.from, {
    message: 'a migration goes to a later version',
  });

export type FormMigration = z.infer<typeof formMigrationSchema>;
export type FormMigrationInput = z.input<typeof formMigrationSchema>;

type Container = Record<string, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit(parent, key)` for every concrete location a `*` path matches. */
function forEachLocation(
  data: unknown,
  segments: readonly string[],
  visit: (parent: Container, key: string) => void,
  create: boolean,
): void {
  const [head, ...rest] = segments;
  if (head === undefined) {
    return;
  }
  if (head === '*') {
    if (Array.isArray(data)) {
      for (const item of data) {
        forEachLocation(item, rest, visit, create);
      }
    }
    return;
  }
  if (!isContainer(data)) {
    return;
  }
  if (rest.length === 0) {
    visit(data, head);
    return;
  }
  if (data[head] === undefined && create && rest[0] !== '*') {
    data[head] = {};
  }
  forEachLocation(data[head], rest, visit, create);
}

function readAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (!isContainer(current)) {
      return undefined;
    }
    current = current[segment];
  }
  return current;
}

function splitAtLastStar(path: string): { prefix: string[]; rest: string[] } {
  const segments = path.split('.');
  const star = segments.lastIndexOf('*');
  return star < 0
    ? { prefix: [], rest: segments }
    : { prefix: segments.slice(0, star + 1), rest: segments.slice(star + 1) };
}

/**
 * Carries the answers of a draft to a newer form version by a declared `FormMigration`. Returns a
 * new object (the input is not changed). Validate the result with the new compiled form: the
 * resident is then asked only for what is really new.
 */
export function migrateAnswers(
  answers: Record<string, unknown>,
  migrationJson: FormMigrationInput | FormMigration,
): Record<string, unknown> {
  const migration = formMigrationSchema.parse(migrationJson);
  const data = cloneJson(answers);
  for (const [from, to] of Object.entries(migration.renames)) {
    const source = splitAtLastStar(from);
    const target = splitAtLastStar(to);
    if (source.prefix.join('.') !== target.prefix.join('.')) {
      throw new RangeError(`rename "${from}" → "${to}" must keep the same repeating-group prefix`);
    }
    const moveWithin = (scope: unknown): void => {
      const value = readAt(scope, source.rest);
      if (value === undefined) {
        return;
      }
      forEachLocation(scope, source.rest, (parent, key) => delete parent[key], false);
      forEachLocation(scope, target.rest, (parent, key) => (parent[key] = value), true);
    };
    if (source.prefix.length === 0) {
      moveWithin(data);
    } else {
      const itemsPath = source.prefix.slice(0, -1);
      const items = readAt(data, itemsPath);
      if (Array.isArray(items)) {
        items.forEach(moveWithin);
      }
    }
  }
  for (const path of migration.drops) {
    forEachLocation(data, path.split('.'), (parent, key) => delete parent[key], false);
  }
  for (const [path, value] of Object.entries(migration.defaults)) {
    forEachLocation(
      data,
      path.split('.'),
      (parent, key) => {
        if (parent[key] === undefined || parent[key] === null || parent[key] === '') {
          parent[key] = cloneJson(value);
        }
      },
      true,
    );
  }
  return data;
}

/** Applies the migrations that lead from `fromVersion` to `toVersion`, in order. */
export function migrateAnswersAcross(
  answers: Record<string, unknown>,
  migrations: readonly (FormMigrationInput | FormMigration)[],
  fromVersion: number,
  toVersion: number,
): Record<string, unknown> {
  let version = fromVersion;
  let data = answers;
  while (version < toVersion) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) {
      throw new RangeError(`no migration from version ${version}`);
    }
    data = migrateAnswers(data, step);
    version = step.to;
  }
  return data;
}
