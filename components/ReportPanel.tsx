// "Report a wrong match": shows the exact report (what the popup showed; the page address only
// if ticked) and lets the user send it themselves by email or web form, or copy it.
import { useState } from 'preact/hooks';
import type { Finding } from '../extension/popup-view';
import type { BundleInfo } from '../extension/tab-state';
import { draftReport, reportChannel, reportHref } from '../extension/wrong-match-report';
import { useUi } from './ui-context';

export interface ReportPanelProps {
  finding: Finding;
  bundle: BundleInfo | null;
  /** The bundle's `report` address (mailto: or https:), if any. */
  address: string | undefined;
  pageUrl: string | null;
  /** Puts text on the clipboard; resolves false when that failed. */
  onCopy(text: string): Promise<boolean>;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function ReportPanel({ finding, bundle, address, pageUrl, onCopy }: ReportPanelProps) {
  const { t } = useUi();
  const [open, setOpen] = useState(false);
  const [includeUrl, setIncludeUrl] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const draft = draftReport({ finding, bundle, pageUrl: includeUrl ? pageUrl : null }, t);
  const text = `${draft.subject}\n\n${draft.body}`;
  const channel = reportChannel(address);
  const href = reportHref(address, draft);
  const doCopy = () => void onCopy(text).then((ok) => setCopy(ok ? 'copied' : 'failed'));
  return (
    <section class="report" aria-labelledby="report-button">
      <button
        type="button"
        id="report-button"
        data-testid="report"
        aria-expanded={open}
        aria-controls="report-panel"
        onClick={() => setOpen(!open)}
      >
        {t('report.button')}
      </button>
      <div id="report-panel" data-testid="report-panel" hidden={!open}>
        <p>{t('report.explain')}</p>
        {pageUrl && (
          <label class="check">
            <input
              type="checkbox"
              data-testid="report-include-url"
              checked={includeUrl}
              onChange={(e) => setIncludeUrl(e.currentTarget.checked)}
            />{' '}
            {t('report.includeUrl')}
          </label>
        )}
        <label for="report-text">{t('report.preview')}</label>
        <textarea id="report-text" data-testid="report-preview" readOnly rows={8} value={text} />
        {channel === 'copy' && <p class="muted">{t('report.noAddress')}</p>}
        <div class="buttons">
          {href && (
            <a
              class="button"
              data-testid="report-send"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t(channel === 'email' ? 'report.sendEmail' : 'report.sendWeb')}
            </a>
          )}
          <button type="button" data-testid="report-copy" onClick={doCopy}>
            {t('report.copy')}
          </button>
        </div>
        <p class="muted" role="status" data-testid="report-status">
          {copy === 'copied' ? t('report.copied') : copy === 'failed' ? t('report.copyFailed') : ''}
        </p>
      </div>
    </section>
  );
}
