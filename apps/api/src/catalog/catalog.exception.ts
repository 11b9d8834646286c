import { ApiException } from '@madoguchi/server-util-nest';

export type CatalogExceptionCode = 'municipality_not_found' | 'procedure_not_found' | 'form_version_not_found';

const CATALOG_ERRORS: Record<CatalogExceptionCode, { status: number; ja: string; en: string }> = {
  municipality_not_found: { status: 404, ja: 'その自治体は見つかりません。', en: 'No such municipality.' },
  procedure_not_found: {
    status: 404,
    ja: 'この自治体ではその手続をオンラインで受け付けていません。',
    en: 'This municipality does not accept that procedure online.',
  },
  form_version_not_found: { status: 404, ja: 'その様式の版は見つかりません。', en: 'No such form version.' },
};

export function catalogException(code: CatalogExceptionCode): ApiException {
  const { status, ja, en } = CATALOG_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
