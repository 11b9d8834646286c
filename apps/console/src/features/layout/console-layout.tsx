import { useSession, useSignOut } from '@madoguchi/web-data-access-api';
import { Button, LanguageSwitcher, PageLayout } from '@madoguchi/web-ui-kit';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { LANGUAGE_OPTIONS } from '../../i18n/messages.js';
import { useAdminMessages } from '../administration/administration-messages.js';
import { useCounterMessages } from '../counter/counter-messages.js';
import { DASHBOARD_CATALOGUES } from '../dashboard/dashboard-messages.js';

/**
 * The frame of every console page: wide (desktop PCs), with the signed-in staff member. The menu
 * lists only pages a signed-out visitor could open: none, so it appears once a staff member is
 * signed in; the sign-in page does not link to itself.
 */
export function ConsoleLayout() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const staff = session.data?.kind === 'staff' ? session.data : undefined;
  const isSignInPage = location.pathname === '/sign-in';
  const { locale, messages, setLocale } = useConsoleLocale();
  const counterMessages = useCounterMessages();
  const adminMessages = useAdminMessages();

  const signOutAndLeave = async () => {
    await signOut.mutateAsync();
    await navigate('/sign-in');
  };

  return (
    <PageLayout
      width="wide"
      brand={<Link to="/">{messages.serviceName}</Link>}
      navigationLabel={messages.navigationLabel}
      navigation={[
        ...(staff
          ? [
              <NavLink to="/" end>
                {messages.navWorkQueue}
              </NavLink>,
            ]
          : []),
        // Every staff role may see the municipality's counts (業務の状況) and export them.
        ...(staff
          ? [<NavLink to="/dashboard">{DASHBOARD_CATALOGUES[locale].navDashboard}</NavLink>]
          : []),
        // Every staff role may see and retry the municipality's failed deliveries.
        ...(staff
          ? [<NavLink to="/notifications/dead-letters">{messages.navDeadLetters}</NavLink>]
          : []),
        // Every staff role may fill an application for a resident at the counter (書かない窓口).
        ...(staff ? [<NavLink to="/counter">{counterMessages.navCounter}</NavLink>] : []),
        ...(staff?.staffRole === 'admin'
          ? [<NavLink to="/admin">{adminMessages.navAdministration}</NavLink>]
          : []),
      ]}
      headerActions={
        <>
          <LanguageSwitcher
            label={messages.languageLabel}
            options={LANGUAGE_OPTIONS}
            value={locale}
            onChange={setLocale}
          />
          {staff ? (
            <>
              <span className="mdg-header__user">
                {messages.signedInAs(staff.displayName, staff.municipalityCode)}
              </span>
              <Button variant="secondary" onClick={() => void signOutAndLeave()}>
                {messages.signOut}
              </Button>
            </>
          ) : isSignInPage ? null : (
            <Link className="mdg-header__link" to="/sign-in">
              {messages.signIn}
            </Link>
          )}
        </>
      }
      footer={<p>{messages.footer}</p>}
    >
      <Outlet />
    </PageLayout>
  );
}
