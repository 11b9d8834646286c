import type { Locale } from '@madoguchi/shared-util-i18n';
import { useLocale } from '../../i18n/locale-context.js';

/** The texts of finding a procedure: home page, questionnaire, procedure page and bundles. */
export type CatalogMessages = {
  chooseMunicipalityHeading: string;
  postalCodeLabel: string;
  postalCodeHint: string;
  postalCodeInvalid: string;
  postalCodeSearch: string;
  postalCodeNoMatch: string;
  postalCodeMatches: (count: number) => string;
  municipalityNameLabel: string;
  municipalityNameHint: string;
  municipalityNameSearch: string;
  municipalityNameRequired: string;
  municipalityNoMatch: string;
  municipalityMatches: (count: number) => string;
  chooseThisMunicipality: (name: string) => string;
  servedMunicipalitiesHeading: string;
  selectedMunicipality: (name: string) => string;
  changeMunicipality: string;
  searchHeading: string;
  keywordLabel: string;
  keywordHint: string;
  keywordSearch: string;
  lifeEventsHeading: string;
  allProcedures: string;
  lifeEventCount: (label: string, count: number) => string;
  resultsFor: (words: string) => string;
  resultsForLifeEvent: (label: string) => string;
  procedureCount: (count: number) => string;
  noProcedures: string;
  finderHeading: string;
  finderLead: string;
  finderExpecting: string;
  finderDueDate: string;
  finderChildren: string;
  finderChildBirthDate: (index: number) => string;
  finderChildLivesWith: string;
  finderAddChild: string;
  finderRemoveChild: (index: number) => string;
  finderReceivesAllowance: string;
  finderParentsWork: string;
  finderParentsWorkHint: string;
  finderCare: string;
  finderCareAge: string;
  finderCareCertification: string;
  finderCertNone: string;
  finderCertSupport: string;
  finderCertCare: string;
  finderCertExpires: string;
  finderCertPrevious: string;
  finderSpecifiedDisease: string;
  finderMovedIn: string;
  finderMovedInOn: string;
  finderDisaster: string;
  finderDisasterOn: string;
  yes: string;
  no: string;
  finderSubmit: string;
  finderPrivacy: string;
  errorDate: string;
  errorDateFuture: string;
  errorAge: string;
  errorChoose: string;
  resultsHeading: string;
  noRecommendation: string;
  reasonLabel: string;
  deadlineLabel: string;
  priority: Record<1 | 2 | 3, string>;
  chooseForBundle: string;
  bundleSelectLegend: string;
  startBundle: (count: number) => string;
  bundleNoneChosen: string;
  aboutProcedure: string;
  bundleHeading: string;
  bundleProgress: (current: number, total: number) => string;
  bundleDone: string;
  bundleCurrent: string;
  bundleLater: string;
  bundleAllDone: string;
  bundleNext: (title: string) => string;
  bundleFinishedHeading: (done: number, total: number) => string;
  bundlePrefilled: string;
  bundlePrefilledFields: (labels: string) => string;
  detailWhat: string;
  detailWho: string;
  detailDeadline: string;
  detailNoDeadline: string;
  detailDays: (days: number) => string;
  detailPrepare: string;
  detailDocuments: string;
  detailNoDocuments: string;
  documentRequired: string;
  documentSometimes: string;
  documentOptional: string;
  documentLimits: (maxFiles: number, megabytes: number) => string;
  detailMyNumber: string;
  detailMyNumberCard: string;
  detailSignature: string;
  detailSignatureExceptions: string;
  detailProcessing: string;
  detailProcessingDays: (days: number) => string;
  detailProcessingNone: string;
  detailIdentity: string;
  identityLevels: Record<1 | 2 | 3, string>;
  identityMet: string;
  identityNotMet: string;
  identitySignIn: string;
  detailContact: string;
  contactPhone: string;
  contactEmail: string;
  contactHours: string;
  detailLegalBasis: string;
  startApplication: string;
};

const JA: CatalogMessages = {
  chooseMunicipalityHeading: 'お住まいの自治体',
  postalCodeLabel: '郵便番号',
  postalCodeHint: '7桁の数字（例：102-0074）。ハイフンはあってもなくてもかまいません。',
  postalCodeInvalid: '郵便番号は7桁の数字で入力してください（例：102-0074）。',
  postalCodeSearch: '郵便番号で探す',
  postalCodeNoMatch:
    'この郵便番号の地域は、このサービスではまだ申請できません。自治体の名前でも探せます。',
  postalCodeMatches: (count) => `この郵便番号の自治体：${count}件`,
  municipalityNameLabel: '自治体の名前またはコード',
  municipalityNameHint: '例：千代田区、ちよだ、Chiyoda、131016',
  municipalityNameSearch: '名前で探す',
  municipalityNameRequired: '自治体の名前かコードを入力してください。',
  municipalityNoMatch: '見つかりませんでした。ほかの書き方でお試しください。',
  municipalityMatches: (count) => `見つかった自治体：${count}件`,
  chooseThisMunicipality: (name) => `${name}を選ぶ`,
  servedMunicipalitiesHeading: 'このサービスで申請できる自治体',
  selectedMunicipality: (name) => `申請先：${name}`,
  changeMunicipality: '自治体を選びなおす',
  searchHeading: '手続をさがす',
  keywordLabel: 'キーワード',
  keywordHint: '漢字・ひらがな・カタカナ・英語で探せます（例：児童手当、かいご、childcare）。',
  keywordSearch: '検索',
  lifeEventsHeading: 'くらしの出来事から探す',
  allProcedures: 'すべての手続',
  lifeEventCount: (label, count) => `${label}（${count}件）`,
  resultsFor: (words) => `「${words}」の検索結果`,
  resultsForLifeEvent: (label) => `「${label}」の手続`,
  procedureCount: (count) => `${count}件の手続`,
  noProcedures: '該当する手続はありません。キーワードを変えてお試しください。',
  finderHeading: 'あなたに必要な手続をしらべる',
  finderLead: 'いくつかの質問に答えると、必要な手続と、その理由・期限をお知らせします。',
  finderExpecting: 'ご家族に、妊娠している方はいますか',
  finderDueDate: '出産予定日（わかれば）',
  finderChildren: 'お子さん（18歳まで）',
  finderChildBirthDate: (index) => `${index}人目のお子さんの生年月日`,
  finderChildLivesWith: 'いっしょに住んでいる',
  finderAddChild: 'お子さんを追加',
  finderRemoveChild: (index) => `${index}人目のお子さんを削除`,
  finderReceivesAllowance: 'いま、この自治体から児童手当を受け取っていますか',
  finderParentsWork: '保護者は全員、仕事などで日中お子さんをみられませんか',
  finderParentsWorkHint: '保育所などの利用（保育の必要性）に関わります。',
  finderCare: 'ご家族に、介護が必要な方はいますか',
  finderCareAge: '介護が必要な方の年齢',
  finderCareCertification: '要介護認定を受けていますか',
  finderCertNone: 'まだ受けていない',
  finderCertSupport: '要支援1・2',
  finderCertCare: '要介護1〜5',
  finderCertExpires: '認定の有効期間が終わる日（わかれば）',
  finderCertPrevious: '前に住んでいた市区町村で受けた認定です',
  finderSpecifiedDisease:
    '介護が必要になったのは特定疾病（がん末期、関節リウマチなど16の病気）によるものです',
  finderMovedIn: '最近、この自治体に引っ越してきましたか',
  finderMovedInOn: '引っ越してきた日（転入日）',
  finderDisaster: '災害で住まいに被害がありましたか',
  finderDisasterOn: '災害のあった日',
  yes: 'はい',
  no: 'いいえ',
  finderSubmit: '必要な手続をしらべる',
  finderPrivacy: '答えた内容は保存しません。名前や個人番号はききません。',
  errorDate: '日付を正しく入力してください（例：2025-04-01、令和7年4月1日）。',
  errorDateFuture: '今日より前の日付を入力してください。',
  errorAge: '年齢は0から130までの数字で入力してください。',
  errorChoose: 'どれか一つを選んでください。',
  resultsHeading: 'あなたに必要な手続',
  noRecommendation:
    'この答えでは、お知らせする手続はありません。キーワードやくらしの出来事からも探せます。',
  reasonLabel: '理由',
  deadlineLabel: '期限',
  priority: { 1: 'すぐに', 2: 'はやめに', 3: '都合のよいときに' },
  chooseForBundle: 'まとめて申請する手続を選んでください',
  bundleSelectLegend: 'まとめて申請する手続',
  startBundle: (count) => `${count}件をまとめて申請する`,
  bundleNoneChosen: '手続を一つ以上選んでください。',
  aboutProcedure: 'くわしく見る',
  bundleHeading: 'まとめて申請',
  bundleProgress: (current, total) => `${total}件中${current}件目`,
  bundleDone: '申請済み',
  bundleCurrent: 'いまの手続',
  bundleLater: 'このあと',
  bundleAllDone: 'まとめて申請した手続は、すべて送信しました。',
  bundleNext: (title) => `次の手続へ：${title}`,
  bundleFinishedHeading: (done, total) => `まとめて申請：${total}件中${done}件を送信しました`,
  bundlePrefilled: '前の手続で入力した内容を入れました',
  bundlePrefilledFields: (labels) =>
    `${labels}は、前の手続と同じ内容を入れてあります。確かめて、ちがうところは直してください。個人番号などは、もう一度入力してください。`,
  detailWhat: 'どんな手続か',
  detailWho: '申請できる人',
  detailDeadline: '期限',
  detailNoDeadline: '法令で決まった期限はありません。',
  detailDays: (days) => `${days}日以内`,
  detailPrepare: '用意するもの',
  detailDocuments: '添付する書類',
  detailNoDocuments: '添付する書類はありません。',
  documentRequired: '必須',
  documentSometimes: '答えによって必要',
  documentOptional: '任意',
  documentLimits: (maxFiles, megabytes) =>
    `${maxFiles}ファイルまで・1ファイル${megabytes}MBまで（JPEG・PNG・PDF）`,
  detailMyNumber: '個人番号（マイナンバー）を入力します。',
  detailMyNumberCard: 'マイナンバーカード（署名用電子証明書とそのパスワード）',
  detailSignature: '電子署名が必要です。',
  detailSignatureExceptions: '次の場合は扱いが変わります：',
  detailProcessing: '標準処理期間',
  detailProcessingDays: (days) => `${days}日（開庁日）`,
  detailProcessingNone: '定めはありません。',
  detailIdentity: '必要な本人確認',
  identityLevels: {
    1: 'レベル1：本人の申告',
    2: 'レベル2：本人確認済みのアカウント',
    3: 'レベル3：マイナンバーカードでのログイン',
  },
  identityMet: 'いまのログインで申請できます。',
  identityNotMet: 'いまのログインでは足りません。マイナンバーカードでログインしなおしてください。',
  identitySignIn: '申請するにはログインが必要です。',
  detailContact: '問い合わせ先',
  contactPhone: '電話',
  contactEmail: 'メール',
  contactHours: '受付時間',
  detailLegalBasis: '根拠となる法令',
  startApplication: '申請をはじめる',
};

const EN: CatalogMessages = {
  chooseMunicipalityHeading: 'Where you live',
  postalCodeLabel: 'Postal code',
  postalCodeHint: '7 digits, for example 102-0074, with or without the hyphen.',
  postalCodeInvalid: 'Enter the postal code as 7 digits, for example 102-0074.',
  postalCodeSearch: 'Find by postal code',
  postalCodeNoMatch:
    'You cannot apply online for this area through this service yet. You can also search by the name of the municipality.',
  postalCodeMatches: (count) => `Municipalities for this postal code: ${count}`,
  municipalityNameLabel: 'Name or code of the municipality',
  municipalityNameHint: 'For example Chiyoda, 千代田区, ちよだ or 131016',
  municipalityNameSearch: 'Find by name',
  municipalityNameRequired: 'Enter the name or the code of a municipality.',
  municipalityNoMatch: 'Nothing found. Try another spelling.',
  municipalityMatches: (count) => `Municipalities found: ${count}`,
  chooseThisMunicipality: (name) => `Choose ${name}`,
  servedMunicipalitiesHeading: 'Municipalities you can apply to here',
  selectedMunicipality: (name) => `Applying to: ${name}`,
  changeMunicipality: 'Choose another municipality',
  searchHeading: 'Find a procedure',
  keywordLabel: 'Keyword',
  keywordHint: 'In English, kanji or kana (for example childcare, 児童手当, かいご).',
  keywordSearch: 'Search',
  lifeEventsHeading: 'Browse by life event',
  allProcedures: 'All procedures',
  lifeEventCount: (label, count) => `${label} (${count})`,
  resultsFor: (words) => `Results for “${words}”`,
  resultsForLifeEvent: (label) => `Procedures for “${label}”`,
  procedureCount: (count) => `${count} procedure${count === 1 ? '' : 's'}`,
  noProcedures: 'No procedure matches. Try another keyword.',
  finderHeading: 'Find out which procedures you need',
  finderLead: 'Answer a few questions: we tell you which procedures fit, why, and by when.',
  finderExpecting: 'Is someone in your household expecting a baby?',
  finderDueDate: 'Expected date of delivery (if known)',
  finderChildren: 'Children (up to 18)',
  finderChildBirthDate: (index) => `Date of birth of child ${index}`,
  finderChildLivesWith: 'Lives with you',
  finderAddChild: 'Add a child',
  finderRemoveChild: (index) => `Remove child ${index}`,
  finderReceivesAllowance: 'Do you already receive the child allowance from this municipality?',
  finderParentsWork: 'Do all parents work, or otherwise cannot look after the children by day?',
  finderParentsWorkHint: 'This matters for nursery places (the need for childcare).',
  finderCare: 'Does someone in your household need care?',
  finderCareAge: 'Age of the person needing care',
  finderCareCertification: 'Do they have a long-term care certification?',
  finderCertNone: 'Not yet',
  finderCertSupport: 'Support level 1 or 2',
  finderCertCare: 'Care level 1 to 5',
  finderCertExpires: 'Last day of the certification (if known)',
  finderCertPrevious: 'The certification was made by the municipality we lived in before',
  finderSpecifiedDisease:
    'The need for care comes from one of the 16 specified diseases (such as terminal cancer or rheumatoid arthritis)',
  finderMovedIn: 'Did you recently move into this municipality?',
  finderMovedInOn: 'Day you moved in',
  finderDisaster: 'Was your home damaged by a disaster?',
  finderDisasterOn: 'Day of the disaster',
  yes: 'Yes',
  no: 'No',
  finderSubmit: 'Show the procedures I need',
  finderPrivacy: 'Your answers are not kept. We never ask for your name or My Number.',
  errorDate: 'Enter a real date, for example 2025-04-01.',
  errorDateFuture: 'Enter a date before today.',
  errorAge: 'Enter an age from 0 to 130.',
  errorChoose: 'Choose one of the answers.',
  resultsHeading: 'Procedures you need',
  noRecommendation:
    'Nothing to suggest for these answers. You can still search by keyword or life event.',
  reasonLabel: 'Why',
  deadlineLabel: 'Deadline',
  priority: { 1: 'Now', 2: 'Soon', 3: 'When convenient' },
  chooseForBundle: 'Choose the procedures to apply for together',
  bundleSelectLegend: 'Procedures to apply for together',
  startBundle: (count) => `Apply for ${count} together`,
  bundleNoneChosen: 'Choose at least one procedure.',
  aboutProcedure: 'More about it',
  bundleHeading: 'Applying together',
  bundleProgress: (current, total) => `${current} of ${total}`,
  bundleDone: 'Submitted',
  bundleCurrent: 'Now',
  bundleLater: 'Next',
  bundleAllDone: 'You have submitted every procedure of this bundle.',
  bundleNext: (title) => `Next procedure: ${title}`,
  bundleFinishedHeading: (done, total) => `Applying together: ${done} of ${total} submitted`,
  bundlePrefilled: 'Filled in from the previous procedure',
  bundlePrefilledFields: (labels) =>
    `${labels}: filled in with what you entered in the previous procedure. Check them and change what differs. Enter your My Number and other sensitive details again.`,
  detailWhat: 'What it is',
  detailWho: 'Who can apply',
  detailDeadline: 'Deadline',
  detailNoDeadline: 'The law sets no deadline.',
  detailDays: (days) => `within ${days} days`,
  detailPrepare: 'What to prepare',
  detailDocuments: 'Documents to attach',
  detailNoDocuments: 'No documents to attach.',
  documentRequired: 'Required',
  documentSometimes: 'Required for some answers',
  documentOptional: 'Optional',
  documentLimits: (maxFiles, megabytes) =>
    `Up to ${maxFiles} file${maxFiles === 1 ? '' : 's'}, ${megabytes} MB each (JPEG, PNG, PDF)`,
  detailMyNumber: 'You enter your My Number (individual number).',
  detailMyNumberCard: 'Your My Number card (its signature certificate and password)',
  detailSignature: 'An electronic signature is required.',
  detailSignatureExceptions: 'It changes in these cases:',
  detailProcessing: 'Standard processing time',
  detailProcessingDays: (days) => `${days} office days`,
  detailProcessingNone: 'None set.',
  detailIdentity: 'Identity check needed',
  identityLevels: {
    1: 'Level 1: self-declared',
    2: 'Level 2: a verified account',
    3: 'Level 3: signing in with a My Number card',
  },
  identityMet: 'You can apply with your current sign-in.',
  identityNotMet: 'Your current sign-in is not enough: sign in again with your My Number card.',
  identitySignIn: 'You need to sign in to apply.',
  detailContact: 'Contact',
  contactPhone: 'Phone',
  contactEmail: 'E-mail',
  contactHours: 'Hours',
  detailLegalBasis: 'Legal basis',
  startApplication: 'Start the application',
};

const EASY_JA: CatalogMessages = {
  chooseMunicipalityHeading: '住んでいる町',
  postalCodeLabel: '郵便番号',
  postalCodeHint: '数字7つです（例：102-0074）。',
  postalCodeInvalid: '郵便番号は数字7つで書いてください（例：102-0074）。',
  postalCodeSearch: '郵便番号で探す',
  postalCodeNoMatch: 'この郵便番号の町は、まだここで申請できません。町の名前でも探せます。',
  postalCodeMatches: (count) => `この郵便番号の町：${count}つ`,
  municipalityNameLabel: '町の名前',
  municipalityNameHint: '例：千代田区、ちよだ',
  municipalityNameSearch: '名前で探す',
  municipalityNameRequired: '町の名前を書いてください。',
  municipalityNoMatch: '見つかりません。ほかの書き方で探してください。',
  municipalityMatches: (count) => `見つかった町：${count}つ`,
  chooseThisMunicipality: (name) => `${name}にする`,
  servedMunicipalitiesHeading: 'ここで申請できる町',
  selectedMunicipality: (name) => `申請する町：${name}`,
  changeMunicipality: 'ほかの町にする',
  searchHeading: '手続きを探す',
  keywordLabel: '言葉',
  keywordHint: 'ひらがなでも探せます（例：じどうてあて、かいご）。',
  keywordSearch: '探す',
  lifeEventsHeading: 'くらしのことから探す',
  allProcedures: '全部の手続き',
  lifeEventCount: (label, count) => `${label}（${count}個）`,
  resultsFor: (words) => `「${words}」で見つかった手続き`,
  resultsForLifeEvent: (label) => `「${label}」の手続き`,
  procedureCount: (count) => `手続き ${count}個`,
  noProcedures: '見つかりません。ほかの言葉で探してください。',
  finderHeading: 'あなたに必要な手続きを調べる',
  finderLead: '質問に答えると、必要な手続きと、そのわけと、いつまでかがわかります。',
  finderExpecting: '家族に、おなかに赤ちゃんがいる人はいますか',
  finderDueDate: '赤ちゃんが生まれる予定の日（わかれば）',
  finderChildren: '子ども（18さいまで）',
  finderChildBirthDate: (index) => `${index}人目の子どもの生まれた日`,
  finderChildLivesWith: 'いっしょに住んでいる',
  finderAddChild: '子どもを足す',
  finderRemoveChild: (index) => `${index}人目の子どもを消す`,
  finderReceivesAllowance: 'いま、この町から児童手当をもらっていますか',
  finderParentsWork: '親はみんな、仕事などで昼に子どもをみられませんか',
  finderParentsWorkHint: '保育園を使うときに大切です。',
  finderCare: '家族に、介護が必要な人はいますか',
  finderCareAge: '介護が必要な人の年',
  finderCareCertification: '要介護認定を受けていますか',
  finderCertNone: 'まだ受けていない',
  finderCertSupport: '要支援1・2',
  finderCertCare: '要介護1〜5',
  finderCertExpires: '認定が終わる日（わかれば）',
  finderCertPrevious: '前に住んでいた町で受けた認定です',
  finderSpecifiedDisease: '特定疾病（16の病気）のために介護が必要になりました',
  finderMovedIn: '最近、この町に引っ越してきましたか',
  finderMovedInOn: '引っ越してきた日',
  finderDisaster: '災害で家がこわれましたか',
  finderDisasterOn: '災害があった日',
  yes: 'はい',
  no: 'いいえ',
  finderSubmit: '必要な手続きを調べる',
  finderPrivacy: '答えは残しません。名前やマイナンバーは聞きません。',
  errorDate: '日にちを正しく書いてください（例：2025-04-01）。',
  errorDateFuture: '今日より前の日にちを書いてください。',
  errorAge: '年は0から130の数字で書いてください。',
  errorChoose: 'どれか1つを選んでください。',
  resultsHeading: 'あなたに必要な手続き',
  noRecommendation: 'この答えでは、お知らせする手続きはありません。言葉でも探せます。',
  reasonLabel: 'わけ',
  deadlineLabel: 'いつまで',
  priority: { 1: 'すぐに', 2: '早めに', 3: 'いつでも' },
  chooseForBundle: 'いっしょに申請する手続きを選んでください',
  bundleSelectLegend: 'いっしょに申請する手続き',
  startBundle: (count) => `${count}個をいっしょに申請する`,
  bundleNoneChosen: '手続きを1つ以上選んでください。',
  aboutProcedure: 'くわしく見る',
  bundleHeading: 'いっしょに申請',
  bundleProgress: (current, total) => `${total}個の中の${current}個目`,
  bundleDone: '出しました',
  bundleCurrent: 'いまの手続き',
  bundleLater: 'このあと',
  bundleAllDone: 'いっしょに申請する手続きは、全部出しました。',
  bundleNext: (title) => `次の手続きへ：${title}`,
  bundleFinishedHeading: (done, total) => `いっしょに申請：${total}個の中の${done}個を出しました`,
  bundlePrefilled: '前の手続きで書いたことを入れました',
  bundlePrefilledFields: (labels) =>
    `${labels}は、前の手続きと同じことを入れました。見て、ちがうところは直してください。マイナンバーは、もう一度書いてください。`,
  detailWhat: 'どんな手続きか',
  detailWho: '申請できる人',
  detailDeadline: 'いつまで',
  detailNoDeadline: '決まった日はありません。',
  detailDays: (days) => `${days}日の間に`,
  detailPrepare: '用意するもの',
  detailDocuments: 'つける書類',
  detailNoDocuments: 'つける書類はありません。',
  documentRequired: 'かならず',
  documentSometimes: '答えによってひつよう',
  documentOptional: 'なくてもよい',
  documentLimits: (maxFiles, megabytes) => `${maxFiles}つまで・1つ${megabytes}MBまで`,
  detailMyNumber: 'マイナンバーを書きます。',
  detailMyNumberCard: 'マイナンバーカード（と、そのパスワード）',
  detailSignature: '電子署名がひつようです。',
  detailSignatureExceptions: '次のときは、ちがいます：',
  detailProcessing: '終わるまでの日にち',
  detailProcessingDays: (days) => `${days}日（役所が開いている日）`,
  detailProcessingNone: '決まっていません。',
  detailIdentity: 'ひつような本人確認',
  identityLevels: {
    1: 'レベル1：自分で言う',
    2: 'レベル2：確認したアカウント',
    3: 'レベル3：マイナンバーカードでログイン',
  },
  identityMet: 'いまのログインで申請できます。',
  identityNotMet: 'いまのログインでは足りません。マイナンバーカードでログインしてください。',
  identitySignIn: '申請するにはログインがひつようです。',
  detailContact: '聞きたいときは',
  contactPhone: '電話',
  contactEmail: 'メール',
  contactHours: '時間',
  detailLegalBasis: '法律',
  startApplication: '申請を始める',
};

export const CATALOG_MESSAGES: Record<Locale, CatalogMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};

/** The catalog's texts in the interface language, with the locale. */
export function useCatalogMessages(): { text: CatalogMessages; locale: Locale } {
  const { locale } = useLocale();
  return { text: CATALOG_MESSAGES[locale], locale };
}
