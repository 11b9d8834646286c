import { NavLink } from 'react-router';
import { ADMIN_MESSAGES } from './administration-messages.js';

/** The pages of 管理, one link each (the current one marked with aria-current by NavLink). */
export const ADMIN_PAGES = [
  { path: '/admin/procedures', label: ADMIN_MESSAGES.proceduresTitle },
  { path: '/admin/overlay-editor', label: ADMIN_MESSAGES.overlayEditorTitle },
  { path: '/admin/api-keys', label: ADMIN_MESSAGES.apiKeysTitle },
  { path: '/admin/audit-log', label: ADMIN_MESSAGES.auditTitle },
  { path: '/admin/notification-rules', label: ADMIN_MESSAGES.rulesTitle },
] as const;

export function AdministrationNav() {
  return (
    <nav aria-label={ADMIN_MESSAGES.sectionNavLabel} className="mdg-admin-nav">
      <ul>
        {ADMIN_PAGES.map((page) => (
          <li key={page.path}>
            <NavLink to={page.path}>{page.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
