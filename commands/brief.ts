import type { BriefingRequest } from '../src/core/core.js';
import { defineCommand, opt } from './define.js';

export default defineCommand({
  name: 'brief',
  description: "The day's briefing on the talks",
  options: {
    date: opt.string({ description: 'Day of the briefing, YYYY-MM-DD (default: today)', format: 'date', maxLength: 10 }),
  },
  examples: ['', 'date:2025-03-23'],
  run: ({ args, core }) => {
    const req: BriefingRequest = {};
    if (args.date) req.date = args.date;
    return core.briefingDoc(req);
  },
});
