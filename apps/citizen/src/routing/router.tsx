// The citizen app's router: the few hooks and components of React Router the pages use, with the
// same names and behaviour, over the History API (≈ 1.5 KB instead of React Router's ≈ 13 KB
// gzipped on every page). A navigation is a transition, as in React Router: the page before stays
// until the next page's chunk has loaded. Like React Router's declarative mode, it neither
// scrolls nor moves focus on a navigation; the pages that need it move focus themselves.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import {
  createContext,
  startTransition,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { History, Location, NavigateOptions } from './history.js';
import { createBrowserHistory, createMemoryHistory, formatPath, resolvePath } from './history.js';
import type { Params, RouteObject } from './match-routes.js';
import { matchRoutes } from './match-routes.js';

export type { Location, NavigateOptions } from './history.js';
export type { Params, RouteObject } from './match-routes.js';

/** Goes to `to` (an absolute path, or a query `?…` of the current page); await it or not. */
export type NavigateFunction = (to: string, options?: NavigateOptions) => Promise<void>;

type RouterValue = { location: Location; navigate: NavigateFunction };

const RouterContext = createContext<RouterValue | null>(null);
const RouteContext = createContext<{ params: Params; outlet: ReactNode }>({
  params: {},
  outlet: null,
});

function useRouter(): RouterValue {
  const router = use(RouterContext);
  if (!router) {
    throw new Error('a link or a route hook outside <BrowserRouter> or <MemoryRouter>');
  }
  return router;
}

function Router({ history, children }: { history: History; children: ReactNode }) {
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(
    () => history.listen((next) => startTransition(() => setLocation(next))),
    [history],
  );
  const navigate = useCallback<NavigateFunction>(
    (to, options) => {
      history.navigate(to, options);
      return Promise.resolve();
    },
    [history],
  );
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

/** The router of the app in a browser: the address bar. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(createBrowserHistory);
  return <Router history={history}>{children}</Router>;
}

/** A router in memory, for tests: starts at the last of `initialEntries` (default `/`). */
export function MemoryRouter({
  initialEntries,
  children,
}: {
  initialEntries?: readonly string[];
  children: ReactNode;
}) {
  const [history] = useState(() => createMemoryHistory(initialEntries));
  return <Router history={history}>{children}</Router>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

/** The parameters of the matched route (`:municipalityCode` → `municipalityCode`), decoded. */
export function useParams(): Params {
  return use(RouteContext).params;
}

export type SetSearchParams = (
  next: URLSearchParams | Record<string, string>,
  options?: NavigateOptions,
) => void;

/** The query of the address, and a function that navigates to the same page with another one. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { location, navigate } = useRouter();
  const searchParams = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setSearchParams = useCallback<SetSearchParams>(
    (next, options) => {
      const query = new URLSearchParams(next).toString();
      void navigate(`${location.pathname}${query === '' ? '' : `?${query}`}`, options);
    },
    [location.pathname, navigate],
  );
  return [searchParams, setSearchParams];
}

/** The element of the route that matches the address, inside those of its parents (`Outlet`). */
export function useRoutes(routes: readonly RouteObject[]): ReactNode {
  const { pathname } = useLocation();
  const matches = matchRoutes(routes, pathname);
  if (!matches) {
    return null;
  }
  return matches.reduceRight<ReactNode>(
    (outlet, { route, params }) => (
      <RouteContext value={{ params, outlet }}>{route.element ?? outlet}</RouteContext>
    ),
    null,
  );
}

/** Where a parent route shows its matched child. */
export function Outlet() {
  return use(RouteContext).outlet;
}

/** Navigates once rendered (e.g. to the sign-in page), as React Router's `<Navigate>`. */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  const { navigate } = useRouter();
  useEffect(() => {
    void navigate(to, { replace, state });
    // Once per target: a new state object on each render is not a new navigation.
  }, [navigate, to, replace]);
  return null;
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  replace?: boolean;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
};

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>, target?: string): boolean =>
  !event.defaultPrevented &&
  event.button === 0 &&
  (target === undefined || target === '_self') &&
  !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

/**
 * A link inside the app: a real `<a href>` (open in a new tab, copy the address), which a plain
 * click follows without reloading the page. A link to the current address replaces its history
 * entry rather than adding the same one again, as in React Router.
 */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const { location, navigate } = useRouter();
  const href = formatPath(resolvePath(to, location));
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event, target)) {
          return;
        }
        event.preventDefault();
        void navigate(to, { replace: replace ?? href === formatPath(location), state });
      }}
    />
  );
}

/** A link of the main menu: `aria-current="page"` on the current section (`end`: this path only). */
export function NavLink({ end = false, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const current = pathname.toLowerCase().replace(/(.)\/+$/, '$1');
  const target = resolvePath(props.to, { pathname, search: '', hash: '' }).pathname.toLowerCase();
  const isActive =
    current === target || (!end && target !== '/' && current.startsWith(`${target}/`));
  return <Link {...props} aria-current={isActive ? 'page' : undefined} />;
}
