// Zoho counts concurrent calls per org (10–25 depending on the plan) and agents share that budget with every
// other integration. A contact view's widest wave comes after the memberships: the duplicates search and each
// user's badges, labels and groups, 7 for a contact in two help centers. At 5 the last two waited a whole round
// trip more; at 8 such a view goes out at once and the smallest plan keeps room for the org's other callers.
export const MAX_CALLS_PER_ORG = 8;

export class KeyedLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly max = MAX_CALLS_PER_ORG) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  active(key: string): number {
    return this.running.get(key) ?? 0;
  }

  private acquire(key: string): Promise<void> {
    const count = this.running.get(key) ?? 0;
    if (count < this.max) {
      this.running.set(key, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
  }

  private release(key: string) {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (queue?.length === 0) this.waiting.delete(key);
    // The slot passes straight to the next waiter, so the count stays as it is.
    if (next) return next();
    const count = (this.running.get(key) ?? 1) - 1;
    if (count <= 0) this.running.delete(key);
    else this.running.set(key, count);
  }
}
