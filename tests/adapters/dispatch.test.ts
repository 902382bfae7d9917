import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand, opt } from '../../commands/define.js';
import { COMMANDS } from '../../commands/index.js';
import { createDispatcher, INTERNAL_ERROR_TEXT, splitCommandLine } from '../../src/adapters/dispatch.js';
import type { Core } from '../../src/core/core.js';
import { UserError } from '../../src/core/errors.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { recordingLogger, seededCore } from './helpers.js';

const ctx = { platform: 'shell' as const, userId: 'U1', destination: 'shell:test' };

describe('the dispatcher', () => {
  let core: Core;
  let cleanup: () => void;

  beforeAll(async () => {
    const seeded = await seededCore();
    core = seeded.core;
    cleanup = seeded.cleanup;
  });
  afterAll(() => cleanup?.());

  let release: () => void = () => {};
  const boom = defineCommand({
    name: 'boom',
    description: 'fails inside',
    options: { what: opt.string({ description: 'what to throw' }) },
    examples: ['what:user'],
    run: async ({ args }) => {
      if (args.what === 'user') throw new UserError('No such round. Try: /boom what:user');
      if (args.what === 'slow') {
        await new Promise<void>((r) => {
          release = r;
        });
        return { summary: 'slow done', blocks: [] };
      }
      throw new Error('db exploded at /secret/path with xoxb-123-abc');
    },
  });

  it('answers a lookup privately by default and publicly with public:true', async () => {
    const d = createDispatcher({ core, logger: recordingLogger() });
    const priv = await d.dispatch('who-leads', 'Ukraine', ctx);
    expect(priv).toMatchObject({ ok: true, ephemeral: true, label: '/who-leads' });
    expect(priv.doc.summary).toContain('Rustem Umerov');
    const pub = await d.dispatch('who-leads', { args: { party: 'Ukraine', public: true } }, ctx);
    expect(pub.ephemeral).toBe(false);
    expect(renderMarkdown(pub.doc)).toBe(renderMarkdown(priv.doc));
  });

  it('turns a UserError into a private Doc that says what to type', async () => {
    const d = createDispatcher({ core, logger: recordingLogger(), commands: [...COMMANDS, boom] });
    const out = await d.dispatch('boom', 'what:user', ctx);
    expect(out).toMatchObject({ ok: false, ephemeral: true });
    expect(out.doc.summary).toBe('No such round. Try: /boom what:user');
  });

  it('answers a misspelt actor with "did you mean" and the right suggestion, rather than an apology', async () => {
    const d = createDispatcher({ core, logger: recordingLogger() });
    const out = await d.dispatch('actor', 'Witcoff', ctx);
    expect(out).toMatchObject({ ok: false, ephemeral: true });
    expect(out.doc.summary).not.toContain(INTERNAL_ERROR_TEXT);
    expect(renderMarkdown(out.doc)).toMatch(/Did you mean: Steve Witkoff/);
    // Someone nobody has heard of gets no invented suggestion.
    const nobody = await d.dispatch('actor', 'Zbigniew Nobody', ctx);
    expect(nobody.ok).toBe(false);
    expect(renderMarkdown(nobody.doc)).not.toMatch(/Did you mean: \S/);
  });

  it('hides an internal error behind a generic line and logs it with context', async () => {
    const logger = recordingLogger();
    const d = createDispatcher({ core, logger, commands: [...COMMANDS, boom] });
    const out = await d.dispatch('boom', 'what:internal', ctx);
    expect(out).toMatchObject({ ok: false, ephemeral: true });
    expect(out.doc.summary.startsWith(INTERNAL_ERROR_TEXT)).toBe(true);
    expect(JSON.stringify(out.doc)).not.toMatch(/exploded|secret|xoxb|at .*\.ts/);
    const logged = logger.entries.find((e) => e.level === 'error');
    expect(logged?.obj).toMatchObject({ command: '/boom', platform: 'shell', user: 'U1', destination: 'shell:test' });
  });

  it('says which command exists when the name is unknown', async () => {
    const d = createDispatcher({ core, logger: recordingLogger() });
    expect((await d.dispatch('who-lead', '', ctx)).doc.summary).toBe('Unknown command “/who-lead”. Try: /parley help');
  });

  it('answers a message naming an unknown command with "unknown command" and where help is, not a question', async () => {
    const d = createDispatcher({ core, logger: recordingLogger() });
    const foo = await d.message('/foo bar', { ...ctx, platform: 'shell' });
    expect(foo.ok).toBe(false);
    expect(foo.doc.summary).toBe('Unknown command “/foo”. Try: /help');
    expect((await d.message('/foo', { ...ctx, platform: 'slack' })).doc.summary).toBe('Unknown command “/foo”. Try: /parley help');
    expect((await d.message('/help', ctx)).doc.title).toBe('Parley help');
  });

  it('routes messages: commands with or without the slash, help, and anything else to ask', async () => {
    expect(splitCommandLine('/who-leads Ukraine')).toEqual({ name: 'who-leads', rest: 'Ukraine' });
    expect(splitCommandLine('who-leads Ukraine')).toEqual({ name: 'who-leads', rest: 'Ukraine' });
    expect(splitCommandLine('/help')).toEqual({ name: 'parley', rest: 'help' });
    expect(splitCommandLine('who leads the Russian delegation?')).toBeUndefined();
    expect(splitCommandLine('brief me on the maritime talks')).toBeUndefined();
    const d = createDispatcher({ core, logger: recordingLogger() });
    const asked = await d.message('who leads the Ukrainian delegation?', ctx);
    expect(asked.ok).toBe(true);
    expect(asked.ephemeral).toBe(false);
    expect(renderMarkdown(asked.doc)).toContain('Rustem Umerov');
    expect((await d.message('', ctx)).doc.title).toBe('Parley help');
  });

  it('drains in-flight work on shutdown and turns new calls away meanwhile', async () => {
    const d = createDispatcher({ core, logger: recordingLogger(), commands: [...COMMANDS, boom] });
    const slow = d.dispatch('boom', 'what:slow', ctx);
    expect(d.inFlight()).toBe(1);
    const drained = d.drain(2_000);
    const late = await d.dispatch('who-leads', 'Ukraine', ctx);
    expect(late.doc.summary).toMatch(/restarting/);
    release();
    expect(await drained).toBe(true);
    expect((await slow).doc.summary).toBe('slow done');
    expect(d.inFlight()).toBe(0);
  });

  it('gives up draining after the timeout', async () => {
    const d = createDispatcher({ core, logger: recordingLogger(), commands: [...COMMANDS, boom] });
    void d.dispatch('boom', 'what:slow', ctx);
    expect(await d.drain(50)).toBe(false);
    release();
  });

  it('refuses text over 1,000 characters on its length, before any parsing, with what to type instead', async () => {
    const d = createDispatcher({ core, logger: recordingLogger() });
    const long = `who leads ${'the Ukrainian delegation, '.repeat(1_600)}?`;
    const mention = await d.message(long, ctx);
    expect(mention.ok).toBe(false);
    expect(renderMarkdown(mention.doc)).toMatch(/That message is 41,611 characters; Parley reads at most 1,000\. Ask a shorter question, e\.g\. \/ask who leads the Russian delegation\?/);
    const command = await d.dispatch('who-leads', `Ukraine round:${'x'.repeat(5_000)}`, ctx);
    expect(command.ok).toBe(false);
    expect(renderMarkdown(command.doc)).toMatch(/That message is 5,0\d\d characters/);
    // At the limit, a message is read as usual.
    expect((await d.message(`who leads the Ukrainian delegation?${' '.repeat(960)}`, ctx)).ok).toBe(true);
  });
});
