import { registerHooks } from 'node:module';

/**
 * Lets Node (which strips types natively) run the library from source: the sources import each
 * other as `./x.js` (the compiled names), so a missing relative `.js` is resolved to its `.ts`.
 * Import this module first, then import the library dynamically.
 */
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) {
        return nextResolve(`${specifier.slice(0, -'.js'.length)}.ts`, context);
      }
      throw error;
    }
  },
});
