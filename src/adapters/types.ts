/** What /healthz reports of one chat adapter. */
export interface AdapterStatus {
  state: 'starting' | 'up' | 'down' | 'stopped';
  /** e.g. "http" / "socket" for Slack. */
  mode?: string;
  detail?: string;
}

/** A chat platform edge. main.ts starts and stops them; nothing else knows which are running. */
export interface ChatAdapter {
  readonly name: 'slack' | 'discord';
  /** Connects or listens; resolves when the adapter can take requests. */
  start(): Promise<void>;
  /** Stops taking new requests (in-flight ones are drained by the dispatcher) and releases sockets. */
  stop(): Promise<void>;
  status(): AdapterStatus;
}

/**
 * An adapter that could not start for a reason the operator can fix. `message` is one line that
 * names the setting (SLACK_BOT_TOKEN, DISCORD_TOKEN, PORT…) and what to do; no stack trace.
 */
export class AdapterStartError extends Error {
  override readonly name = 'AdapterStartError';
}
