// The active rules bundle on the options page, shown once: id, version, date, number of leaks,
// where it came from (for an update, its address and when it was accepted) and its signature.
import type { BundleInfo } from '../extension/tab-state';
import { formatDateTime } from '../extension/updates/format-time';
import type { ActiveBundleInfo } from '../extension/updates/status';
import { FactList } from './FactList';
import { useUi } from './ui-context';

/** Where an accepted update came from, as the background's update status says. */
export type BundleOrigin = Pick<ActiveBundleInfo, 'url' | 'acceptedAt'>;

export interface BundleDetailsProps {
  bundle: BundleInfo;
  leakCount: number;
  updated: boolean;
  origin?: BundleOrigin | null;
}

export function BundleDetails({ bundle, leakCount, updated, origin }: BundleDetailsProps) {
  const { t, date, number, locale } = useUi();
  const source = !updated
    ? t('options.bundleBuiltIn')
    : origin?.url && origin.acceptedAt
      ? t('updates.sourceUpdate', [origin.url, formatDateTime(origin.acceptedAt, locale)])
      : t('options.bundleUpdate');
  const rows = [
    ['bundle-id', t('options.bundleId'), bundle.id],
    ['bundle-version', t('options.bundleVersion'), number(bundle.version)],
    ['bundle-date', t('options.bundleDate'), date(bundle.created)],
    ['bundle-leaks', t('options.bundleLeaks'), number(leakCount)],
    ['bundle-source', t('options.bundleSource'), source],
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
