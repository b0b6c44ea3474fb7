// "Known leaks": every leak in the rules bundle, each opening to its context, so the user can
// read where documents came from without a page that carries them.
import type { Bundle } from '../engine/bundle';
import { bundleInfo } from '../extension/report';
import { BundleLine } from './BundleLine';
import { LeakContext } from './LeakContext';
import { useUi } from './ui-context';

export interface KnownLeaksProps {
  bundle: Bundle;
}

export function KnownLeaks({ bundle }: KnownLeaksProps) {
  const { t } = useUi();
  return (
    <section class="known" data-testid="known-leaks" aria-labelledby="known-heading">
      <h2 id="known-heading">{t('known.heading')}</h2>
      <p>{t('known.intro')}</p>
      <BundleLine bundle={bundleInfo(bundle)} />
      {bundle.leaks.length === 0 && <p class="muted">{t('known.empty')}</p>}
      {bundle.leaks.map((leak) => (
        <details key={leak.id} class="known-leak" data-testid="known-leak" data-leak={leak.id}>
          <summary>{leak.title}</summary>
          <LeakContext leak={leak} level={3} />
        </details>
      ))}
    </section>
  );
}
