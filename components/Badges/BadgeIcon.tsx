import { useState } from 'preact/hooks';
import { safeHttpUrl } from '../common/safe-url';

/** A badge's icon: only from an http(s) URL, lazily, decorative; a neutral square when absent or blocked. */
export function BadgeIcon(props: { url: string | null }) {
  const [failed, setFailed] = useState(false);
  const src = safeHttpUrl(props.url);
  if (!src || failed) return <span class="dc-icon dc-icon-fallback" aria-hidden="true" />;
  return (
    <img
      class="dc-icon"
      src={src}
      alt=""
      loading="lazy"
      width={20}
      height={20}
      referrerpolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
