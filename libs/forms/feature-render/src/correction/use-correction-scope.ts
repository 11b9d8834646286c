import type { CompiledForm } from '@madoguchi/forms-schema';
import { useMemo } from 'react';
import type { FormAnswers } from '../engine-resolver.js';
import type { CorrectionScope } from '../renderer-context.js';
import { hasOpenPathBeneath, isPathOpen, noteForPath } from './correction-paths.js';

function readPath(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const segment of path.split('.')) {
    current =
      typeof current === 'object' && current !== null
        ? (current as Record<string, unknown>)[segment]
        : undefined;
  }
  return current;
}

function writePath(answers: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  let current: Record<string, unknown> = answers;
  for (const segment of segments) {
    const next = current[segment];
    if (typeof next !== 'object' || next === null) {
      return;
    }
    current = next as Record<string, unknown>;
  }
  current[last] = value;
}

/**
 * The answers to show: these, with the sensitive answers as sent (masked) where these have none,
 * since the browser never gets a 個人番号 back to put in the form.
 */
export function withSentSensitiveAnswers(
  compiled: CompiledForm,
  answers: FormAnswers,
  sent: FormAnswers,
): FormAnswers {
  const copy = JSON.parse(JSON.stringify(answers)) as FormAnswers;
  for (const path of compiled.sensitivePaths(sent)) {
    if (readPath(copy, path) === undefined || readPath(copy, path) === '') {
      writePath(copy, path, readPath(sent, path));
    }
  }
  return copy;
}

/** The correction scope of the renderer's context, or undefined outside a correction. */
export function useCorrectionScope(
  compiled: CompiledForm,
  answers: FormAnswers,
  sentAnswers: FormAnswers | undefined,
  editablePaths: readonly string[] | undefined,
  fieldNotes: Readonly<Record<string, string>> | undefined,
): CorrectionScope | undefined {
  return useMemo(() => {
    if (!editablePaths) {
      return undefined;
    }
    const notes = fieldNotes ?? {};
    return {
      isOpen: (path) => isPathOpen(path, editablePaths),
      hasOpenBeneath: (path) => hasOpenPathBeneath(path, editablePaths),
      noteFor: (path) => noteForPath(path, notes),
      displayAnswers: withSentSensitiveAnswers(compiled, answers, sentAnswers ?? {}),
    };
  }, [compiled, answers, sentAnswers, editablePaths, fieldNotes]);
}
