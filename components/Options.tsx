// The options page: sensitivity, which verdicts are marked in the page, the paused and hidden
// sites, the active rules bundle and the language. Every change is saved at once.
import { useState } from 'preact/hooks';
import type { Settings } from '../extension/settings';
import { toggleSite } from '../extension/settings';
import type { BundleInfo } from '../extension/tab-state';
import { BundleDetails, type BundleOrigin } from './BundleDetails';
import { LanguageField } from './LanguageField';
import { MarkInlineField } from './MarkInlineField';
import { SensitivityField } from './SensitivityField';
import { SiteList } from './SiteList';
import { useUi } from './ui-context';

export interface OptionsProps {
  settings: Settings;
  bundle: BundleInfo;
  leakCount: number;
  /** The active bundle is a verified, signed update rather than the built-in one. */
  updated?: boolean;
  /** Where an update came from and when it was accepted (the background's update status). */
  origin?: BundleOrigin | null;
  /** Saves the settings; rejects with a reason when they could not be saved. */
  onChange(next: Settings): Promise<void>;
}

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

type SiteListName = 'pausedSites' | 'hiddenSites';

export function Options(props: OptionsProps) {
  const { settings, bundle, leakCount, updated, origin, onChange } = props;
  const { t } = useUi();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const change = (patch: Partial<Settings>) =>
    void onChange({ ...settings, ...patch }).then(
      () => setSave({ kind: 'saved' }),
      (e: unknown) =>
        setSave({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
  const site = (list: SiteListName, on: boolean) => (host: string) =>
    change({ [list]: toggleSite(settings[list], host, on) });
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <SensitivityField value={settings.sensitivity} onChange={(s) => change({ sensitivity: s })} />
      <MarkInlineField value={settings.markInline} onChange={(v) => change({ markInline: v })} />
      <SiteList
        title={t('options.pausedSites')}
        help={t('options.pausedSitesHelp')}
        testId="paused-sites"
        sites={settings.pausedSites}
        onAdd={site('pausedSites', true)}
        onRemove={site('pausedSites', false)}
      />
      <SiteList
        title={t('options.hiddenSites')}
        help={t('options.hiddenSitesHelp')}
        testId="hidden-sites"
        sites={settings.hiddenSites}
        onAdd={site('hiddenSites', true)}
        onRemove={site('hiddenSites', false)}
      />
      <BundleDetails
        bundle={bundle}
        leakCount={leakCount}
        updated={updated ?? false}
        origin={origin}
      />
      <LanguageField value={settings.language} onChange={(l) => change({ language: l })} />
      <p class="save-status" role="status" data-testid="save-status">
        {save.kind === 'saved'
          ? t('options.saved')
          : save.kind === 'failed'
            ? t('options.saveFailed', [save.reason])
            : ''}
      </p>
    </main>
  );
}
