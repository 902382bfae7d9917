import { whoLeadsDoc } from '../src/core/index.js';
import { defineCommand, dossierOf, dossierOption, opt } from './define.js';

export default defineCommand({
  name: 'who-leads',
  description: "Who leads a party's delegation in the talks",
  options: {
    party: opt.string({ description: 'Country or party, e.g. Ukraine', required: true, autocomplete: 'party', maxLength: 100 }),
    round: opt.string({ description: 'Place or date of a round, e.g. Riyadh', maxLength: 100 }),
    dossier: dossierOption(),
  },
  examples: ['Ukraine', 'Ukraine round:Riyadh', 'Hamas dossier:gaza-ceasefire'],
  run: async ({ args, core, ctx }) => whoLeadsDoc(await core.whoLeads(args.party, { ...(args.round ? { round: args.round } : {}), ...dossierOf(args, ctx) })),
});
