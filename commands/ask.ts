import { askDoc } from '../src/core/answers.js';
import { defineCommand, opt } from './define.js';

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
  },
  examples: ['who leads the Russian delegation?'],
  run: ({ args, core }) => askDoc(core.ask(args.question)),
});
