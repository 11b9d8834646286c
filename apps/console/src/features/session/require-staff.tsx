import { useSession } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMessages } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';

/** Renders its children for signed-in staff; sends anyone else to the sign-in page. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  const messages = useMessages();
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
      <Notice tone="warning" title={messages.staffOnly}>
        <Link className={buttonClassName('secondary')} to="/sign-in">
          {messages.signIn}
        </Link>
      </Notice>
    );
  }
  return children;
}
