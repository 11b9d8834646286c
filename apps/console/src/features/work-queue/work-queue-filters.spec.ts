import { filtersFromSearchParams, withFilter } from './work-queue-filters.js';

describe(filtersFromSearchParams.name, () => {
  it('reads the known filters and drops unknown values', () => {
    // Arrange
    const params = new URLSearchParams(
      'status=in_review&due=someday&assignee=me&q=%20おだわら%20&sort=due&procedureId=pregnancy-notification',
    );

    // Act
    const filters = filtersFromSearchParams(params);

    // Assert
    expect(filters).toEqual({
      procedureId: 'pregnancy-notification',
      status: ['in_review'],
      assignee: 'me',
      q: 'おだわら',
      sort: 'due',
    });
  });

  it('leaves the default sort out so the first request has no query string', () => {
    // Act
    const filters = filtersFromSearchParams(new URLSearchParams('sort=submitted'));

    // Assert
    expect(filters).toEqual({});
  });
});

describe(withFilter.name, () => {
  it('sets a filter and removes it when emptied', () => {
    // Arrange
    const params = new URLSearchParams('status=submitted');

    // Act
    const withDue = withFilter(params, 'due', 'today');
    const cleared = withFilter(withDue, 'status', '');

    // Assert
    expect(withDue.toString()).toBe('status=submitted&due=today');
    expect(cleared.toString()).toBe('due=today');
  });
});
