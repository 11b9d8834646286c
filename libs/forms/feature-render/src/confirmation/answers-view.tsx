import type { FormDefinition } from '@madoguchi/forms-schema';
import { buildAnswerSections } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { useMemo } from 'react';
import { RENDER_MESSAGES } from '../render-messages.js';
import type { HeadingLevel } from './answer-summary.js';
import { AnswerNodes } from './answer-summary.js';

export type AnswersViewProps = {
  /** The definition of the exact form version the answers were given to. */
  definition: FormDefinition;
  answers: Record<string, unknown>;
  locale: Locale;
  /** Level of the step headings (default h2); groups go one level deeper. */
  headingLevel?: 2 | 3 | 4;
  /** File names of the attachment ids in the answers, where known (else the id is shown). */
  attachmentNames?: ReadonlyMap<string, string>;
};

/**
 * Stored answers, read-only, with the labels of their form version: one section per step,
 * option values as their labels, 個人番号 and other sensitive values masked. For staff review
 * and for the resident's copy; the same rows as the PDF 控え.
 */
export function AnswersView({
  definition,
  answers,
  locale,
  headingLevel = 2,
  attachmentNames,
}: AnswersViewProps) {
  const sections = useMemo(
    () =>
      buildAnswerSections(definition, answers, {
        locale,
        texts: RENDER_MESSAGES[locale],
        attachmentName: (id) => attachmentNames?.get(id),
      }),
    [definition, answers, locale, attachmentNames],
  );
  const StepHeading = `h${headingLevel}` as const;
  return (
    <>
      {sections.map((section) => (
        <section
          key={section.stepId}
          className="mdg-confirmation-step"
          aria-labelledby={`answers-${section.stepId}`}
        >
          <StepHeading id={`answers-${section.stepId}`}>{section.title}</StepHeading>
          <AnswerNodes nodes={section.nodes} level={(headingLevel + 1) as HeadingLevel} />
        </section>
      ))}
    </>
  );
}
