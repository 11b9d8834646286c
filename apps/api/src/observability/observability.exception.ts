import { ApiException } from '@madoguchi/server-util-nest';

export type ObservabilityExceptionCode =
  'metrics_credential_missing' | 'metrics_credential_invalid';

const OBSERVABILITY_ERRORS: Record<
  ObservabilityExceptionCode,
  { status: number; ja: string; en: string }
> = {
  metrics_credential_missing: {
    status: 401,
    ja: 'メトリクスは監視用の認証情報か運用ネットワークからのみ取得できます。',
    en: 'Metrics are served only with the scrape credential or to the operator network.',
  },
  metrics_credential_invalid: {
    status: 403,
    ja: 'メトリクスの認証情報が正しくありません。',
    en: 'The scrape credential is not valid.',
  },
};

export function observabilityException(code: ObservabilityExceptionCode): ApiException {
  const { status, ja, en } = OBSERVABILITY_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
