import { parseText, type RawCall, validateArgs } from '../../commands/args.js';
import type { AutocompleteKind, CommandContext, CommandDef } from '../../commands/define.js';
import { COMMANDS, findCommand } from '../../commands/index.js';
import { type Core, type Doc, errorDoc, isUserError, type Logger, span, UserError } from '../core/index.js';

/** What the asker gets back, and whether only they should see it. */
export interface DispatchOutcome {
  doc: Doc;
  /** True for errors and for lookups without `public:true`. */
  ephemeral: boolean;
  /** False when the Doc explains an error. */
  ok: boolean;
  /** `/who-leads`, `/parley help`: for logs. */
  label: string;
}

/** A validated call that has not run yet: Discord must choose an ephemeral or public deferral first. */
export interface PreparedCall {
  label: string;
  ephemeral: boolean;
  run(): Promise<DispatchOutcome>;
}

export type Prepared = { ok: true; call: PreparedCall } | { ok: false; outcome: DispatchOutcome };

/** Who asked where; the dispatcher adds the command list. */
export type AskContext = Omit<CommandContext, 'commands'>;

/** Input of a call: Discord's typed options, or text typed on Slack or in the shell. */
export type CallInput = RawCall | string;

export const INTERNAL_ERROR_TEXT = 'Something went wrong on our side; it has been logged.';

/**
 * The longest command line or message Parley reads. The longest real one is a subscription with
 * its options (under 400 characters) or a 500-character question with a mention; Discord allows
 * 2,000 characters and Slack 40,000. Anything longer is refused before a single pattern runs on it.
 */
export const MAX_MESSAGE_CHARS = 1_000;

/** The refusal of a text over MAX_MESSAGE_CHARS, checked before any parsing. */
function tooLong(text: string): UserError | undefined {
  if (text.length <= MAX_MESSAGE_CHARS) return undefined;
  return new UserError(
    `That message is ${text.length.toLocaleString('en-US')} characters; Parley reads at most ${MAX_MESSAGE_CHARS.toLocaleString('en-US')}. Ask a shorter question, e.g. /ask who leads the Russian delegation?`,
  );
}
const DRAINING_TEXT = 'Parley is restarting. Try again in a minute.';

/** Platform-neutral: every adapter turns a platform event into one of these calls. */
export interface Dispatcher {
  /** Validates without running, so Discord can answer bad input at once and defer the rest. */
  prepare(name: string, input: CallInput, ctx: AskContext): Promise<Prepared>;
  /** Validates, runs, and turns any error into a Doc. Never throws. */
  dispatch(name: string, input: CallInput, ctx: AskContext): Promise<DispatchOutcome>;
  /**
   * A message addressed to the bot (mention, DM, shell line): `who-leads Ukraine` or `/who-leads Ukraine`
   * runs that command, anything else is a question for `ask`. Mentions are public answers by nature.
   */
  message(text: string, ctx: AskContext): Promise<DispatchOutcome>;
  /**
   * Completion candidates; never throws (autocomplete must answer within 3 s or not at all).
   * Parties and topics are those of the dossier typed so far, else of the channel's, else the default's.
   */
  suggest(kind: AutocompleteKind, prefix: string, limit?: number, where?: { dossier?: string; ctx?: AskContext }): Promise<string[]>;
  /** True the first time a delivery (event, command, interaction) is seen; false for a retry or replay, which must not be answered again. */
  claimDelivery(key: string): Promise<boolean>;
  /** Keeps `work` counted as in flight until it settles, so shutdown waits for replies being sent. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Number of calls running or replies being sent. */
  inFlight(): number;
  /** Stops accepting work (new calls get a short "restarting" answer) and waits for in-flight work; false on timeout. */
  drain(timeoutMs: number): Promise<boolean>;
  readonly commands: readonly CommandDef[];
}


/** Splits `who-leads Ukraine` / `/who-leads Ukraine` into a known command and its text; undefined otherwise. */
export function splitCommandLine(
  text: string,
  commands: readonly CommandDef[] = COMMANDS,
): { name: string; rest: string } | undefined {
  const m = /^\s*\/?([a-z][a-z0-9-]*)(?:\s+([\s\S]*))?$/i.exec(text);
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const rest = (m[2] ?? '').trim();
  if (word === 'help') return { name: 'parley', rest: `help ${rest}`.trim() };
  const found = commands.find((c) => c.name === word);
  if (!found) return undefined;
  // "ask …" is a command; "brief me on …" reads better as a question than as /brief with a bad option.
  if (!text.trim().startsWith('/') && found.kind === 'leaf' && found.name !== 'ask') {
    const noRequired = Object.values(found.options).every((o) => !o.required);
    if (noRequired && rest !== '' && !/(?<![a-z-])[a-z-]+:/i.test(rest)) return undefined;
  }
  return { name: found.name, rest };
}

export function createDispatcher(deps: { core: Core; logger: Logger; commands?: readonly CommandDef[] }): Dispatcher {
  const { core, logger } = deps;
  const commands = deps.commands ?? COMMANDS;
  const find = (name: string) =>
    deps.commands ? commands.find((c) => c.name === name.replace(/^\//, '').toLowerCase()) : findCommand(name);
  const pending = new Set<Promise<unknown>>();
  let accepting = true;

  /**
   * The dossier a channel's commands are about when they name none: the one its briefing
   * follows (the default dossier among several, else the first); none in the shell or a DM.
   */
  const channelDossier = async (ctx: AskContext): Promise<string | undefined> => {
    if (ctx.dossier !== undefined) return ctx.dossier;
    if (ctx.platform === 'shell' || !ctx.workspace || !ctx.channel) return undefined;
    const subs = await core.subscriptions.forChannel({ platform: ctx.platform, workspace: ctx.workspace, channel: ctx.channel });
    return (subs.find((x) => x.dossier === core.defaultDossier) ?? subs[0])?.dossier;
  };

  const fail = (err: unknown, label: string, ctx: AskContext): DispatchOutcome => {
    if (isUserError(err)) {
      return { doc: { ...errorDoc(err), ephemeral: true }, ephemeral: true, ok: false, label };
    }
    // Context for whoever reads the log; the asker only gets the generic line, never a stack or a token.
    logger.error({ err, command: label, platform: ctx.platform, user: ctx.userId, destination: ctx.destination }, 'command failed');
    // errorDoc never shows an internal error's message.
    return { doc: { ...errorDoc(err), ephemeral: true }, ephemeral: true, ok: false, label };
  };

  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    const done = () => pending.delete(work);
    work.then(done, done);
    return work;
  };

  /** A validated call whose `run` is not yet counted in flight: `prepare` counts it, `dispatch` counts the whole call. */
  const prepareCall = async (name: string, input: CallInput, ctx: AskContext): Promise<Prepared> => {
    const label = `/${name.replace(/^\//, '')}`;
    if (!accepting) {
      const doc: Doc = { summary: DRAINING_TEXT, blocks: [{ type: 'paragraph', spans: [span(DRAINING_TEXT)] }], ephemeral: true };
      return { ok: false, outcome: { doc, ephemeral: true, ok: false, label } };
    }
    try {
      const overLong = typeof input === 'string' ? tooLong(input) : undefined;
      if (overLong) throw overLong;
      const command = find(name);
      if (!command) {
        throw new UserError(`Unknown command \`${label}\`. Try: /parley help`, { suggestions: ['/parley help'] });
      }
      const call = validateArgs(command, typeof input === 'string' ? parseText(command, input) : input);
      const ephemeral = call.args.public !== true;
      const { public: _public, ...args } = call.args;
      const followed = await channelDossier(ctx);
      const fullCtx: CommandContext = { ...ctx, commands, ...(followed !== undefined ? { dossier: followed } : {}) };
      return {
        ok: true,
        call: {
          label: call.label,
          ephemeral,
          run: async (): Promise<DispatchOutcome> => {
            const started = Date.now();
            try {
              const doc = await call.leaf.run({ args, core, ctx: fullCtx });
              logger.debug({ command: call.label, platform: ctx.platform, ms: Date.now() - started }, 'command answered');
              return { doc, ephemeral: ephemeral || doc.ephemeral === true, ok: true, label: call.label };
            } catch (err) {
              return fail(err, call.label, ctx);
            }
          },
        },
      };
    } catch (err) {
      return { ok: false, outcome: fail(err, label, ctx) };
    }
  };

  const prepare = async (name: string, input: CallInput, ctx: AskContext): Promise<Prepared> => {
    const p = await prepareCall(name, input, ctx);
    return p.ok ? { ok: true, call: { ...p.call, run: () => track(p.call.run()) } } : p;
  };

  // In flight from the first moment, validation included: a drain that starts while the channel's
  // dossier is being looked up must still wait for the answer.
  const dispatch = (name: string, input: CallInput, ctx: AskContext): Promise<DispatchOutcome> =>
    track(
      (async () => {
        const p = await prepareCall(name, input, ctx);
        return p.ok ? p.call.run() : p.outcome;
      })(),
    );

  return {
    commands,
    prepare,
    dispatch,
    async message(text, ctx) {
      const overLong = tooLong(text);
      if (overLong) return fail(overLong, '/ask', ctx);
      // A bare "@Parley" is a request for help, not an empty question.
      if (text.trim() === '') return dispatch('parley', { subcommand: 'help', args: {} }, ctx);
      const cmd = splitCommandLine(text, commands);
      // A question said aloud in a channel gets its answer there: the question was public already.
      const publicCall = (name: string, rest: string): RawCall | string => {
        const command = find(name);
        if (!command) return rest;
        try {
          const raw = parseText(command, rest);
          if (raw.args.public === undefined) raw.args.public = 'true';
          return raw;
        } catch {
          return rest;
        }
      };
      if (cmd) return dispatch(cmd.name, publicCall(cmd.name, cmd.rest), ctx);
      // "/foo": a command that does not exist, not a question — say so instead of asking `ask` about it.
      const slash = /^\s*\/([^\s/]+)/.exec(text);
      if (slash) {
        const help = ctx.platform === 'shell' ? '/help' : '/parley help';
        return fail(new UserError(`Unknown command \`/${slash[1]!.slice(0, 40)}\`. Try: ${help}`, { suggestions: [help] }), `/${slash[1]}`, ctx);
      }
      return dispatch('ask', { args: { question: text.trim(), public: true } }, ctx);
    },
    async suggest(kind, prefix, limit = 25, where = {}) {
      try {
        const dossier = where.dossier || (where.ctx ? await channelDossier(where.ctx) : undefined);
        return (await core.suggest(kind, prefix, limit, dossier)).slice(0, limit);
      } catch (err) {
        logger.error({ err, kind }, 'suggest failed');
        return [];
      }
    },
    async claimDelivery(key) {
      try {
        return await core.claimDelivery(key);
      } catch (err) {
        logger.error({ err }, 'delivery dedupe failed');
        return true;
      }
    },
    track,
    inFlight: () => pending.size,
    async drain(timeoutMs) {
      accepting = false;
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...pending]),
          new Promise((r) => {
            timer = setTimeout(r, left);
          }),
        ]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
