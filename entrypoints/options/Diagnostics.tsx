import { useId } from 'preact/hooks';
import type { DiagnosticEntry } from '@/lib/messages/protocol';

/** Recent API failures with what a Zoho support case needs: time, call, error code, message, request id. */
export function Diagnostics(props: { entries: DiagnosticEntry[]; onClear: () => void; onRefresh: () => void }) {
  const heading = useId();
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>Recent failures</h2>
      {props.entries.length === 0 ? (
        <p>No recent failures.</p>
      ) : (
        <table>
          <caption>The last {props.entries.length} failed calls to Zoho, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Call</th>
              <th scope="col">Zoho error code</th>
              <th scope="col">Message</th>
              <th scope="col">Request id</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry, index) => (
              <tr key={`${entry.time}-${index}`}>
                <td>
                  <time dateTime={new Date(entry.time).toISOString()}>{new Date(entry.time).toLocaleString()}</time>
                </td>
                <td>{entry.call}</td>
                <td>{entry.code ?? '—'}</td>
                <td>{entry.message}</td>
                <td>{entry.requestId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" onClick={props.onRefresh}>
          Refresh list
        </button>
        {props.entries.length > 0 && (
          <button type="button" onClick={props.onClear}>
            Clear list
          </button>
        )}
      </div>
    </section>
  );
}
