import { nameKey } from '../names.js';
import { findParties } from '../parties.js';
import { type PersonSpan, statedSide } from './actors.js';
import { execAll } from './regex.js';

/**
 * Go-betweens: hosts, mediators, chairs and heads of state receiving each side in turn. The item
 * itself says who they are ("who hosted the talks", "mediated by A", "A met B and C separately",
 * "under Qatari mediation", "the host country's foreign minister, A"); whatever rule read them
 * into a list, they sit at no side's table. Read from the sentence, never from a dossier, so the
 * same holds for negotiations Parley ships no dossier for.
 *
 * The cues are data, one table per position: words right after a person, words right before one,
 * and words naming a party (not a person) as host or mediator.
 */

// Title words between a cue and a name ("hosted by Swiss Foreign Minister ", "the host country's
// foreign minister, ") are read as a bounded run with no conjunction and one comma at most, at its end.

/**
 * "A, who hosted the talks, …", "A, who is mediating": a relative clause naming the part. Not "who
 * chairs the foreign affairs committee": chairing a standing body is a post, not a part in the talks.
 */
const WHO_HOSTS =
  /^,?\s+(?:who|which)\s+(?:(?:has|had|is|was|will)\s+)?(?:been\s+)?(?:host(?:ed|s|ing)?|mediat(?:ed|es|ing)|broker(?:ed|s|ing)|chair(?:ed|s|ing)(?!\s[^,;.]{0,60}\b(?:committee|commission|faction|caucus|board)\b)|facilitat(?:ed|es|ing)|convened|convenes)\b/iu;
/** "A hosted the talks", "A chaired the session": the talks themselves or both sides, not one counterpart. */
const HOSTS_TALKS = /^,?\s+(?:(?:has|had|is|was)\s+)?(?:host(?:ed|s|ing)|mediat(?:ed|es|ing)|broker(?:ed|s|ing)|chair(?:ed|s|ing)|facilitat(?:ed|es|ing)|convened|convenes|moderated|moderates)\s+(?:the\s+|both\s+|the\s+two\s+|this\s+week['’]s\s+|today['’]s\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|negotiations|session|sessions|meeting|round|dialogue|delegations|sides|parties|ceremony)\b/iu;
/** Opening a session is a host's part; "welcomed the talks" is anyone's. */
const OPENS_SESSION = /^,?\s+(?:(?:has|had|is|was)\s+)?(?:opened|opens)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?:session|sessions|ceremony|meeting)\b/iu;
/** "A welcomed both delegations". */
const GREETS_SIDES = /^,?\s+(?:(?:has|had|is|was)\s+)?(?:welcomed|welcomes|greeted|greets|received|receives)\s+(?:both|the\s+two|the)\s+(?:delegations|sides|negotiating\s+teams)\b/iu;
/** "A, the mediator, …". */
const APPOSED_ROLE = /^,\s+(?:the\s+|a\s+|as\s+)?(?:chief\s+|lead\s+|joint\s+|main\s+)?(?:host|mediator|facilitator|co-mediator|chair|moderator)\s*[,;.]/iu;

/** "A, Kiir's security adviser, headed the mediation team", "B, who is due to join the mediating panel". */
const HEADS_MEDIATION =
  /^(?:,\s[^,;]{1,60},)?,?\s+(?:who\s+)?(?:(?:has|had|have|is|are|was|were|will)\s+)?(?:also\s+)?(?:(?:due|set|expected)\s+to\s+)?(?:head(?:ed|s)?|leads?|led|chair(?:ed|s)?|join(?:ed|s)?)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:mediation|mediating|mediators['’]?)\s+(?:team|panel|delegation|mission|group|committee)\b/iu;

/** Right after a person. */
export const AFTER_PERSON: readonly RegExp[] = [WHO_HOSTS, HOSTS_TALKS, OPENS_SESSION, GREETS_SIDES, APPOSED_ROLE, HEADS_MEDIATION];

/** "hosted by A", "mediated by Kazakh Foreign Minister A". */
const HOSTED_BY = /\b(?:host(?:ed)?|mediat(?:ed|ion)|brokered|chaired|facilitated|convened|moderated|opened)\s+by\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;
/** "The government delegation is chaired by A", "the Armenian commission, chaired by B": a side's body chaired is led, not a meeting hosted. */
const SIDE_CHAIRED_BY = /\b(?:delegation|team|side|commission|negotiators|one)(?:,\s|\s(?:(?:is|was|were|are|will\sbe|has\sbeen|had\sbeen)\s)?)chaired\sby\s(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;
/** "under the auspices of A". */
const AUSPICES_OF = /\bunder\s+the\s+(?:auspices|chairmanship|mediation)\s+of\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;
/** "The Turkish host, Foreign Minister A", "the host country's foreign minister, A"; not the verb ("he would host A and B": they are the guests). */
const HOST_TITLE = /\b(?<!\b(?:would|will|to|could|may|might|shall|should|must|can)\s)(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?(?:host|hosts['’]|mediator|mediators['’]|host\s+country['’]s|hosting\s+country['’]s|mediating\s+country['’]s)\s*,?\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/u;
/** "mediators including A", "attended as witnesses, including A". */
const MEDIATORS_INCLUDING = /\b(?:mediators|hosts|facilitators|witnesses|observers|guarantors)(?:,\s+|\s+)(?:including|such\s+as|led\s+by|among\s+them)\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;

/** "mediated by an AU panel made up of A, B and C", "a mediation team comprising A": the members of a go-between body. */
const MEDIATING_BODY =
  /(?:\b(?:mediated|brokered|facilitated)\s+by\s+(?:an?|the)\s+(?:[\p{L}.'’-]+\s+){0,3}?|\b(?:mediation|mediating|mediators['’]?)\s+)(?:panel|team|trio|troika|group|committee|commission|mission)\s+(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|including|of|led\s+by|headed\s+by)\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;
/** "A and B met in Ohrid with C": after two sides' pair met, the one they met "with" convenes them (read with the pair's sides). */
const MET_WITH = /^\s+(?:(?:have|has|had|also|again)\s+)?(?:met|meet|sat\s+down)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)?(?:on\s+\p{Lu}[\p{L}]*\s+)?with\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}$/u;

/** "facilitated by Norway, represented by A": the go-between party's own envoy. */
const GO_BETWEEN_REPRESENTED = /\b(?:host(?:ed)?|mediat(?:ed|ion)|brokered|chaired|facilitated|convened|moderated)\s+by\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?,\s+(?:which\s+was\s+|who\s+was\s+)?(?:represented|led)\s+by\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;

/** Right before a person. */
export const BEFORE_PERSON: readonly RegExp[] = [HOSTED_BY, AUSPICES_OF, HOST_TITLE, MEDIATORS_INCLUDING, GO_BETWEEN_REPRESENTED];

/**
 * Between a go-between and the next person: that person is one too. A list going on ("the chief
 * mediator, A, former president B and C": a comma or "and", then title words only), or a companion
 * ("A, who …, was joined by B", "A, accompanied by B"): those who come with a host or a mediator
 * come with them, not to a side's table.
 */
const LIST_GOES_ON = /^(?:\s*,\s*|\s+and\s+)(?:(?!(?:talks|between|with|met|meets|said|says|who|which|while|but|by|from|to|for|on|signed)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}$/iu;
const JOINED_BY = /(?:^,?\s+|\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?)(?:joined|accompanied|flanked)\s+by\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;

/**
 * Present at the talks, which a third party's people are without sitting at a side's table ("The
 * meeting was attended by the US envoy A" at talks between two others): kept off a side only
 * when their side is none of the talks'.
 */
/** The words `ATTENDED_BY` opens on: a sentence holding none is not read for it. */
const PRESENT_WORDS = /attended|witnessed|observed|presence/i;
const ATTENDED_BY = /\b(?:attended|witnessed|observed)\s+by\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$|\bin\s+the\s+presence\s+of\s+(?:(?!(?:and|or|but|while|who|which|said|says)\s)[\p{L}][\p{L}.'’-]*\s+){0,6}(?:[\p{L}][\p{L}.'’-]*,\s+)?$/iu;

/** "met A and B separately", "received each delegation in turn": a host's calls on each side, no table between them. */
const SEPARATE = /\b(?:separately|in\s+turn|one\s+after\s+the\s+other|each\s+(?:side|delegation|leader)|both\s+(?:sides|delegations|leaders))\b/i;
/** The verb of such calls, right after the host: "A met", "A received", "A held separate talks with". */
const RECEIVES = /^,?\s+(?:(?:has|had|also)\s+)?(?:met(?:\s+with)?|meets(?:\s+with)?|received|receives|welcomed|welcomes|greeted|greets|hosted|hosts|held\s+separate\s+(?:talks|meetings)\s+with)\s/i;

/** "under Qatari mediation". The group holds the words naming the party (here and below). */
const UNDER_MEDIATION = /\bunder\s+(?:the\s+)?([\p{Lu}][\p{L}-]*(?:\s+and\s+[\p{Lu}][\p{L}-]*)?)\s+(?:mediation|auspices|facilitation|chairmanship)\b/gu;
/** "Qatar-brokered", "US-mediated". */
const PARTY_MEDIATED = /\b([\p{Lu}][\p{L}.]*(?:\s+and\s+[\p{Lu}][\p{L}.]*)?)-(?:mediated|brokered|hosted|facilitated|sponsored)\b/gu;
/** "hosted by the Venezuelan government", "mediated by Oman". */
const BY_PARTY = /\b(?:hosted|mediated|brokered|facilitated|convened)\s+by\s+(?:the\s+)?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)(?:\s+(?:government|authorities|presidency))?(?=\s*(?:[,;.]|and\b|in\b|on\b|at\b|between\b|for\b|with\b|$))/gu;
/** "Kenya, which hosts the talks", "The Venezuelan government, which hosts the talks". */
const PARTY_WHICH_HOSTS = /\b(?:the\s+)?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)(?:['’]s)?(?:\s+(?:government|authorities|presidency))?,\s+(?:which|who)\s+(?:(?:has|had|is|was)\s+)?(?:host(?:ed|s|ing)|mediat(?:ed|es|ing)|broker(?:ed|s|ing)|facilitat(?:ed|es|ing)|offered\s+the\s+venue)\b/gu;
/** "Kenya's government offered the venue". */
const OFFERED_VENUE = /\b([\p{Lu}][\p{L}.'’-]*)['’]s\s+(?:government|authorities)\s+(?:offered|provided)\s+the\s+venue\b/gu;

/** A party named as host or mediator, not a person. */
export const PARTY_CUES: readonly RegExp[] = [UNDER_MEDIATION, PARTY_MEDIATED, BY_PARTY, PARTY_WHICH_HOSTS, OFFERED_VENUE];

export interface GoBetweens {
  /** Name keys of the people the item casts as hosts, mediators, chairs or receivers. */
  people: Set<string>;
  /** Parties the item names as hosts or mediators, by those words or by such a person's side. */
  parties: Set<string>;
  /** Sentences where a host meets each side in turn: no one there met the other side. */
  separate: Set<number>;
  /** Name keys of people the item says attended or witnessed the talks (`ATTENDED_BY`). */
  present: Set<string>;
  /** Name keys of the members of a mediating body ("mediated by an AU panel made up of A, B and C"): at no side's table, whatever sides the item reads. */
  mediators: Set<string>;
}

/** The parties named as hosts, and as mediators, by the party cues (no people needed: read before names are). */
export function goBetweenParties(texts: readonly string[]): { hosts: Set<string>; mediators: Set<string> } {
  const out = { hosts: new Set<string>(), mediators: new Set<string>() };
  for (const t of texts) {
    if (!/host|mediat|broker|facilitat|auspices|venue|convened/i.test(t)) continue;
    for (const re of PARTY_CUES)
      for (const m of execAll(re, t)) {
        // Hosting alone may be a side's ("a border committee meeting hosted by Cambodia"): it keeps
        // the party off a generic side word only; mediating keeps its delegation off the table too.
        const into = /mediat|broker|facilitat|auspices|sponsor|chairmanship|convened/i.test(m[0]) ? out.mediators : out.hosts;
        for (const p of findParties(m[1]!)) into.add(p.party.name);
      }
  }
  return out;
}

/**
 * Hosts, mediators and receivers in the item's sentences (see the module comment). `venues(i)` is
 * the parties sentence i names as the place ("at the White House", "in Ankara"): one of them whose
 * own person sits beside two other sides ("Aliyev, Trump and Pashinyan signed … at the White
 * House") is the host.
 */
export function findGoBetweens(texts: readonly string[], people: readonly PersonSpan[][], parties: ReadonlySet<string>, venues: (i: number) => ReadonlySet<string>): GoBetweens {
  const out: GoBetweens = { people: new Set(), parties: new Set(parties), separate: new Set(), present: new Set(), mediators: new Set() };
  /** The spans a mediating body's words name, or a list going on from one. */
  const body = new Set<PersonSpan>();
  /** The spans the words before them name as go-betweens, or a list going on from one. */
  const cued = new Set<PersonSpan>();
  // A sentence's venues, read once for all the people in it who state a side.
  const venuesOf = new Map<number, ReadonlySet<string>>();
  const venuesAt = (i: number) => venuesOf.get(i) ?? venuesOf.set(i, venues(i)).get(i)!;
  texts.forEach((t, i) => {
    const list = people[i] ?? [];
    if (!list.length) return;
    for (const [k, p] of list.entries()) {
      const after = t.slice(p.end, p.end + 160);
      const before = t.slice(Math.max(0, p.start - 120), p.start);
      // Named so by the words before them ("hosted by A", "the chief mediator, A"): a list may go on.
      const inBody = MEDIATING_BODY.test(before);
      if (inBody) body.add(p);
      const named = inBody || (BEFORE_PERSON.some((re) => re.test(before)) && !SIDE_CHAIRED_BY.test(before));
      if (named) cued.add(p);
      let host = named || AFTER_PERSON.some((re) => re.test(after));
      // "A and B met in Ohrid with C": two sides' pair, then one of a third side they met with.
      if (!host && k >= 2) {
        const [a, b] = [list[k - 2]!, list[k - 1]!];
        const sides = [statedSide(a), statedSide(b), statedSide(p)];
        host = /^\s+and\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(t.slice(a.end, b.start)) && MET_WITH.test(t.slice(b.end, p.start)) && sides.every(Boolean) && new Set(sides).size === 3;
      }
      // "Swiss President A met B and C separately": the subject receives each side in turn.
      if (!host && RECEIVES.test(after) && SEPARATE.test(after.split(/[;.]/)[0] ?? '')) {
        host = true;
        out.separate.add(i);
      }
      if (!host) {
        const side = statedSide(p);
        if (!side) continue;
        // Two other sides first: the cheaper test, and the venues are read only where it holds.
        const others = new Set(list.map(statedSide).filter((x): x is string => !!x && x !== side));
        if (others.size < 2 || !venuesAt(i).has(side)) continue;
      }
      out.people.add(nameKey(p.name));
      const side = statedSide(p);
      if (side) out.parties.add(side);
    }
  });
  // Those listed after a go-between named so in that sentence (not a caption's "A, host B and C"),
  // or coming with one named so anywhere in the item.
  texts.forEach((t, i) => {
    const list = people[i] ?? [];
    const present = PRESENT_WORDS.test(t);
    if (!present && !out.people.size) return;
    for (let k = 0; k < list.length; k++) {
      const q = list[k]!;
      const key = nameKey(q.name);
      const p = list[k - 1];
      const between = p ? t.slice(p.end, q.start) : '';
      if (p && body.has(p) && LIST_GOES_ON.test(between)) body.add(q);
      if (out.people.has(key)) continue;
      if (p && ((cued.has(p) && LIST_GOES_ON.test(between)) || (out.people.has(nameKey(p.name)) && JOINED_BY.test(between) && !/[;.]/.test(between)))) {
        cued.add(q);
        out.people.add(key);
        const side = statedSide(q);
        if (side) out.parties.add(side);
      } else if (present && ATTENDED_BY.test(t.slice(Math.max(0, q.start - 120), q.start))) out.present.add(key);
    }
  });
  for (const p of body) out.mediators.add(nameKey(p.name));
  return out;
}
