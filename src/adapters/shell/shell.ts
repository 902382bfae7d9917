import { createInterface } from 'node:readline';
import { renderMarkdown } from '../../core/index.js';
import type { Dispatcher } from '../dispatch.js';

export interface ShellOptions {
  dispatcher: Dispatcher;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show a prompt and a greeting. Piped input gets answers only. */
  interactive: boolean;
  /** Runs once before the first line is answered (e.g. loading the demo data), and not at all for empty input. */
  beforeFirstLine?: () => Promise<void>;
}

export interface Shell {
  /** Resolves at end of input, on `exit`/`quit`, or after close(), with how many non-empty lines were read (`quit` included). */
  done: Promise<{ lines: number }>;
  /** Stops reading; the line being answered still finishes. */
  close(): void;
}

const PROMPT = 'parley> ';

/**
 * The embedded default: a terminal chat. `/who-leads Ukraine`, `who-leads Ukraine` and `/help` run commands;
 * any other line is a question for `ask`. Lines are answered one at a time, in order.
 */
export function startShell(opts: ShellOptions): Shell {
  const { dispatcher, output, interactive } = opts;
  const rl = createInterface({ input: opts.input, output: interactive ? output : undefined, terminal: interactive });
  const write = (s: string) => output.write(s);
  // Ctrl-C at the prompt ends the session like Ctrl-D, instead of pausing readline.
  rl.on('SIGINT', () => rl.close());

  const done = (async () => {
    let lines = 0;
    let prepared = false;
    if (interactive) {
      write('Parley: ask about the negotiations, e.g. "who leads the Ukrainian delegation?" or /help. Type quit (or Ctrl-D) to leave.\n');
      rl.setPrompt(PROMPT);
      rl.prompt();
    }
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '') {
        if (interactive) rl.prompt();
        continue;
      }
      lines++;
      if (/^(exit|quit|\/exit|\/quit)$/i.test(line)) break;
      if (!prepared) {
        prepared = true;
        await opts.beforeFirstLine?.();
      }
      const outcome = await dispatcher.message(line, { platform: 'shell', destination: 'shell:local' });
      write(`${forTerminal(renderMarkdown(outcome.doc)).trimEnd()}\n\n`);
      if (interactive) rl.prompt();
    }
    rl.close();
    return { lines };
  })();

  return { done, close: () => rl.close() };
}

/**
 * A terminal shows Markdown as typed, so its backslash escapes (needed in files and chat) are
 * noise there: `\<party\>` reads better as `<party>`. Nothing in a terminal can ping anyone.
 */
export function forTerminal(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}
