// "Why am I seeing this?": how matching works in two sentences, and what a match does not mean.
import { useUi } from './ui-context';

export function WhyAmISeeing() {
  const { t } = useUi();
  return (
    <details class="why" data-testid="why">
      <summary>{t('why.title')}</summary>
      <p>{t('why.how')}</p>
      <p>{t('why.notJudgment')}</p>
    </details>
  );
}
