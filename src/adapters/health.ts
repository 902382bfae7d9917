import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core, ReaderHealth } from '../core/index.js';
import type { AdapterStatus, ChatAdapter } from './types.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  db: 'ok' | 'error';
  adapters: Record<string, AdapterStatus>;
  inFlight: number;
  /** The background jobs' last runs, when the scheduler runs (not in the shell). */
  jobs?: unknown;
  /** The model reader's day (PARLEY_READER=model|both): a spent budget is said here, and the rules read meanwhile. */
  reader?: ReaderHealth;
}

/** Health of the db and of every adapter; "ok" only when all are up. */
export function createHealth(deps: {
  core: Core;
  adapters: () => readonly ChatAdapter[];
  inFlight: () => number;
  jobs?: () => unknown;
}): () => Promise<HealthReport> {
  return async () => {
    let db: 'ok' | 'error' = 'error';
    let reader: ReaderHealth | undefined;
    try {
      const h = await deps.core.health();
      db = h.db;
      reader = h.reader;
    } catch {
      db = 'error';
    }
    const adapters: Record<string, AdapterStatus> = {};
    for (const a of deps.adapters()) adapters[a.name] = a.status();
    const allUp = Object.values(adapters).every((s) => s.state === 'up');
    const jobs = deps.jobs?.();
    return { status: db === 'ok' && allUp ? 'ok' : 'degraded', db, adapters, inFlight: deps.inFlight(), ...(jobs ? { jobs } : {}), ...(reader ? { reader } : {}) };
  };
}

/** Answers /healthz with the report once it is in; a report that fails is a 503 saying so. */
export function answerHealth(res: ServerResponse, health: () => HealthReport | Promise<HealthReport>): void {
  void Promise.resolve()
    .then(health)
    .then(
      (report) => writeHealth(res, report),
      () => writeHealth(res, { status: 'degraded', db: 'error', adapters: {}, inFlight: 0 }),
    );
}

/** Writes the report; 503 lets a load balancer or Docker HEALTHCHECK see a degraded bot. */
export function writeHealth(res: ServerResponse, report: HealthReport): void {
  const body = JSON.stringify(report);
  res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body);
}

/** A bare /healthz server for when no Slack receiver already listens (Discord only). */
export async function startHealthServer(opts: { port: number; host: string; health: () => HealthReport | Promise<HealthReport> }): Promise<{ server: Server; port: number }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') return answerHealth(res, opts.health);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
