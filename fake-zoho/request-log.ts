// Tests assert on what the extension actually sent (how many calls, which headers, in what order), so every
// request to a Zoho host is kept. Control API calls are not: they are the test talking, not the extension.

export interface LogEntry {
  /** ISO time the request arrived. */
  time: string;
  host: string;
  method: string;
  path: string;
  /** The raw query string without "?", "" when none. */
  query: string;
  /** Lower-case names; authorization keeps its scheme and the first 6 characters of the credential. */
  headers: Record<string, string>;
  body: string;
  /** The fault/latency route key. */
  route: string;
  /** null while unanswered; "hang" or "reset" for those faults. */
  status: number | 'hang' | 'reset' | null;
  /** The fault that answered this request, if any. */
  fault?: string;
  /** "lost-answer" only: the status of the answer Zoho had ready (and did the work for) but never sent. */
  outcome?: number;
  durationMs?: number;
}

export function maskAuthorization(value: string): string {
  const space = value.indexOf(' ');
  if (space === -1) return `${value.slice(0, 6)}…`;
  return `${value.slice(0, space)} ${value.slice(space + 1).trim().slice(0, 6)}…`;
}

export class RequestLog {
  private entries: LogEntry[] = [];

  start(fields: Omit<LogEntry, 'time' | 'status' | 'headers'> & { headers: Record<string, string | undefined> }): LogEntry {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(fields.headers)) {
      if (value === undefined) continue;
      headers[name] = name === 'authorization' ? maskAuthorization(value) : value;
    }
    const entry: LogEntry = { ...fields, headers, time: new Date().toISOString(), status: null };
    this.entries.push(entry);
    return entry;
  }

  /** Copies, so a test holding a result never sees later changes. */
  list(): LogEntry[] {
    return this.entries.map((entry) => ({ ...entry, headers: { ...entry.headers } }));
  }

  clear(): void {
    this.entries = [];
  }
}
