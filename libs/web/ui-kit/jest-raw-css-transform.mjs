// Lets a spec import a stylesheet as text (`import { stylesheet } from './styles.css'`) to check its colours.
// eslint-disable-next-line no-restricted-syntax -- Jest loads a code transformer through its default export.
export default {
  process(source) {
    return { code: `export const stylesheet = ${JSON.stringify(source)};` };
  },
};
