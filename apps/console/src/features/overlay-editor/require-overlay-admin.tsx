import { useSession } from '@madoguchi/web-data-access-api';
import { Notice } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { RequireStaff } from '../session/require-staff.js';
import { OVERLAY_EDITOR_MESSAGES as M } from './overlay-editor-messages.js';

/** The editor is for the municipality's administrators (the API refuses the others too). */
export function RequireOverlayAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireStaff>
      <AdminOnly>{children}</AdminOnly>
    </RequireStaff>
  );
}

function AdminOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.data?.kind === 'staff' && session.data.staffRole === 'admin') {
    return children;
  }
  return <Notice tone="warning" title={M.adminOnly} />;
}
