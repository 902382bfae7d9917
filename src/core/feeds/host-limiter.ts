import { setTimeout as sleep } from 'node:timers/promises';

/** Serialises requests per host and spaces them out, so Parley never hammers one site. */
export interface HostLimiter {
  /**
   * Runs `task` when no other task for `host` is running and at least `minIntervalMs` have
   * passed since the previous one for that host ended. Tasks for one host run in call order.
   */
  schedule<T>(host: string, minIntervalMs: number, task: () => Promise<T>): Promise<T>;
}

interface HostState {
  tail: Promise<void>;
  lastEnd: number;
}

/** Creates an independent limiter (tests make their own; production shares `defaultHostLimiter`). */
export function createHostLimiter(): HostLimiter {
  const hosts = new Map<string, HostState>();
  return {
    async schedule<T>(host: string, minIntervalMs: number, task: () => Promise<T>): Promise<T> {
      let state = hosts.get(host);
      if (state === undefined) {
        state = { tail: Promise.resolve(), lastEnd: 0 };
        hosts.set(host, state);
      }
      const previous = state.tail;
      let release = (): void => {};
      state.tail = new Promise<void>((resolve) => {
        release = resolve;
      });
      try {
        await previous;
        const wait = state.lastEnd + minIntervalMs - Date.now();
        if (wait > 0) await sleep(wait);
        return await task();
      } finally {
        state.lastEnd = Date.now();
        release();
      }
    },
  };
}

/** The process-wide limiter `fetchFeed` uses unless given another. */
export const defaultHostLimiter: HostLimiter = createHostLimiter();
