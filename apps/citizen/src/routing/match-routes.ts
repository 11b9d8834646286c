import type { ReactNode } from 'react';

/** A route of the app: a path (`:name` for a parameter, `*` for the rest), an element, children. */
export type RouteObject = {
  path?: string;
  /** The child shown at the parent's own path. */
  index?: boolean;
  element?: ReactNode;
  /** Loads the element's chunk ahead of its first render (the first page, before the app starts). */
  preload?: () => Promise<void>;
  children?: RouteObject[];
};

export type Params = Record<string, string | undefined>;

export type RouteMatch = { route: RouteObject; params: Params };

type Branch = { segments: string[]; routes: RouteObject[]; score: number };

const splitPath = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

/** As React Router ranks them: a fixed segment beats a parameter, which beats the rest (`*`). */
function scoreOf(segments: readonly string[], isIndex: boolean): number {
  return segments.reduce(
    (score, segment) => score + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10),
    segments.length + (isIndex ? 2 : 0),
  );
}

function flatten(
  routes: readonly RouteObject[],
  parentSegments: string[] = [],
  parentRoutes: RouteObject[] = [],
  branches: Branch[] = [],
): Branch[] {
  for (const route of routes) {
    const segments =
      route.index === true ? parentSegments : [...parentSegments, ...splitPath(route.path ?? '')];
    const chain = [...parentRoutes, route];
    if (route.children) {
      flatten(route.children, segments, chain, branches);
    }
    if (route.index === true || route.path !== undefined) {
      branches.push({ segments, routes: chain, score: scoreOf(segments, route.index === true) });
    }
  }
  return branches;
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

function matchBranch(branch: Branch, pathSegments: readonly string[]): Params | undefined {
  const params: Params = {};
  for (const [index, segment] of branch.segments.entries()) {
    if (segment === '*') {
      params['*'] = pathSegments.slice(index).map(decode).join('/');
      return params;
    }
    const actual = pathSegments[index];
    if (actual === undefined) {
      return undefined;
    }
    if (segment.startsWith(':')) {
      params[segment.slice(1)] = decode(actual);
    } else if (segment.toLowerCase() !== decode(actual).toLowerCase()) {
      return undefined;
    }
  }
  return branch.segments.length === pathSegments.length ? params : undefined;
}

/** The ranked branches of each routes table (the app has one, made once). */
const RANKED = new WeakMap<readonly RouteObject[], Branch[]>();

/**
 * The routes, from the outermost to the page, that show `pathname`, each with the parameters
 * read so far; undefined when none does. Case-insensitive and indifferent to a trailing slash,
 * as React Router is.
 */
export function matchRoutes(
  routes: readonly RouteObject[],
  pathname: string,
): RouteMatch[] | undefined {
  const pathSegments = splitPath(pathname);
  let branches = RANKED.get(routes);
  if (!branches) {
    // A stable sort: routes of the same rank keep the order they are written in.
    branches = flatten(routes).sort((a, b) => b.score - a.score);
    RANKED.set(routes, branches);
  }
  for (const branch of branches) {
    const params = matchBranch(branch, pathSegments);
    if (params) {
      return branch.routes.map((route) => ({ route, params }));
    }
  }
  return undefined;
}
