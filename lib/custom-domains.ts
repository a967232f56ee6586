import { DATA_CENTER_IDS, DATA_CENTERS } from './data-centers';

// An org's own Desk domain (Desk's domain mapping, e.g. support.example.com): the one origin the extension asks
// for as an optional host permission, and the content script it registers there. Names are defined here once.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ZOHO_HOSTS: ReadonlySet<string> = new Set(DATA_CENTER_IDS.flatMap((id) => [DATA_CENTERS[id].deskHost, DATA_CENTERS[id].accountsHost]));

/**
 * The host name an agent typed, lower-cased and in ASCII (punycode) form, or undefined when it is not one: a bare
 * DNS name of at least two labels (no scheme, port, path, IP address or wildcard), and not one of Zoho's own
 * hosts, which need no asking.
 */
export function normalizeDeskDomain(input: string): string | undefined {
  const typed = input.trim().toLowerCase().replace(/\.$/, '');
  // Anything a URL parser would read as scheme, port, path, credentials or query is refused before parsing, so
  // the parser only turns an international name into its ASCII (punycode) form, the form origins are matched in.
  if (!typed || /[\s/\\:@?#*%[\]]/.test(typed)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${typed}`).hostname;
  } catch {
    return undefined;
  }
  if (host.length > 253) return undefined;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  if (/^\d+$/.test(labels.at(-1)!)) return undefined;
  if (ZOHO_HOSTS.has(host)) return undefined;
  return host;
}

/** What the manifest allows as optional host permissions; only one exact origin is ever requested from it. */
export const CUSTOM_DOMAIN_ORIGINS = 'https://*/*';

/** The optional host permission for exactly this host. */
export const domainOrigin = (host: string) => `https://${host}/*`;

/** Where Desk's agent pages live on the domain: the registered content script matches these only. */
export const domainAgentPages = (host: string) => `https://${host}/agent/*`;

const SCRIPT_PREFIX = 'desk-domain:';
export const domainScriptId = (host: string) => `${SCRIPT_PREFIX}${host}`;
export const hostOfScriptId = (id: string) => (id.startsWith(SCRIPT_PREFIX) ? id.slice(SCRIPT_PREFIX.length) : undefined);
