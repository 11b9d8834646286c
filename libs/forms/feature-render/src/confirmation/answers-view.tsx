import type { FormDefinition } from '@madoguchi/forms-schema';
import { compileForm } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { useMemo } from 'react';
import { RENDER_MESSAGES } from '../render-messages.js';
import type { RendererContextValue } from '../renderer-context.js';
import { RendererContext, localize } from '../renderer-context.js';
import type { HeadingLevel } from './answer-summary.js';
import { AnswerSummary } from './answer-summary.js';

export type AnswersViewProps = {
  /** The definition of the exact form version the answers were given to. */
  definition: FormDefinition;
  answers: Record<string, unknown>;
  locale: Locale;
  /** Level of the step headings (default h2); groups go one level deeper. */
  headingLevel?: 2 | 3 | 4;
};

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * Stored answers, read-only, with the labels of their form version: one section per step,
 * option values as their labels, 個人番号 and other sensitive values masked. For staff review
 * and for the resident's copy.
 */
export function AnswersView({ definition, answers, locale, headingLevel = 2 }: AnswersViewProps) {
  const compiled = useMemo(() => compileForm(definition), [definition]);
  const context: RendererContextValue = {
    compiled,
    definition,
    locale,
    messages: RENDER_MESSAGES[locale],
    answers,
    isVisible: () => true,
    issueFor: () => undefined,
    isDisabled: true,
    uploadAttachment: undefined,
    removeAttachment: undefined,
    attachmentNames: NO_NAMES,
    rememberAttachmentName: () => undefined,
    onAttachmentsChanged: undefined,
  };
  const StepHeading = `h${headingLevel}` as const;
  return (
    <RendererContext value={context}>
      {definition.steps.map((step) => {
        const hasAnswers = step.fields.some((field) => answers[field.id] !== undefined);
        if (!hasAnswers && step.visibleWhen !== undefined) {
          return null;
        }
        return (
          <section
            key={step.id}
            className="mdg-confirmation-step"
            aria-labelledby={`answers-${step.id}`}
          >
            <StepHeading id={`answers-${step.id}`}>{localize(step.title, locale)}</StepHeading>
            <AnswerSummary
              fields={step.fields}
              values={answers}
              path=""
              level={(headingLevel + 1) as HeadingLevel}
            />
          </section>
        );
      })}
    </RendererContext>
  );
}
