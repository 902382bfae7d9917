/**
 * A fake OpenAI-compatible endpoint on loopback: `POST /v1/chat/completions` as OpenAI, Ollama,
 * vLLM and llama.cpp serve it. Each request is recorded (model, messages, response_format, the
 * Authorization header) and answered by the test's `respond`: a reading, raw text, an HTTP error
 * with headers, or no answer at all (a hang, until the fake closes).
 *
 * Run alone, it serves a model that reads like Parley's rules, for trying `npm run eval -- --reader
 * model` end to end without a real model:
 *   npx tsx tests/support/model-fake.ts [--port 8788]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface FakeCall {
  model: string;
  messages: { role: string; content: string }[];
  responseFormat: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } } | undefined;
  authorization: string | undefined;
  /** The item's text as the prompt carries it (after "Title: …"). */
  item: { title: string; text: string; published: string | null };
}

export type FakeReply =
  | { reading: unknown; tokens?: number; finish?: 'stop' | 'length' }
  | { content: string; tokens?: number }
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { hang: true };

export interface ModelFake {
  /** Base URL to give as PARLEY_MODEL_URL (…/v1). */
  url: string;
  calls: FakeCall[];
  respond: (call: FakeCall, n: number) => FakeReply | Promise<FakeReply>;
  close(): Promise<void>;
}

/** The prompt's user message back into the item (see src/core/reader/prompt.ts). */
export function itemOf(messages: { role: string; content: string }[]): FakeCall['item'] {
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const published = /^Published: (\d{4}-\d{2}-\d{2})/m.exec(user)?.[1] ?? null;
  const title = /^Title: (.*)$/m.exec(user)?.[1] ?? '';
  const at = user.indexOf('\n\n');
  return { title, text: at >= 0 ? user.slice(at + 2) : '', published };
}

export async function startModelFake(respond: ModelFake['respond'] = () => ({ reading: { people: [], delegations: [], rounds: [] } }), port = 0): Promise<ModelFake> {
  const sockets = new Set<Socket>();
  const fake: ModelFake = { url: '', calls: [], respond, close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (req.method !== 'POST' || !(req.url ?? '').endsWith('/chat/completions')) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: FakeCall['messages']; response_format?: FakeCall['responseFormat'] };
        const call: FakeCall = {
          model: body.model,
          messages: body.messages,
          responseFormat: body.response_format,
          authorization: req.headers.authorization,
          item: itemOf(body.messages),
        };
        fake.calls.push(call);
        const reply = await fake.respond(call, fake.calls.length);
        if ('hang' in reply) return;
        if ('status' in reply) {
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}` } }));
          return;
        }
        const content = 'reading' in reply ? JSON.stringify(reply.reading) : reply.content;
        const tokens = reply.tokens ?? 1000;
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${fake.calls.length}`,
            object: 'chat.completion',
            created: 1742760000,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'reading' in reply ? (reply.finish ?? 'stop') : 'stop' }],
            usage: { prompt_tokens: tokens - 200, completion_tokens: 200, total_tokens: tokens },
          }),
        );
      })();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = async () => {
    // Hung requests hold their sockets open: end them, or close() would wait for ever.
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rulesReading } = await import('./rules-reading.js');
  const portArg = process.argv.indexOf('--port');
  const fake = await startModelFake((call) => ({ reading: rulesReading(call.item) }), portArg > 0 ? Number(process.argv[portArg + 1]) : 8788);
  process.stdout.write(`fake model reading like the rules at ${fake.url}\n  PARLEY_MODEL_URL=${fake.url} PARLEY_MODEL=fake-rules npm run eval -- --reader model\n`);
}
