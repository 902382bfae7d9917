import type { Country } from 'world-countries';
import worldCountries from 'world-countries';

/**
 * The package is CommonJS (`module.exports = [...]`) while its types declare an ES default
 * export; under NodeNext the default import is the array itself at run time.
 */
const countries = worldCountries as unknown as Country[];

/** The raw world-countries records, typed (for the gazetteer of capitals). */
export function countryRecords(): readonly Country[] {
  return countries;
}

/** A party to negotiations: a state, bloc or institution. */
export interface Party {
  /** Canonical English name: "Ukraine", "United States", "Russia", "European Union". */
  name: string;
  /** ISO alpha-3 for states ("UKR"), a short code for blocs ("EU", "NATO"). */
  code: string;
  /** Every way the text may name it (country, demonym, capital, institution), as written. */
  aliases: string[];
  /**
   * A side that is no state: an armed movement ("the rebels", "the guerrillas" in a report naming
   * it) or a political coalition ("the opposition"). Absent for states and blocs.
   */
  nonState?: 'armed' | 'political';
  /**
   * A movement that became a state's government: from `since` (ISO date) on, a report naming the
   * movement's delegation at talks with another state means that state's ("the Taliban delegation"
   * in 2021+ talks is Afghanistan's), unless the report seats the state's own government as a
   * separate side (the 2020 intra-Afghan talks).
   */
  governs?: { state: string; since: string };
  /**
   * The state an armed movement fights and negotiates with: a report naming the movement and "the
   * government" (no state of its own tied to the word) means that state's ("the Houthis … the
   * government team" is Yemen's). Not for a movement that sits beside its state's government rather
   * than against it (Hezbollah and Lebanon), nor once the movement governs (`governs`).
   */
  fights?: string;
}

/** A party named in a text, with the character span that named it. */
export interface PartyMention {
  party: Party;
  start: number;
  end: number;
  surface: string;
  /** Followed by 's / ’s ("Ukraine’s"). */
  possessive: boolean;
}

/**
 * Names news copy uses where world-countries has another common name, and the institutions
 * and blocs that stand for a party ("the Kremlin said"). Countries themselves come from the
 * package so that the hundreds of other states resolve without a hand-written list.
 */
const OVERLAY: {
  code: string;
  name?: string;
  aliases: string[];
  /** Aliases the press also writes in lower case ("the chavista delegation"): read though not capitalised. */
  lowerCaseToo?: boolean;
}[] = [
  {
    code: 'USA',
    aliases: [
      'US',
      'U.S.',
      'U.S.A.',
      'America',
      'Americans',
      'Washington',
      'White House',
      'Pentagon',
      'State Department',
      'Department of State',
      'US administration',
      'Trump administration',
    ],
  },
  { code: 'GBR', aliases: ['UK', 'U.K.', 'Britain', 'Briton', 'Britons', 'Downing Street', 'Whitehall', 'England'] },
  { code: 'RUS', aliases: ['Kremlin', 'Moskau', 'Moskva', 'Russians', 'Russian Federation', 'FSB', 'Kremlin’s'] },
  { code: 'UKR', aliases: ['Kiev', 'Kiew', 'Ukrainians', 'Bankova', 'Verkhovna Rada'] },
  { code: 'TUR', name: 'Turkey', aliases: ['Turkey', 'Türkiye', 'Turkiye', 'Turks'] },
  { code: 'CZE', aliases: ['Czech Republic'] },
  { code: 'ARE', aliases: ['UAE', 'Emirati', 'Emiratis'] },
  { code: 'SAU', aliases: ['Saudi', 'Saudis'] },
  { code: 'CHN', aliases: ['Beijing', 'Chinese'] },
  { code: 'QAT', aliases: ['Doha', 'Qatari'] },
  { code: 'VAT', aliases: ['Vatican', 'Holy See'] },
  { code: 'BLR', aliases: ['Minsk', 'Belarusian'] },
  // Short demonyms and spellings the press uses beside the package's ("Serbian", "Azerbaijani", "Pristina").
  { code: 'SRB', aliases: ['Serb', 'Serbs'] },
  { code: 'UNK', aliases: ['Kosovar', 'Kosovars', 'Prishtina', 'Priština'] },
  // The Republic of Cyprus is the Greek Cypriot side of the island's talks (the Turkish Cypriots below).
  { code: 'CYP', aliases: ['Greek Cypriot', 'Greek Cypriots'] },
  { code: 'AZE', aliases: ['Azeri', 'Azeris'] },
  // Yemen's recognised government sits in Aden; Sanaa has been the Houthis' seat since 2014 (below).
  { code: 'YEM', aliases: ['Aden'] },
  // Sudan's army-led government, named by its army or its wartime seat.
  { code: 'SDN', aliases: ['SAF', 'Sudanese Armed Forces', 'Port Sudan'] },
  // The government side of Venezuela's talks, named by its movement.
  { code: 'VEN', aliases: ['Chavista', 'Chavistas'], lowerCaseToo: true },
  { code: 'TCD', aliases: ['Ndjamena'] },
  { code: 'MYS', aliases: ['Putrajaya'] },
  { code: 'KAZ', aliases: ['Kazakh', 'Kazakhs'] },
  { code: 'UZB', aliases: ['Uzbek', 'Uzbeks'] },
  { code: 'TJK', aliases: ['Tajik', 'Tajiks'] },
  { code: 'KGZ', aliases: ['Kyrgyz'] },
];

const BLOCS: Party[] = [
  { name: 'European Union', code: 'EU', aliases: ['EU', 'E.U.', 'European Union', 'Brussels', 'European Commission'] },
  {
    name: 'NATO',
    code: 'NATO',
    aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'],
  },
  { name: 'United Nations', code: 'UN', aliases: ['UN', 'U.N.', 'United Nations'] },
  // The UN's nuclear watchdog sits at Iran's talks as an inspector, and is named as a side of its own.
  { name: 'IAEA', code: 'IAEA', aliases: ['IAEA', 'International Atomic Energy Agency'] },
  // Non-state sides at negotiating tables: named by the movement, as the press names them.
  { name: 'Hamas', code: 'HAMAS', nonState: 'armed', aliases: ['Hamas', 'HAMAS'] },
  { name: 'Hezbollah', code: 'HEZBOLLAH', nonState: 'armed', aliases: ['Hezbollah', 'Hizbollah'] },
  { name: 'Rapid Support Forces', code: 'RSF', nonState: 'armed', fights: 'Sudan', aliases: ['Rapid Support Forces', 'RSF'] },
  // Congo's rebel movement and its political alliance, named by either or both ("AFC/M23").
  { name: 'M23', code: 'M23', nonState: 'armed', fights: 'DR Congo', aliases: ['M23', 'March 23 Movement', 'Alliance Fleuve Congo', 'Congo River Alliance', 'AFC'] },
  // Tigray's regional capital stands for its authorities as a state's capital does ("Mekelle said").
  { name: 'Tigray People’s Liberation Front', code: 'TPLF', nonState: 'armed', fights: 'Ethiopia', aliases: ['TPLF', 'Tigray People’s Liberation Front', "Tigray People's Liberation Front", 'Tigrayan', 'Tigrayans', 'Mekelle', 'Mekele', 'Tigray Interim Administration'] },
  { name: 'ELN', code: 'ELN', nonState: 'armed', fights: 'Colombia', aliases: ['ELN', 'National Liberation Army', 'Ejército de Liberación Nacional'] },
  { name: 'FARC', code: 'FARC', nonState: 'armed', fights: 'Colombia', aliases: ['FARC', 'Revolutionary Armed Forces of Colombia'] },
  // The movement's seat names its authorities as a capital names a state's ("Sanaa said").
  { name: 'Houthis', code: 'HOUTHIS', nonState: 'armed', fights: 'Yemen', aliases: ['Houthis', 'Houthi', 'Huthis', 'Huthi', 'Ansar Allah', 'Ansarallah', 'Sanaa', 'Sana’a', "Sana'a"] },
  { name: 'Taliban', code: 'TALIBAN', nonState: 'armed', fights: 'Afghanistan', aliases: ['Taliban', 'Islamic Emirate', 'Islamic Emirate of Afghanistan'], governs: { state: 'Afghanistan', since: '2021-08-15' } },
  // Colombia's FARC dissidents sit as groups of their own, apart from the FARC that signed in 2016.
  { name: 'Estado Mayor Central', code: 'EMC', nonState: 'armed', fights: 'Colombia', aliases: ['Estado Mayor Central', 'EMC', 'Central General Staff', 'FARC dissidents', 'FARC-EP dissidents'] },
  { name: 'Segunda Marquetalia', code: 'SEGMARQ', nonState: 'armed', fights: 'Colombia', aliases: ['Segunda Marquetalia', 'Second Marquetalia'] },
  { name: 'Palestinian Islamic Jihad', code: 'PIJ', nonState: 'armed', aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ'] },
  { name: 'Polisario Front', code: 'POLISARIO', nonState: 'armed', fights: 'Morocco', aliases: ['Polisario', 'Polisario Front', 'Frente Polisario', 'POLISARIO'] },
  { name: 'Syrian Democratic Forces', code: 'SDF', nonState: 'armed', aliases: ['Syrian Democratic Forces', 'SDF'] },
  // Breakaway administrations that sit at talks as sides of their own (the Geneva International
  // Discussions, the 5+2 format): world-countries lists none of them.
  { name: 'Abkhazia', code: 'ABKHAZIA', aliases: ['Abkhazia', 'Abkhaz', 'Abkhazian', 'Abkhazians', 'Sukhum', 'Sukhumi', 'Republic of Abkhazia'] },
  { name: 'South Ossetia', code: 'S-OSSETIA', aliases: ['South Ossetia', 'South Ossetian', 'South Ossetians', 'Tskhinval', 'Tskhinvali', 'Republic of South Ossetia'] },
  { name: 'Transnistria', code: 'TRANSNISTRIA', aliases: ['Transnistria', 'Transnistrian', 'Pridnestrovie', 'Tiraspol'] },
  // Sub-state sides that negotiate with their own state or beside it, named by their people or seat.
  { name: 'Turkish Cypriots', code: 'TCYP', aliases: ['Turkish Cypriot', 'Turkish Cypriots', 'TRNC', 'Northern Cyprus'] },
  { name: 'Kurdistan Regional Government', code: 'KRG', aliases: ['Kurdistan Regional Government', 'KRG', 'Erbil', 'Iraqi Kurdistan'] },
  { name: 'Somaliland', code: 'SOMALILAND', aliases: ['Somaliland', 'Hargeisa', 'Republic of Somaliland'] },
  { name: 'Republika Srpska', code: 'RS', aliases: ['Republika Srpska', 'Bosnian Serb', 'Bosnian Serbs', 'Banja Luka'] },
  { name: 'Nagorno-Karabakh', code: 'NKR', aliases: ['Nagorno-Karabakh', 'Karabakh Armenians', 'Artsakh', 'Stepanakert'] },
  // Armed movements at other tables (Sudan's south, Ethiopia's Oromia, Turkey's, Syria's, the Philippines', Myanmar's).
  { name: 'SPLM-N', code: 'SPLM-N', nonState: 'armed', fights: 'Sudan', aliases: ['SPLM-N', 'SPLM-North'] },
  { name: 'Oromo Liberation Army', code: 'OLA', nonState: 'armed', fights: 'Ethiopia', aliases: ['Oromo Liberation Army', 'OLA'] },
  { name: 'PKK', code: 'PKK', nonState: 'armed', fights: 'Turkey', aliases: ['PKK', 'Kurdistan Workers’ Party', "Kurdistan Workers' Party"] },
  { name: 'Hayat Tahrir al-Sham', code: 'HTS', nonState: 'armed', aliases: ['Hayat Tahrir al-Sham', 'HTS'] },
  { name: 'Moro Islamic Liberation Front', code: 'MILF', nonState: 'armed', fights: 'Philippines', aliases: ['Moro Islamic Liberation Front', 'MILF'] },
  // Movements of past peace processes the press still retells (Aceh, Mozambique, Sri Lanka).
  { name: 'GAM', code: 'GAM', nonState: 'armed', fights: 'Indonesia', aliases: ['GAM', 'Free Aceh Movement', 'Gerakan Aceh Merdeka'] },
  { name: 'Renamo', code: 'RENAMO', nonState: 'armed', fights: 'Mozambique', aliases: ['Renamo', 'RENAMO', 'Mozambican National Resistance'] },
  { name: 'LTTE', code: 'LTTE', nonState: 'armed', fights: 'Sri Lanka', aliases: ['LTTE', 'Liberation Tigers of Tamil Eelam', 'Tamil Tigers'] },
  { name: 'National Democratic Front', code: 'NDFP', nonState: 'armed', fights: 'Philippines', aliases: ['NDFP', 'New People’s Army', "New People's Army", 'NPA'] },
  { name: 'Arakan Army', code: 'ARAKAN', nonState: 'armed', fights: 'Myanmar', aliases: ['Arakan Army'] },
  { name: 'National Unity Government', code: 'NUG', nonState: 'political', aliases: ['National Unity Government', 'NUG'] },
  { name: 'Fatah', code: 'FATAH', nonState: 'political', aliases: ['Fatah'] },
  // Venezuela's opposition coalition at the Barbados and Mexico City talks.
  {
    name: 'Unitary Platform',
    code: 'PUD',
    nonState: 'political',
    aliases: ['Unitary Platform', 'Plataforma Unitaria', 'Unitary Platform of Venezuela', 'Plataforma Unitaria Democrática', 'Unitary Democratic Platform', 'Venezuelan opposition'],
  },
];

/**
 * Movement words the press writes in lower case ("the chavista delegation"), from the overlay's
 * `lowerCaseToo` entries: read as their party though not capitalised. Every other alias must start
 * with a capital.
 */
const LOWERCASE_ALIASES = new Set(OVERLAY.filter((o) => o.lowerCaseToo).flatMap((o) => o.aliases.map((a) => a.toLowerCase())));
/** First letters of LOWERCASE_ALIASES: the hot path tests a char code before any lookup. */
const LOWERCASE_FIRST = new Set([...LOWERCASE_ALIASES].map((w) => w.charCodeAt(0)));

/** Words that are country aliases in the data but ordinary capitalised words in English prose. */
const UNSAFE_ALIASES = new Set(['jordan', 'chad', 'georgia', 'victoria', 'kingston', 'hamilton', 'guinea', 'niger']);

interface Entry {
  party: Party;
  /** Codes like "US" only match when written in capitals, or "us" would be a party. */
  capsOnly: boolean;
}

function buildParties(): Party[] {
  const out: Party[] = [];
  const byCode = new Map<string, Party>();
  // UN members first so a shared demonym ("American") goes to the state, not a territory.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const aliases = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      // Two-letter codes collide with English ("PM", "MP", "IT", "TV"); the overlay adds the safe ones.
      if (alt.length > 2 && /^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) aliases.add(alt);
    }
    const dem = c.demonyms['eng'];
    if (dem) {
      aliases.add(dem.m);
      aliases.add(dem.f);
      // The people as a side: "the Armenians", "the Azerbaijanis", "the Thais" ("Swiss", "French", "Congolese" stay as they are).
      if (/[^s]$/.test(dem.m) && !/(?:ch|sh|ese)$/.test(dem.m)) aliases.add(`${dem.m}s`);
    }
    for (const cap of c.capital) {
      aliases.add(cap);
      const short = cap.replace(/\s+D\.C\.$/, '');
      aliases.add(short);
    }
    const party: Party = { name: c.name.common, code: c.cca3, aliases: [...aliases].filter(Boolean) };
    out.push(party);
    byCode.set(c.cca3, party);
  }
  for (const o of OVERLAY) {
    const p = byCode.get(o.code);
    if (!p) continue;
    if (o.name) {
      p.aliases.push(p.name);
      p.name = o.name;
    }
    p.aliases.push(...o.aliases);
  }
  // Agency style: "Congo" alone is the DRC (Kinshasa); the other is "Republic of Congo" or "Congo-Brazzaville".
  const cog = byCode.get('COG');
  const cod = byCode.get('COD');
  if (cog && cod) {
    cog.aliases = cog.aliases.filter((a) => a !== 'Congo');
    cod.aliases.push('Congo');
  }
  // The capital world-countries gives Yemen is the Houthis' seat (BLOCS), not the recognised government's.
  const yem = byCode.get('YEM');
  if (yem) yem.aliases = yem.aliases.filter((a) => !/^Sana/.test(a));
  out.push(...BLOCS);
  return out;
}

const PARTIES = buildParties();
const EXACT = new Map<string, Entry>();

/** Keys of the spans that miss the fast path ("United States", "US-Russia"): the same few recur in every item. */
const SLOW_KEYS = new Map<string, string>();

function aliasKey(s: string): string {
  // Fast path for plain ASCII words, which is nearly every token scanned.
  if (/^[A-Za-z]+$/.test(s)) return s.toLowerCase();
  const hit = SLOW_KEYS.get(s);
  if (hit !== undefined) return hit;
  const key = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
  // Bounded: a feed of endless distinct spans refills the cache rather than growing it.
  if (SLOW_KEYS.size >= 4096) SLOW_KEYS.clear();
  SLOW_KEYS.set(s, key);
  return key;
}

/** First word of each alias → the most words an alias starting with it has. */
const FIRST_WORD = new Map<string, number>();

for (const party of [...BLOCS, ...PARTIES]) {
  for (const alias of party.aliases) {
    const key = aliasKey(alias);
    if (!key || UNSAFE_ALIASES.has(key)) continue;
    const capsOnly = /^[A-Z.]{2,6}$/.test(alias);
    const existing = EXACT.get(key);
    if (existing) {
      if (existing.party === party && !capsOnly) existing.capsOnly = false;
      continue;
    }
    EXACT.set(key, { party, capsOnly });
    const ws = key.split(' ');
    FIRST_WORD.set(ws[0]!, Math.max(FIRST_WORD.get(ws[0]!) ?? 0, ws.length));
    // findParties splits "People's Republic of China" into five words ("People", "s", …): count them that way too.
    const scanned = [...alias.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{M}]+/gu)].map((m) => aliasKey(m[0]));
    if (scanned.length > ws.length) FIRST_WORD.set(scanned[0]!, Math.max(FIRST_WORD.get(scanned[0]!) ?? 0, scanned.length));
  }
}

const BY_NAME = new Map(PARTIES.map((p) => [p.name, p]));

/**
 * The state a movement governed on `date` (ISO), by the data's `governs`: the side its delegation
 * sits for at talks reported then. Undefined for every other party and earlier dates.
 */
export function governedBy(name: string, date: string): string | undefined {
  const g = BY_NAME.get(name)?.governs;
  return g && date >= g.since ? g.state : undefined;
}

/** Every party known: states from world-countries plus blocs. */
export function listParties(): Party[] {
  return PARTIES;
}

/** Look a party up by canonical name (exact, case-sensitive). */
export function partyByName(name: string): Party | undefined {
  return PARTIES.find((p) => p.name === name);
}

/**
 * The party named by the words starting at `i` (already split, possessive endings removed),
 * longest alias first. For callers that tokenise anyway; `findParties` scans raw text.
 */
export function partyAt(words: readonly string[], i: number): { party: Party; n: number } | undefined {
  const first = words[i];
  if (!first) return undefined;
  // Called for every word of every sentence: decide ASCII first letters without a Unicode regex.
  const c = first.charCodeAt(0);
  if (c < 128 ? (c < 65 || c > 90) && !(LOWERCASE_FIRST.has(c) && LOWERCASE_ALIASES.has(first)) : !/^\p{Lu}/u.test(first)) return undefined;
  const maxN = FIRST_WORD.get(aliasKey(first));
  if (maxN === undefined) return undefined;
  for (let n = Math.min(maxN, words.length - i); n >= 1; n--) {
    const span = words.slice(i, i + n).join(' ');
    const entry = EXACT.get(n === 1 ? aliasKey(first) : aliasKey(span));
    if (!entry) continue;
    if (entry.capsOnly && !/^[A-Z.]+$/.test(span)) continue;
    return { party: entry.party, n };
  }
  return undefined;
}

const WORD_RE = /(?:\p{L}\.){2,}|\p{Lu}{1,3}\d{1,3}(?![\p{L}\p{N}])|[\p{L}\p{M}]+/gu;

/**
 * Generic side words ("government", "rebels", "opposition") and the party one item ties each to
 * (see extract/generic-sides.ts). Extraction makes it per item and passes it to the party readers
 * that take it; a reader not given one reads no generic word as a party.
 */
export type ItemSides = ReadonlyMap<string, Party>;

const OWNERS = new Set(['whose', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'other', 'each']);
const GENERIC_MODIFIERS = new Set(['federal', 'central', 'national', 'transitional', 'interim', 'military', 'civilian', 'new', 'current', 'caretaker']);

/** A possessive determiner or a capitalised possessive right before a generic word, modifiers allowed between ("whose government", "Kiir's new government"). */
function ownedBefore(before: string): boolean {
  const ws = before.split(/\s+/).filter(Boolean);
  while (ws.length && GENERIC_MODIFIERS.has(ws[ws.length - 1]!.toLowerCase())) ws.pop();
  const w = ws[ws.length - 1];
  if (!w) return false;
  return OWNERS.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && /['’]s?$/.test(w));
}

/** Words between a state and a generic word that leave it the state's ("Ethiopia's federal government"). */
const TIE_GAP = /^['’]?s?(?:\s+(?:federal|central|national|transitional|interim|military|civilian|new|current|caretaker))*\s+$/;

/**
 * Finds party names in running text. Proper-noun aliases must start with a capital letter so
 * "turkey" or "us" in prose do not match; codes must be in capitals unless `caseInsensitive`.
 * With `sides`, the item's generic side words ("the government delegation") are its parties too.
 */
export function findParties(text: string, opts: { caseInsensitive?: boolean; sides?: ItemSides } = {}): PartyMention[] {
  const words: { s: string; start: number; end: number }[] = [];
  // An exec loop, not matchAll (which copies the pattern per call): called for many short texts per
  // sentence. WORD_RE never matches empty, and nothing else uses it while the loop runs.
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    words.push({ s: m[0], start: m.index, end: m.index + m[0].length });
  }
  const out: PartyMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const generic = opts.sides?.get(first.s.toLowerCase());
    // "the government of Rwanda" names Rwanda next; "whose government", "Kiir's government" are someone else's.
    if (generic && !(!generic.nonState && (/^\s+(?:of|in)\s/.test(text.slice(first.end, first.end + 4)) || ownedBefore(text.slice(Math.max(0, first.start - 40), first.start))))) {
      const prev = out[out.length - 1];
      const tied = prev && !prev.party.nonState && TIE_GAP.test(text.slice(prev.end, first.start));
      const after = text.slice(first.end, first.end + 2);
      const mention: PartyMention = { party: generic, start: first.start, end: first.end, surface: first.s, possessive: /^['’]s/.test(after) || (/^['’]/.test(after) && /s$/.test(first.s)) };
      // "Colombia's government" is already Colombia; "Venezuela's opposition" is the opposition, not Venezuela.
      if (!tied) out.push(mention);
      else if (generic.nonState) out[out.length - 1] = { ...mention, start: prev.start };
      continue;
    }
    if (!opts.caseInsensitive && !/^\p{Lu}/u.test(first.s) && !LOWERCASE_ALIASES.has(first.s)) continue;
    const maxN = FIRST_WORD.get(aliasKey(first.s));
    if (maxN === undefined) continue;
    for (let n = Math.min(maxN, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1]!;
      // Words of a multi-word alias must be separated by whitespace or a hyphen only.
      const span = text.slice(first.start, last.end);
      if (n > 1 && /[^\p{L}\p{M}\s.'’-]/u.test(span)) continue;
      const entry = EXACT.get(aliasKey(span));
      if (!entry) continue;
      if (entry.capsOnly && !/^[A-Z.]+$/.test(span)) continue;
      const after = text.slice(last.end, last.end + 2);
      out.push({
        party: entry.party,
        start: first.start,
        end: last.end,
        surface: span,
        possessive: /^['’]s/.test(after) || (/^['’]/.test(after) && /s$/.test(span)),
      });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * Resolves a party from a name, demonym, capital or institution: "Ukraine's", "the US",
 * "Kremlin", "british". Falls back to the first party named inside a longer text.
 */
export function resolveParty(text: string): Party | null {
  // A party's own name as Parley writes it ("Georgia", "Jordan", "Chad") is that party, though in
  // running prose those words are too often something else to be read as one (UNSAFE_ALIASES).
  const own = BY_NAME.get(text.trim());
  if (own) return own;
  const key = aliasKey(text)
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .replace(/[^\p{L}\p{M}\p{N}\s']/gu, '')
    .trim();
  const exact = EXACT.get(key);
  if (exact) return exact.party;
  const found = findParties(text, { caseInsensitive: true });
  return found[0]?.party ?? null;
}
