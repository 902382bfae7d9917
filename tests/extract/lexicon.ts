import type { ExtractLexicon } from '../../src/core/extract/types.js';

/** The Russia–Ukraine dossier's topics, without curated actors: extraction must cope alone. */
export const LEXICON: ExtractLexicon = {
  topics: {
    maritime: ['black sea', 'maritime', 'shipping', 'grain', 'safe passage', 'ports'],
    energy: ['energy infrastructure', 'energy facilities', 'power plant', 'oil depot', 'gas'],
    prisoners: ['prisoner exchange', 'prisoner swap', 'pows'],
    'security-guarantees': ['security guarantees', 'article 5'],
    territory: ['line of control', 'territory', 'frontline', 'occupied', 'annex', 'donbas', 'zaporizhzhia'],
    peacekeeping: ['peacekeepers', 'peacekeeping', 'coalition of the willing', 'reassurance force'],
    ceasefire: ['ceasefire', 'truce', 'cessation of hostilities'],
    sanctions: ['sanctions'],
    aid: ['military aid', 'intelligence sharing', 'weapons'],
  },
  actors: [],
};
