import type { Locale } from '@madoguchi/shared-util-i18n';

/** Why the API sent the resident back here (its `error` parameter). */
export const SIGN_IN_FAILURES = [
  'login_cancelled',
  'login_failed',
  'account_not_allowed',
  'login_unavailable',
] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

export type SignInMessages = {
  lead: string;
  signInButton: string;
  levelHint: string;
  failures: Record<SignInFailure, string>;
};

export const SIGN_IN_MESSAGES: Record<Locale, SignInMessages> = {
  ja: {
    lead: 'マイナンバーカードなどで本人確認をしてログインします。ボタンを押すと認証サービスの画面に移ります（開発環境ではデモ用の認証サービスで、アカウントを選ぶだけでログインできます）。',
    signInButton: 'マイナンバーカード等でログイン',
    levelHint:
      '給付や個人番号を扱う手続は、マイナンバーカードでのログインが必要です。それ以外の方法でログインした場合は、申請の前にマイナンバーカードでログインし直してください。',
    failures: {
      login_cancelled: 'ログインを中止しました。',
      login_failed: 'ログインできませんでした。もう一度お試しください。',
      account_not_allowed: 'このアカウントでは住民向けの窓口にログインできません。',
      login_unavailable: '認証サービスに接続できません。しばらくしてからもう一度お試しください。',
    },
  },
  en: {
    lead: 'You prove who you are with your My Number Card or similar. The button takes you to the identity provider (during development, a demo one where you only pick an account).',
    signInButton: 'Sign in with your My Number Card or similar',
    levelHint:
      'Procedures about benefits or the Individual Number need a sign-in with the My Number Card. If you signed in another way, sign in again with the card before you apply.',
    failures: {
      login_cancelled: 'The sign-in was cancelled.',
      login_failed: 'The sign-in did not work. Please try again.',
      account_not_allowed: 'This account cannot sign in to the resident service.',
      login_unavailable: 'The sign-in service cannot be reached. Please try again later.',
    },
  },
  easyJa: {
    lead: 'マイナンバーカードなどで、あなた本人であることを確かめてからログインします。ボタンを押すと、別の画面に移ります。',
    signInButton: 'マイナンバーカードなどでログインする',
    levelHint: 'お金をもらう手続きなどは、マイナンバーカードでログインする必要があります。',
    failures: {
      login_cancelled: 'ログインをやめました。',
      login_failed: 'ログインできませんでした。もう一度試してください。',
      account_not_allowed: 'このアカウントではログインできません。',
      login_unavailable: '今はログインできません。後でもう一度試してください。',
    },
  },
};

export function isSignInFailure(value: string | null): value is SignInFailure {
  return SIGN_IN_FAILURES.some((failure) => failure === value);
}
