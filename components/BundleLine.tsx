// One line naming the rules bundle a result came from: id, version and date, for the locale.
import type { BundleInfo } from '../extension/tab-state';
import { useUi } from './ui-context';

export interface BundleLineProps {
  bundle: BundleInfo;
}

export function BundleLine({ bundle }: BundleLineProps) {
  const { t, date, number } = useUi();
  return (
    <p class="bundle" data-testid="bundle-used">
      {t('popup.bundleUsed', [bundle.id, number(bundle.version), date(bundle.created)])}
    </p>
  );
}
