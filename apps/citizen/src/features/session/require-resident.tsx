import { useSession } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';

/** Renders its children for a signed-in resident; sends anyone else to the sign-in page. */
export function RequireResident({ children }: { children: ReactNode }) {
  const { messages } = useLocale();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return <LoadingNotice />;
  }
  if (session.isError) {
    return <LoadFailedNotice error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  if (session.data.kind !== 'resident') {
    return (
      <Notice tone="warning" title={messages.residentOnly}>
        <Link className={buttonClassName('secondary')} to="/sign-in">
          {messages.signIn}
        </Link>
      </Notice>
    );
  }
  return children;
}
