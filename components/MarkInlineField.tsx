// Which verdicts get their passages marked in the page. Only verdicts that carry page text can be
// marked; links and mentions are listed in the popup instead.
import type { Verdict } from '../engine/types';
import { useUi } from './ui-context';

export interface MarkInlineFieldProps {
  value: readonly Verdict[];
  onChange(value: Verdict[]): void;
}

/** Verdicts whose passages are text in the page, and so can be highlighted. */
export const MARKABLE_VERDICTS: readonly Verdict[] = ['republishes', 'quotes'];

export function MarkInlineField({ value, onChange }: MarkInlineFieldProps) {
  const { t } = useUi();
  const toggle = (v: Verdict, on: boolean) =>
    onChange(on ? [...new Set([...value, v])] : value.filter((x) => x !== v));
  return (
    <fieldset data-testid="mark-inline" aria-describedby="mark-inline-help">
      <legend>{t('options.markInline')}</legend>
      {MARKABLE_VERDICTS.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            value={v}
            data-testid={`mark-${v}`}
            checked={value.includes(v)}
            onChange={(e) => toggle(v, e.currentTarget.checked)}
          />{' '}
          {t(`verdict.${v}`)}
        </label>
      ))}
      <p class="help" id="mark-inline-help">
        {t('options.markInlineHelp')}
      </p>
    </fieldset>
  );
}
