// WXT build configuration: manifest, Preact wiring and store zips for Chrome MV3 and Firefox MV3.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { leaklensUpdateKey } from './compiler/update-key-plugin';
import { leaklensBundle } from './compiler/vite-plugin';
import { bareContentScriptContext } from './compiler/bare-context-plugin';
import { eagerCompileHint } from './compiler/compile-hints-plugin';
import { libraryPatches } from './compiler/library-patches-plugin';
import { watchBudgetDefine } from './compiler/watch-budget-define';

/** `npm run dev` uses the system's browsers where they exist (Debian paths). */
const systemBinaries = Object.fromEntries(
  [
    ['chrome', '/usr/bin/chromium'],
    ['firefox', '/usr/bin/firefox-esr'],
  ].filter(([, path]) => existsSync(path!)),
);

export default defineConfig({
  // Explicit imports everywhere: the engine must stay free of auto-imported extension globals.
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/i18n/module'],
  // A second output folder lets the tests build the demo bundle beside the built-in one.
  outDir: process.env.LEAKLENS_OUT_DIR ?? '.output',
  vite: () => ({
    define: watchBudgetDefine(),
    plugins: [
      preact(),
      libraryPatches(),
      leaklensBundle(),
      leaklensUpdateKey(),
      bareContentScriptContext(),
      eagerCompileHint(['content-scripts/content.js']),
    ],
    build: {
      // For profiling (docs/in-page.md): readable function names in the built scripts.
      ...(process.env.LEAKLENS_NO_MINIFY ? { minify: false } : {}),
      rollupOptions: {
        treeshake: {
          // WXT's `browser` module reads `browser.runtime.id` as it loads, which sets up the runtime
          // API in the frame; a script that only names its types (the lookout) must not load it.
          moduleSideEffects: (id: string) => !id.includes('/@wxt-dev/browser/'),
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` and the hosts: the background loads the scanner into a frame only where the
    // lookout asks for it (docs/privacy.md, "Permissions").
    permissions: ['storage', 'activeTab', 'alarms', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'LeakLens' },
    // Ed25519 in WebCrypto (signed updates) and the CSS Custom Highlight API are both there
    // (Firefox 140 is the ESR line that Debian ships).
    ...(browser === 'chrome' ? { minimum_chrome_version: '137' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leaklens@leaklens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: systemBinaries,
    // Chromium refuses to start as root without it (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  zip: {
    excludeSources: [
      '.output/**',
      'node_modules/**',
      'bench/results/**',
      'tests/e2e/artifacts/**',
      '.ci/**',
      '**/*.zip',
      '.tmp/**',
      '.scratch/**',
    ],
  },
});
