import { actorDoc } from '../src/core/index.js';
import { defineCommand, dossierOf, dossierOption, opt } from './define.js';

export default defineCommand({
  name: 'actor',
  description: 'One person in the talks: roles, delegations, sources',
  options: {
    name: opt.string({ description: 'Name or surname, e.g. Witkoff', required: true, autocomplete: 'actor', maxLength: 100 }),
    dossier: dossierOption(),
  },
  examples: ['Witkoff', 'name:"Keir Starmer"'],
  run: async ({ args, core, ctx }) => actorDoc(await core.actor(args.name, dossierOf(args, ctx))),
});
