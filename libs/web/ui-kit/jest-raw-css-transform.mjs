// Lets a spec import a stylesheet as text (`import { stylesheet } from './styles.css'`) to check its colours.
export default {
  process(source) {
    return { code: `export const stylesheet = ${JSON.stringify(source)};` };
  },
};
