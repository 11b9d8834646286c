import {
  collectConditionVars,
  compileCondition,
  isTruthy,
  type CompiledCondition,
  type ConditionScope,
} from '../conditions/compile-condition.js';
import type {
  FieldDefinition,
  FormDefinition,
  FormOption,
  LocalizedText,
} from '../definition/form-definition.schema.js';
import {
  BUILT_IN_OPTION_LISTS,
  RELATIONSHIP_OPTION_LIST_ID,
} from '../fields/built-in-option-lists.js';
import {
  createNormalizer,
  INVALID,
  isEmptyAnswer,
  type IssueReporter,
  type Normalizer,
  type RawIssue,
} from '../fields/field-normalizers.js';
import { formatFieldMessage } from '../messages/form-messages.js';
import { toFullWidthKatakana } from '../normalizers/japanese-text.js';
import { findUnsafeStrings } from '../normalizers/unsafe-characters.js';
import type {
  Applicant,
  AttachmentReference,
  CompiledForm,
  CompileOptions,
  LabelSegment,
  LeafField,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from './compiled-form.types.js';

type CompiledNode = {
  id: string;
  field: FieldDefinition;
  label: LocalizedText;
  stepId: string;
  stepVisibleWhen?: CompiledCondition;
  required: boolean;
  requiredWhen?: CompiledCondition;
  visibleWhen?: CompiledCondition;
  computed?: CompiledCondition;
  isSensitive: boolean;
  isConsent: boolean;
  normalize?: Normalizer;
  children?: CompiledLevel;
  repeat?: { min: number; max: number };
};

type CompiledLevel = {
  nodes: CompiledNode[];
  byId: Map<string, CompiledNode>;
};

type Data = Record<string, unknown>;

/** Mutable state of one validation run. */
type Run = {
  /** Field ids that some condition reads: only changes to these need another logic pass. */
  watched: ReadonlySet<string>;
  issues: { ownerPath: string; issue: RawIssue }[];
  invalidPaths: Set<string>;
  hiddenPaths: Set<string>;
  /** Values taken out because their field was hidden, to put back if a later pass shows it again. */
  removed: Map<string, { container: Data; value: unknown }>;
  changed: boolean;
};

const MAX_LOGIC_PASSES = 8;
const IGNORE_ISSUES: IssueReporter = () => undefined;
const UNKNOWN_LABEL: LocalizedText = { ja: '項目', en: 'item', easyJa: '項目' };

function joinPath(base: string, id: string | number): string {
  return base === '' ? String(id) : `${base}.${id}`;
}

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveOptions(definition: FormDefinition, field: FieldDefinition): readonly FormOption[] {
  if (field.type === 'group') {
    return [];
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  if (listId === undefined) {
    return [];
  }
  return definition.optionLists[listId] ?? BUILT_IN_OPTION_LISTS[listId] ?? [];
}

function compileLevel(
  definition: FormDefinition,
  fields: readonly FieldDefinition[],
  step: { id: string; visibleWhen?: CompiledCondition },
  options: CompileOptions,
): CompiledLevel {
  const nodes = fields.map((field) => compileNode(definition, field, step, options));
  return { nodes, byId: new Map(nodes.map((node) => [node.id, node])) };
}

function compileNode(
  definition: FormDefinition,
  field: FieldDefinition,
  step: { id: string; visibleWhen?: CompiledCondition },
  options: CompileOptions,
): CompiledNode {
  const node: CompiledNode = {
    id: field.id,
    field,
    label: field.label,
    stepId: step.id,
    stepVisibleWhen: step.visibleWhen,
    required: field.required,
    requiredWhen:
      field.requiredWhen === undefined ? undefined : compileCondition(field.requiredWhen),
    visibleWhen: field.visibleWhen === undefined ? undefined : compileCondition(field.visibleWhen),
    computed: field.value === undefined ? undefined : compileCondition(field.value),
    // 個人番号 is 特定個人情報 whatever the form says.
    isSensitive: field.sensitive || field.type === 'myNumber',
    isConsent: field.type === 'consent',
  };
  if (field.type === 'group') {
    node.children = compileLevel(definition, field.fields, step, options);
    node.repeat = field.repeat ? { min: field.repeat.min, max: field.repeat.max } : undefined;
    return node;
  }
  const slot =
    field.slot === undefined ? undefined : definition.attachments.find((s) => s.id === field.slot);
  if (slot) {
    node.required ||= slot.required;
    if (slot.requiredWhen !== undefined && node.requiredWhen === undefined) {
      node.requiredWhen = compileCondition(slot.requiredWhen);
    }
  }
  node.normalize = createNormalizer(field, {
    options: resolveOptions(definition, field),
    slot,
    today: options.today,
  });
  return node;
}

/**
 * Control and bidi characters are refused in every string of an answer, whatever its field type
 * (`findUnsafeCharacter`). TAB, CR and LF are whitespace: a longText keeps them as its lines, a
 * single-line field turns them into a space.
 */
function hasUnsafeText(
  node: CompiledNode,
  value: unknown,
  path: string,
  report: IssueReporter,
): boolean {
  const unsafe = findUnsafeStrings(value, path, { allowLineBreaks: true });
  for (const unsafePath of unsafe) {
    report({ path: unsafePath, code: 'invalid_characters', label: node.label });
  }
  return unsafe.length > 0;
}

/** Whether a group holds a sensitive field at any depth. */
function hasSensitiveField(level: CompiledLevel): boolean {
  return level.nodes.some(
    (node) => node.isSensitive || (node.children !== undefined && hasSensitiveField(node.children)),
  );
}

/** Pass 1: shapes and formats. Invalid values are reported and left out of the data. */
function normalizeLevel(level: CompiledLevel, raw: Data, basePath: string, run: Run): Data {
  const out: Data = {};
  const report: IssueReporter = (issue) => run.issues.push({ ownerPath: basePath, issue });
  for (const key of Object.keys(raw)) {
    if (!level.byId.has(key)) {
      report({ path: joinPath(basePath, key), code: 'unknown_field', label: UNKNOWN_LABEL });
    }
  }
  for (const node of level.nodes) {
    if (node.computed) {
      continue; // recomputed by the engine, never taken from the client
    }
    const value = raw[node.id];
    if (isEmptyAnswer(value)) {
      continue;
    }
    const path = joinPath(basePath, node.id);
    const nodeReport: IssueReporter = (issue) =>
      run.issues.push({ ownerPath: path, issue: { fieldType: node.field.type, ...issue } });
    if (node.children) {
      const normalized = normalizeGroup(node, node.children, value, path, run, nodeReport);
      if (normalized === INVALID) {
        run.invalidPaths.add(path);
      } else if (normalized !== undefined) {
        out[node.id] = normalized;
      }
      continue;
    }
    if (hasUnsafeText(node, value, path, nodeReport)) {
      run.invalidPaths.add(path);
      continue;
    }
    const normalized = node.normalize?.(value, path, nodeReport);
    if (normalized === INVALID) {
      run.invalidPaths.add(path);
    } else if (normalized !== undefined) {
      out[node.id] = normalized;
    }
  }
  return out;
}

function normalizeGroup(
  node: CompiledNode,
  children: CompiledLevel,
  value: unknown,
  path: string,
  run: Run,
  report: IssueReporter,
): unknown {
  if (!node.repeat) {
    if (!isPlainObject(value)) {
      report({ path, code: 'invalid_type', label: node.label });
      return INVALID;
    }
    const group = normalizeLevel(children, value, path, run);
    return Object.keys(group).length > 0 ? group : undefined;
  }
  if (!Array.isArray(value)) {
    report({ path, code: 'invalid_type', label: node.label });
    return INVALID;
  }
  if (value.length > node.repeat.max) {
    report({ path, code: 'too_many_items', label: node.label, max: node.repeat.max });
  }
  return value.map((item, index) => {
    const itemPath = joinPath(path, index);
    if (isEmptyAnswer(item)) {
      return {};
    }
    if (!isPlainObject(item)) {
      report({ path: itemPath, code: 'invalid_type', label: node.label });
      return {};
    }
    return normalizeLevel(children, item, itemPath, run);
  });
}

function isNodeShown(node: CompiledNode, scope: ConditionScope, isTopLevel: boolean): boolean {
  if (isTopLevel && node.stepVisibleWhen && !isTruthy(node.stepVisibleWhen(scope))) {
    return false;
  }
  return !node.visibleWhen || isTruthy(node.visibleWhen(scope));
}

/**
 * Pass 2: computed values and visibility, in document order, repeated while a value some condition
 * reads has changed (chained conditions, conditions on computed values defined further down).
 */
function applyLogic(
  level: CompiledLevel,
  data: Data,
  scope: ConditionScope,
  basePath: string,
  run: Run,
): void {
  const isTopLevel = basePath === '';
  for (const node of level.nodes) {
    const path = joinPath(basePath, node.id);
    if (!isNodeShown(node, scope, isTopLevel)) {
      run.hiddenPaths.add(path);
      if (data[node.id] !== undefined) {
        run.removed.set(path, { container: data, value: data[node.id] });
        delete data[node.id];
        run.changed ||= run.watched.has(node.id);
      }
      continue;
    }
    const removed = run.removed.get(path);
    if (removed && removed.container === data) {
      // Hidden in an earlier pass, shown now that a value it depends on is known.
      data[node.id] = removed.value;
      run.removed.delete(path);
      run.changed ||= run.watched.has(node.id);
    }
    if (node.computed) {
      const computed = node.normalize?.(node.computed(scope), path, IGNORE_ISSUES);
      const next = computed === INVALID || isEmptyAnswer(computed) ? undefined : computed;
      if (!isSameValue(data[node.id], next)) {
        run.changed ||= run.watched.has(node.id);
        if (next === undefined) {
          delete data[node.id];
        } else {
          data[node.id] = next;
        }
      }
      continue;
    }
    if (!node.children) {
      continue;
    }
    const value = data[node.id];
    if (node.repeat) {
      if (Array.isArray(value)) {
        value.forEach((item: Data, index) => {
          applyLogic(
            node.children as CompiledLevel,
            item,
            { root: scope.root, item, index },
            joinPath(path, index),
            run,
          );
        });
      }
      continue;
    }
    const group = isPlainObject(value) ? value : {};
    applyLogic(node.children, group, scope, path, run);
    if (value === undefined && Object.keys(group).length > 0) {
      data[node.id] = group;
    }
  }
}

function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/** Pass 3: required, requiredWhen, consent and repeat minimums, on the visible fields only. */
function checkRequired(
  level: CompiledLevel,
  data: Data,
  scope: ConditionScope,
  basePath: string,
  run: Run,
  stepId: string | undefined,
  required: RawIssue[],
): void {
  for (const node of level.nodes) {
    if (basePath === '' && stepId !== undefined && node.stepId !== stepId) {
      continue;
    }
    const path = joinPath(basePath, node.id);
    if (node.computed || run.hiddenPaths.has(path) || run.invalidPaths.has(path)) {
      continue;
    }
    const value = data[node.id];
    const isRequired =
      node.required || (node.requiredWhen !== undefined && isTruthy(node.requiredWhen(scope)));
    if (node.repeat && node.children) {
      const items = Array.isArray(value) ? (value as Data[]) : [];
      if (items.length === 0 && isRequired) {
        required.push({ path, code: 'required', label: node.label, fieldType: node.field.type });
      } else if (items.length > 0 && items.length < node.repeat.min) {
        required.push({
          path,
          code: 'too_few_items',
          label: node.label,
          min: node.repeat.min,
          fieldType: node.field.type,
        });
      }
      items.forEach((item, index) => {
        checkRequired(
          node.children as CompiledLevel,
          item,
          { root: scope.root, item, index },
          joinPath(path, index),
          run,
          undefined,
          required,
        );
      });
      continue;
    }
    if (node.children) {
      checkRequired(
        node.children,
        isPlainObject(value) ? value : {},
        scope,
        path,
        run,
        undefined,
        required,
      );
      continue;
    }
    if (node.isConsent && isRequired && value !== true) {
      required.push({
        path,
        code: 'consent_required',
        label: node.label,
        fieldType: node.field.type,
      });
    } else if (isRequired && value === undefined) {
      required.push({ path, code: 'required', label: node.label, fieldType: node.field.type });
    }
  }
}

/** Every path segment any condition reads (`children.0.birthDate` → children, 0, birthDate). */
function collectWatchedIds(definition: FormDefinition): Set<string> {
  const ids = new Set<string>();
  const add = (rule: unknown): void => {
    if (rule === undefined || typeof rule === 'boolean') {
      return;
    }
    for (const variable of collectConditionVars(rule)) {
      for (const segment of variable.split('.')) {
        ids.add(segment);
      }
    }
    // Array operators (some/all/…) read whole subtrees: watch everything to stay correct.
    if (/"(?:some|all|none|map|filter|reduce|missing|missing_some)"/.test(JSON.stringify(rule))) {
      ids.add('*');
    }
  };
  const walk = (fields: readonly FieldDefinition[]): void => {
    for (const field of fields) {
      add(field.visibleWhen);
      add(field.requiredWhen);
      add(field.value);
      if (field.type === 'group') {
        walk(field.fields);
      }
    }
  };
  for (const step of definition.steps) {
    add(step.visibleWhen);
    walk(step.fields);
  }
  if (ids.has('*')) {
    return new Set(collectAllIds(definition));
  }
  return ids;
}

function collectAllIds(definition: FormDefinition): string[] {
  const ids: string[] = [];
  const walk = (fields: readonly FieldDefinition[]): void => {
    for (const field of fields) {
      ids.push(field.id);
      if (field.type === 'group') {
        walk(field.fields);
      }
    }
  };
  definition.steps.forEach((step) => walk(step.fields));
  return ids;
}

function isUnderHiddenPath(path: string, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) {
    return false;
  }
  let end = path.length;
  while (end > 0) {
    if (hidden.has(path.slice(0, end))) {
      return true;
    }
    end = path.lastIndexOf('.', end - 1);
  }
  return false;
}

function toValidationIssue(issue: RawIssue): ValidationIssue {
  return {
    path: issue.path,
    code: issue.code,
    message: formatFieldMessage(issue.code, {
      label: issue.label,
      min: issue.min,
      max: issue.max,
      fieldType: issue.fieldType,
      part: issue.part,
    }),
  };
}

/**
 * Compiles a form definition (conditions to closures, one normaliser per field, option sets)
 * so that `validate` does no parsing at all. The API and the citizen app run the same compiled
 * validator, so residents and staff see the same rules and the same messages.
 */
export function compileForm(
  definition: FormDefinition,
  options: CompileOptions = {},
): CompiledForm {
  const rootFields: FieldDefinition[] = [];
  const rootNodes: CompiledNode[] = [];
  for (const step of definition.steps) {
    const stepCondition =
      step.visibleWhen === undefined ? undefined : compileCondition(step.visibleWhen);
    const level = compileLevel(
      definition,
      step.fields,
      { id: step.id, visibleWhen: stepCondition },
      options,
    );
    rootFields.push(...step.fields);
    rootNodes.push(...level.nodes);
  }
  const root: CompiledLevel = {
    nodes: rootNodes,
    byId: new Map(rootNodes.map((node) => [node.id, node])),
  };
  const stepIds = new Set(definition.steps.map((step) => step.id));
  const applicantFields = rootNodes.filter((node) => node.field.type === 'personName');
  const watched = collectWatchedIds(definition);
  const signatureVariants = definition.signature.variants.map((variant) => ({
    when: compileCondition(variant.when),
    required: variant.required,
  }));

  function analyse(answers: unknown): { data: Data; run: Run } {
    const run: Run = {
      watched,
      issues: [],
      invalidPaths: new Set(),
      hiddenPaths: new Set(),
      removed: new Map(),
      changed: false,
    };
    const data = normalizeLevel(root, isPlainObject(answers) ? answers : {}, '', run);
    for (let pass = 0; pass < MAX_LOGIC_PASSES; pass += 1) {
      run.changed = false;
      run.hiddenPaths = new Set();
      applyLogic(root, data, { root: data }, '', run);
      if (!run.changed) {
        break;
      }
    }
    return { data, run };
  }

  function validate(answers: unknown, validateOptions: ValidateOptions = {}): ValidationResult {
    const { stepId } = validateOptions;
    if (stepId !== undefined && !stepIds.has(stepId)) {
      throw new RangeError(
        `Unknown step "${stepId}" in form ${definition.id} v${definition.version}`,
      );
    }
    if (!isPlainObject(answers)) {
      return {
        ok: false,
        issues: [toValidationIssue({ path: '', code: 'invalid_type', label: definition.title })],
      };
    }
    const { data, run } = analyse(answers);
    const required: RawIssue[] = [];
    checkRequired(root, data, { root: data }, '', run, stepId, required);
    const formatIssues = run.issues
      .filter(({ ownerPath }) => !isUnderHiddenPath(ownerPath, run.hiddenPaths))
      .map(({ issue }) => issue);
    if (formatIssues.length === 0 && required.length === 0) {
      return { ok: true, answers: data };
    }
    return { ok: false, issues: [...formatIssues, ...required].map(toValidationIssue) };
  }

  function isVisible(path: string, answers: unknown): boolean {
    const { data, run } = analyse(answers);
    const segments = path.split('.');
    let level: CompiledLevel | undefined = root;
    let scope: ConditionScope = { root: data };
    let current: unknown = data;
    let concrete = '';
    for (let index = 0; index < segments.length; index += 1) {
      const node: CompiledNode | undefined = level?.byId.get(segments[index] ?? '');
      if (!node) {
        return false;
      }
      concrete = joinPath(concrete, node.id);
      if (run.hiddenPaths.has(concrete) || !isNodeShown(node, scope, index === 0)) {
        return false;
      }
      current = isPlainObject(current) ? current[node.id] : undefined;
      level = node.children;
      if (node.repeat && index + 1 < segments.length) {
        const itemIndex = Number(segments[index + 1]);
        if (!Number.isInteger(itemIndex) || itemIndex < 0) {
          return false;
        }
        const item: unknown = Array.isArray(current) ? current[itemIndex] : undefined;
        current = isPlainObject(item) ? item : {};
        scope = { root: data, item: current as Data, index: itemIndex };
        concrete = joinPath(concrete, itemIndex);
        index += 1;
      }
    }
    return true;
  }

  function sensitivePaths(answers: Record<string, unknown>): string[] {
    const paths: string[] = [];
    const walk = (level: CompiledLevel, data: Data, basePath: string): void => {
      for (const node of level.nodes) {
        const value = data[node.id];
        if (value === undefined) {
          continue;
        }
        const path = joinPath(basePath, node.id);
        if (node.isSensitive) {
          paths.push(path);
        } else if (node.repeat && node.children && Array.isArray(value)) {
          value.forEach((item, index) => {
            if (isPlainObject(item)) {
              walk(node.children as CompiledLevel, item, joinPath(path, index));
            } else if (hasSensitiveField(node.children as CompiledLevel)) {
              // An item of the wrong shape (a draft keeps what a client sent) may still hold a
              // 個人番号: the whole item counts as sensitive, so it is sealed and masked.
              paths.push(joinPath(path, index));
            }
          });
        } else if (node.children && isPlainObject(value) && !node.repeat) {
          walk(node.children, value, path);
        } else if (node.children && hasSensitiveField(node.children)) {
          paths.push(path);
        }
      }
    };
    walk(root, answers, '');
    return paths;
  }

  function isSignatureRequired(answers: Record<string, unknown>): boolean {
    const scope: ConditionScope = { root: answers };
    const variant = signatureVariants.find((candidate) => isTruthy(candidate.when(scope)));
    return variant ? variant.required : definition.signature.required;
  }

  function attachmentsIn(answers: Readonly<Record<string, unknown>>): AttachmentReference[] {
    const found: AttachmentReference[] = [];
    const walk = (level: CompiledLevel, data: Readonly<Data>, basePath: string): void => {
      for (const node of level.nodes) {
        const path = joinPath(basePath, node.id);
        const value = data[node.id];
        if (node.children) {
          const items = node.repeat ? (Array.isArray(value) ? value : []) : [value];
          items.forEach((item: unknown, index) => {
            if (isPlainObject(item)) {
              walk(
                node.children as CompiledLevel,
                item,
                node.repeat ? joinPath(path, index) : path,
              );
            }
          });
        } else if (node.field.type === 'attachment' && Array.isArray(value)) {
          found.push({
            slotId: node.field.slot ?? node.id,
            path,
            ids: value.filter((id): id is string => typeof id === 'string'),
          });
        }
      }
    };
    walk(root, answers, '');
    return found;
  }

  function applicant(answers: Readonly<Record<string, unknown>>): Applicant | null {
    const names = applicantFields.flatMap((node) => {
      const value = answers[node.id];
      return isPlainObject(value) &&
        typeof value.family === 'string' &&
        typeof value.given === 'string'
        ? [{ name: `${value.family} ${value.given}`, value }]
        : [];
    });
    const chosen = names[0];
    if (!chosen) {
      return null;
    }
    // The kana of the chosen answer, or of another answer giving the same person's name.
    const withKana = names.find(
      ({ name, value }) =>
        name === chosen.name &&
        typeof value.familyKana === 'string' &&
        typeof value.givenKana === 'string',
    );
    return {
      name: chosen.name,
      nameKana: withKana
        ? toFullWidthKatakana(
            `${String(withKana.value.familyKana)} ${String(withKana.value.givenKana)}`,
          )
        : null,
    };
  }

  function leafFields(maxItemsPerGroup: number): LeafField[] {
    const leaves: LeafField[] = [];
    const walk = (level: CompiledLevel, basePath: string, baseLabels: LabelSegment[]): void => {
      for (const node of level.nodes) {
        const path = joinPath(basePath, node.id);
        const { field } = node;
        if (field.type !== 'group') {
          leaves.push({
            path,
            field,
            labels: [...baseLabels, { kind: 'field', label: field.label }],
          });
          continue;
        }
        const children = node.children as CompiledLevel;
        if (!field.repeat) {
          walk(children, path, [...baseLabels, { kind: 'field', label: field.label }]);
          continue;
        }
        const items = Math.min(field.repeat.max, maxItemsPerGroup);
        for (let index = 0; index < items; index += 1) {
          walk(children, joinPath(path, index), [
            ...baseLabels,
            { kind: 'item', itemLabel: field.repeat.itemLabel, position: index + 1 },
          ]);
        }
      }
    };
    walk(root, '', []);
    return leaves;
  }

  return {
    definition,
    validate,
    isVisible,
    sensitivePaths,
    isSignatureRequired,
    attachmentsIn,
    attachmentFieldPaths: collectAttachmentFieldPaths(root),
    applicant,
    leafFields,
  };
}

/** The first field path of each attachment slot, in form order (no item index in repeating groups). */
function collectAttachmentFieldPaths(root: CompiledLevel): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (level: CompiledLevel, basePath: string): void => {
    for (const node of level.nodes) {
      const path = joinPath(basePath, node.id);
      if (node.children) {
        walk(node.children, path);
      } else if (node.field.type === 'attachment' && !paths.has(node.field.slot ?? node.id)) {
        paths.set(node.field.slot ?? node.id, path);
      }
    }
  };
  walk(root, '');
  return paths;
}
