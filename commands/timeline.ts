import { timelineDoc, type TimelineQuery } from '../src/core/index.js';
import { defineCommand, dossierOf, dossierOption, opt } from './define.js';

export default defineCommand({
  name: 'timeline',
  description: 'Dated events of the talks, oldest first',
  options: {
    from: opt.string({ description: 'First day, YYYY-MM-DD', format: 'date', maxLength: 10 }),
    to: opt.string({ description: 'Last day, YYYY-MM-DD', format: 'date', maxLength: 10 }),
    topic: opt.string({ description: 'Topic, e.g. maritime', autocomplete: 'topic', maxLength: 50 }),
    actor: opt.string({ description: 'Events involving this person', autocomplete: 'actor', maxLength: 100 }),
    party: opt.string({ description: 'Events involving this party', autocomplete: 'party', maxLength: 100 }),
    limit: opt.integer({ description: 'How many events, 1–50 (default 20)', min: 1, max: 50 }),
    dossier: dossierOption(),
    text: opt.string({ description: 'Words the event mentions', maxLength: 200, rest: true }),
  },
  examples: ['topic:maritime', 'from:2025-03-01 to:2025-03-31', 'actor:Witkoff', 'party:Ukraine', 'text:ceasefire'],
  run: async ({ args, core, ctx }) => {
    const query: TimelineQuery = {};
    if (args.from) query.from = args.from;
    if (args.to) query.to = args.to;
    if (args.topic) query.topic = args.topic;
    if (args.actor) query.actor = args.actor;
    if (args.party) query.party = args.party;
    if (args.text) query.text = args.text;
    // A chat message holds about twenty lines comfortably; the CLI goes up to 500.
    query.limit = args.limit ?? 20;
    return timelineDoc(await core.timeline(query, dossierOf(args, ctx)));
  },
});
