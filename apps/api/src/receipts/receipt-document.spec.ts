import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import type {
  ApplicationEntity,
  AttachmentEntity,
  MunicipalityEntity,
} from '@madoguchi/server-database';

import { buildReceiptDocument, formatReceivedAt } from './receipt-document.js';

const FORM = compileForm(
  parseFormDefinition(
    buildFormDefinitionInput({
      title: text('Pregnancy notification', '妊娠の届出'),
      standardProcessingDays: 5,
      steps: [
        {
          id: 'main',
          title: text('Main', '届出'),
          fields: [
            { id: 'myNumber', type: 'myNumber', label: text('My Number', '個人番号') },
            { id: 'proof', type: 'attachment', slot: 'proof', label: text('Proof', '証明書') },
            { id: 'note', type: 'text', label: text('Note', '備考') },
          ],
        },
      ],
      attachments: [
        {
          id: 'proof',
          label: text('Proof', '妊娠を確認できる書類'),
          guidance: text('Any'),
          maxFiles: 2,
        },
      ],
    }),
  ),
);

const MUNICIPALITY = {
  code: '131016',
  name: { ja: '千代田区', en: 'Chiyoda City' },
  prefecture: { ja: '東京都', en: 'Tokyo' },
  contact: null,
} as MunicipalityEntity;

function attachment(id: string, fileName: string): AttachmentEntity {
  return { id, fileName, bytes: 72, sha256: id.repeat(64).slice(0, 64) } as AttachmentEntity;
}

function application(overrides: Partial<ApplicationEntity> = {}): ApplicationEntity {
  return {
    id: 'application-1',
    receiptNumber: 'K7QF-3XMA',
    municipalityCode: '131016',
    formVersion: 1,
    applicantName: '小田原 花子',
    submittedAt: new Date('2026-12-02T10:50:00Z'),
    dueDate: '2026-12-09',
    answers: { myNumber: '314159265352', proof: ['b', 'a'] },
    ...overrides,
  } as ApplicationEntity;
}

describe(buildReceiptDocument.name, () => {
  it('lists the files the answers hold in form order, masks the 個人番号 and leaves unanswered fields out', () => {
    // Arrange: an earlier file replaced in a correction is still on record but no longer in the answers
    const files = [
      attachment('a', '2枚目.png'),
      attachment('b', '1枚目.png'),
      attachment('c', '差し替え前.png'),
    ];

    // Act
    const receipt = buildReceiptDocument({
      application: application(),
      form: FORM,
      municipality: MUNICIPALITY,
      attachments: files,
      contact: {
        department: { ja: '子ども部 子ども支援課', en: 'Child Support Division' },
        phone: '03-3264-2111',
      },
    });

    // Assert
    expect(receipt.municipalityName).toBe('東京都千代田区');
    expect(receipt.receivedAt).toBe('2026年12月2日 19:50');
    expect(receipt.attachments.map((file) => file.fileName)).toEqual(['1枚目.png', '2枚目.png']);
    expect(receipt.attachments[0]).toEqual({
      slotLabel: '妊娠を確認できる書類',
      fileName: '1枚目.png',
      bytes: 72,
      sha256: 'b'.repeat(64),
    });
    expect(receipt.sections[0]?.nodes).toEqual([
      {
        kind: 'answer',
        path: 'myNumber',
        label: '個人番号',
        text: '＊＊＊＊ ＊＊＊＊ 5352（個人番号は一部のみ表示しています）',
      },
      { kind: 'answer', path: 'proof', label: '証明書', text: '1枚目.png\n2枚目.png' },
    ]);
    expect(receipt.nextSteps[0]).toBe('子ども部 子ども支援課が申請の内容を確認します。');
    expect(receipt.nextSteps[1]).toBe('標準処理期間は開庁日で5日です（2026年12月9日ごろまで）。');
    expect(receipt.contact).toEqual({
      department: '子ども部 子ども支援課',
      phone: '03-3264-2111',
      email: null,
      hours: null,
      address: null,
    });
  });

  it('names the municipality when no office contact is known', () => {
    const receipt = buildReceiptDocument({
      application: application({ dueDate: null }),
      form: FORM,
      municipality: MUNICIPALITY,
      attachments: [],
      contact: null,
    });

    expect(receipt.nextSteps[0]).toBe('千代田区の担当課が申請の内容を確認します。');
    expect(receipt.nextSteps[1]).toBe('標準処理期間は開庁日で5日です。');
    expect(receipt.contact).toBeNull();
  });
});

describe(formatReceivedAt.name, () => {
  it('gives the receipt time in Japan time, whatever the server’s zone', () => {
    expect(formatReceivedAt(new Date('2026-12-02T20:05:00Z'))).toBe('2026年12月3日 05:05');
  });
});
