// Build wiring: two lines of library code that LeakLens never runs are taken out of the build, so
// that the built extension holds no way to insert HTML and no string evaluation (docs/toolchain.md,
// "Two library lines patched out"). A patch that no longer finds its line stops the build.
import type { Plugin } from 'vite';

export interface LibraryPatch {
  /** The end of the module's resolved path. */
  module: string;
  /** What is replaced; it must occur exactly once in the module. */
  find: RegExp;
  replace: string;
}

export const LIBRARY_PATCHES: readonly LibraryPatch[] = [
  {
    // Preact's `dangerouslySetInnerHTML`: no component of ours uses it, and page text must never
    // reach the page as HTML, so the one assignment to innerHTML becomes a loud refusal.
    module: '/node_modules/preact/dist/preact.mjs',
    find: /\(\w+\.innerHTML=\w+\.__html\)/g,
    replace: '(()=>{throw Error("LeakLens inserts no HTML (dangerouslySetInnerHTML)")})()',
  },
  {
    // zod's probe for `new Function`, which picks its generated-code fast path: an extension's CSP
    // forbids it anyway (the probe only throws, and may be reported as a policy violation).
    module: '/node_modules/zod/v4/core/util.js',
    find: /const F = Function;\s*new F\(""\);\s*return true;/g,
    replace: 'return false;',
  },
];

/** `code` with `patch` applied; throws where the patch does not find exactly one place. */
export function applyPatch(code: string, patch: LibraryPatch): string {
  const found = code.match(patch.find)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `library patch for ${patch.module} found ${found} places to change, not 1: ` +
        'the library changed; see docs/toolchain.md, "Two library lines patched out"',
    );
  }
  return code.replace(patch.find, patch.replace);
}

/** The patch for the module at `id` (a resolved path, perhaps with a query), if any. */
export function patchFor(
  id: string,
  patches: readonly LibraryPatch[] = LIBRARY_PATCHES,
): LibraryPatch | undefined {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  return patches.find((p) => path.endsWith(p.module));
}

export function libraryPatches(patches: readonly LibraryPatch[] = LIBRARY_PATCHES): Plugin {
  return {
    name: 'leaklens-library-patches',
    enforce: 'pre',
    transform(code, id) {
      const patch = patchFor(id, patches);
      if (!patch) return undefined;
      try {
        return { code: applyPatch(code, patch), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
