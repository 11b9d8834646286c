import { z } from 'zod';

import { ApiException } from './api-exception.js';
import { ZodBodyPipe } from './zod-body.pipe.js';

describe(ZodBodyPipe.name, () => {
  it('answers a refinement with the code and messages it names', () => {
    // Arrange
    const schema = z.object({ until: z.string() }).superRefine((value, context) => {
      context.addIssue({
        code: 'custom',
        path: ['until'],
        message: '月の末日にしてください。',
        params: {
          code: 'not_month_end',
          message: { ja: '月の末日にしてください。', en: 'Use the last day of a month.' },
        },
      });
    });

    // Act
    const thrown = captureError(() => new ZodBodyPipe(schema).transform({ until: '2026-04-10' }));

    // Assert
    expect(thrown).toBeInstanceOf(ApiException);
    expect((thrown as ApiException).toBody().error).toMatchObject({
      code: 'invalid_request',
      fields: [
        {
          path: 'until',
          code: 'not_month_end',
          message: { ja: '月の末日にしてください。', en: 'Use the last day of a month.' },
        },
      ],
    });
  });

  it('keeps the generic message of a refinement that names none', () => {
    const schema = z.string().refine(() => false);

    const thrown = captureError(() => new ZodBodyPipe(schema).transform('x'));

    expect((thrown as ApiException).toBody().error.fields).toEqual([
      {
        path: '',
        code: 'custom',
        message: { ja: '値が正しくありません。', en: 'The value is not valid.' },
      },
    ]);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
