// What was found on the tab: the page verdict in words and the number of passages, then one
// <LeakFinding> per leak; on a clean page, that it is clean and which rules bundle said so.
import type { Finding as FindingData, PassageRef } from '../extension/popup-view';
import type { BundleInfo } from '../extension/tab-state';
import { BundleLine } from './BundleLine';
import { LeakFinding } from './LeakFinding';
import { ScanNoteLine } from './ScanNoteLine';
import { useUi } from './ui-context';

export interface FindingProps {
  finding: FindingData;
  bundle: BundleInfo | null;
  missing: ReadonlySet<string>;
  onShow(passage: PassageRef): void;
}

export function Finding({ finding, bundle, missing, onShow }: FindingProps) {
  const { t, number } = useUi();
  const { verdict, passageCount } = finding;
  return (
    <section
      class={`finding verdict-${verdict}`}
      data-testid="finding"
      data-verdict={verdict}
      data-passages={passageCount}
      aria-labelledby="finding-verdict"
    >
      <h2 id="finding-verdict">{t(`verdict.${verdict}`)}</h2>
      {verdict === 'none' ? (
        <p data-testid="clean">{t('popup.cleanBody')}</p>
      ) : (
        <p class="count">{t('popup.passages', passageCount, [number(passageCount)])}</p>
      )}
      {finding.notes.map((n, i) => (
        <ScanNoteLine key={i} note={n} />
      ))}
      {finding.leaks.map((leak) => (
        <LeakFinding key={leak.id} finding={leak} missing={missing} onShow={onShow} />
      ))}
      {bundle && <BundleLine bundle={bundle} />}
    </section>
  );
}
