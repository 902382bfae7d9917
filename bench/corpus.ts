/**
 * A seeded, reproducible synthetic news corpus for the benchmark: RSS 2.0 and Atom feeds from
 * several outlets with ~2 KB items, a share of them about the Russia–Ukraine talks (written from
 * sentence templates with real-shaped actors, delegations, dates, places and topics), the rest
 * about sport, markets and weather, and the same stories re-posted or re-written across outlets.
 *
 * Everything derives from the seed and the options: no clock, no Math.random, so two runs with
 * one seed produce byte-identical feeds and a figure can be compared across machines.
 */

/** A small, fast PRNG (mulberry32): good enough for test data, and identical on every platform. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** Index in [0, n) drawn from a Zipf law (s = 1): a few popular, a long tail, as with people in the news. */
  zipf(n: number): number;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    // Inverse CDF of P(k) ∝ log((k+2)/(k+1)) ≈ 1/(k+1): one draw, no table.
    zipf: (n) => Math.min(n - 1, Math.floor((n + 1) ** next()) - 1),
  };
}

// ───────────────────────────── the world the stories are about ─────────────────────────────

export type Party = 'Ukraine' | 'Russia' | 'United States' | 'France' | 'United Kingdom' | 'Germany' | 'Saudi Arabia' | 'Turkey';

export interface PoolActor {
  name: string;
  party: Party;
  /** As a paper would write it before the name: "Defence Minister". */
  role: string;
}

/** People who recur in the coverage, with the roles the press gives them. */
export const ACTOR_POOL: readonly PoolActor[] = [
  { name: 'Rustem Umerov', party: 'Ukraine', role: 'Defence Minister' },
  { name: 'Andriy Yermak', party: 'Ukraine', role: 'presidential chief of staff' },
  { name: 'Andrii Sybiha', party: 'Ukraine', role: 'Foreign Minister' },
  { name: 'Volodymyr Zelensky', party: 'Ukraine', role: 'President' },
  { name: 'Pavlo Palisa', party: 'Ukraine', role: 'deputy head of the presidential office' },
  { name: 'Ihor Zhovkva', party: 'Ukraine', role: 'foreign policy adviser' },
  { name: 'Kyrylo Budanov', party: 'Ukraine', role: 'military intelligence chief' },
  { name: 'Serhiy Kyslytsya', party: 'Ukraine', role: 'First Deputy Foreign Minister' },
  { name: 'Davyd Arakhamia', party: 'Ukraine', role: 'parliamentary faction leader' },
  { name: 'Oleksandr Bevz', party: 'Ukraine', role: 'presidential office adviser' },
  { name: 'Vladimir Putin', party: 'Russia', role: 'President' },
  { name: 'Yuri Ushakov', party: 'Russia', role: 'Kremlin foreign policy aide' },
  { name: 'Kirill Dmitriev', party: 'Russia', role: 'special envoy for investment' },
  { name: 'Sergei Lavrov', party: 'Russia', role: 'Foreign Minister' },
  { name: 'Vladimir Medinsky', party: 'Russia', role: 'presidential aide' },
  { name: 'Grigory Karasin', party: 'Russia', role: 'senator' },
  { name: 'Sergei Beseda', party: 'Russia', role: 'FSB adviser' },
  { name: 'Igor Kostyukov', party: 'Russia', role: 'military intelligence chief' },
  { name: 'Dmitry Peskov', party: 'Russia', role: 'Kremlin spokesman' },
  { name: 'Alexander Fomin', party: 'Russia', role: 'Deputy Defence Minister' },
  { name: 'Steve Witkoff', party: 'United States', role: 'special envoy' },
  { name: 'Marco Rubio', party: 'United States', role: 'Secretary of State' },
  { name: 'Mike Waltz', party: 'United States', role: 'national security adviser' },
  { name: 'Keith Kellogg', party: 'United States', role: 'special envoy for Ukraine' },
  { name: 'Andrew Peek', party: 'United States', role: 'National Security Council senior director' },
  { name: 'Michael Anton', party: 'United States', role: 'State Department policy planning director' },
  { name: 'Jared Kushner', party: 'United States', role: 'presidential envoy' },
  { name: 'Dan Driscoll', party: 'United States', role: 'Army Secretary' },
  { name: 'Donald Trump', party: 'United States', role: 'President' },
  { name: 'Emmanuel Macron', party: 'France', role: 'President' },
  { name: 'Emmanuel Bonne', party: 'France', role: 'diplomatic adviser' },
  { name: 'Keir Starmer', party: 'United Kingdom', role: 'Prime Minister' },
  { name: 'Jonathan Powell', party: 'United Kingdom', role: 'national security adviser' },
  { name: 'Friedrich Merz', party: 'Germany', role: 'Chancellor' },
  { name: 'Jens Ploetner', party: 'Germany', role: 'foreign policy adviser' },
  { name: 'Faisal bin Farhan', party: 'Saudi Arabia', role: 'Foreign Minister' },
  { name: 'Hakan Fidan', party: 'Turkey', role: 'Foreign Minister' },
];

/** Places where rounds are held, with the country a story may name instead. */
export const PLACES: readonly { city: string; country: string }[] = [
  { city: 'Riyadh', country: 'Saudi Arabia' },
  { city: 'Jeddah', country: 'Saudi Arabia' },
  { city: 'Istanbul', country: 'Turkey' },
  { city: 'Geneva', country: 'Switzerland' },
  { city: 'Abu Dhabi', country: 'the United Arab Emirates' },
  { city: 'Miami', country: 'the United States' },
];

/** Phrases per dossier topic: each contains one of the topic's lexicon terms. */
export const TOPIC_PHRASES: Readonly<Record<string, readonly string[]>> = {
  maritime: ['a ceasefire in the Black Sea', 'safe passage for merchant ships', 'reopening the grain ports', 'naval operations near Odesa'],
  energy: ['a halt to strikes on energy infrastructure', 'protecting the power grid', 'the energy truce', 'the Zaporizhzhia nuclear plant'],
  prisoners: ['a new prisoner exchange', 'the return of prisoners of war', 'the return of deported children', 'an exchange of prisoners'],
  'security-guarantees': ['security guarantees for Kyiv', 'an Article 5-style commitment', 'NATO membership', 'neutral status'],
  territory: ['the line of control', 'the occupied territories', 'a demilitarised zone in Donbas', 'the future of Crimea'],
  peacekeeping: ['a European reassurance force', 'the coalition of the willing', 'a monitoring mission', 'a verification mechanism'],
  ceasefire: ['a 30-day ceasefire', 'a full cessation of hostilities', 'the 28-point peace plan', 'a peace framework'],
  sanctions: ['easing sanctions', 'reconnecting Rosselkhozbank to SWIFT', 'frozen assets', 'the oil price cap'],
  aid: ['military aid', 'intelligence sharing', 'air defence deliveries', 'a new arms package'],
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const ADJECTIVES = ['productive', 'constructive', 'difficult', 'substantive', 'frank', 'useful', 'tense', 'businesslike'] as const;
const SOURCES = ['officials said', 'a source familiar with the talks said', 'according to a statement', 'diplomats said', 'the ministry said'] as const;

const DEMONYM: Record<Party, string> = {
  Ukraine: 'Ukrainian',
  Russia: 'Russian',
  'United States': 'US',
  France: 'French',
  'United Kingdom': 'British',
  Germany: 'German',
  'Saudi Arabia': 'Saudi',
  Turkey: 'Turkish',
};

/** "Ukraine's delegation", "the US delegation": how a paper writes a party as a possessive. */
const POSSESSIVE: Record<Party, string> = {
  Ukraine: "Ukraine's",
  Russia: "Russia's",
  'United States': 'the US',
  France: "France's",
  'United Kingdom': "Britain's",
  Germany: "Germany's",
  'Saudi Arabia': "Saudi Arabia's",
  Turkey: "Turkey's",
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const NEGOTIATING: readonly Party[] = ['Ukraine', 'Russia', 'United States'];

const byParty = (p: Party) => ACTOR_POOL.filter((a) => a.party === p);

/** "March 11" or "11 March": outlets differ. */
function dayMonth(rng: Rng, d: Date): string {
  const m = MONTHS[d.getUTCMonth()]!;
  return rng.chance(0.5) ? `${m} ${d.getUTCDate()}` : `${d.getUTCDate()} ${m}`;
}

/** A date phrase relative to publication, the way news writes them. */
function datePhrase(rng: Rng, published: Date, future: boolean): string {
  const offset = future ? rng.int(1, 9) : -rng.int(0, 5);
  const d = new Date(published.getTime() + offset * 86_400_000);
  const r = rng.next();
  if (r < 0.4) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  if (r < 0.85) return `on ${dayMonth(rng, d)}`;
  return future ? 'next week' : 'last week';
}

function party(rng: Rng, not?: Party): Party {
  const list = NEGOTIATING.filter((p) => p !== not);
  return rng.pick(list);
}

function topicPhrase(rng: Rng, topic: string): string {
  return rng.pick(TOPIC_PHRASES[topic] ?? TOPIC_PHRASES.ceasefire!);
}

export const TOPICS = Object.keys(TOPIC_PHRASES);

/** A random frame for one story: where, who, about what. */
export function storyFrame(rng: Rng, published: Date): StoryFrame {
  const p1 = party(rng);
  return { place: rng.pick(PLACES), parties: [p1, party(rng, p1)], topic: rng.pick(TOPICS), topic2: rng.pick(TOPICS), published };
}

/** A headline for a story about the talks. */
export function relevantHeadline(rng: Rng, f: StoryFrame): string {
  return `${DEMONYM[f.parties[0]]} and ${DEMONYM[f.parties[1]]} negotiators discuss ${topicPhrase(rng, f.topic)} in ${f.place.city}`;
}

export interface StoryFrame {
  place: { city: string; country: string };
  parties: [Party, Party];
  topic: string;
  topic2: string;
  published: Date;
}

/** One relevant sentence of a story; exported so the large database's event titles read alike. */
export function relevantSentence(rng: Rng, f: StoryFrame): string {
  const [p1, p2] = f.parties;
  const a = rng.pick(byParty(p1));
  const b = rng.pick(byParty(p2));
  const when = datePhrase(rng, f.published, false);
  switch (rng.int(0, 11)) {
    case 0:
      return `${DEMONYM[p1]} and ${DEMONYM[p2]} delegations met in ${f.place.city} ${when} for talks on ${topicPhrase(rng, f.topic)}.`;
    case 1: {
      const team = byParty(p1).filter((x) => x.name !== a.name);
      const m1 = rng.pick(team);
      const m2 = rng.pick(team.filter((x) => x.name !== m1.name));
      return `${cap(POSSESSIVE[p1])} delegation was led by ${a.name} and included ${m1.name} and ${m2.name}.`;
    }
    case 2:
      return `${a.role} ${a.name} said the talks had been "${rng.pick(ADJECTIVES)}" and that progress had been made on ${topicPhrase(rng, f.topic)}.`;
    case 3:
      return `${a.name}, ${POSSESSIVE[p1]} ${a.role.toLowerCase()}, told reporters in ${f.place.city} that ${p2} was not ready to discuss ${topicPhrase(rng, f.topic2)}.`;
    case 4:
      return `A further round of talks is expected in ${rng.pick(PLACES).city} ${datePhrase(rng, f.published, true)}, ${rng.pick(SOURCES)}.`;
    case 5:
      return `The ${DEMONYM[p2]} side, headed by ${b.name}, proposed ${topicPhrase(rng, f.topic)} as a first step towards a peace deal.`;
    case 6:
      return `${p1} accused ${p2} of violating the truce ${when}, a charge ${b.role.toLowerCase()} ${b.name} rejected.`;
    case 7:
      return `${a.name} held a phone call with ${b.name} ${when} to discuss ${topicPhrase(rng, f.topic2)}.`;
    case 8:
      return `Both sides agreed ${when} to work on ${topicPhrase(rng, f.topic)}, ${a.name} said after the meeting in ${f.place.country}.`;
    case 9:
      return `The two sides exchanged ${rng.int(2, 30) * 10} prisoners of war ${when}, ${DEMONYM[p1]} officials said.`;
    case 10:
      return `Negotiators worked late into the night in ${f.place.city} on the wording of a joint statement on ${topicPhrase(rng, f.topic2)}.`;
    default:
      return `${b.name} said ${p2} would only accept a ceasefire that addressed ${topicPhrase(rng, f.topic2)}.`;
  }
}

/** Background that every story about the war carries: the other half of a real 2 KB item. */
const BACKGROUND = [
  'Russia launched its full-scale invasion of Ukraine in February 2022, and the front line has moved little over the past year.',
  'Kyiv has said it will not recognise any occupied territory as Russian, while Moscow insists on keeping the regions it claims.',
  'European leaders have pressed Washington to keep Ukraine at the centre of any negotiations about its future.',
  'The Kremlin has repeatedly said it is open to talks but has set conditions that Kyiv calls an ultimatum.',
  'Air raid alerts sounded across several regions overnight, and officials reported damage to homes and a school.',
  'Analysts cautioned that previous pauses in the fighting had collapsed within days amid mutual accusations.',
  'The talks are the latest in a series of contacts that began after a phone call between the two presidents.',
  'Ukraine’s partners in the coalition of the willing met by video link to coordinate their position before the next round.',
] as const;

const TEAMS = ['Arsenal', 'Real Madrid', 'Bayern Munich', 'Inter Milan', 'Ajax', 'Celtic', 'Benfica', 'Lyon', 'Porto', 'Napoli'] as const;
const COMPANIES = ['Siemens', 'Unilever', 'Nestle', 'Airbus', 'Shell', 'Novo Nordisk', 'ASML', 'BP', 'Volvo', 'Adidas'] as const;
const CITIES = ['London', 'Paris', 'Madrid', 'Rome', 'Berlin', 'Warsaw', 'Lisbon', 'Vienna', 'Oslo', 'Athens'] as const;

/** A sentence about something else entirely: 0 sport, 1 markets, 2 weather. */
export function otherSentence(rng: Rng, kind: number, published: Date): string {
  const when = `on ${WEEKDAYS[published.getUTCDay()]}`;
  if (kind === 0) {
    const [t1, t2] = [rng.pick(TEAMS), rng.pick(TEAMS)];
    switch (rng.int(0, 4)) {
      case 0:
        return `${t1} beat ${t2} ${rng.int(1, 4)}-${rng.int(0, 2)} ${when}, with a late goal from the substitute settling a tight match.`;
      case 1:
        return `The manager said his side had been "${rng.pick(ADJECTIVES)}" in the first half but lacked a cutting edge in front of goal.`;
      case 2:
        return `${t1} remain ${rng.int(1, 9)} points clear at the top of the table with ${rng.int(3, 15)} games left to play.`;
      case 3:
        return `Ticket prices for the final have risen by ${rng.int(5, 40)} percent, prompting complaints from supporters' groups.`;
      default:
        return `The striker is expected to miss ${rng.int(2, 8)} weeks with a hamstring injury picked up in training.`;
    }
  }
  if (kind === 1) {
    const c = rng.pick(COMPANIES);
    switch (rng.int(0, 4)) {
      case 0:
        return `Shares in ${c} rose ${rng.int(1, 9)}.${rng.int(0, 9)}% ${when} after the company raised its full-year profit forecast.`;
      case 1:
        return `The S&P 500 closed ${rng.chance(0.5) ? 'higher' : 'lower'} as investors weighed fresh inflation data and bond yields.`;
      case 2:
        return `${c} said quarterly revenue reached ${rng.int(2, 40)} billion euros, ahead of analysts' expectations.`;
      case 3:
        return `Brent crude traded near ${rng.int(60, 95)} dollars a barrel while the euro held steady against the dollar.`;
      default:
        return `Analysts at several banks cut their targets for the sector, citing weaker demand in China.`;
    }
  }
  const city = rng.pick(CITIES);
  switch (rng.int(0, 4)) {
    case 0:
      return `Forecasters expect temperatures of up to ${rng.int(5, 35)} degrees in ${city} ${when}, with thunderstorms later.`;
    case 1:
      return `Heavy rain caused flooding on several roads around ${city}, and commuters were advised to allow extra time.`;
    case 2:
      return `The national weather service issued a yellow warning for wind across the north of the country.`;
    case 3:
      return `Pollen counts will be high for the rest of the week, and allergy sufferers should take precautions.`;
    default:
      return `Snow is possible on higher ground overnight, with frost likely in rural areas by the morning.`;
  }
}

// ───────────────────────────── stories and feeds ─────────────────────────────

interface Story {
  id: number;
  relevant: boolean;
  title: string;
  paragraphs: string[];
  published: Date;
  /** The outlet that first published it, and its article URL there. */
  outlet: number;
  url: string;
  /** Set on a copy: 'repost' (same text, syndicated URL) or 'rewrite' (same story, new words). */
  copyOf?: number;
  copyKind?: 'repost' | 'rewrite';
}

const TARGET_TEXT_BYTES = 2_000;

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function relevantStory(rng: Rng, published: Date): Pick<Story, 'title' | 'paragraphs'> {
  const f = storyFrame(rng, published);
  const lead = relevantSentence(rng, f);
  const paragraphs: string[] = [];
  let size = 0;
  let para: string[] = [];
  while (size < TARGET_TEXT_BYTES) {
    // Two thirds of the body is about the talks, the rest is background, as in the real feeds.
    const s = rng.chance(0.66) ? relevantSentence(rng, f) : rng.pick(BACKGROUND);
    para.push(s);
    size += s.length + 1;
    if (para.length >= rng.int(2, 3)) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(' '));
  return { title: relevantHeadline(rng, f), paragraphs: [lead, ...paragraphs] };
}

function otherStory(rng: Rng, published: Date): Pick<Story, 'title' | 'paragraphs'> {
  const kind = rng.int(0, 2);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < TARGET_TEXT_BYTES) {
    const p = [otherSentence(rng, kind, published), otherSentence(rng, kind, published), otherSentence(rng, kind, published)].join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  const heads = [
    `${rng.pick(TEAMS)} extend their lead after win over ${rng.pick(TEAMS)}`,
    `${rng.pick(COMPANIES)} shares move as markets digest earnings`,
    `Weather warning issued for ${rng.pick(CITIES)} as storms approach`,
  ];
  return { title: heads[kind]!, paragraphs };
}

/** The same story in another outlet's words: sentences reshuffled, a new headline. */
function rewrite(rng: Rng, s: Story): Pick<Story, 'title' | 'paragraphs'> {
  const sentences = s.paragraphs.join(' ').split(/(?<=[.!?])\s+/);
  for (let i = sentences.length - 1; i > 1; i--) {
    const j = rng.int(1, i);
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return { title: `${s.title}, ${rng.pick(SOURCES)}`, paragraphs };
}

export interface CorpusOptions {
  seed: number;
  /** Items across all feeds, copies included. */
  items: number;
  /** Outlets, each one feed (default 8). */
  outlets?: number;
  /** Share of stories about the dossier (default 0.2). */
  relevantShare?: number;
  /** Share of items that repeat another outlet's story: re-posted or re-written (default 0.12). */
  duplicateShare?: number;
  /** First publication instant (default 2025-03-01T00:00Z). */
  start?: Date;
  /** Days the items spread over (default 7). */
  days?: number;
}

export interface CorpusFeed {
  name: string;
  url: string;
  format: 'rss' | 'atom';
  xml: string;
  items: number;
}

export interface CorpusStats {
  items: number;
  relevant: number;
  reposts: number;
  rewrites: number;
  xmlBytes: number;
  meanTextBytes: number;
}

export interface Corpus {
  feeds: CorpusFeed[];
  stats: CorpusStats;
}

const OUTLET_NAMES = [
  'Kyiv Daily',
  'The Continental',
  'Baltic Wire',
  'Gulf Observer',
  'Atlantic Ledger',
  'Danube Post',
  'Nordic Times',
  'Bosphorus Review',
  'Capital Courier',
  'Meridian News',
  'Harbour Gazette',
  'Steppe Report',
];

const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${escXml(p)}</p>`).join('\n');

function rssItem(s: Story, url: string, guid: string): string {
  return `<item>
<title>${escXml(s.title)}</title>
<link>${escXml(url)}</link>
<guid isPermaLink="false">${escXml(guid)}</guid>
<pubDate>${s.published.toUTCString()}</pubDate>
<dc:creator>News desk</dc:creator>
<description><![CDATA[<p>${s.paragraphs[0]}</p>]]></description>
<content:encoded><![CDATA[${html(s.paragraphs)}]]></content:encoded>
</item>`;
}

function atomEntry(s: Story, url: string, guid: string): string {
  return `<entry>
<title type="text">${escXml(s.title)}</title>
<link rel="alternate" type="text/html" href="${escXml(url)}"/>
<id>${escXml(guid)}</id>
<published>${s.published.toISOString()}</published>
<updated>${s.published.toISOString()}</updated>
<author><name>News desk</name></author>
<summary type="html">${escXml(`<p>${s.paragraphs[0]}</p>`)}</summary>
<content type="html">${escXml(html(s.paragraphs))}</content>
</entry>`;
}

/** Generates the feeds. Same options, same bytes. */
export function generateCorpus(opts: CorpusOptions): Corpus {
  const rng = createRng(opts.seed);
  const outlets = Math.max(1, Math.min(OUTLET_NAMES.length, opts.outlets ?? 8));
  const relevantShare = opts.relevantShare ?? 0.2;
  const duplicateShare = opts.duplicateShare ?? 0.12;
  const start = (opts.start ?? new Date('2025-03-01T00:00:00Z')).getTime();
  const spanMs = (opts.days ?? 7) * 86_400_000;
  const hosts = OUTLET_NAMES.slice(0, outlets).map((n) => `${slug(n).replace(/-/g, '')}.example`);

  const stories: Story[] = [];
  const originals: Story[] = [];
  let reposts = 0;
  let rewrites = 0;
  for (let i = 0; i < opts.items; i++) {
    // Items are laid out in time order, so a copy always follows its original.
    const published = new Date(start + Math.floor((i / opts.items) * spanMs) + rng.int(0, 59) * 60_000);
    const outlet = rng.int(0, outlets - 1);
    const source = originals.length > 10 && outlets > 1 && rng.chance(duplicateShare) ? rng.pick(originals.slice(-200)) : undefined;
    if (source && source.outlet !== outlet) {
      // Syndication keeps the text and points at the original (with the outlet's tracking tags);
      // a rewrite is the same story told again, which only the briefing's clustering can join.
      const kind = rng.chance(0.45) ? 'repost' : 'rewrite';
      const body = kind === 'repost' ? { title: source.title, paragraphs: source.paragraphs } : rewrite(rng, source);
      const url =
        kind === 'repost'
          ? `${source.url}?utm_source=${slug(OUTLET_NAMES[outlet]!)}&utm_medium=rss`
          : `https://${hosts[outlet]}/news/${slug(body.title)}-${i}`;
      stories.push({ id: i, relevant: source.relevant, ...body, published, outlet, url, copyOf: source.id, copyKind: kind });
      if (kind === 'repost') reposts++;
      else rewrites++;
      continue;
    }
    const relevant = rng.chance(relevantShare);
    const body = relevant ? relevantStory(rng, published) : otherStory(rng, published);
    const s: Story = { id: i, relevant, ...body, published, outlet, url: `https://${hosts[outlet]}/${relevant ? 'world' : 'life'}/${slug(body.title)}-${i}` };
    stories.push(s);
    originals.push(s);
  }

  const feeds: CorpusFeed[] = [];
  let xmlBytes = 0;
  let textBytes = 0;
  for (let o = 0; o < outlets; o++) {
    const name = OUTLET_NAMES[o]!;
    const format: 'rss' | 'atom' = o % 3 === 2 ? 'atom' : 'rss';
    // Feeds list the newest first.
    const mine = stories.filter((s) => s.outlet === o).reverse();
    const entries = mine.map((s) => {
      textBytes += s.paragraphs.join('\n').length;
      const guid = `https://${hosts[o]}/?p=${s.id}`;
      return format === 'rss' ? rssItem(s, s.url, guid) : atomEntry(s, s.url, guid);
    });
    const updated = new Date(start + spanMs);
    const xml =
      format === 'rss'
        ? `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escXml(name)}</title>
<link>https://${hosts[o]}/</link>
<description>World news from ${escXml(name)}</description>
<language>en</language>
<lastBuildDate>${updated.toUTCString()}</lastBuildDate>
${entries.join('\n')}
</channel>
</rss>
`
        : `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escXml(name)}</title>
<link rel="alternate" href="https://${hosts[o]}/"/>
<link rel="self" href="https://${hosts[o]}/atom.xml"/>
<id>https://${hosts[o]}/</id>
<updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
    xmlBytes += Buffer.byteLength(xml);
    feeds.push({ name, url: `https://${hosts[o]}/${format === 'rss' ? 'rss.xml' : 'atom.xml'}`, format, xml, items: mine.length });
  }
  return {
    feeds,
    stats: {
      items: stories.length,
      relevant: stories.filter((s) => s.relevant).length,
      reposts,
      rewrites,
      xmlBytes,
      meanTextBytes: Math.round(textBytes / Math.max(1, stories.length)),
    },
  };
}
