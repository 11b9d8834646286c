import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Resident-facing components must take every text from a message catalogue (ja / en / やさしい日本語)
 * or from the data (a form, a procedure, the API), never write it in the JSX. This finds what a
 * component writes itself: JSX text with a letter in it, and a string literal (or the text of a
 * template) given to an attribute a person reads or hears (`aria-label`, `title`, `placeholder`,
 * `alt`, …) or put straight into the JSX as `{'…'}`.
 */
export const RESIDENT_FACING_ROOTS = [
  'apps/citizen/src',
  'libs/forms/feature-render/src',
  // Its components take their texts as props or from the UiText catalogue the app provides.
  'libs/web/ui-kit/src',
  // The load notices take their wording from the LoadStatusText the app provides.
  'libs/web/feature-status/src',
] as const;

/** Attributes and props whose value is read or heard by a person. */
export const READ_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  // The ui-kit's props that it shows as text (FormField, Fieldset, Notice, StatusTag).
  'label',
  'legend',
  'hint',
  'error',
  'heading',
] as const;

export type HardCodedText = { file: string; line: number; text: string };

/** A letter of any script (a lone `·`, `—`, `|`, `*` or a number is no text to translate). */
const LETTER = /\p{L}/u;

function listSources(root: string, accept = /\.tsx$/): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      return entry === 'node_modules' || entry === 'dist' || entry === 'testing'
        ? []
        : listSources(path, accept);
    }
    return accept.test(entry) && !/\.(spec|test)\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** The literal texts of an expression: a string, a template's text parts, both sides of `a ? b : c`. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [node.text];
  }
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isConditionalExpression(node)) {
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  if (ts.isParenthesizedExpression(node)) {
    return literalTexts(node.expression);
  }
  return [];
}

function attributeName(attribute: ts.JsxAttribute): string {
  return ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
}

/** The texts a component of one source file writes itself, with their lines. */
export function findHardCodedTextsInSource(file: string, code: string): HardCodedText[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string): void => {
    const trimmed = text.replace(/\s+/gu, ' ').trim();
    if (LETTER.test(trimmed)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ file, line: line + 1, text: trimmed });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = attributeName(node);
      if ((READ_ATTRIBUTES as readonly string[]).includes(name)) {
        const value = node.initializer;
        const texts = ts.isStringLiteral(value)
          ? [value.text]
          : ts.isJsxExpression(value) && value.expression
            ? literalTexts(value.expression)
            : [];
        for (const text of texts) {
          report(node, text);
        }
      }
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const text of literalTexts(node.expression)) {
        report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every text the resident-facing components of the workspace write themselves. */
export function findHardCodedTexts(workspaceRoot: string): HardCodedText[] {
  return RESIDENT_FACING_ROOTS.flatMap((root) =>
    listSources(join(workspaceRoot, root)).flatMap((path) =>
      findHardCodedTextsInSource(relative(workspaceRoot, path), readFileSync(path, 'utf8')),
    ),
  );
}

function hasLocaleKeys(node: ts.Expression): boolean {
  if (!ts.isObjectLiteralExpression(node)) {
    return false;
  }
  const names = new Set(
    node.properties.flatMap((property) =>
      property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
        ? [property.name.text]
        : [],
    ),
  );
  return names.has('ja') && names.has('en') && names.has('easyJa');
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
    ? unwrap(node.expression)
    : node;
}

/**
 * The exported catalogues of a source file: a constant that holds texts by language
 * (`{ ja: {...}, en: {...}, easyJa: {...} }`) or texts in the three languages
 * (`{ key: { ja, en, easyJa } }`). Each must be checked by a completeness test.
 */
export function findCataloguesInSource(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  return source.statements.flatMap((statement) => {
    if (
      !ts.isVariableStatement(statement) ||
      !statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      return [];
    }
    return statement.declarationList.declarations.flatMap((declaration) => {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) {
        return [];
      }
      const value = unwrap(declaration.initializer);
      const isCatalogue =
        hasLocaleKeys(value) ||
        (ts.isObjectLiteralExpression(value) &&
          value.properties.some(
            (property) =>
              ts.isPropertyAssignment(property) && hasLocaleKeys(unwrap(property.initializer)),
          ));
      return isCatalogue ? [declaration.name.text] : [];
    });
  });
}

/** Every exported catalogue of the resident-facing sources (`.ts` and `.tsx`), with its file. */
export function findCatalogues(workspaceRoot: string): { file: string; name: string }[] {
  return RESIDENT_FACING_ROOTS.flatMap((root) =>
    listSources(join(workspaceRoot, root), /\.tsx?$/).flatMap((path) => {
      const file = relative(workspaceRoot, path);
      return findCataloguesInSource(file, readFileSync(path, 'utf8')).map((name) => ({
        file,
        name,
      }));
    }),
  );
}

/** The resident-facing specs that check catalogues (`findCatalogueProblems`), with their code. */
export function findCompletenessSpecs(workspaceRoot: string): { file: string; code: string }[] {
  return RESIDENT_FACING_ROOTS.flatMap((root) =>
    listSpecs(join(workspaceRoot, root)).flatMap((path) => {
      const code = readFileSync(path, 'utf8');
      return code.includes('findCatalogueProblems')
        ? [{ file: relative(workspaceRoot, path), code }]
        : [];
    }),
  );
}

function listSpecs(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      return entry === 'node_modules' || entry === 'dist' ? [] : listSpecs(path);
    }
    return /\.spec\.tsx?$/.test(entry) ? [path] : [];
  });
}
