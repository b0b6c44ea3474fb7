// The options page: sensitivity, which verdicts are marked in the page, and the per-site lists.
import { i18n } from '#i18n';
import { SENSITIVITIES, type Sensitivity, type Verdict } from '../engine/types';
import type { Settings } from '../extension/settings';
import { SiteList } from './SiteList';

export interface OptionsProps {
  settings: Settings;
  onChange(next: Settings): void;
}

const MARKABLE: Verdict[] = ['republishes', 'quotes'];
const SENSITIVITY_LABEL: Record<
  Sensitivity,
  'options.sensitivityLow' | 'options.sensitivityNormal' | 'options.sensitivityHigh'
> = {
  low: 'options.sensitivityLow',
  normal: 'options.sensitivityNormal',
  high: 'options.sensitivityHigh',
};

export function Options({ settings, onChange }: OptionsProps) {
  const toggleMark = (v: Verdict, on: boolean) =>
    onChange({
      ...settings,
      markInline: on
        ? [...new Set([...settings.markInline, v])]
        : settings.markInline.filter((x) => x !== v),
    });
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      <fieldset data-testid="sensitivity">
        <legend>{i18n.t('options.sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={settings.sensitivity === s}
              onChange={() => onChange({ ...settings, sensitivity: s })}
            />
            {i18n.t(SENSITIVITY_LABEL[s])}
          </label>
        ))}
      </fieldset>
      <fieldset data-testid="mark-inline">
        <legend>{i18n.t('options.markInline')}</legend>
        {MARKABLE.map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              value={v}
              checked={settings.markInline.includes(v)}
              onChange={(e) => toggleMark(v, e.currentTarget.checked)}
            />
            {i18n.t(`verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <SiteList
        title={i18n.t('options.pausedSites')}
        testId="paused-sites"
        sites={settings.pausedSites}
        onRemove={(h) =>
          onChange({ ...settings, pausedSites: settings.pausedSites.filter((x) => x !== h) })
        }
      />
      <SiteList
        title={i18n.t('options.hiddenSites')}
        testId="hidden-sites"
        sites={settings.hiddenSites}
        onRemove={(h) =>
          onChange({ ...settings, hiddenSites: settings.hiddenSites.filter((x) => x !== h) })
        }
      />
    </main>
  );
}
