import { NavLink } from 'react-router';
import type { AdminMessages } from './administration-messages.js';
import { useAdminMessages } from './administration-messages.js';

/** The pages of 管理, one link each (the current one marked with aria-current by NavLink). */
export function adminPages(text: AdminMessages) {
  return [
    { path: '/admin/procedures', label: text.proceduresTitle },
    { path: '/admin/overlay-editor', label: text.overlayEditorTitle },
    { path: '/admin/api-keys', label: text.apiKeysTitle },
    { path: '/admin/audit-log', label: text.auditTitle },
    { path: '/admin/notification-rules', label: text.rulesTitle },
  ] as const;
}

export function AdministrationNav() {
  const text = useAdminMessages();
  return (
    <nav aria-label={text.sectionNavLabel} className="mdg-admin-nav">
      <ul>
        {adminPages(text).map((page) => (
          <li key={page.path}>
            <NavLink to={page.path}>{page.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
