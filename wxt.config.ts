// WXT build configuration: manifest, Preact wiring and store zips for Chrome MV3 and Firefox MV3.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports everywhere: the engine must stay free of auto-imported extension globals.
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'LeakLens',
    description:
      'Notices when a page carries, quotes, links to or discusses documents from a known hack-and-leak operation.',
    permissions: ['storage'],
    action: { default_title: 'LeakLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leaklens@leaklens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: [
      '.output/**',
      'node_modules/**',
      'bench/results/**',
      'tests/e2e/artifacts/**',
      '.ci/**',
      '**/*.zip',
    ],
  },
});
