// The UI language: automatic (the browser's) or one of the shipped languages, each named in itself.
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../extension/i18n';
import { useUi } from './ui-context';

export interface LanguageFieldProps {
  value: LanguageSetting;
  onChange(value: LanguageSetting): void;
}

const LABELS = {
  auto: 'options.languageAuto',
  en: 'options.languageEn',
  es: 'options.languageEs',
} as const satisfies Record<LanguageSetting, string>;

const isLanguage = (v: string): v is LanguageSetting =>
  (LANGUAGE_SETTINGS as readonly string[]).includes(v);

export function LanguageField({ value, onChange }: LanguageFieldProps) {
  const { t } = useUi();
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">
        <label for="language">{t('options.language')}</label>
      </h2>
      <select
        id="language"
        data-testid="language"
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLanguage(v)) onChange(v);
        }}
      >
        {LANGUAGE_SETTINGS.map((l) => (
          <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
            {t(LABELS[l])}
          </option>
        ))}
      </select>
    </section>
  );
}
