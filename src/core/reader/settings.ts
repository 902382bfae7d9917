/**
 * What the model reader needs to know, as plain data: `src/config.ts` builds it from the
 * environment (the only module that reads it), and it crosses to the ingest worker as is.
 */

/** Who reads relevant items into facts: the rules alone (default), a model alone, or both merged. */
export type ReaderMode = 'rules' | 'model' | 'both';
export const READER_MODES: readonly ReaderMode[] = ['rules', 'model', 'both'];

/**
 * `json_schema`: the request carries the JSON Schema (OpenAI, vLLM, llama.cpp, Ollama ≥ 0.5);
 * `json_object`: JSON mode only, the schema in the prompt; `none`: neither, the prompt alone.
 * `auto` starts with `json_schema` and steps down once for the process when the server refuses it.
 * The answer is validated with zod in every case.
 */
export type ResponseFormatMode = 'auto' | 'json_schema' | 'json_object' | 'none';
export const RESPONSE_FORMATS: readonly ResponseFormatMode[] = ['auto', 'json_schema', 'json_object', 'none'];

export interface ReaderSettings {
  mode: ReaderMode;
  /** An OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1. */
  url: string;
  /** The model name the endpoint knows, e.g. llama3.1:8b or gpt-4o-mini. */
  model: string;
  /** Sent as a bearer token; a secret: never logged (see `redact` in src/config.ts). */
  apiKey?: string;
  /** Tokens (prompt + answer, as the endpoint reports them) the reader may spend per UTC day. */
  dailyTokens: number;
  /** The longest an ingest waits on the model, per source (all its items, retries included). */
  timeoutMs: number;
  /** Items read at once. */
  concurrency: number;
  /** The answer's token cap per item. */
  maxOutputTokens: number;
  responseFormat: ResponseFormatMode;
  /** Let the model write the briefing's bottom line from the day's verified facts. */
  bottomLine: boolean;
}

export const READER_DEFAULTS = {
  dailyTokens: 1_000_000,
  timeoutMs: 30_000,
  concurrency: 2,
  maxOutputTokens: 2_000,
  responseFormat: 'auto' as ResponseFormatMode,
} as const;

/** The endpoint as it may appear in a log line: no credentials, no query string (some put keys there). */
export function endpointForLog(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}
