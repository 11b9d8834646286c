// Validation throughput of the form engine (libs/forms/schema). Prints figures; not a test.
// Run from the repository root with Node 24: `node benchmarks/forms/run.ts` (or `npx nx run forms-schema:bench`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../libs/forms/schema/scripts/register-ts-source.ts';

const lib = await import('../../libs/forms/schema/src/index.ts');
const testing = await import('../../libs/forms/schema/src/testing.ts');
type FormDefinition = ReturnType<typeof lib.parseFormDefinition>;
type FieldDefinition = FormDefinition['steps'][number]['fields'][number];

const SEEDS = join(import.meta.dirname, '../../seeds/forms');
const MIN_SECONDS = Number(process.argv[2] ?? 2);

function countFields(fields: readonly FieldDefinition[]): number {
  return fields.reduce(
    (sum, field) => sum + 1 + (field.type === 'group' ? countFields(field.fields) : 0),
    0,
  );
}

function countConditions(fields: readonly FieldDefinition[]): number {
  return fields.reduce(
    (sum, field) =>
      sum +
      (field.visibleWhen === undefined ? 0 : 1) +
      (field.requiredWhen === undefined ? 0 : 1) +
      (field.value === undefined ? 0 : 1) +
      (field.type === 'group' ? countConditions(field.fields) : 0),
    0,
  );
}

type Measured = { opsPerSecond: number; msPerOp: number; p99: number };

function measure(run: () => void): Measured {
  for (let index = 0; index < 2000; index += 1) {
    run(); // warm-up: let the JIT optimise the compiled closures
  }
  const samples: number[] = [];
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < MIN_SECONDS * 1000) {
    const batchStart = performance.now();
    for (let index = 0; index < 100; index += 1) {
      run();
    }
    samples.push((performance.now() - batchStart) / 100);
    count += 100;
  }
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    opsPerSecond: (count / elapsed) * 1000,
    msPerOp: elapsed / count,
    p99: samples[Math.floor(samples.length * 0.99)] ?? Number.NaN,
  };
}

function report(name: string, detail: string, figures: Measured): void {
  console.log(
    `${name.padEnd(44)} ${figures.opsPerSecond.toFixed(0).padStart(8)} validations/s  ${figures.msPerOp.toFixed(4)} ms/validation  (p99 of 100-batches ${figures.p99.toFixed(4)} ms)  ${detail}`,
  );
}

// 1. The largest seed form (by number of fields), with its valid samples.
function largestSeedForm(): { definition: FormDefinition; samples: unknown[] } | undefined {
  if (!existsSync(SEEDS)) {
    return undefined;
  }
  let best: { definition: FormDefinition; samples: unknown[]; size: number } | undefined;
  for (const folder of readdirSync(SEEDS)) {
    const versions = readdirSync(join(SEEDS, folder))
      .filter((name) => /^v\d+\.json$/.test(name))
      .sort();
    const latest = versions.at(-1);
    if (latest === undefined) {
      continue;
    }
    const definition = lib.parseFormDefinition(
      JSON.parse(readFileSync(join(SEEDS, folder, latest), 'utf8')),
    );
    const size = definition.steps.reduce((sum, step) => sum + countFields(step.fields), 0);
    if (!best || size > best.size) {
      const samplesDir = join(SEEDS, folder, 'samples');
      const samples = existsSync(samplesDir)
        ? readdirSync(samplesDir).map(
            (name) => JSON.parse(readFileSync(join(samplesDir, name), 'utf8')) as unknown,
          )
        : [];
      best = { definition, samples, size };
    }
  }
  return best;
}

// 2. A generated form: 200 fields, 50 conditions, a repeating group answered with 10 items.
function generatedForm(): { definition: FormDefinition; answers: Record<string, unknown> } {
  const { buildField, text, makeMyNumber } = testing;
  const fields: FieldDefinition[] = [];
  const answers: Record<string, unknown> = {};
  const kinds = ['text', 'number', 'date', 'phone', 'radio', 'yesNo', 'email', 'yen'] as const;
  const rawValue: Record<(typeof kinds)[number], unknown> = {
    text: '  山田 花子 ',
    number: '１２３',
    date: '令和6年4月1日',
    phone: '090-1234-5678',
    radio: 'b',
    yesNo: true,
    email: 'hanako@example.jp',
    yen: '12,000円',
  };
  let conditions = 0;
  for (let index = 0; index < 185; index += 1) {
    const type = kinds[index % kinds.length] ?? 'text';
    const id = `field${index}`;
    const hasCondition = index >= 8 && conditions < 50 && index % 3 === 0;
    // The nearest earlier yesNo field (every 8th field from field5 is a yesNo).
    const trigger = `field${index - 1 - ((((index - 1 - 5) % 8) + 8) % 8)}`;
    fields.push(
      buildField({
        id,
        type,
        required: index % 2 === 0,
        ...(type === 'radio' ? { options: 'abc' } : {}),
        ...(hasCondition ? { visibleWhen: { '==': [{ var: trigger }, true] } } : {}),
      }),
    );
    if (hasCondition) {
      conditions += 1;
    }
    answers[id] = rawValue[type];
  }
  fields.push(
    buildField({ id: 'name', type: 'personName', required: true }),
    buildField({ id: 'address', type: 'postalAddress', required: true }),
    buildField({ id: 'account', type: 'bankAccount', required: true }),
    buildField({ id: 'myNumber', type: 'myNumber', required: true }),
  );
  answers.name = { family: '山田', given: '花子', familyKana: 'やまだ', givenKana: 'ﾊﾅｺ' };
  answers.address = {
    postalCode: '〒100-0001',
    prefecture: '東京都',
    city: '千代田区',
    town: '千代田',
    block: '1-1',
  };
  answers.account = {
    kind: 'bank',
    bankCode: '0001',
    branchCode: '001',
    accountType: 'ordinary',
    accountNumber: '12345',
    holderKana: 'ヤマダ ハナコ',
  };
  answers.myNumber = makeMyNumber('12345678901');
  const itemFields = [
    buildField({ id: 'name', type: 'personName', required: true }),
    buildField({ id: 'birthDate', type: 'date', required: true }),
    buildField({ id: 'relationship', type: 'relationship', required: true }),
    buildField({ id: 'myNumber', type: 'myNumber' }),
    buildField({ id: 'livesTogether', type: 'yesNo', required: true }),
    buildField({
      id: 'apartAddress',
      type: 'postalAddress',
      required: true,
      visibleWhen: { '==': [{ var: '$item.livesTogether' }, false] },
    }),
    buildField({ id: 'school', type: 'text', visibleWhen: { '>': [{ var: '$index' }, 0] } }),
    buildField({ id: 'income', type: 'yen' }),
    buildField({ id: 'note', type: 'longText', maxLength: 400 }),
    buildField({ id: 'position', type: 'number', value: { '+': [{ var: '$index' }, 1] } }),
  ];
  fields.push(
    buildField({
      id: 'children',
      type: 'group',
      required: true,
      repeat: { min: 1, max: 10, itemLabel: text('Child') },
      fields: itemFields,
    }),
  );
  answers.children = Array.from({ length: 10 }, (_unused, index) => ({
    name: { family: '山田', given: `子${index}`, familyKana: 'ヤマダ', givenKana: 'コ' },
    birthDate: `2015-0${(index % 9) + 1}-15`,
    relationship: 'child',
    myNumber: makeMyNumber(`1234567890${index}`),
    livesTogether: index % 2 === 0,
    ...(index % 2 === 0
      ? {}
      : {
          apartAddress: {
            postalCode: '2500011',
            prefecture: '神奈川県',
            city: '小田原市',
            town: '栄町',
            block: '2-3',
          },
        }),
    school: 'さくら小学校',
    income: '0',
  }));
  const definition = lib.parseFormDefinition(
    testing.buildFormDefinitionInput({
      optionLists: {
        abc: [
          { value: 'a', label: text('A') },
          { value: 'b', label: text('B') },
          { value: 'c', label: text('C') },
        ],
      },
      steps: [
        { id: 'first', title: text('First'), fields: fields.slice(0, 100) },
        { id: 'second', title: text('Second'), fields: fields.slice(100) },
      ],
    }),
  );
  return { definition, answers };
}

console.log(`Node ${process.version}, ${MIN_SECONDS}s per case\n`);

const seed = largestSeedForm();
if (seed) {
  const started = performance.now();
  const form = lib.compileForm(seed.definition);
  const compileMs = performance.now() - started;
  const fieldCount = seed.definition.steps.reduce((sum, step) => sum + countFields(step.fields), 0);
  const conditionCount = seed.definition.steps.reduce(
    (sum, step) => sum + countConditions(step.fields),
    0,
  );
  for (const [index, sample] of seed.samples.entries()) {
    const result = form.validate(sample);
    if (!result.ok) {
      console.log(
        `  sample ${index} of ${seed.definition.id} is not valid: ${JSON.stringify(result.issues.slice(0, 3))}`,
      );
    }
  }
  const sample = seed.samples[0] ?? {};
  report(
    `seed ${seed.definition.id} v${seed.definition.version}`,
    `[${fieldCount} fields, ${conditionCount} conditions, compile ${compileMs.toFixed(2)} ms]`,
    measure(() => form.validate(sample)),
  );
  report(
    `seed ${seed.definition.id} (empty draft, step 1)`,
    '[autosave path]',
    measure(() => form.validate({}, { stepId: seed.definition.steps[0]?.id })),
  );
} else {
  console.log('no seed forms found under seeds/forms');
}

const generated = generatedForm();
const compileStarted = performance.now();
const generatedCompiled = lib.compileForm(generated.definition);
const compileMs = performance.now() - compileStarted;
const check = generatedCompiled.validate(generated.answers);
if (!check.ok) {
  console.log(`generated answers are not valid: ${JSON.stringify(check.issues.slice(0, 3))}`);
}
const fieldCount = generated.definition.steps.reduce(
  (sum, step) => sum + countFields(step.fields),
  0,
);
const conditionCount = generated.definition.steps.reduce(
  (sum, step) => sum + countConditions(step.fields),
  0,
);
report(
  'generated (valid answers)',
  `[${fieldCount} fields, ${conditionCount} conditions, repeat x10, compile ${compileMs.toFixed(2)} ms]`,
  measure(() => generatedCompiled.validate(generated.answers)),
);
const broken = { ...generated.answers, myNumber: '123456789012', field3: '12', children: [{}] };
report(
  'generated (invalid answers, messages built)',
  '',
  measure(() => generatedCompiled.validate(broken)),
);
