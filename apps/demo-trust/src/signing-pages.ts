/** The demo signing service's pages: plain, accessible HTML (landmarks, one h1, labels, contrast, focus). */

export type CardChoice = {
  readonly cardId: string;
  readonly holderName: string;
  readonly state: 'valid' | 'revoked' | 'expired';
};

export type SigningPageModel = {
  readonly requestId: string;
  readonly formToken: string;
  readonly procedureTitle: { readonly ja: string; readonly en: string };
  readonly municipalityName: { readonly ja: string; readonly en: string };
  readonly digestHex: string;
  readonly cards: readonly CardChoice[];
  readonly selectedCardId: string | null;
  readonly error: 'wrong_password' | 'no_card' | null;
};

const STATE_LABELS: Record<CardChoice['state'], string> = {
  valid: '',
  revoked: '（失効したカード・テスト用 <span lang="en">/ revoked card, for tests</span>）',
  expired: '（期限切れのカード・テスト用 <span lang="en">/ expired card, for tests</span>）',
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

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
  .box { background: #fff; border: 1px solid #767676; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
  .warning { background: #fff4d6; border: 2px solid #8a5a00; padding: 0.5rem 1rem; border-radius: 4px; }
  .error { background: #fde8e8; border: 2px solid #a11a1a; padding: 0.5rem 1rem; border-radius: 4px; }
  dt { font-weight: bold; }
  dd { margin: 0 0 0.5rem; }
  fieldset { border: 1px solid #767676; border-radius: 6px; margin: 0 0 1rem; padding: 0.5rem 1rem; background: #fff; }
  legend { font-weight: bold; padding: 0 0.25rem; }
  label { display: block; margin: 0.25rem 0; }
  button { font: inherit; font-size: 1.05rem; min-height: 44px; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer; margin: 0 0.5rem 0.5rem 0; }
  button.primary { background: #0b5cad; color: #fff; border: 2px solid #0b5cad; }
  button.secondary { background: #fff; color: #0b5cad; border: 2px solid #0b5cad; }
  input[type=password] { font: inherit; font-size: 1.05rem; min-height: 44px; padding: 0.25rem 0.5rem; border: 2px solid #3d3d3d; border-radius: 4px; }
  input[type=radio] { width: 1.25rem; height: 1.25rem; vertical-align: middle; }
  input:focus-visible, button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .hint { margin: 0.25rem 0 0; color: #3d3d3d; font-size: 0.95rem; }
  code { font-size: 0.95rem; overflow-wrap: anywhere; }
</style>
</head>
<body>
<header><span>デモ署名サービス（デジタル認証アプリの役） <span lang="en">/ Demo signing service (in the role of the Digital Authentication App)</span></span></header>
<main>
${body}
</main>
<footer><p class="hint">開発・テスト専用です。本物のマイナンバーカードは使いません。<span lang="en">Development and tests only: no real My Number Card is used.</span></p></footer>
</body>
</html>`;
}

export function signingPage(model: SigningPageModel, demoPassword: string): string {
  const error =
    model.error === 'wrong_password'
      ? '<p class="error" role="alert" id="signing-error">署名用パスワードが違います。もう一度入力してください。<span lang="en">The signing password is wrong. Please enter it again.</span></p>'
      : model.error === 'no_card'
        ? '<p class="error" role="alert" id="signing-error">署名に使うカードを選んでください。<span lang="en">Please choose the card to sign with.</span></p>'
        : '';
  const cards = model.cards
    .map(
      (card) =>
        `<label><input type="radio" name="cardId" value="${escapeHtml(card.cardId)}"${
          card.cardId === model.selectedCardId ? ' checked' : ''
        }> ${escapeHtml(card.holderName)} ${STATE_LABELS[card.state]}</label>`,
    )
    .join('\n');
  return layout(
    'マイナンバーカードで署名 / Sign with your My Number Card',
    `<h1>マイナンバーカードで署名 <span lang="en">/ Sign with your My Number Card</span></h1>
${error}
<p>次の申請に、あなたのマイナンバーカードで電子署名をします。署名すると、この内容をあなたが申請したことの証明になります。送信する内容が署名のあとで変わると、署名は使えなくなります。<br>
<span lang="en">You are signing the application below with your My Number Card. The signature shows that you made this application. If what you send changes after signing, the signature no longer counts.</span></p>
<section class="box" aria-labelledby="what-heading">
<h2 id="what-heading">署名する内容 <span lang="en">/ What you sign</span></h2>
<dl>
<dt>手続き <span lang="en">/ Procedure</span></dt>
<dd>${escapeHtml(model.procedureTitle.ja)} <span lang="en">/ ${escapeHtml(model.procedureTitle.en)}</span></dd>
<dt>申請先 <span lang="en">/ Municipality</span></dt>
<dd>${escapeHtml(model.municipalityName.ja)} <span lang="en">/ ${escapeHtml(model.municipalityName.en)}</span></dd>
<dt>申請内容の指紋（SHA-256） <span lang="en">/ Fingerprint of the application (SHA-256)</span></dt>
<dd><code>${escapeHtml(model.digestHex)}</code></dd>
</dl>
</section>
<form method="post" action="/sign/${escapeHtml(model.requestId)}">
<input type="hidden" name="formToken" value="${escapeHtml(model.formToken)}">
<fieldset>
<legend>カードを読み取る（デモ：カードを選ぶ） <span lang="en">/ Read your card (demo: choose the card)</span></legend>
${cards}
</fieldset>
<p><label for="password">署名用パスワード <span lang="en">/ Signing password</span></label>
<input id="password" name="password" type="password" autocomplete="off" aria-describedby="password-hint${model.error ? ' signing-error' : ''}" value="">
</p>
<p class="hint warning" id="password-hint">デモでは、どのカードも署名用パスワードは <code>${escapeHtml(demoPassword)}</code> です。<span lang="en">In the demo, every card's signing password is <code>${escapeHtml(demoPassword)}</code>.</span></p>
<button class="primary" type="submit" name="action" value="confirm">署名する <span lang="en">/ Sign</span></button>
<button class="secondary" type="submit" name="action" value="cancel">署名しないで戻る <span lang="en">/ Cancel and go back</span></button>
</form>`,
  );
}

export function messagePage(
  title: { ja: string; en: string },
  text: { ja: string; en: string },
): string {
  return layout(
    `${title.ja} / ${title.en}`,
    `<h1>${escapeHtml(title.ja)} <span lang="en">/ ${escapeHtml(title.en)}</span></h1>
<p>${escapeHtml(text.ja)}<br><span lang="en">${escapeHtml(text.en)}</span></p>`,
  );
}
