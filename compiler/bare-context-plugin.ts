// Build wiring for extension/page/bare-context.ts: WXT's generated content-script entry (the
// lookout's) gets our empty context class in place of its own; every other import of the module
// (the scanner's quiet context extends WXT's) is left alone.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CONTEXT_MODULE = 'wxt/utils/content-script-context';
const ENTRY = 'virtual:wxt-content-script-isolated-world-entrypoint';
const BARE = fileURLToPath(new URL('../extension/page/bare-context.ts', import.meta.url));

export function bareContentScriptContext(): Plugin {
  return {
    name: 'leaklens-bare-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === CONTEXT_MODULE && importer?.includes(ENTRY) ? BARE : undefined;
    },
  };
}
