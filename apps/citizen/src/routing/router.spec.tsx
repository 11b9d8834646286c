import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from './router.js';
import {
  Link,
  MemoryRouter,
  NavLink,
  Navigate,
  Outlet,
  useLocation,
  useNavigate,
  useParams,
  useRoutes,
  useSearchParams,
} from './router.js';

function Where() {
  const location = useLocation();
  return (
    <output aria-label="where">{`${location.pathname}${location.search}${location.hash}|${JSON.stringify(location.state)}`}</output>
  );
}

function Detail() {
  const { applicationId } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <h1>{`detail ${applicationId ?? ''}`}</h1>
      <button
        type="button"
        onClick={() => void navigate('/applications', { state: { notice: 'done' } })}
      >
        back
      </button>
    </>
  );
}

function Search() {
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <>
      <h1>{`search ${searchParams.get('q') ?? ''}`}</h1>
      <button type="button" onClick={() => setSearchParams({ q: '介護' }, { replace: true })}>
        search
      </button>
    </>
  );
}

const ROUTES: RouteObject[] = [
  {
    element: (
      <>
        <nav>
          <NavLink to="/" end>
            home
          </NavLink>
          <NavLink to="/applications">applications</NavLink>
        </nav>
        <Outlet />
        <Where />
      </>
    ),
    children: [
      { index: true, element: <h1>home</h1> },
      {
        path: 'applications',
        element: (
          <>
            <h1>applications</h1>
            <Link to="/applications/7">seven</Link>
          </>
        ),
      },
      { path: 'applications/:applicationId', element: <Detail /> },
      { path: 'search', element: <Search /> },
      { path: 'old', element: <Navigate to="/search?q=old" replace /> },
      { path: '*', element: <h1>not found</h1> },
    ],
  },
];

function Routes() {
  return useRoutes(ROUTES);
}

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes />
    </MemoryRouter>,
  );

describe('the citizen router', () => {
  it('follows a link without reloading, with the route parameters and aria-current on the menu', async () => {
    // Arrange
    const user = userEvent.setup();
    renderAt('/applications');
    expect(screen.getByRole('link', { name: 'applications' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    // Act
    await user.click(screen.getByRole('link', { name: 'seven' }));

    // Assert
    expect(await screen.findByRole('heading', { name: 'detail 7' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'applications' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'home' })).not.toHaveAttribute('aria-current');
  });

  it('navigates with a state the next page reads', async () => {
    const user = userEvent.setup();
    renderAt('/applications/7');

    await user.click(screen.getByRole('button', { name: 'back' }));

    expect(await screen.findByRole('heading', { name: 'applications' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'where' })).toHaveTextContent(
      '/applications|{"notice":"done"}',
    );
  });

  it('keeps the query and the hash, and sets the query of the same page', async () => {
    const user = userEvent.setup();
    renderAt('/search?q=%E5%A6%8A%E5%A8%A0#top');
    expect(screen.getByRole('heading', { name: 'search 妊娠' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'where' })).toHaveTextContent(
      '/search?q=%E5%A6%8A%E5%A8%A0#top|null',
    );

    await user.click(screen.getByRole('button', { name: 'search' }));

    expect(await screen.findByRole('heading', { name: 'search 介護' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'where' })).toHaveTextContent(
      `/search?q=${encodeURIComponent('介護')}|null`,
    );
  });

  it('redirects with <Navigate>', async () => {
    renderAt('/old');

    expect(await screen.findByRole('heading', { name: 'search old' })).toBeInTheDocument();
  });

  it('shows the catch-all page for an unknown path', () => {
    renderAt('/nowhere');

    expect(screen.getByRole('heading', { name: 'not found' })).toBeInTheDocument();
  });

  it('leaves a click with a modifier key to the browser (a new tab)', () => {
    renderAt('/applications');
    let isLeftToBrowser = false;
    // After React's handler: note whether it took the click, and keep jsdom from navigating.
    const noteClick = (event: MouseEvent) => {
      isLeftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', noteClick);

    fireEvent.click(screen.getByRole('link', { name: 'seven' }), { ctrlKey: true });
    window.removeEventListener('click', noteClick);

    expect(isLeftToBrowser).toBe(true);
    expect(screen.getByRole('heading', { name: 'applications' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'seven' })).toHaveAttribute('href', '/applications/7');
  });
});
