// A link from the bundle: rendered as a link only when it is an https: URL, opening in a new tab
// without referrer; any other address is shown as plain text and never made clickable.
import type { ComponentChildren } from 'preact';
import { httpsUrl } from '../extension/safe-url';
import { useUi } from './ui-context';

export interface SafeLinkProps {
  href: string;
  children: ComponentChildren;
}

export function SafeLink({ href, children }: SafeLinkProps) {
  const { t } = useUi();
  const url = httpsUrl(href);
  if (url === null) {
    return (
      <span class="unlinked" data-testid="unlinked">
        {children} <span class="muted">{href}</span>{' '}
        <span class="muted">{t('context.unlinked')}</span>
      </span>
    );
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
