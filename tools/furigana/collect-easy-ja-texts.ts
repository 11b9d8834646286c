import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every text a resident may read in やさしい日本語, taken from the sources without running them:
 * - TypeScript message catalogues: the strings (and the text parts of template strings) of an
 *   `easyJa:` property, and of a variable whose name says EASY (`const EASY_JA = {…}`), with the
 *   objects it spreads (`...JA`), since those are shown in やさしい日本語 too;
 * - JSON seeds (form definitions, the catalog, municipalities, reminders): every `easyJa` text, and the `ja`
 *   text of a bilingual `{ ja, en }` that has no `easyJa` (shown as it is in やさしい日本語).
 */
export const SOURCE_ROOTS = [
  'apps/citizen/src',
  'libs/forms/feature-render/src',
  'libs/forms/schema/src',
  'libs/web/ui-kit/src',
  'libs/web/data-access-api/src',
  'libs/procedures/domain/src',
  'libs/procedures/contracts/src',
  'libs/notifications/contracts/src',
  'libs/notifications/domain/src',
  // The notifications the worker writes (status changes, 見守り, digests).
  'apps/worker/src',
  // The API's messages residents read (an upload's refusal, …).
  'apps/api/src',
] as const;

export const SEED_ROOTS = [
  'seeds/forms',
  'seeds/catalog',
  'seeds/municipalities',
  // The reminders' texts: the inbox shows them with furigana, e-mail and push with readings in brackets.
  'seeds/notification-rules',
] as const;

function listFiles(root: string, accept: (path: string) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      return entry === 'node_modules' || entry === 'dist' ? [] : listFiles(path, accept);
    }
    return accept(path) ? [path] : [];
  });
}

function isSourceFile(path: string): boolean {
  return /\.tsx?$/.test(path) && !/\.(spec|test)\.tsx?$/.test(path) && !path.endsWith('.d.ts');
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The texts of a TypeScript source file that are shown in やさしい日本語. */
export function collectFromSource(fileName: string, code: string): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const variables = new Map<string, ts.Expression>();
  const visitDeclarations = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      variables.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visitDeclarations);
  };
  visitDeclarations(file);
  // Functions of the file that take a やさしい日本語 text as a parameter named `easyJa…`
  // (`message(jaText, enText, easyJaText)`): the argument in that position is collected.
  const easyJaParameters = new Map<string, number>();
  const visitFunctions = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      const index = node.parameters.findIndex(
        (parameter) => ts.isIdentifier(parameter.name) && /^easyJa/.test(parameter.name.text),
      );
      if (index >= 0) {
        easyJaParameters.set(node.name.text, index);
      }
    }
    ts.forEachChild(node, visitFunctions);
  };
  visitFunctions(file);

  const texts: string[] = [];
  const seen = new Set<ts.Node>();
  const collectStrings = (node: ts.Node): void => {
    if (seen.has(node)) {
      return;
    }
    seen.add(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      texts.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    } else if (ts.isSpreadAssignment(node) && ts.isIdentifier(node.expression)) {
      const spread = variables.get(node.expression.text);
      if (spread) {
        collectStrings(spread);
      }
    } else if (
      ts.isIdentifier(node) &&
      node.parent &&
      ts.isPropertyAssignment(node.parent) &&
      node.parent.initializer === node
    ) {
      // `categories: EASY_JA_CATEGORIES`
      const value = variables.get(node.text);
      if (value && /EASY/i.test(node.text)) {
        collectStrings(value);
      }
    }
    ts.forEachChild(node, collectStrings);
  };
  const visit = (node: ts.Node): void => {
    const calledIndex =
      ts.isCallExpression(node) && ts.isIdentifier(node.expression)
        ? easyJaParameters.get(node.expression.text)
        : undefined;
    const argument =
      calledIndex === undefined || !ts.isCallExpression(node)
        ? undefined
        : node.arguments[calledIndex];
    if (argument) {
      collectStrings(argument);
    }
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'easyJa') {
      collectStrings(node.initializer);
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      /EASY/i.test(node.name.text) &&
      node.initializer
    ) {
      collectStrings(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts.filter((text) => text.trim() !== '');
}

/** The texts of a JSON seed that are shown in やさしい日本語. */
export function collectFromJson(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(collectFromJson);
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const record = value as Record<string, unknown>;
  const own: string[] = [];
  if (typeof record.easyJa === 'string') {
    own.push(record.easyJa);
  } else if (typeof record.ja === 'string' && typeof record.en === 'string') {
    own.push(record.ja);
  }
  return [...own, ...Object.values(record).flatMap(collectFromJson)];
}

export type CollectedText = { file: string; text: string };

/** Every やさしい日本語 text of the workspace, with the file it comes from. */
export function collectEasyJaTexts(workspaceRoot: string): CollectedText[] {
  const collected: CollectedText[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const path of listFiles(join(workspaceRoot, root), isSourceFile)) {
      const file = relative(workspaceRoot, path);
      for (const text of collectFromSource(file, readFileSync(path, 'utf8'))) {
        collected.push({ file, text });
      }
    }
  }
  for (const root of SEED_ROOTS) {
    for (const path of listFiles(join(workspaceRoot, root), (p) => p.endsWith('.json'))) {
      const file = relative(workspaceRoot, path);
      for (const text of collectFromJson(JSON.parse(readFileSync(path, 'utf8')))) {
        collected.push({ file, text });
      }
    }
  }
  return collected.filter(({ text }) => /[\u3400-\u9fff々]/u.test(text));
}
