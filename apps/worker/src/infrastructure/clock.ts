/** The time, injected so quiet hours and the daily scan can be tested at 23:30 or 08:00 JST. */
export type Clock = { now(): Date };

export const CLOCK = Symbol('CLOCK');

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };
