import type { ReactNode } from 'react';
import { useUiText } from './ui-text.js';

export type PageLayoutProps = {
  /** Service name, usually a link to the home page. */
  brand: ReactNode;
  /** The accessible name of the main navigation, e.g. "メインメニュー". */
  navigationLabel: string;
  /** Items of the main navigation (links), rendered in a list. */
  navigation?: readonly ReactNode[];
  /** Things at the right of the header: language switcher, signed-in user, sign-out. */
  headerActions?: ReactNode;
  footer: ReactNode;
  children: ReactNode;
  /** A narrow column for forms on phones (default) or the full width for staff tables. */
  width?: 'narrow' | 'wide';
};

/** The frame of every page: skip link, header with navigation, `<main>`, footer. */
export function PageLayout({
  brand,
  navigationLabel,
  navigation = [],
  headerActions,
  footer,
  children,
  width = 'narrow',
}: PageLayoutProps) {
  const text = useUiText();
  return (
    <div className={`mdg-page mdg-page--${width}`}>
      <a className="mdg-skip-link" href="#main-content">
        {text.skipLink}
      </a>
      <header className="mdg-header">
        <div className="mdg-header__inner mdg-container">
          <div className="mdg-header__brand">{brand}</div>
          {headerActions ? <div className="mdg-header__actions">{headerActions}</div> : null}
        </div>
        {navigation.length > 0 ? (
          <nav className="mdg-nav" aria-label={navigationLabel}>
            <ul className="mdg-nav__list mdg-container">
              {navigation.map((item, index) => (
                // The items are a fixed list given by the app: the index is a stable key.
                <li className="mdg-nav__item" key={index}>
                  {item}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main-content" className="mdg-main mdg-container" tabIndex={-1}>
        {children}
      </main>
      <footer className="mdg-footer">
        <div className="mdg-container">{footer}</div>
      </footer>
    </div>
  );
}
