import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type {
  CompiledForm,
  FieldDefinition,
  FormDefinition,
  FormOption,
} from '@madoguchi/forms-schema';
import {
  PART_LABELS,
  RELATIONSHIP_OPTIONS,
  RELATIONSHIP_OPTION_LIST_ID,
  applyOverlay,
  compileForm,
  parseFormDefinition,
  resolveSampleDates,
} from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import type { Locator, Page } from 'playwright-core';

import type { AccessibilityLog } from './accessibility-log.ts';
import { waitUntilLoaded } from './accessibility-log.ts';
import type { SampleFile } from './sample-files.ts';
import { makeSampleFiles } from './sample-files.ts';
import type { UiWords } from './ui-words.ts';
import { UI_WORDS } from './ui-words.ts';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

type Answers = Record<string, unknown>;

/**
 * Answers for the fields a municipality's overlay adds to a standard form: the standard form's
 * samples cannot know them. Keyed by `<municipality code>/<procedure id>`.
 */
const OVERLAY_SAMPLE_ANSWERS: Record<string, Answers> = {
  '131016/childcare-facility-application': { localAcceptsMidYearOffer: true },
  '131016/disaster-damage-certificate': { localIsHighRiseResidence: false },
};

/** A procedure's effective form (standard form + the municipality's overlay) and the answers to give. */
export type ProcedureForm = {
  procedureId: string;
  municipalityCode: string;
  definition: FormDefinition;
  compiled: CompiledForm;
  /** The sample answers (complete and valid), with answers to the overlay's own fields. */
  answers: Answers;
};

/** The newest `v<N>.json` of a procedure. */
function readLatestStandardForm(procedureId: string): FormDefinition {
  const folder = `${SEEDS}forms/${procedureId}/`;
  const versions = readdirSync(folder)
    .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
    .filter((version) => version !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
  if (versions[0] === undefined) {
    throw new Error(`no form definition under ${folder}`);
  }
  return parseFormDefinition(JSON.parse(readFileSync(`${folder}v${versions[0]}.json`, 'utf8')));
}

/**
 * Reads a procedure's latest standard form, the municipality's overlay when it has one, and a
 * sample of `seeds/forms/<id>/samples/`; checks with the form engine that the answers are complete
 * for the effective form (so a journey fails on the sample, not later in the browser).
 */
export function loadProcedureForm(
  procedureId: string,
  municipalityCode: string,
  sample = 'valid',
): ProcedureForm {
  const standard = readLatestStandardForm(procedureId);
  const overlayFile = `${SEEDS}municipalities/overlays/${municipalityCode}/${procedureId}.json`;
  const definition = existsSync(overlayFile)
    ? applyOverlay(standard, JSON.parse(readFileSync(overlayFile, 'utf8')))
    : standard;
  const answers = {
    // Relative dates of the sample (`today+P6M`) resolved, so it fits the form's ranges on any day.
    ...resolveSampleDates(
      JSON.parse(
        readFileSync(`${SEEDS}forms/${procedureId}/samples/${sample}.json`, 'utf8'),
      ) as Answers,
    ),
    ...OVERLAY_SAMPLE_ANSWERS[`${municipalityCode}/${procedureId}`],
  };
  const compiled = compileForm(definition);
  const result = compiled.validate(answers);
  if (!result.ok) {
    const issues = result.issues.map((issue) => `${issue.path}: ${issue.message.ja}`).join('; ');
    throw new Error(
      `the ${sample} answers of ${procedureId} do not fit ${municipalityCode}'s form: ${issues}`,
    );
  }
  return { procedureId, municipalityCode, definition, compiled, answers };
}

/** How the resident works the page: with a pointer (click, type) or with the keyboard alone. */
export type InputMode = 'pointer' | 'keyboard';

/** The gestures a journey makes on one control; the keyboard variant reaches each by Tab. */
type Gestures = {
  fill(control: Locator, text: string): Promise<void>;
  select(control: Locator, value: string, label: string): Promise<void>;
  tick(checkbox: Locator): Promise<void>;
  choose(group: Locator, radio: Locator): Promise<void>;
  press(button: Locator): Promise<void>;
  upload(input: Locator, files: readonly SampleFile[]): Promise<void>;
};

const POINTER: Gestures = {
  fill: (control, text) => control.fill(text),
  select: async (control, _value, label) => {
    await control.selectOption({ label });
  },
  tick: (checkbox) => checkbox.check(),
  choose: (_group, radio) => radio.check(),
  press: (button) => button.click(),
  upload: (input, files) => input.setInputFiles(files.map((file) => ({ ...file }))),
};

const isFocused = (control: Locator) =>
  control.evaluate((element) => element === document.activeElement);
const holdsFocus = (container: Locator) =>
  container.evaluate((element) => element.contains(document.activeElement));

/** Tab (then Shift+Tab) until `reached` says the focus is there, as a keyboard user moves. */
async function tabTo(page: Page, reached: () => Promise<boolean>, what: string): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < 120; presses += 1) {
      if (await reached()) {
        return;
      }
      await page.keyboard.press(key);
    }
  }
  throw new Error(`cannot reach ${what} with Tab or Shift+Tab`);
}

function keyboardGestures(page: Page): Gestures {
  return {
    fill: async (control, text) => {
      await control.waitFor();
      await tabTo(page, () => isFocused(control), 'a text box');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
    },
    select: async (control, value) => {
      await control.waitFor();
      await tabTo(page, () => isFocused(control), 'a select');
      for (const key of ['ArrowDown', 'ArrowUp']) {
        for (let presses = 0; presses < 80; presses += 1) {
          if ((await control.inputValue()) === value) {
            return;
          }
          await page.keyboard.press(key);
        }
      }
      throw new Error(`the arrow keys never select ${value}`);
    },
    tick: async (checkbox) => {
      await checkbox.waitFor();
      await tabTo(page, () => isFocused(checkbox), 'a checkbox');
      if (!(await checkbox.isChecked())) {
        await page.keyboard.press('Space');
      }
    },
    choose: async (group, radio) => {
      await radio.waitFor();
      // Tab enters a radio group once, on its checked (or first) radio; the arrows move and check.
      await tabTo(page, () => holdsFocus(group), 'a radio group');
      if (await isFocused(radio)) {
        await page.keyboard.press('Space');
      }
      for (let presses = 0; presses < 40 && !(await radio.isChecked()); presses += 1) {
        await page.keyboard.press('ArrowDown');
      }
    },
    press: async (button) => {
      await button.waitFor();
      await tabTo(page, () => isFocused(button), 'a button');
      await page.keyboard.press('Enter');
    },
    upload: async (input, files) => {
      await input.waitFor({ state: 'attached' });
      await tabTo(page, () => isFocused(input), 'a file input');
      // Space opens the chooser; Enter too, should the first key land while the page re-renders.
      for (const key of ['Space', 'Enter']) {
        const chooser = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => undefined);
        await page.keyboard.press(key);
        const opened = await chooser;
        if (opened) {
          await opened.setFiles(files.map((file) => ({ ...file })));
          return;
        }
      }
      throw new Error('neither Space nor Enter opens the file chooser');
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const KANJI_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/gu;
const HAS_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/u;

/**
 * A text as the page prints it. In やさしい日本語 a text with kanji is printed twice: once with
 * the reading of each kanji word (`<ruby>町<rt>まち</rt></ruby>`, hidden from assistive
 * technology) and once plain (visually hidden). Accessible names hold the plain text only, the
 * text of a `<label>` holds both.
 */
function printed(text: string, locale: Locale): string {
  const escaped = escapeRegExp(text);
  if (locale !== 'easyJa' || !HAS_KANJI.test(text)) {
    return escaped;
  }
  // A reading may stand after any kanji of a word: 郵便(ゆうびん)番号(ばんごう).
  const withReadings = escaped.replace(
    KANJI_CHAR,
    (kanji) => `${kanji}(?:[（(]?[ぁ-ゖー]+[）)]?)?`,
  );
  return `(?:${withReadings}\\s*)?${escaped}`;
}

/** A label or legend as printed: the text, then possibly the required mark ("必須"). */
function labelled(text: string, walk: Pick<Walk, 'words' | 'locale'>): RegExp {
  const mark = printed(walk.words.requiredMark, walk.locale);
  return new RegExp(`^\\s*${printed(text, walk.locale)}\\s*(?:${mark})?\\s*$`);
}

/** A text shown exactly (with its furigana in やさしい日本語), for names of headings, buttons, options. */
export function shownText(text: string, locale: Locale = 'ja'): RegExp {
  return new RegExp(`^\\s*${printed(text, locale)}\\s*$`);
}

function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

function asRecord(value: unknown): Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Answers)
    : {};
}

function joinPath(base: string, segment: string | number): string {
  return base === '' ? String(segment) : `${base}.${segment}`;
}

type ControlKind = 'label' | 'group';

/** The journey's state while it walks one form. */
type Walk = {
  page: Page;
  form: ProcedureForm;
  locale: Locale;
  words: UiWords;
  gestures: Gestures;
  /** Paths answered so far, for the final check that nothing of the sample was left out. */
  answered: Set<string>;
};

/** Where fields are looked for: the step's form or a group's fieldset, and the fields inside it. */
type Scope = {
  locator: Locator;
  fields: readonly FieldDefinition[];
  path: string;
  values: Answers;
};

const t = (walk: Walk, text: Parameters<typeof pickText>[0]) => pickText(text, walk.locale);

function partLabel(walk: Walk, part: keyof typeof PART_LABELS): string {
  const text = t(walk, PART_LABELS[part]);
  return walk.locale === 'en' ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

function optionsOf(walk: Walk, field: FieldDefinition): readonly FormOption[] {
  if (field.type === 'group') {
    return [];
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  const list = listId === undefined ? undefined : walk.form.definition.optionLists[listId];
  return list ?? (field.type === 'relationship' ? RELATIONSHIP_OPTIONS : []);
}

function optionLabel(walk: Walk, field: FieldDefinition, value: unknown): string {
  const option = optionsOf(walk, field).find((candidate) => candidate.value === value);
  if (!option) {
    throw new Error(`${field.id}: the sample answer ${String(value)} is not one of its options`);
  }
  return t(walk, option.label);
}

/**
 * The control labelled `name` that belongs to this scope itself. When a nested group holds a
 * control of the same label (生年月日 of the applicant and of the 世帯主), the one whose nearest
 * fieldset is the scope's is meant, as a person tells them apart by where they stand.
 */
async function findIn(walk: Walk, scope: Scope, kind: ControlKind, name: string): Promise<Locator> {
  const matcher = labelled(name, walk);
  const candidates =
    kind === 'group'
      ? scope.locator.getByRole('group', { name: matcher })
      : scope.locator.getByLabel(matcher);
  await candidates.first().waitFor({ state: 'attached' });
  const count = await candidates.count();
  if (count <= 1) {
    return candidates;
  }
  const owner = await scope.locator.elementHandle();
  for (let index = 0; index < count; index += 1) {
    const isOwn = await candidates
      .nth(index)
      .evaluate(
        (element, scopeElement) =>
          element.parentElement?.closest('fieldset, form') === scopeElement,
        owner,
      );
    if (isOwn) {
      return candidates.nth(index);
    }
  }
  return candidates;
}

async function fillParts(
  walk: Walk,
  group: Locator,
  path: string,
  value: Answers,
  parts: readonly (keyof typeof PART_LABELS)[],
): Promise<void> {
  for (const part of parts) {
    const text = value[part];
    if (isEmptyAnswer(text)) {
      continue;
    }
    await walk.gestures.fill(
      group.getByLabel(shownText(partLabel(walk, part), walk.locale)),
      String(text),
    );
    walk.answered.add(joinPath(path, part));
  }
}

/**
 * An address block: the 郵便番号 first (it may fill 都道府県 / 市区町村 / 町域 on its own), then
 * every other part checked and typed over where the autofill wrote something else.
 */
async function fillAddress(
  walk: Walk,
  group: Locator,
  path: string,
  value: Answers,
): Promise<void> {
  await fillParts(walk, group, path, value, ['postalCode']);
  const prefecture = group.getByLabel(shownText(partLabel(walk, 'prefecture'), walk.locale));
  if (typeof value['prefecture'] === 'string') {
    // Give the autofill a moment to land so that it does not overwrite what is typed next.
    await walk.page.waitForLoadState('networkidle');
    if ((await prefecture.inputValue()) !== value['prefecture']) {
      await walk.gestures.select(prefecture, value['prefecture'], value['prefecture']);
    }
    walk.answered.add(joinPath(path, 'prefecture'));
  }
  for (const part of ['city', 'town', 'block', 'building'] as const) {
    const text = value[part];
    if (isEmptyAnswer(text)) {
      continue;
    }
    const input = group.getByLabel(shownText(partLabel(walk, part), walk.locale));
    if ((await input.inputValue()) !== String(text)) {
      await walk.gestures.fill(input, String(text));
    }
    walk.answered.add(joinPath(path, part));
  }
}

async function fillBankAccount(
  walk: Walk,
  group: Locator,
  path: string,
  value: Answers,
): Promise<void> {
  const kind = group.getByRole('group', { name: labelled(partLabel(walk, 'kind'), walk) });
  const kindLabel =
    value['kind'] === 'bank' ? walk.words.bankTransfer : walk.words.publicFundAccount;
  await walk.gestures.choose(
    kind,
    kind.getByRole('radio', { name: shownText(kindLabel, walk.locale) }),
  );
  walk.answered.add(joinPath(path, 'kind'));
  if (value['kind'] !== 'bank') {
    return;
  }
  await fillParts(walk, group, path, value, ['bankCode', 'branchCode']);
  const accountType = group.getByRole('group', {
    name: labelled(partLabel(walk, 'accountType'), walk),
  });
  const typeLabel =
    value['accountType'] === 'current' ? walk.words.currentAccount : walk.words.ordinaryAccount;
  await walk.gestures.choose(
    accountType,
    accountType.getByRole('radio', { name: shownText(typeLabel, walk.locale) }),
  );
  walk.answered.add(joinPath(path, 'accountType'));
  await fillParts(walk, group, path, value, ['accountNumber', 'holderKana']);
}

/** Chooses the files of an attachment field through its file input and waits until each is uploaded. */
async function attachFiles(
  walk: Walk,
  scope: Scope,
  field: FieldDefinition,
  path: string,
  count: number,
): Promise<void> {
  if (field.type === 'group') {
    return;
  }
  const slot = walk.form.definition.attachments.find((candidate) => candidate.id === field.slot);
  if (!slot) {
    throw new Error(`${path}: no attachment slot ${String(field.slot)}`);
  }
  const files = makeSampleFiles(slot.id, slot.accept, count);
  const input = await findIn(walk, scope, 'label', t(walk, field.label));
  // A slot taking one file at a time is given its files one by one, as a person would.
  const batches = slot.maxFiles > 1 ? [files] : files.map((file) => [file]);
  for (const batch of batches) {
    await walk.gestures.upload(input, batch);
    for (const file of batch) {
      await waitUntilUploaded(walk, scope.locator, input, file);
    }
  }
}

/**
 * Waits as a person watches the field: the file's progress bar goes, the file is listed with its
 * remove button, and the field shows no refusal.
 */
async function waitUntilUploaded(
  walk: Walk,
  field: Locator,
  input: Locator,
  file: SampleFile,
): Promise<void> {
  const name = escapeRegExp(file.name);
  const progress = field.getByRole('progressbar', { name: new RegExp(name) });
  const removeButton = field.getByRole('button', {
    name: shownText(walk.words.removeAttachment(file.name), walk.locale),
  });
  const refusal = field.getByText(new RegExp(`${name}\\s*[：:]`));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if ((await refusal.count()) > 0) {
      throw new Error(
        `the upload of ${file.name} was refused: ${(await refusal.allInnerTexts()).join(' / ')}`,
      );
    }
    if ((await progress.count()) === 0 && (await removeButton.count()) > 0) {
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(`${file.name} is not uploaded after 30 s`);
    }
    await walk.page.waitForTimeout(100);
  }
  if ((await input.getAttribute('aria-invalid')) === 'true') {
    throw new Error(`the field of ${file.name} shows an error after the upload`);
  }
}

async function fillField(walk: Walk, scope: Scope, field: FieldDefinition): Promise<void> {
  const path = joinPath(scope.path, field.id);
  if (!walk.form.compiled.isVisible(path, walk.form.answers) || field.value !== undefined) {
    return;
  }
  const value = scope.values[field.id];
  if (isEmptyAnswer(value)) {
    return;
  }
  const label = t(walk, field.label);
  const group = () => findIn(walk, scope, 'group', label);
  const control = () => findIn(walk, scope, 'label', label);
  switch (field.type) {
    case 'group': {
      if (!field.repeat) {
        await fillFields(walk, {
          locator: await group(),
          fields: field.fields,
          path,
          values: asRecord(value),
        });
        return;
      }
      const items = Array.isArray(value) ? value : [];
      const itemLabel = t(walk, field.repeat.itemLabel);
      const container = await group();
      for (const [index, item] of items.entries()) {
        const legend = walk.words.itemLegend(itemLabel, index + 1);
        const itemGroup = container.getByRole('group', { name: shownText(legend, walk.locale) });
        if ((await itemGroup.count()) === 0) {
          await walk.gestures.press(
            container.getByRole('button', {
              name: shownText(walk.words.addItem(itemLabel), walk.locale),
            }),
          );
          await itemGroup.waitFor();
        }
        await fillFields(walk, {
          locator: itemGroup,
          fields: field.fields,
          path: joinPath(path, index),
          values: asRecord(item),
        });
      }
      return;
    }
    case 'text':
    case 'longText':
    case 'email':
    case 'phone':
    case 'myNumber':
    case 'careInsuredNumber':
    case 'number':
    case 'yen':
    case 'date':
      await walk.gestures.fill(await control(), String(value));
      break;
    case 'select':
    case 'relationship':
      await walk.gestures.select(await control(), String(value), optionLabel(walk, field, value));
      break;
    case 'radio': {
      const radios = await group();
      await walk.gestures.choose(
        radios,
        radios.getByRole('radio', {
          name: shownText(optionLabel(walk, field, value), walk.locale),
        }),
      );
      break;
    }
    case 'yesNo': {
      const radios = await group();
      const answer = value === true ? walk.words.yes : walk.words.no;
      await walk.gestures.choose(
        radios,
        radios.getByRole('radio', { name: shownText(answer, walk.locale) }),
      );
      break;
    }
    case 'checkboxes': {
      const boxes = await group();
      for (const option of Array.isArray(value) ? value : []) {
        await walk.gestures.tick(
          boxes.getByRole('checkbox', {
            name: shownText(optionLabel(walk, field, option), walk.locale),
          }),
        );
      }
      break;
    }
    case 'consent':
      if (value === true) {
        await walk.gestures.tick(
          scope.locator.getByRole('checkbox', { name: labelled(label, walk) }),
        );
      }
      break;
    case 'personName':
      await fillParts(walk, await group(), path, asRecord(value), [
        'family',
        'given',
        'familyKana',
        'givenKana',
      ]);
      break;
    case 'postalAddress':
      await fillAddress(walk, await group(), path, asRecord(value));
      break;
    case 'dateRange':
      await fillParts(walk, await group(), path, asRecord(value), ['from', 'to']);
      break;
    case 'bankAccount':
      await fillBankAccount(walk, await group(), path, asRecord(value));
      break;
    case 'attachment':
      await attachFiles(walk, scope, field, path, Array.isArray(value) ? value.length : 0);
      break;
  }
  walk.answered.add(path);
}

async function fillFields(walk: Walk, scope: Scope): Promise<void> {
  for (const field of scope.fields) {
    await fillField(walk, scope, field);
  }
}

/** The heading of the step (or of the confirmation) the form shows now. */
async function readShownStep(walk: Walk, previous: string | undefined): Promise<string> {
  const titles = [
    ...walk.form.definition.steps.map((step) => t(walk, step.title)),
    walk.words.confirmationTitle,
  ];
  const problems = walk.page.getByRole('alert');
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const title of titles) {
      const heading = walk.page.getByRole('heading', {
        level: 2,
        name: shownText(title, walk.locale),
      });
      if (title !== previous && (await heading.count()) > 0) {
        return title;
      }
    }
    if (
      previous !== undefined &&
      (await problems.count()) > 0 &&
      (await problems.first().isVisible())
    ) {
      const texts = await problems.allInnerTexts();
      throw new Error(`the step "${previous}" was refused: ${texts.join(' / ')}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`no next step after "${previous ?? '(start)'}" within 20 s`);
    }
    await walk.page.waitForTimeout(100);
  }
}

export type FillFormOptions = {
  locale?: Locale;
  input?: InputMode;
  /** When given, every step (and the confirmation page) is axe-checked under `<label>: <step>`. */
  a11y?: { log: AccessibilityLog; label: string };
  /** Called on every page shown (each step, the confirmation, the receipt) with its label. */
  onPage?: (page: Page, label: string) => Promise<void>;
};

/** The checks of every page: axe, and the journey's own. */
async function checkPage(page: Page, options: FillFormOptions, name: string): Promise<void> {
  await options.a11y?.log.check(page, `${options.a11y.label}: ${name}`);
  await options.onPage?.(page, name);
}

/**
 * Fills an open application form from its sample answers as a person does: step by step, each
 * field found by its visible label (fieldsets by their legend), repeating items added with their
 * "追加" button, files chosen through the file input and waited for; presses 次へ /
 * 確認画面へ進む and stops on the confirmation page, after checking that it shows the answers.
 */
export async function fillForm(
  page: Page,
  form: ProcedureForm,
  options: FillFormOptions = {},
): Promise<void> {
  const locale = options.locale ?? 'ja';
  const words = UI_WORDS[locale];
  const walk: Walk = {
    page,
    form,
    locale,
    words,
    gestures: options.input === 'keyboard' ? keyboardGestures(page) : POINTER,
    answered: new Set(),
  };
  const stepForm = page.getByRole('main').getByRole('form');
  let shown = await readShownStep(walk, undefined);
  const visited = new Set<string>();
  while (shown !== words.confirmationTitle) {
    const step = form.definition.steps.find((candidate) => t(walk, candidate.title) === shown);
    if (!step || visited.has(step.id)) {
      throw new Error(`the form came back to the step "${shown}"`);
    }
    visited.add(step.id);
    await fillFields(walk, {
      locator: stepForm,
      fields: step.fields,
      path: '',
      values: form.answers,
    });
    await checkPage(page, options, step.id);
    const forward = stepForm
      .getByRole('button', { name: shownText(words.next, locale) })
      .or(stepForm.getByRole('button', { name: shownText(words.toConfirmation, locale) }));
    await walk.gestures.press(forward);
    shown = await readShownStep(walk, shown);
  }
  const missed = answeredLeaves(walk).filter((path) => !walk.answered.has(path));
  if (missed.length > 0) {
    throw new Error(`the form never asked for ${missed.join(', ')}`);
  }
  await expectAnswersShown(walk);
  await checkPage(page, options, 'confirmation');
}

/** Every visible, answered field of the sample (compound answers as one path). */
function answeredLeaves(walk: Walk): string[] {
  const paths: string[] = [];
  const visit = (fields: readonly FieldDefinition[], base: string, values: Answers) => {
    for (const field of fields) {
      const path = joinPath(base, field.id);
      const value = values[field.id];
      if (
        !walk.form.compiled.isVisible(path, walk.form.answers) ||
        field.value !== undefined ||
        isEmptyAnswer(value)
      ) {
        continue;
      }
      if (field.type === 'group') {
        if (field.repeat) {
          (Array.isArray(value) ? value : []).forEach((item, index) =>
            visit(field.fields, joinPath(path, index), asRecord(item)),
          );
        } else {
          visit(field.fields, path, asRecord(value));
        }
      } else if (field.type !== 'consent' || value === true) {
        paths.push(path);
      }
    }
  };
  for (const step of walk.form.definition.steps) {
    visit(step.fields, '', walk.form.answers);
  }
  return paths;
}

/** Answers the confirmation page shows as they were typed (others are formatted: dates, phones). */
const SHOWN_AS_TYPED = new Set(['text', 'longText', 'email', 'careInsuredNumber']);

/** The confirmation page repeats the typed answers: every plain text answer is found there. */
async function expectAnswersShown(walk: Walk): Promise<void> {
  const collapse = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // The text a reader sees, without the furigana of やさしい日本語 (read from a copy of the page).
  const shown = collapse(
    await walk.page.getByRole('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt, rp').forEach((reading) => reading.remove());
      return copy.textContent ?? '';
    }),
  );
  const texts: string[] = [];
  const visit = (fields: readonly FieldDefinition[], base: string, values: Answers) => {
    for (const field of fields) {
      const path = joinPath(base, field.id);
      const value = values[field.id];
      if (!walk.form.compiled.isVisible(path, walk.form.answers)) {
        continue;
      }
      if (field.type === 'group') {
        if (field.repeat) {
          (Array.isArray(value) ? value : []).forEach((item, index) =>
            visit(field.fields, joinPath(path, index), asRecord(item)),
          );
        } else {
          visit(field.fields, path, asRecord(value));
        }
      } else if (field.sensitive) {
        continue;
      } else if (SHOWN_AS_TYPED.has(field.type) && typeof value === 'string' && value !== '') {
        texts.push(value);
      } else if (field.type === 'personName') {
        const name = asRecord(value);
        texts.push(...[name['family'], name['given']].filter((part) => typeof part === 'string'));
      }
    }
  };
  for (const step of walk.form.definition.steps) {
    visit(step.fields, '', walk.form.answers);
  }
  const missing = texts.filter((text) => !shown.includes(collapse(text)));
  if (texts.length === 0 || missing.length > 0) {
    throw new Error(
      `the confirmation page does not show ${missing.length > 0 ? missing.join(' / ') : 'any typed text'}`,
    );
  }
}

const RECEIPT_NUMBER = /[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}/;

/** From the confirmation page: presses 送信する and reads the 受付番号 on the receipt page. */
export async function submitForm(
  page: Page,
  options: Pick<FillFormOptions, 'locale' | 'input' | 'a11y' | 'onPage'> = {},
): Promise<string> {
  const words = UI_WORDS[options.locale ?? 'ja'];
  const gestures = options.input === 'keyboard' ? keyboardGestures(page) : POINTER;
  await gestures.press(page.getByRole('button', { name: shownText(words.submit, options.locale) }));
  await page
    .getByRole('heading', { level: 1, name: shownText(words.receiptTitle, options.locale) })
    .waitFor({ timeout: 30_000 });
  const receiptNumber = RECEIPT_NUMBER.exec((await page.getByRole('main').innerText()) ?? '')?.[0];
  if (receiptNumber === undefined) {
    throw new Error('the receipt page shows no 受付番号');
  }
  await checkPage(page, options, 'receipt');
  return receiptNumber;
}

/** On the receipt page: follows the link to the PDF 控え and returns the downloaded file. */
export async function downloadReceiptPdf(
  page: Page,
  options: Pick<FillFormOptions, 'locale' | 'input'> = {},
): Promise<Buffer> {
  const words = UI_WORDS[options.locale ?? 'ja'];
  const gestures = options.input === 'keyboard' ? keyboardGestures(page) : POINTER;
  // The page as a person sees it before pressing: every part loaded (the answers below the link
  // come in after it), then the link itself.
  await waitUntilLoaded(page);
  const link = page.getByRole('link', { name: shownText(words.receiptPdfLink, options.locale) });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    gestures.press(link),
  ]);
  const path = await download.path();
  const pdf = readFileSync(path);
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(
      `the 控え is not a PDF (starts with ${JSON.stringify(pdf.subarray(0, 16).toString('latin1'))})`,
    );
  }
  return pdf;
}

/** Presses a button or follows a link: a click, or Tab to it and Enter. */
export async function press(
  page: Page,
  control: Locator,
  input: InputMode = 'pointer',
): Promise<void> {
  await (input === 'keyboard' ? keyboardGestures(page) : POINTER).press(control);
}

/** Types a text into a box: fill, or Tab to it and type. */
export async function typeInto(
  page: Page,
  control: Locator,
  text: string,
  input: InputMode = 'pointer',
): Promise<void> {
  await (input === 'keyboard' ? keyboardGestures(page) : POINTER).fill(control, text);
}
