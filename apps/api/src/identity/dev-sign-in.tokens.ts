export const DEMO_ACCOUNTS = Symbol('DEMO_ACCOUNTS');
