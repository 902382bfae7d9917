import { askDoc } from '../src/core/index.js';
import { defineCommand, dossierOf, dossierOption, opt } from './define.js';

/** Long enough for a real question, short enough that nobody pastes an article into it. */
export const MAX_QUESTION = 500;

export default defineCommand({
  name: 'ask',
  description: 'Ask a question in plain words',
  options: {
    question: opt.string({
      description: 'e.g. who leads the Russian delegation?',
      required: true,
      maxLength: MAX_QUESTION,
      rest: true,
    }),
    dossier: dossierOption(),
  },
  examples: ['who leads the Russian delegation?', 'dossier:iran-us-nuclear who led Iran in Muscat?'],
  run: async ({ args, core, ctx }) => askDoc(await core.ask(args.question, dossierOf(args, ctx))),
});
