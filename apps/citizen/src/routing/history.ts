/** Where the app is: the parts of the address the pages read, and the state a navigation carried. */
export type Location = {
  pathname: string;
  search: string;
  hash: string;
  /** What `navigate(to, { state })` passed (kept in `history.state`, so a reload keeps it). */
  state: unknown;
  /** A key of its own per history entry. */
  key: string;
};

export type NavigateOptions = { replace?: boolean; state?: unknown };

/** The address bar (the browser's History API) or a list in memory (tests). */
export type History = {
  readonly location: Location;
  navigate(to: string, options?: NavigateOptions): void;
  listen(listener: (location: Location) => void): () => void;
};

type Path = Pick<Location, 'pathname' | 'search' | 'hash'>;

const createKey = (): string => Math.random().toString(36).slice(2, 10);

/** `to` as a path: an absolute path as written; anything else resolved against `from`. */
export function resolvePath(to: string, from: Path): Path {
  if (!to.startsWith('/')) {
    const url = new URL(to, `http://localhost${from.pathname}${from.search}`);
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }
  const hashIndex = to.indexOf('#');
  const hash = hashIndex === -1 ? '' : to.slice(hashIndex);
  const rest = hashIndex === -1 ? to : to.slice(0, hashIndex);
  const searchIndex = rest.indexOf('?');
  return searchIndex === -1
    ? { pathname: rest, search: '', hash }
    : { pathname: rest.slice(0, searchIndex), search: rest.slice(searchIndex), hash };
}

export const formatPath = ({ pathname, search, hash }: Path): string =>
  `${pathname}${search === '?' ? '' : search}${hash === '#' ? '' : hash}`;

type HistoryEntry = { usr: unknown; key: string };

export function createBrowserHistory(): History {
  const read = (): Location => {
    const { pathname, search, hash } = window.location;
    const entry = window.history.state as Partial<HistoryEntry> | null;
    return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
  };
  const listeners = new Set<(location: Location) => void>();
  let location = read();
  const update = (): void => {
    location = read();
    for (const listener of listeners) {
      listener(location);
    }
  };
  return {
    get location() {
      return location;
    },
    navigate(to, { replace = false, state = null } = {}) {
      const url = formatPath(resolvePath(to, location));
      const entry: HistoryEntry = { usr: state, key: createKey() };
      if (replace) {
        window.history.replaceState(entry, '', url);
      } else {
        try {
          window.history.pushState(entry, '', url);
        } catch {
          // Safari limits the number of pushState calls: a full navigation still gets there.
          window.location.assign(url);
          return;
        }
      }
      update();
    },
    listen(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        window.addEventListener('popstate', update);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          window.removeEventListener('popstate', update);
        }
      };
    },
  };
}

/** A history in memory, for tests: starts at the last of `initialEntries`. */
export function createMemoryHistory(initialEntries: readonly string[] = ['/']): History {
  const toLocation = (to: string, from: Path, state: unknown, key: string): Location => ({
    ...resolvePath(to, from),
    state,
    key,
  });
  const root: Path = { pathname: '/', search: '', hash: '' };
  const entries = (initialEntries.length > 0 ? initialEntries : ['/']).map((entry, index) =>
    toLocation(entry, root, null, index === 0 ? 'default' : createKey()),
  );
  let index = entries.length - 1;
  const listeners = new Set<(location: Location) => void>();
  const current = (): Location => entries[index] ?? toLocation('/', root, null, 'default');
  return {
    get location() {
      return current();
    },
    navigate(to, { replace = false, state = null } = {}) {
      const next = toLocation(to, current(), state, createKey());
      if (replace) {
        entries[index] = next;
      } else {
        entries.splice(index + 1, entries.length, next);
        index += 1;
      }
      for (const listener of listeners) {
        listener(next);
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
