import type { DemoAccount } from './demo-accounts.js';

const LEVEL_LABELS: Record<DemoAccount['identityLevel'], { ja: string; en: string }> = {
  1: { ja: '本人確認レベル1（自己申告）', en: 'Identity level 1 (self-declared)' },
  2: {
    ja: '本人確認レベル2（本人確認書類で確認）',
    en: 'Identity level 2 (identity document checked)',
  },
  3: { ja: '本人確認レベル3（マイナンバーカード）', en: 'Identity level 3 (My Number Card)' },
};

const STAFF_ROLE_LABELS: Record<NonNullable<DemoAccount['staffRole']>, string> = {
  caseworker: '担当者 / Case worker',
  approver: '係長・承認者 / Approver',
  admin: '管理者 / Administrator',
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Plain, accessible HTML (WCAG 2.2 AA: landmarks, one h1, labels, contrast, visible focus). */
function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  :root { color-scheme: light; }
  body { margin: 0; font-family: system-ui, 'Hiragino Sans', 'Noto Sans JP', sans-serif; line-height: 1.7; color: #1a1a1a; background: #f5f5f5; }
  header, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  header { font-weight: bold; }
  .warning { background: #fff4d6; border: 2px solid #8a5a00; padding: 0.5rem 1rem; border-radius: 4px; }
  ul.accounts { list-style: none; padding: 0; margin: 0; }
  ul.accounts li { background: #fff; border: 1px solid #767676; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
  button { font: inherit; font-size: 1.05rem; min-height: 44px; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; }
  button.primary { background: #0b5cad; color: #fff; border: 2px solid #0b5cad; }
  button.secondary { background: #fff; color: #0b5cad; border: 2px solid #0b5cad; }
  input { font: inherit; font-size: 1.05rem; min-height: 44px; padding: 0.25rem 0.5rem; border: 2px solid #3d3d3d; border-radius: 4px; }
  input:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .hint { margin: 0.25rem 0 0; color: #3d3d3d; font-size: 0.95rem; }
  a { color: #0b5cad; }
  a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .table-wrapper { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  caption { text-align: start; font-weight: bold; padding-bottom: 0.5rem; }
  th, td { text-align: start; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #767676; }
  code { font-size: 0.95rem; overflow-wrap: break-word; }
</style>
</head>
<body>
<header><span>Madoguchi デモ認証サービス <span lang="en">/ Demo identity provider</span></span></header>
<main>
${body}
</main>
<footer><p class="hint">開発・テスト専用です。パスワードなしでだれでもログインできます。<span lang="en">Development and tests only: anyone can sign in without a password.</span></p></footer>
</body>
</html>`;
}

function accountDetails(account: DemoAccount): string {
  const level = LEVEL_LABELS[account.identityLevel];
  const parts = [
    escapeHtml(account.description),
    account.staffRole
      ? `${escapeHtml(STAFF_ROLE_LABELS[account.staffRole])}・自治体コード ${escapeHtml(account.municipalityCode ?? '')}`
      : null,
    account.platformRole === 'operator'
      ? 'プラットフォーム運用者 <span lang="en">/ Platform operator</span>'
      : null,
    account.isPersonalNumberHandler === true
      ? '事務取扱担当者（個人番号を表示できる） <span lang="en">/ Personal-number handler</span>'
      : null,
    `${level.ja} <span lang="en">/ ${level.en}</span>`,
  ];
  return parts.filter((part) => part !== null).join('<br>');
}

export type AccountChooserPage = {
  uid: string;
  kind: DemoAccount['kind'];
  accounts: readonly DemoAccount[];
  /** A step-up: the page asks for this one-time code (shown on it: a demo second factor). */
  oneTimeCode?: string;
  isCodeWrong?: boolean;
};

function oneTimeCodeField(code: string, isCodeWrong: boolean): string {
  const error = isCodeWrong
    ? `<p class="warning" id="one-time-code-error" role="alert">確認コードが違います。<span lang="en">The code is wrong.</span></p>`
    : '';
  return `<p class="warning">個人番号を表示するための追加の認証です。<span lang="en">An additional factor before a My Number is shown.</span></p>
<p><label for="one-time-code">確認コード <span lang="en">/ One-time code</span></label><br>
<input id="one-time-code" name="oneTimeCode" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="one-time-code-hint${isCodeWrong ? ' one-time-code-error' : ''}"${isCodeWrong ? ' aria-invalid="true"' : ''}></p>
<p class="hint" id="one-time-code-hint">デモでは <code>${escapeHtml(code)}</code> を入力します。<span lang="en">In the demo, type <code>${escapeHtml(code)}</code>.</span></p>
${error}`;
}

/**
 * The provider's own login page: one button per demo account of the client's kind, and on a
 * step-up a one-time code field the buttons send with the account.
 */
export function renderAccountChooser({
  uid,
  kind,
  accounts,
  oneTimeCode,
  isCodeWrong = false,
}: AccountChooserPage): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const who = kind === 'staff' ? '職員' : '住民';
  const items = accounts
    .filter((account) => account.kind === kind)
    .map((account) => {
      const detailsId = `account-${escapeHtml(account.id)}-details`;
      return `<li>
  <button class="primary" type="submit" name="accountId" value="${escapeHtml(account.id)}" aria-describedby="${detailsId}">${escapeHtml(account.displayName)} としてログイン</button>
  <p class="hint" id="${detailsId}">${accountDetails(account)}</p>
</li>`;
    })
    .join('\n');
  return layout(
    'ログインするアカウントを選んでください / Choose an account',
    `<h1>ログインするアカウントを選んでください <span lang="en">/ Choose an account</span></h1>
<p class="warning">これはデモ用の認証サービスです。本番では、マイナンバーカードなどで本人確認をします。<span lang="en">This is a demo identity provider. In production you prove who you are with your My Number Card or similar.</span></p>
<p>デモ用の${who}アカウント <span lang="en">(demo ${kind} accounts)</span>:</p>
<form method="post" action="${action}/login">
${oneTimeCode === undefined ? '' : oneTimeCodeField(oneTimeCode, isCodeWrong)}
<ul class="accounts">
${items}
</ul>
</form>
<form method="post" action="${action}/abort">
<button class="secondary" type="submit">ログインをやめる <span lang="en">/ Cancel</span></button>
</form>`,
  );
}

export type ProviderHomePage = {
  issuer: string;
  accounts: readonly DemoAccount[];
  /** Origins of the citizen app and the console, from their registered callback URLs. */
  appOrigins: { citizen: readonly string[]; console: readonly string[] };
};

function accountRows(accounts: readonly DemoAccount[]): string {
  return accounts
    .map(
      (account) => `<tr>
  <td><code>${escapeHtml(account.id)}</code></td>
  <td>${escapeHtml(account.displayName)}</td>
  <td>${accountDetails(account)}</td>
</tr>`,
    )
    .join('\n');
}

function linkList(origins: readonly string[]): string {
  return origins
    .map((origin) => `<a href="${escapeHtml(origin)}">${escapeHtml(origin)}</a>`)
    .join('、');
}

/** The provider's `/`: what it is, how to sign in with it, and every demo account. */
export function renderProviderHome({ issuer, accounts, appOrigins }: ProviderHomePage): string {
  const table = (kind: DemoAccount['kind'], caption: string) => `<div class="table-wrapper">
<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">ID</th><th scope="col">名前 <span lang="en">/ Name</span></th><th scope="col">説明・本人確認レベル <span lang="en">/ Who, identity level</span></th></tr></thead>
<tbody>
${accountRows(accounts.filter((account) => account.kind === kind))}
</tbody>
</table>
</div>`;
  return layout(
    'Madoguchi デモ認証サービス / Demo identity provider',
    `<h1>デモ認証サービス <span lang="en">/ Demo OpenID provider</span></h1>
<p class="warning">これは Madoguchi の開発とテストのための OpenID Connect プロバイダーです。本番では使いません。<span lang="en">This is the OpenID Connect provider of Madoguchi's development and tests; production uses a real one.</span></p>
<h2>ログインのしかた <span lang="en">/ How to sign in</span></h2>
<p>住民アプリ（${linkList(appOrigins.citizen)}）または職員コンソール（${linkList(appOrigins.console)}）の「ログイン」から来ると、ここでアカウントを選べます。パスワードはいりません。<span lang="en">Start from "Sign in" in the citizen app or the staff console: this provider then lets you pick one of the accounts below, with no password.</span></p>
<h2>デモ用アカウント <span lang="en">/ Demo accounts</span></h2>
${table('resident', '住民 <span lang="en">/ Residents</span>')}
${table('staff', '職員 <span lang="en">/ Staff</span>')}
<h2>技術情報 <span lang="en">/ For developers</span></h2>
<p>Issuer: <code>${escapeHtml(issuer)}</code><br>
<a href="/.well-known/openid-configuration">OpenID Provider Configuration <span lang="en">(discovery document)</span></a></p>`,
  );
}

/** RP-initiated logout: `form` is the provider's hidden form; the buttons submit it. */
export function renderLogoutConfirmation(form: string): string {
  return layout(
    'ログアウトしますか / Sign out?',
    `<h1>デモ認証サービスからもログアウトしますか <span lang="en">/ Sign out of the demo provider too?</span></h1>
${form}
<p><button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes">ログアウトする <span lang="en">/ Sign out</span></button></p>
<p><button class="secondary" type="submit" form="op.logoutForm">ログインしたままにする <span lang="en">/ Stay signed in</span></button></p>`,
  );
}

export function renderSignedOut(): string {
  return layout(
    'ログアウトしました / Signed out',
    `<h1>ログアウトしました <span lang="en">/ You are signed out</span></h1>
<p>このタブを閉じてください。<span lang="en">You may close this tab.</span></p>`,
  );
}

/** Errors show their OAuth code only (never a token or personal data). */
export function renderError(code: string, description: string | undefined): string {
  return layout(
    'エラー / Error',
    `<h1>ログインできませんでした <span lang="en">/ Sign-in failed</span></h1>
<p>アプリに戻って、もう一度ログインしてください。<span lang="en">Go back to the app and sign in again.</span></p>
<p class="hint">${escapeHtml(code)}${description ? `: ${escapeHtml(description)}` : ''}</p>`,
  );
}
