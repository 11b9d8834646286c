import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';

import type { FieldIssue } from './api-exception.js';
import { ApiException } from './api-exception.js';

function describeIssue(issue: z.core.$ZodIssue): FieldIssue['message'] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        ja: `不明な項目があります: ${issue.keys.join(', ')}`,
        en: `Unknown fields: ${issue.keys.join(', ')}`,
      };
    case 'invalid_type':
      return {
        ja: `値の型が正しくありません（${issue.expected} が必要です）。`,
        en: `Wrong type: expected ${issue.expected}.`,
      };
    case 'too_small':
    case 'too_big':
      return {
        ja: '値の長さまたは大きさが範囲外です。',
        en: 'The value is out of the allowed range.',
      };
    case 'invalid_format':
      return { ja: '形式が正しくありません。', en: 'The format is not valid.' };
    case 'invalid_value':
      return { ja: '選べない値です。', en: 'This value is not one of the allowed values.' };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return { ja: '値が正しくありません。', en: 'The value is not valid.' };
  }
}

/**
 * A refinement may name its own code and messages:
 * `addIssue({ code: 'custom', message: ja, params: { code, message: { ja, en } } })`.
 */
function ownCodeAndMessage(issue: z.core.$ZodIssue): Pick<FieldIssue, 'code' | 'message'> | null {
  if (issue.code !== 'custom' || typeof issue.params !== 'object') {
    return null;
  }
  const { code, message } = issue.params as {
    code?: unknown;
    message?: { ja?: unknown; en?: unknown };
  };
  return typeof code === 'string' &&
    typeof message?.ja === 'string' &&
    typeof message.en === 'string'
    ? { code, message: { ja: message.ja, en: message.en } }
    : null;
}

export function zodIssuesToFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    const own = ownCodeAndMessage(issue);
    if (own) {
      return [{ path: base, ...own }];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: 'unknown_field',
        message: {
          ja: `「${key}」は受け付けない項目です。`,
          en: `"${key}" is not an accepted field.`,
        },
      }));
    }
    return [{ path: base, code: issue.code, message: describeIssue(issue) }];
  });
}

/** Validates a request body with the same zod schema the client uses (from the contracts libraries). */
@Injectable()
export class ZodBodyPipe<Schema extends z.ZodType> implements PipeTransform<
  unknown,
  z.infer<Schema>
> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.infer<Schema> {
    const result = this.schema.safeParse(value);
    if (result.success) {
      return result.data;
    }
    throw new ApiException(
      400,
      'invalid_request',
      { ja: '送信された内容に誤りがあります。', en: 'The request contains errors.' },
      zodIssuesToFieldIssues(result.error.issues),
    );
  }
}
