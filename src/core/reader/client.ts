import type OpenAI from 'openai';
import { type ChatMessage, estimateTokens, type PromptItem, readingMessages, withSchemaInPrompt } from './prompt.js';
import { READING_SCHEMA_NAME, readingJsonSchema } from './schema.js';
import type { ReaderSettings, ResponseFormatMode } from './settings.js';

/**
 * One chat completion against any OpenAI-compatible endpoint, through the official `openai`
 * client with `baseURL`. The client's own retries are off: the reader retries within the time it
 * is given and falls back to the rules, which the client's waits (up to a minute on a 429) would not.
 */

/** What went wrong with a call, in the terms the reader acts on. */
export type CallFailure = 'rate-limited' | 'unavailable' | 'timeout' | 'refused';

export class ModelCallError extends Error {
  override readonly name = 'ModelCallError';
  constructor(
    readonly kind: CallFailure,
    message: string,
    /** What the endpoint asked for (Retry-After), when it did. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface Completion {
  content: string;
  /** As the endpoint reports them (`usage.total_tokens`), else estimated. */
  tokens: number;
  /** The answer stopped at the token cap: its JSON is cut. */
  truncated: boolean;
}

export interface ModelClient {
  /** The messages for an item as this client will send them (the schema in the prompt when the server has no JSON Schema mode). */
  messages(item: PromptItem): ChatMessage[];
  /** One completion; aborted with `signal`. Throws ModelCallError. */
  complete(messages: ChatMessage[], signal: AbortSignal): Promise<Completion>;
}

/** Retry-After as milliseconds: `retry-after-ms` (OpenAI), or `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && /^\d+(?:\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const v = headers.get('retry-after')?.trim();
  if (!v) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(v)) return Math.ceil(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const STEP_DOWN: Record<Exclude<ResponseFormatMode, 'auto'>, Exclude<ResponseFormatMode, 'auto'> | undefined> = {
  json_schema: 'json_object',
  json_object: 'none',
  none: undefined,
};

/** A short, safe word from an error body (`invalid_api_key`): never the body's text, which may quote what was sent. */
function codeOf(err: { code?: unknown }): string {
  return typeof err.code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(err.code) ? ` (${err.code})` : '';
}

export function createModelClient(settings: ReaderSettings, now: () => number = Date.now): ModelClient {
  let format: Exclude<ResponseFormatMode, 'auto'> = settings.responseFormat === 'auto' ? 'json_schema' : settings.responseFormat;
  const auto = settings.responseFormat === 'auto';
  let sdk: Promise<{ client: OpenAI; mod: typeof import('openai') }> | undefined;

  // Loaded on the first call: a rules-only Parley, and the bot's own thread, never load it.
  const load = () => {
    sdk ??= import('openai').then((mod) => ({
      mod,
      // Every option the client would otherwise read from the environment is given: src/config.ts is
      // the only reader of the environment, and OPENAI_* variables must not redirect Parley.
      client: new mod.OpenAI({
        baseURL: settings.url,
        // Local servers (Ollama, llama.cpp) take no key; the client insists on one, they ignore it.
        apiKey: settings.apiKey ?? 'no-key',
        organization: null,
        project: null,
        webhookSecret: null,
        maxRetries: 0,
        timeout: settings.timeoutMs,
        // Its logger writes to the console, outside Parley's redaction.
        logLevel: 'off',
      }),
    }));
    return sdk;
  };

  const responseFormat = (): OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'] => {
    if (format === 'json_schema') {
      return { type: 'json_schema', json_schema: { name: READING_SCHEMA_NAME, schema: readingJsonSchema(), strict: true } };
    }
    return format === 'json_object' ? { type: 'json_object' } : undefined;
  };

  const classify = (err: unknown, mod: typeof import('openai'), signal: AbortSignal): ModelCallError => {
    if (signal.aborted || err instanceof mod.APIUserAbortError || err instanceof mod.APIConnectionTimeoutError) {
      return new ModelCallError('timeout', 'no answer in time');
    }
    if (err instanceof mod.APIConnectionError) return new ModelCallError('unavailable', 'could not connect');
    if (err instanceof mod.APIError) {
      const status = err.status ?? 0;
      const after = retryAfterMs(err.headers, now());
      if (status === 429) return new ModelCallError('rate-limited', `HTTP 429${codeOf(err)}`, after);
      if (status === 408) return new ModelCallError('timeout', 'HTTP 408');
      if (status >= 500) return new ModelCallError('unavailable', `HTTP ${status}${codeOf(err)}`, after);
      return new ModelCallError('refused', `HTTP ${status}${codeOf(err)}`);
    }
    return new ModelCallError('unavailable', err instanceof Error ? err.name : 'failed');
  };

  return {
    messages: (item) => readingMessages(item, { schemaInPrompt: format !== 'json_schema' }),
    async complete(messages, signal) {
      const { client, mod } = await load();
      for (;;) {
        const rf = responseFormat();
        try {
          const res = await client.chat.completions.create(
            {
              model: settings.model,
              messages,
              temperature: 0,
              max_tokens: settings.maxOutputTokens,
              ...(rf ? { response_format: rf } : {}),
            },
            { signal, maxRetries: 0 },
          );
          const choice = res.choices?.[0];
          return {
            content: choice?.message?.content ?? '',
            tokens: res.usage?.total_tokens ?? estimateTokens(messages, settings.maxOutputTokens),
            truncated: choice?.finish_reason === 'length',
          };
        } catch (err) {
          // A server without JSON Schema mode answers 400 (or 422) to the request itself: ask again
          // one step plainer, and remember it for the process.
          const status = err instanceof mod.APIError ? err.status : undefined;
          if (auto && (status === 400 || status === 422) && STEP_DOWN[format] && !signal.aborted) {
            format = STEP_DOWN[format]!;
            if (format !== 'json_schema') messages = withSchemaInPrompt(messages);
            continue;
          }
          throw classify(err, mod, signal);
        }
      }
    },
  };
}
