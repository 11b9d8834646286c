import { useSession } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { MESSAGES } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';

/** Renders its children for signed-in staff; sends anyone else to the sign-in page. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return <LoadingNotice />;
  }
  if (session.isError) {
    return <LoadFailedNotice error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    return (
      <Navigate
        to={`/sign-in?returnTo=${encodeURIComponent(`${location.pathname}${location.search}`)}`}
        replace
      />
    );
  }
  if (session.data.kind !== 'staff') {
    return (
      <Notice tone="warning" title={MESSAGES.staffOnly}>
        <Link className={buttonClassName('secondary')} to="/sign-in">
          {MESSAGES.signIn}
        </Link>
      </Notice>
    );
  }
  return children;
}
