import type { ModelReads } from '../store/model-reads.js';
import { PROMPT_VERSION } from './prompt.js';
import { endpointForLog, type ReaderSettings } from './settings.js';

/** The model reader as /healthz reports it. Never degrades the bot's health: the rules read meanwhile. */
export interface ReaderHealth {
  mode: 'model' | 'both';
  model: string;
  endpoint: string;
  /** UTC day the figures are for. */
  day: string;
  tokens: number;
  dailyTokens: number;
  /** `spent`: no model calls until 00:00 UTC, the rules read alone (since `spentAt`). */
  budget: 'ok' | 'spent';
  spentAt?: string;
  calls: number;
  /** Facts the evidence gate dropped today. */
  dropped: number;
  /** Items stored from the rules, waiting to be read by the model. */
  waiting: number;
}

export async function readerHealth(store: ModelReads, settings: ReaderSettings, now: Date): Promise<ReaderHealth> {
  const day = now.toISOString().slice(0, 10);
  const u = await store.usage(day);
  return {
    mode: settings.mode === 'model' ? 'model' : 'both',
    model: settings.model,
    endpoint: endpointForLog(settings.url),
    day,
    tokens: u.tokens,
    dailyTokens: settings.dailyTokens,
    budget: u.budgetSpentAt ? 'spent' : 'ok',
    ...(u.budgetSpentAt ? { spentAt: u.budgetSpentAt } : {}),
    calls: u.calls,
    dropped: u.dropped,
    waiting: await store.pendingCount(settings.model, PROMPT_VERSION),
  };
}
