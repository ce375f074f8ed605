/**
 * Who publishes and who hosts this copy of the site, for the legal notice: read from build-time
 * environment variables (README, "Legal notice"), never guessed. Anything unset is reported so
 * that the build can warn, and the page says plainly that the publisher did not fill it in.
 */
export const publisherVariables = {
  name: 'SMM_PUBLISHER_NAME',
  address: 'SMM_PUBLISHER_ADDRESS',
  contact: 'SMM_PUBLISHER_CONTACT',
  director: 'SMM_PUBLICATION_DIRECTOR',
  hostName: 'SMM_HOST_NAME',
  hostAddress: 'SMM_HOST_ADDRESS',
  hostContact: 'SMM_HOST_CONTACT',
} as const;

export type PublisherField = keyof typeof publisherVariables;
export type Publisher = Record<PublisherField, string | undefined>;

/** Longest value kept: these are names, addresses, e-mails or phone numbers. */
const MAX_LENGTH = 300;

/** Trims a value, drops control characters, and treats blank or absurdly long values as unset. */
function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // \p{Cc}: control characters (newlines, NUL, escape...), which a legal notice never needs.
  const text = value.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return text === '' || text.length > MAX_LENGTH ? undefined : text;
}

export function readPublisher(env: Record<string, string | undefined>): { publisher: Publisher; missing: string[] } {
  const publisher = {} as Publisher;
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(publisherVariables) as [PublisherField, string][]) {
    const value = clean(env[variable]);
    publisher[field] = value;
    if (value === undefined) missing.push(variable);
  }
  return { publisher, missing };
}

/** The build's warning when some are unset (empty string when none is). */
export function missingWarning(missing: readonly string[]): string {
  if (missing.length === 0) return '';
  return (
    `Legal notice: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
    'The pages /fr/legal/ and /en/legal/ will say "not set by the publisher of this copy". ' +
    'Set them when building a copy you publish (see README, "Legal notice").'
  );
}
