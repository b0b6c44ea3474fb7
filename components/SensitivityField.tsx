// The sensitivity choice: low, normal or high, each with a sentence on what it changes.
import { SENSITIVITIES, type Sensitivity } from '../engine/types';
import { useUi } from './ui-context';

export interface SensitivityFieldProps {
  value: Sensitivity;
  onChange(value: Sensitivity): void;
}

const LABELS = {
  low: ['options.sensitivityLow', 'options.sensitivityLowHelp'],
  normal: ['options.sensitivityNormal', 'options.sensitivityNormalHelp'],
  high: ['options.sensitivityHigh', 'options.sensitivityHighHelp'],
} as const satisfies Record<Sensitivity, readonly [string, string]>;

export function SensitivityField({ value, onChange }: SensitivityFieldProps) {
  const { t } = useUi();
  return (
    <fieldset data-testid="sensitivity">
      <legend>{t('options.sensitivity')}</legend>
      {SENSITIVITIES.map((s) => (
        <div class="choice" key={s}>
          <label>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              data-testid={`sensitivity-${s}`}
              checked={value === s}
              aria-describedby={`sensitivity-${s}-help`}
              onChange={() => onChange(s)}
            />{' '}
            {t(LABELS[s][0])}
          </label>
          <p class="help" id={`sensitivity-${s}-help`}>
            {t(LABELS[s][1])}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
