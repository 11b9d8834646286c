import { useSession } from '@madoguchi/web-data-access-api';
import { Notice } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { RequireStaff } from '../session/require-staff.js';
import { useAdminMessages } from './administration-messages.js';

/**
 * Renders its children for the municipality's administrators (staff role `admin`); other staff
 * are told why (the API refuses them too: this only spares them a page of errors).
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireStaff>
      <AdminOnly>{children}</AdminOnly>
    </RequireStaff>
  );
}

function AdminOnly({ children }: { children: ReactNode }) {
  const text = useAdminMessages();
  const session = useSession();
  if (session.data?.kind === 'staff' && session.data.staffRole === 'admin') {
    return children;
  }
  return (
    <Notice tone="warning" title={text.adminOnly}>
      <p>{text.adminOnlyBody}</p>
    </Notice>
  );
}
