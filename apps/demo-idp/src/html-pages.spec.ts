import type { DemoAccount } from './demo-accounts.js';
import { escapeHtml, renderAccountChooser, renderProviderHome } from './html-pages.js';

const ACCOUNTS: DemoAccount[] = [
  {
    id: 'resident-1',
    kind: 'resident',
    displayName: '山田 <花子>',
    municipalityCode: null,
    staffRole: null,
    identityLevel: 3,
    description: '住民',
  },
  {
    id: 'staff-1',
    kind: 'staff',
    displayName: '佐藤 美咲',
    municipalityCode: '131016',
    staffRole: 'caseworker',
    identityLevel: 2,
    description: '職員',
  },
];

describe(renderAccountChooser.name, () => {
  it('lists only the accounts of the client’s kind, as escaped buttons with their level', () => {
    // Act
    const html = renderAccountChooser({ uid: 'abc', kind: 'resident', accounts: ACCOUNTS });

    // Assert
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('山田 &lt;花子&gt; としてログイン');
    expect(html).toContain('マイナンバーカード');
    expect(html).toContain('action="/interaction/abc/login"');
    expect(html).not.toContain('佐藤 美咲');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('asks a step-up for the one-time code inside the sign-in form, labelled, and says when it was wrong', () => {
    // Act
    const html = renderAccountChooser({
      uid: 'abc',
      kind: 'staff',
      accounts: ACCOUNTS,
      oneTimeCode: '246810',
      isCodeWrong: true,
    });

    // Assert
    const form = html.slice(
      html.indexOf('action="/interaction/abc/login"'),
      html.indexOf('</form>'),
    );
    expect(form).toContain('<label for="one-time-code">確認コード');
    expect(form).toContain('name="oneTimeCode"');
    expect(form).toContain('aria-invalid="true"');
    expect(form).toContain('確認コードが違います');
    expect(form).toContain('<code>246810</code>');
  });

  it('asks for no code outside a step-up', () => {
    // Act
    const html = renderAccountChooser({ uid: 'abc', kind: 'staff', accounts: ACCOUNTS });

    // Assert
    expect(html).not.toContain('oneTimeCode');
  });

  it('shows staff their role and municipality', () => {
    // Act
    const html = renderAccountChooser({ uid: 'abc', kind: 'staff', accounts: ACCOUNTS });

    // Assert
    expect(html).toContain('佐藤 美咲 としてログイン');
    expect(html).toContain('担当者');
    expect(html).toContain('131016');
  });
});

describe(renderProviderHome.name, () => {
  it('says what the provider is and lists every demo account, residents and staff, escaped', () => {
    // Act
    const html = renderProviderHome({
      issuer: 'http://127.0.0.1:3900',
      accounts: ACCOUNTS,
      appOrigins: { citizen: ['http://127.0.0.1:5173/'], console: ['http://127.0.0.1:5174/'] },
    });

    // Assert
    expect(html).toContain('<html lang="ja">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('デモ認証サービス');
    expect(html).toContain('<code>resident-1</code>');
    expect(html).toContain('山田 &lt;花子&gt;');
    expect(html).toContain('<code>staff-1</code>');
    expect(html).toContain('href="http://127.0.0.1:5173/"');
    expect(html).toContain('href="/.well-known/openid-configuration"');
    expect(html.match(/<th scope="col">/g)).toHaveLength(6);
  });
});

describe(escapeHtml.name, () => {
  it('escapes the characters that matter in text and attributes', () => {
    // Act
    const escaped = escapeHtml(`<a href="x" title='y'>&</a>`);

    // Assert
    expect(escaped).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
