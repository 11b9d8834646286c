import { canonicalJson } from './canonical-json.js';
import { canonicalSubmission } from './canonical-submission.js';

const DIGEST_A = 'a'.repeat(64);
const DIGEST_B = 'b'.repeat(64);

describe(canonicalSubmission.name, () => {
  it('serialises the documented structure with sorted members and no whitespace', async () => {
    const result = await canonicalSubmission({ name: '山田 花子', age: 30 }, [
      { slot: 'proof', sha256: DIGEST_A },
    ]);

    expect(result.text).toBe(
      `{"answers":{"age":30,"name":"山田 花子"},"attachments":[{"sha256":"${DIGEST_A}","slot":"proof"}],"format":"madoguchi.submission/1"}`,
    );
  });

  it('hashes the UTF-8 bytes of the canonical text with SHA-256', async () => {
    const result = await canonicalSubmission({ name: '山田 花子' }, []);

    // printf '%s' '<the text>' | sha256sum
    expect(result.sha256Hex).toBe(
      '365fee1752db84bb22de9e2eaeb86dd49a94595f3be25fbab497a7361a9af000',
    );
    expect(new TextDecoder().decode(result.bytes)).toBe(result.text);
  });

  it('gives the same bytes whatever the order of keys and of uploads', async () => {
    const first = await canonicalSubmission({ b: 1, a: { y: true, x: null } }, [
      { slot: 'z', sha256: DIGEST_B },
      { slot: 'a', sha256: DIGEST_B },
      { slot: 'a', sha256: DIGEST_A },
    ]);
    const second = await canonicalSubmission({ a: { x: null, y: true }, b: 1 }, [
      { slot: 'a', sha256: DIGEST_A },
      { slot: 'z', sha256: DIGEST_B },
      { slot: 'a', sha256: DIGEST_B },
    ]);

    expect(second.sha256Hex).toBe(first.sha256Hex);
  });

  it('changes the digest when one answer changes', async () => {
    const first = await canonicalSubmission({ amount: 10000 }, []);
    const second = await canonicalSubmission({ amount: 10001 }, []);

    expect(second.sha256Hex).not.toBe(first.sha256Hex);
  });

  it('rejects a digest that is not 64 lower-case hex digits', async () => {
    await expect(
      canonicalSubmission({}, [{ slot: 'proof', sha256: 'A'.repeat(64) }]),
    ).rejects.toThrow(TypeError);
  });
});

describe(canonicalJson.name, () => {
  it('formats numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1e21, 0.000001, -0, 100])).toBe('[1e+21,0.000001,0,100]');
  });

  it('refuses numbers RFC 8785 cannot represent', () => {
    expect(() => canonicalJson({ amount: Number.NaN })).toThrow();
  });
});
