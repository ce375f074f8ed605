/**
 * Share links built at build time for content pages (no script, no third-party request until the
 * visitor clicks), and the address the tool pages' Share button shares.
 */

const networks = ['linkedin', 'facebook', 'x', 'whatsapp', 'email'] as const;
type Network = (typeof networks)[number];

export interface ShareLink {
  network: Network;
  href: string;
}

const enc = encodeURIComponent;

/**
 * One plain link per network for an absolute page URL. `emailBody` is the e-mail's text (already
 * translated, holding the URL). Each network reads the page's own Open Graph tags for the preview.
 */
export function shareLinks(url: string, title: string, emailBody: string): ShareLink[] {
  const hrefs: Record<Network, string> = {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    x: `https://x.com/intent/tweet?text=${enc(title)}&url=${enc(url)}`,
    whatsapp: `https://wa.me/?text=${enc(`${title} ${url}`)}`,
    // mailto wants %20, not +: encodeURIComponent gives that.
    email: `mailto:?subject=${enc(title)}&body=${enc(emailBody)}`,
  };
  return networks.map((network) => ({ network, href: hrefs[network] }));
}

/** Largest number of values and longest value kept in a shared tool address. */
const MAX_VALUES = 20;
const MAX_LENGTH = 500;

/**
 * The address a tool's Share button shares: the page (origin and path, never its hash) with the
 * tool's current values as query parameters, in the same form as the URL parameters the tool
 * reads (docs/CONTRACT.md). Without values, the page's own query string is kept, so that a page
 * opened with values shares them. Values that are not plain strings are dropped.
 */
export function toolShareUrl(location: { origin: string; pathname: string; search: string }, inputs?: unknown): string {
  const base = location.origin + location.pathname;
  if (inputs === undefined || inputs === null || typeof inputs !== 'object') return base + location.search;
  const params = new URLSearchParams(location.search);
  let count = 0;
  for (const [name, value] of Object.entries(inputs)) {
    if (count >= MAX_VALUES) break;
    if (typeof value !== 'string' || value.length > MAX_LENGTH || name.length > 40) continue;
    count++;
    if (value.trim() === '') params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
