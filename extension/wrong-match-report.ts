// "Report a wrong match": the report the user reviews and sends themselves, holding only what the
// popup showed them (verdict, leaks, documents, passage quotes; the page URL only when ticked).
import type { Translate } from './i18n';
import type { Finding } from './popup-view';
import { httpsUrl, mailtoAddress } from './safe-url';
import type { BundleInfo } from './tab-state';

export interface ReportInput {
  finding: Finding;
  bundle: BundleInfo | null;
  /** Present only when the user chose to include it. */
  pageUrl: string | null;
}

export interface ReportDraft {
  subject: string;
  body: string;
}

/** Passages quoted in a report: enough to locate the match, short enough for a mailto: link. */
export const REPORT_PASSAGES = 8;

function leakLines(finding: Finding, t: Translate): string[] {
  let quoted = 0;
  return finding.leaks.flatMap((leak) => {
    const lines = [`${t('report.leak')}: ${leak.title} (${leak.verdict})`];
    if (leak.documents.length > 0)
      lines.push(`${t('report.documents')}: ${leak.documents.map((d) => d.title).join('; ')}`);
    for (const p of leak.passages) {
      if (quoted++ < REPORT_PASSAGES) lines.push(`  > ${p.quote}`);
    }
    return lines;
  });
}

export function draftReport({ finding, bundle, pageUrl }: ReportInput, t: Translate): ReportDraft {
  const omitted = finding.passageCount - REPORT_PASSAGES;
  const lines = [
    t('report.intro'),
    '',
    `${t('report.verdict')}: ${t(`verdict.${finding.verdict}`)} (${finding.verdict})`,
    ...leakLines(finding, t),
    ...(omitted > 0 ? [t('report.morePassages', omitted)] : []),
    ...(pageUrl ? [`${t('report.page')}: ${pageUrl}`] : []),
    ...(bundle
      ? [`${t('report.bundle')}: ${bundle.id} ${bundle.version} (${bundle.created})`]
      : []),
    '',
    `${t('report.describe')}:`,
    '',
  ];
  return { subject: t('report.subject', [finding.verdict]), body: lines.join('\n') };
}

/**
 * Where "Send report" goes: the bundle's mailto: address with subject and body, or its https:
 * form with them as query parameters; null when the bundle names no usable address.
 */
export function reportHref(address: string | undefined, draft: ReportDraft): string | null {
  if (!address) return null;
  const query = `subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`;
  const mail = mailtoAddress(address);
  if (mail) return `mailto:${mail}?${query}`;
  const https = httpsUrl(address);
  if (!https) return null;
  const url = new URL(https);
  url.searchParams.set('subject', draft.subject);
  url.searchParams.set('body', draft.body);
  return url.href;
}

export type ReportChannel = 'email' | 'web' | 'copy';

/** How the report can be sent, for the button's label. */
export function reportChannel(address: string | undefined): ReportChannel {
  if (address && mailtoAddress(address)) return 'email';
  if (address && httpsUrl(address)) return 'web';
  return 'copy';
}
