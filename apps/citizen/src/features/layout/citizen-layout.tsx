import { useSession, useSignOut } from '@madoguchi/web-data-access-api';
import { Button, LanguageSwitcher, PageLayout } from '@madoguchi/web-ui-kit';
import { Link, NavLink, Outlet, useNavigate } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { LANGUAGE_OPTIONS } from '../../i18n/messages.js';
import { useText } from '../../i18n/use-text.js';
import { useUnreadCount } from '../notifications/use-unread-count.js';

/** The frame of every citizen page: service name, language switch, session, main menu. */
export function CitizenLayout() {
  const { messages, locale, setLocale } = useLocale();
  const text = useText();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const unreadCount = useUnreadCount();
  const isResident = session.data?.kind === 'resident';

  const signOutAndGoHome = async () => {
    await signOut.mutateAsync();
    await navigate('/');
  };

  const navigation = [
    <NavLink to="/" end>
      {text(messages.navHome)}
    </NavLink>,
    <NavLink to="/applications">{text(messages.navApplications)}</NavLink>,
    <NavLink to="/notifications">
      {text(messages.navNotifications)}
      {unreadCount > 0 ? (
        <span className="mdg-badge">
          <span aria-hidden="true">{unreadCount}</span>
          <span className="mdg-visually-hidden">{`（${messages.unreadCount(unreadCount)}）`}</span>
        </span>
      ) : null}
    </NavLink>,
  ];

  return (
    <PageLayout
      brand={<Link to="/">{text(messages.serviceName)}</Link>}
      navigationLabel={messages.navigationLabel}
      navigation={navigation}
      headerActions={
        <>
          <LanguageSwitcher
            label={messages.languageLabel}
            options={LANGUAGE_OPTIONS}
            value={locale}
            onChange={setLocale}
          />
          {isResident && session.data ? (
            <>
              <span className="mdg-header__user">
                {messages.signedInAs(session.data.displayName)}
              </span>
              <Button variant="secondary" onClick={() => void signOutAndGoHome()}>
                {messages.signOut}
              </Button>
            </>
          ) : (
            <Link className="mdg-header__link" to="/sign-in">
              {text(messages.signIn)}
            </Link>
          )}
        </>
      }
      footer={<p>{text(messages.footer)}</p>}
    >
      <Outlet />
    </PageLayout>
  );
}
