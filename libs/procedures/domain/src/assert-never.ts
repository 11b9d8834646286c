/** Ends every switch over a closed union so a new member fails the type check. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
