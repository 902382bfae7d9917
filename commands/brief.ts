import type { BriefingRequest } from '../src/core/index.js';
import { defineCommand, dossierOf, dossierOption, opt } from './define.js';

export default defineCommand({
  name: 'brief',
  description: "The day's briefing on the talks",
  options: {
    // A bare day fills the date: `/brief 2025-03-23`.
    date: opt.string({ description: 'Day of the briefing, YYYY-MM-DD (default: today)', format: 'date', maxLength: 10, shape: /^\d{4}-\d{2}-\d{2}$/ }),
    dossier: dossierOption(),
  },
  examples: ['', 'date:2025-03-23', 'dossier:gaza-ceasefire'],
  run: async ({ args, core, ctx }) => {
    const req: BriefingRequest = { ...dossierOf(args, ctx) };
    if (args.date) req.date = args.date;
    return core.briefingDoc(req);
  },
});
