import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tools', 'lint-fixtures');

type Fixture = { name: string; lintAs: string; expected: string; code: string };

function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.fixture.ts'))
    .map((name) => {
      const code = readFileSync(join(FIXTURES, name), 'utf8');
      const lintAs = /^\/\/ lint-as: (.+)$/m.exec(code)?.[1];
      const expected = /^\/\/ expect: (.+)$/m.exec(code)?.[1];
      if (!lintAs || !expected) {
        throw new Error(`${name} needs "// lint-as:" and "// expect:" lines`);
      }
      return { name, lintAs, expected, code };
    });
}

/**
 * The fixtures are linted with the project's real ESLint configuration as if they lived at the
 * path each one names, with type-aware rules off (the files are virtual).
 */
async function lintFixture(fixture: Fixture): Promise<string[]> {
  const { default: config } = (await import(join(ROOT, 'eslint.config.mjs'))) as {
    default: unknown[];
  };
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      ...config,
      { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked },
    ] as ESLint.Options['overrideConfig'],
  });
  const [result] = await eslint.lintText(fixture.code, { filePath: join(ROOT, fixture.lintAs) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('module boundaries (lint fixtures)', () => {
  it.each(readFixtures().map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    async (_name, fixture) => {
      const rules = await lintFixture(fixture);

      if (fixture.expected === 'none') {
        expect(rules).toEqual([]);
      } else {
        expect(rules).toContain(fixture.expected);
      }
    },
  );
});
