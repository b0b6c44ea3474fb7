// The active rules bundle on the options page: id, version, date, number of leaks, where it came
// from and its signature status (remote, signed bundles come with the update settings).
import type { BundleInfo } from '../extension/tab-state';
import { FactList } from './FactList';
import { useUi } from './ui-context';

export interface BundleDetailsProps {
  bundle: BundleInfo;
  leakCount: number;
  updated: boolean;
}

export function BundleDetails({ bundle, leakCount, updated }: BundleDetailsProps) {
  const { t, date, number } = useUi();
  const rows = [
    ['bundle-id', t('options.bundleId'), bundle.id],
    ['bundle-version', t('options.bundleVersion'), number(bundle.version)],
    ['bundle-date', t('options.bundleDate'), date(bundle.created)],
    ['bundle-leaks', t('options.bundleLeaks'), number(leakCount)],
    [
      'bundle-source',
      t('options.bundleSource'),
      t(updated ? 'options.bundleUpdate' : 'options.bundleBuiltIn'),
    ],
    [
      'bundle-signature',
      t('options.bundleSignature'),
      t(updated ? 'options.bundleSignedVerified' : 'options.bundleBuiltInUnsigned'),
    ],
  ] as const;
  return (
    <section data-testid="bundle-info" aria-labelledby="bundle-heading">
      <h2 id="bundle-heading">{t('options.bundle')}</h2>
      <FactList facts={rows} />
    </section>
  );
}
