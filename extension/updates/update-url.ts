// The update URL a user may configure: https only (test builds may add http on loopback), no
// credentials; and where its detached signature lives (`<url>.sig`, same query).

export type UrlProblem = 'invalid' | 'notHttps' | 'credentials';

export type UrlCheck = { ok: true; url: string } | { ok: false; problem: UrlProblem };

export interface UrlRules {
  /** Test builds only: http://127.0.0.1, http://[::1] and http://localhost are allowed too. */
  allowHttpLoopback: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const MAX_URL_LENGTH = 2048;

/** Checks a URL as typed (surrounding spaces ignored); the accepted form drops any #fragment. */
export function parseUpdateUrl(input: string, rules: UrlRules): UrlCheck {
  const typed = input.trim();
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!isAllowedScheme(url, rules)) return { ok: false, problem: 'notHttps' };
  if (typed.length > MAX_URL_LENGTH || url.hostname === '')
    return { ok: false, problem: 'invalid' };
  // Credentials in a URL would be stored and sent in clear in the settings: refuse them.
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href };
}

function isAllowedScheme(url: URL, rules: UrlRules): boolean {
  if (url.protocol === 'https:') return true;
  return rules.allowHttpLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** `https://host/bundle.json?x` → `https://host/bundle.json.sig?x`. */
export function signatureUrl(bundleUrl: string): string {
  const url = new URL(bundleUrl);
  url.pathname = `${url.pathname}.sig`;
  return url.href;
}
