import { browser } from 'wxt/browser';
import { touches, type StorageKey } from './storage-keys';

export interface RememberedRead<T> {
  /** The value last read, or a new read when none is held. */
  get(): Promise<T>;
  /** Drops what is held: the next get() reads storage again. */
  forget(): void;
}

/**
 * One storage read kept in the background's memory, so a warm service worker pays no storage read (nor a
 * decryption) per Desk call. It is dropped whenever storage says one of `keys` changed (another extension
 * page, a test, or the browser's policy: 'managed' drops it on any policy change), and the owner calls
 * forget() after its own writes, since the browser may deliver that event only after the write resolved.
 * A read that found nothing (null) or failed is not held, so a state that is not yet there is looked up again.
 */
export function rememberRead<T>(read: () => Promise<T>, keys: StorageKey[], managed = false): RememberedRead<T> {
  let held: Promise<T> | undefined;
  const forget = () => {
    held = undefined;
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if ((managed && area === 'managed') || keys.some((key) => touches(key, changes, area))) forget();
  });
  return {
    get() {
      if (held) return held;
      const reading = read();
      held = reading;
      reading.then(
        (value) => {
          if (value === null && held === reading) forget();
        },
        () => {
          if (held === reading) forget();
        },
      );
      return reading;
    },
    forget,
  };
}
