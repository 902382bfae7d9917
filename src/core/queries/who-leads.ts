import type { LoadedDossier } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { listParties, resolveParty } from '../parties.js';
import type { RoundRef, WhoLeadsResult } from '../schemas.js';
import { createDelegationReads } from '../store/reads/delegations.js';
import type { SqlClient } from '../store/sql.js';
import { cleanArg, parseDay } from './common.js';
import { createDelegationReader } from './delegations.js';
import { createIndirectReader } from './indirect.js';

/** Newest rounds first; older ones are reachable with round:<place or date>. */
const MAX_DELEGATIONS = 10;

/** who-leads over one dossier's delegations. */
export function createWhoLeads(sql: SqlClient, dossier: Pick<LoadedDossier, 'id' | 'principals' | 'mediators'>) {
  const reader = createDelegationReader(sql, dossier.id, dossier.mediators);
  const indirectOf = createIndirectReader(sql, dossier.id);
  const rows = createDelegationReads(sql);

  return async function whoLeads(partyArg: string, opts: { round?: string } = {}): Promise<WhoLeadsResult> {
    const text = cleanArg(partyArg, 'party', '/who-leads Ukraine');
    const party = resolveParty(text);
    if (!party) {
      const known = (await rows.parties(dossier.id)).map((r) => r.party);
      const hint = known.length ? ` Parties with delegations on record: ${known.join(', ')}.` : '';
      throw new UserError(`"${text}" is not a country or party I know. Try: /who-leads Ukraine (a country, demonym or capital).${hint}`, {
        suggestions: known,
      });
    }
    let keep: ((round: RoundRef | null) => boolean) | undefined;
    if (opts.round !== undefined) {
      const round = cleanArg(opts.round, 'round', '/who-leads Ukraine round:Riyadh', 100);
      if (/^\d{4}-/.test(round)) {
        const from = parseDay(round, 'round date', 'start');
        const to = parseDay(round, 'round date', 'end');
        keep = (r) => Boolean(r?.date && r.date >= from && r.date <= to);
      } else {
        const needle = round.toLowerCase();
        const asParty = resolveParty(round);
        keep = (r) => {
          const place = r?.place?.toLowerCase() ?? '';
          if (!place) return false;
          if (place.includes(needle) || needle.includes(place)) return true;
          // "round:Saudi Arabia" finds the Riyadh round.
          return asParty !== null && resolveParty(place)?.name === asParty.name;
        };
      }
    }
    // "Hamas negotiates through mediators": the sources' own word, where no roster says otherwise for a round.
    // Only for a side of this negotiation (a principal, or a party with a delegation): a mediator
    // or a venue "talks indirectly" in no useful sense. A principal's is read beside its delegations.
    const mediator = dossier.mediators.includes(party.name);
    const principal = !mediator && dossier.principals.includes(party.name);
    const [delegations, early] = await Promise.all([
      reader.ofParty(party.name, { limit: MAX_DELEGATIONS, ...(keep ? { keep } : {}) }),
      principal ? indirectOf(party.name) : undefined,
    ]);
    const indirect = early ?? (!mediator && delegations.length > 0 ? await indirectOf(party.name) : []);
    return { party: party.name, delegations, ...(indirect.length ? { indirect } : {}) };
  };
}

export function knownPartyNames(): string[] {
  return listParties().map((p) => p.name);
}
