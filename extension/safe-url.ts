// Which addresses from a bundle may become clickable: only well-formed https: URLs (DESIGN.md,
// "only https: links from the bundle are rendered as links"); the report may also be a mailto:.

const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f]/;

/** The normalised https: URL, or null for any other scheme or a malformed address. */
export function httpsUrl(address: string): string | null {
  // The bundle schema's own test first: the URL parser would read "https:///x" as "https://x/".
  if (UNSAFE_CHARS.test(address) || !/^https:\/\/[^/]/i.test(address)) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name people recognise a link by ("www." dropped), or the address itself. */
export function displayHost(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/** A mailto: address with no query of its own (the report adds subject and body), or null. */
export function mailtoAddress(address: string): string | null {
  if (UNSAFE_CHARS.test(address)) return null;
  const m = /^mailto:([^?#]+)$/i.exec(address);
  if (!m?.[1]) return null;
  try {
    return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(m[1])) ? m[1] : null;
  } catch {
    return null;
  }
}
