import { maskSensitiveAnswers } from './mask-sensitive-answers.js';

describe(maskSensitiveAnswers.name, () => {
  it('masks a nested value inside a repeating group and leaves the rest', () => {
    const answers = { name: '山田', children: [{ myNumber: '123456789018' }, { myNumber: '987654321098' }] };

    const masked = maskSensitiveAnswers(answers, ['children.1.myNumber']);

    expect(masked).toEqual({ name: '山田', children: [{ myNumber: '123456789018' }, { myNumber: '********1098' }] });
    expect(answers.children[1]?.myNumber).toBe('987654321098');
  });

  it('ignores a path that is not present', () => {
    expect(maskSensitiveAnswers({ a: 1 }, ['b.c'])).toEqual({ a: 1 });
  });
});
