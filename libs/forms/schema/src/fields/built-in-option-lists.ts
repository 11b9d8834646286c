import type { FormOption } from '../definition/form-definition.schema.js';

/** The id under which a `relationship` field finds its code list unless it names its own. */
export const RELATIONSHIP_OPTION_LIST_ID = 'relationship';

/**
 * 続柄 (relationship to the applicant or to the insured person), as municipal forms ask it.
 * A form may define its own `optionLists.relationship` to replace this list.
 */
export const RELATIONSHIP_OPTIONS: readonly FormOption[] = [
  { value: 'self', label: { ja: '本人', en: 'Self', easyJa: '本人' } },
  { value: 'spouse', label: { ja: '配偶者（夫・妻）', en: 'Spouse', easyJa: '夫・妻' } },
  { value: 'child', label: { ja: '子', en: 'Child', easyJa: '子ども' } },
  { value: 'father', label: { ja: '父', en: 'Father', easyJa: '父' } },
  { value: 'mother', label: { ja: '母', en: 'Mother', easyJa: '母' } },
  { value: 'sibling', label: { ja: '兄弟姉妹', en: 'Brother or sister', easyJa: '兄弟' } },
  {
    value: 'grandparent',
    label: { ja: '祖父母', en: 'Grandparent', easyJa: '祖父母（おじいさん・おばあさん）' },
  },
  { value: 'grandchild', label: { ja: '孫', en: 'Grandchild', easyJa: '孫' } },
  {
    value: 'parentInLaw',
    label: { ja: '義父母', en: 'Parent-in-law', easyJa: '義理の父・母' },
  },
  {
    value: 'childInLaw',
    label: { ja: '子の配偶者', en: 'Son- or daughter-in-law', easyJa: '子どもの夫や妻' },
  },
  {
    value: 'otherRelative',
    label: { ja: 'その他の親族', en: 'Other relative', easyJa: 'ほかの親せき' },
  },
  { value: 'other', label: { ja: 'その他', en: 'Other', easyJa: 'そのほか' } },
];

/** The 47 都道府県, in JIS X 0401 order (the index + 1 is the prefecture code). */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

/** Built-in lists a form may reference by id without defining them. */
export const BUILT_IN_OPTION_LISTS: Readonly<Record<string, readonly FormOption[]>> = {
  [RELATIONSHIP_OPTION_LIST_ID]: RELATIONSHIP_OPTIONS,
};
