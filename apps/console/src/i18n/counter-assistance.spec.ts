import { describeCounterAssistance } from './counter-assistance.js';

describe(describeCounterAssistance.name, () => {
  it('names who filled it, the identity check and where and when the resident confirmed', () => {
    const line = describeCounterAssistance({
      filledBy: {
        staffId: 'staff-chiyoda-sato',
        displayName: '佐藤 美咲（千代田区 子育て支援課 担当者）',
      },
      identityCheck: { method: 'my_number_card', note: '' },
      confirmedVia: 'qr',
      confirmedAt: '2026-12-07T06:00:00.000Z',
      isLinkedToAccount: false,
    });

    expect(line).toBe(
      '窓口で職員が入力（佐藤 美咲）・本人確認：マイナンバーカード・申請者が確認（QR、2026/12/07 15:00）',
    );
  });

  it('adds the staff member’s note to その他の書類 and names the counter screen', () => {
    const line = describeCounterAssistance({
      filledBy: { staffId: 'staff-1', displayName: '田中 健' },
      identityCheck: { method: 'other', note: '健康保険証' },
      confirmedVia: 'counter_screen',
      confirmedAt: '2026-12-07T06:00:00.000Z',
      isLinkedToAccount: true,
    });

    expect(line).toContain('（田中 健）');
    expect(line).toContain('本人確認：その他の書類（健康保険証）');
    expect(line).toContain('申請者が確認（窓口の画面、');
  });
});

describe(`${describeCounterAssistance.name} in English`, () => {
  it('names the staff member, the document and the channel in English, with the numeric time', () => {
    const line = describeCounterAssistance(
      {
        filledBy: { staffId: 'staff-1', displayName: '田中 健' },
        identityCheck: { method: 'drivers_license', note: '' },
        confirmedVia: 'counter_screen',
        confirmedAt: '2026-12-07T06:00:00.000Z',
        isLinkedToAccount: true,
      },
      'en',
    );

    expect(line).toBe(
      'Filled in by staff at the counter (田中 健) · identity check: Driver’s licence · confirmed by the applicant (the counter screen, 2026/12/07 15:00)',
    );
  });
});
