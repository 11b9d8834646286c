import type { FormStep } from '@madoguchi/forms-schema';
import type { ProcedureDropOff } from '@madoguchi/procedures-contracts';

import type { DraftStepCountRow } from './dashboard.repository.js';

/**
 * One procedure's drop-off from its count rows and the steps of its current form: every step of
 * the form in its order (zeros included), a draft with no step recorded counted at the first
 * step, and steps only older versions have (drafts started before a new version) after them,
 * titled by their id.
 */
export function toProcedureDropOff(
  procedureId: string,
  rows: readonly DraftStepCountRow[],
  formSteps: readonly Pick<FormStep, 'id' | 'title'>[],
): ProcedureDropOff {
  const steps = formSteps.map((step) => ({ stepId: step.id, title: step.title.ja, drafts: 0 }));
  let submitted = 0;
  for (const row of rows) {
    submitted = row.submitted;
    if (row.drafts === 0) {
      continue;
    }
    const stepId = row.stepId ?? formSteps[0]?.id ?? '';
    let step = steps.find((item) => item.stepId === stepId);
    if (!step) {
      step = { stepId, title: stepId, drafts: 0 };
      steps.push(step);
    }
    step.drafts += row.drafts;
  }
  return { procedureId, steps, submitted };
}
