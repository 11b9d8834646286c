import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

import { CsvRowCounter } from './csv-row-counter.js';

async function countRows(chunks: (string | Buffer)[]): Promise<{ rows: number; passed: string }> {
  const counter = new CsvRowCounter();
  const passed = await text(Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(counter));
  return { rows: counter.rows, passed };
}

describe(CsvRowCounter.name, () => {
  it('counts the records after the header line and passes the bytes through unchanged', async () => {
    // Arrange
    const csv = '受付番号,申請者\r\nA-1,山田\r\nA-2,佐藤\r\n';

    // Act
    const { rows, passed } = await countRows([csv]);

    // Assert
    expect(rows).toBe(2);
    expect(passed).toBe(csv);
  });

  it('does not count a line break inside a quoted cell, nor a doubled quote', async () => {
    // Act
    const { rows } = await countRows(['h\r\n"一行目\r\n二行目",x\r\n', '"say ""hi""",y\r\n']);

    // Assert
    expect(rows).toBe(2);
  });

  it('counts a record split across chunks once', async () => {
    // Act
    const { rows } = await countRows(['h\r\n"a', '\r\nb"', ',c\r', '\n', 'd\r\n']);

    // Assert
    expect(rows).toBe(2);
  });

  it('answers 0 for a file with only its header', async () => {
    // Act
    const { rows } = await countRows(['h1,h2\r\n']);

    // Assert
    expect(rows).toBe(0);
  });
});
