import type { Locale } from '@madoguchi/shared-util-i18n';

export type NewerFormVersionTexts = {
  title: string;
  lead: string;
  added: string;
  removed: string;
  changed: string;
  noVisibleChange: string;
  move: string;
  moving: string;
  keep: string;
  keepLead: string;
  moveFailed: string;
};

/** The strings of the offer of a newer form version to a draft, in the three languages. */
export const NEWER_FORM_VERSION_TEXTS: Record<Locale, NewerFormVersionTexts> = {
  ja: {
    title: 'この申請書の新しい様式があります',
    lead: '一時保存した申請書は前の様式で書かれています。新しい様式では次の点が変わりました。',
    added: '追加された項目',
    removed: 'なくなった項目',
    changed: '内容が変わった項目',
    noVisibleChange: '入力する項目に大きな変更はありません。',
    move: '新しい様式に移る',
    moving: '移しています…',
    keep: '前の様式のまま続ける',
    keepLead:
      '新しい様式に移ると、これまでの回答はそのまま引き継がれます（なくなった項目の回答は消えます）。前の様式も受け付けている間は、そのまま送信できます。',
    moveFailed: '新しい様式に移れませんでした。時間をおいてもう一度お試しください。',
  },
  en: {
    title: 'There is a newer version of this form',
    lead: 'Your saved draft uses an older version of the form. The newer version changes the following.',
    added: 'Fields added',
    removed: 'Fields removed',
    changed: 'Fields changed',
    noVisibleChange: 'The fields you fill in have not changed much.',
    move: 'Move to the newer version',
    moving: 'Moving…',
    keep: 'Continue with the older version',
    keepLead:
      'If you move, your answers so far are carried over (answers to removed fields are dropped). While the older version is still accepted, you can also send it as it is.',
    moveFailed: 'Your draft could not be moved to the newer version. Please try again later.',
  },
  easyJa: {
    title: 'この申請の、新しい紙（様式）があります',
    lead: '保存した申請は、前の様式で書いています。新しい様式では、ここが変わりました。',
    added: '増えたところ',
    removed: 'なくなったところ',
    changed: '変わったところ',
    noVisibleChange: '書くところは、あまり変わっていません。',
    move: '新しい様式にする',
    moving: '変えています…',
    keep: '前の様式のまま続ける',
    keepLead:
      '新しい様式にしても、書いたことはそのまま残ります（なくなったところに書いたことは消えます）。前の様式も、使える間はそのまま送ることができます。',
    moveFailed: '新しい様式にできませんでした。少し待ってから、もう一度してください。',
  },
};
