// Only the specs import a stylesheet, as text, through jest-raw-css-transform.mjs.
declare module '*.css' {
  export const stylesheet: string;
}
