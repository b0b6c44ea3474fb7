// Build wiring for extension/page/quiet-context.ts: WXT's generated content-script entry gets our
// quiet context class in place of its own; every other import of the module is left alone.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CONTEXT_MODULE = 'wxt/utils/content-script-context';
const ENTRY = 'virtual:wxt-content-script-isolated-world-entrypoint';
const QUIET = fileURLToPath(new URL('../extension/page/quiet-context.ts', import.meta.url));

export function quietContentScriptContext(): Plugin {
  return {
    name: 'leaklens-quiet-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === CONTEXT_MODULE && importer?.includes(ENTRY) ? QUIET : undefined;
    },
  };
}
