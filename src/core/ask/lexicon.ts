/**
 * What `ask` knows of English, in one place: the intents and their cue words, the synonyms
 * users type for the dossier's topics, the words that name a delegation or a role, and the
 * words that are never names. Everything that links to the knowledge base (people, parties,
 * places, topics) is looked up there; this file holds only the language around it.
 */

export const INTENTS = [
  'who-leads',
  'who-was-in',
  'who-is',
  'role',
  'said',
  'happened',
  'agreed',
  'proposed',
  'demanded',
  'refused',
  'next',
  'latest',
  'help',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Words that ask for someone's role ("what's X's *job*"), not a "position (of the Kremlin) on" a topic. */
export const ROLE_NOUNS = /\b(?:job|role|position(?! (?:on|about|regarding|towards?))(?! of (?:the )?[\w'-]+ (?:on|about|regarding|towards?)\b)|title|function|post(?! on)|portfolio|responsibilit(?:y|ies)|capacity|rank)\b/i;

/** Stance intents: "what was agreed / proposed / demanded / refused". */
export type StanceIntent = 'agreed' | 'proposed' | 'demanded' | 'refused';

const re = (source: string) => new RegExp(source, 'i');

/** Verbs of leading a side: "who *fronted* the Ukrainian side", "who *captained* Russia's team". */
const LEAD_VERBS = 'lead|leads|led|leading|lead by|head|heads|headed|heading|chief|chiefs|in charge|spoke for|speaks for|speaking for|chaired|chairs|chairing|fronted|fronting|captained|captaining|spearhead|spearheads|spearheaded|spearheading|helmed|helming|at the helm of|steered|steering|ran|running';
/** Nouns of the one who leads: "the delegation *leader*", "Russia's *head negotiator*". */
const LEADER_NOUNS = 'leader|leaders|head|heads|chief|chiefs|boss|captain|frontman|point man|point person|principal|face|public face|voice';
/** Words naming a side's team. */
const TEAM_NOUNS = 'delegations?|delegaton|delegatoin|delagation|team|teams|side|negotiators?|negotiating team|delegates|camp';

/**
 * A question when or where sides met ("When Russia and US met?", "did the US and Ukraine meet",
 * "russia us met when"): answered by the rounds between them, not by every development.
 */
export const MEETING_ASKED: RegExp[] = [
  re(String.raw`\b(?:when|where)\s+(?!(?:do|does|will|are|is|shall|would|can|could|should)\b)(?:\S+\s+){1,6}?(?:met|meet|meets|talk|talked|spoke|speak|negotiated|held talks|sat down)\b`),
  re(String.raw`\b(?:met|talked|spoke|negotiated|held talks|sat down)\b.*\b(?:when|where)\W*$`),
  re(String.raw`^(?:did|have|has|had) (?:\S+ ){1,5}(?:meet|met|sit down|sat down|hold talks|held talks)\b`),
];

/** A title and a request for its holder's name: "*national security adviser name*", "*secretary-general name*"; the title is group 1. */
export const TITLE_NAME = re(String.raw`\b((?:[a-z-]+ ){0,3}?[a-z-]*(?:president|minister|secretary|adviser|advisor|envoy|spokesman|spokesperson|spokeswoman|ambassador|chancellor|director|head|chief|chair|chairman|mayor|commander|aide|deputy)(?:-general)?) (?:name|names|who)\b`);

/** Teams compared by size: "which delegation was *bigger*", "who brought *more people*". */
export const SIZE_COMPARED = re(String.raw`\b(?:bigger|biggest|larger|largest|smaller|smallest|more (?:people|members|officials|negotiators|delegates)|fewer (?:people|members)|size of)\b`);

/**
 * Cue patterns per intent, tried on the lower-cased question with linked names replaced by
 * their kind (`xparty`, `xperson`, `<place>`, `<topic>`, `<date>`), so a cue never depends on
 * a particular name. Order matters: the first intent with a matching cue wins, except that the
 * speech and stance verbs are read from the question's main verb (see VERB_INTENTS).
 */
export const INTENT_CUES: { intent: Intent; cues: RegExp[] }[] = [
  {
    intent: 'help',
    cues: [
      re(String.raw`^(?:help|commands|usage|\?|hi|hello|hey)[.!?]*$`),
      re(String.raw`\bwhat (?:can|could|do) (?:you|u) (?:do|answer|tell me|know)\b`),
      re(String.raw`\b(?:which|what) (?:kinds? of |sorts? of )?questions\b`),
      re(String.raw`\bhow (?:do|does|can) (?:i|this|it|you) (?:use|work|ask)\b`),
      // "HELP - what cmds do u take": the bot's commands.
      re(String.raw`\b(?:commands|cmds)\b`),
      re(String.raw`\bwhat (?:\w+ )?(?:do|can) (?:you|u) (?:take|accept|understand|support|handle)\b`),
      re(String.raw`\bwhat are you\b`),
    ],
  },
  {
    intent: 'next',
    cues: [
      re(String.raw`\bnext\b.*\b(?:talks?|round|rounds|meetings?|meet|negotiations?|sessions?|summit|sit-?downs?|sit down)\b`),
      re(String.raw`\b(?:talks?|round|meetings?|meet|negotiations?|sessions?|summit|sit-?downs?)\b.*\bnext\b`),
      re(String.raw`\b(?:upcoming|further|future|planned|scheduled)\b.*\b(?:talks|round|rounds|meetings?|negotiations|sessions?)\b`),
      re(String.raw`\b(?:talks|round|rounds|meetings?|negotiations)\b.*\b(?:planned|scheduled|coming up)\b`),
      re(String.raw`\bwhen (?:do|will|are|is|does) .*\b(?:talk|meet|resume|reconvene)(?:s|ing)?\b`),
      // "is there a follow-up round", "will they meet again", "a second round planned?"
      re(String.raw`\bfollow[- ]?up (?:talks|round|rounds|meetings?|sessions?)\b`),
      re(String.raw`\b(?:meet|talk|sit down)(?:s|ing)? again\b`),
    ],
  },
  {
    intent: 'latest',
    cues: [
      re(String.raw`\b(?:latest|newest|most recent)\b`),
      re(String.raw`\bany (?:news|updates?)\b`),
      re(String.raw`\bwhat'?s new\b`),
      re(String.raw`\banything (?:new|fresh)\b`),
      re(String.raw`^(?:any )?(?:news|updates?)\W*$`),
      re(String.raw`\b(?:news|updates?) (?:on|about|from|re)\b`),
      re(String.raw`\b(?:recent|newest) (?:developments?|news)\b`),
      re(String.raw`\bwhat'?s (?:going on|up|happening) (?:with|in|on)\b`),
      re(String.raw`\bwhere (?:do|are) things stand\b`),
      re(String.raw`\b(?:status|state of play|progress) (?:of|on|with)\b`),
      re(String.raw`\bany (?:word|statements?|comments?) (?:from|on|about|by)\b`),
      re(String.raw`\b(?:heard|anything) from\b`),
    ],
  },
  {
    intent: 'who-leads',
    cues: [
      re(String.raw`\b(?:${LEAD_VERBS})\b.*\b(?:${TEAM_NOUNS}|xparty)`),
      re(String.raw`\b(?:${TEAM_NOUNS})\b.*\b(?:${LEAD_VERBS}|${LEADER_NOUNS})\b`),
      re(String.raw`\b(?:lead|chief|top|head|main|senior|principal)\s+(?:xparty(?:'s)?\s+)?negotiators?\b`),
      re(String.raw`\b(?:${LEADER_NOUNS}) of (?:the )?(?:xparty(?:'s)? )?(?:${TEAM_NOUNS})\b`),
      re(String.raw`\b(?:main|top|lead|chief|head|key) (?:guy|man|woman|person|official|diplomat|figure)\b`),
      // "who was the Russian negotiator": one negotiator for a side is the one who led it.
      re(String.raw`^who(?:'s| is| was)? (?:the )?xparty(?:'s)? negotiator\b`),
      re(String.raw`\bat the head of\b`),
      // "who was more senior in the Russian team, Karasin or Beseda": the one ranking higher on a side is who led it.
      re(String.raw`\b(?:more|most) (?:senior|important|powerful|influential)\b.*\b(?:${TEAM_NOUNS}|xparty)`),
      re(String.raw`\bwho(?:'s| is| was| are| were)? (?:leading|heading|running|in charge of|led|headed|ran|chaired|fronted) (?:the )?(?:talks|negotiations|delegations?|sides?|meeting|round)\b`),
      re(String.raw`\bxparty(?:'s)? (?:point (?:person|man)|frontman|lead negotiator|chief negotiator|top negotiator)\b`),
      re(String.raw`\bwho(?:'s| is| was| are| were)? (?:represent(?:s|ed|ing)?|negotiat(?:es|ed|ing) for|running point|point person|fronting|speaking for|heading up)\b`),
      re(String.raw`\b(?:on behalf of|speaking for|negotiating for) (?:the )?xparty`),
      // "who did the talking for Kyiv", "who talked for the Russians", "who negotiated on Moscow's behalf"
      re(String.raw`\bwho (?:did|does|was doing) the (?:talking|negotiating)\b`),
      re(String.raw`\bwho (?:talked|spoke|negotiated|speaks|talks|negotiates) (?:for|on behalf of) (?:the )?xparty`),
      re(String.raw`\bon xparty's behalf\b`),
    ],
  },
  {
    intent: 'who-was-in',
    cues: [
      re(String.raw`\bwho(?: was| were| is| are|'s| else)\b.*\b(?:on|in|part of|with|at|alongside)\b.*\b(?:delegations?|delegaton|team|side|xparty)`),
      re(String.raw`\bwho'?s who\b`),
      re(String.raw`\bwho (?:accompanied|joined|went with|was with|were with|travel(?:l)?ed with|came with)\b`),
      re(String.raw`\bwho else\b`),
      re(String.raw`\bwho (?:are|were|is|was)\b.*\b(?:negotiators|delegates|delegation members|team members)\b`),
      re(String.raw`\bwho from\b`),
      re(String.raw`\bwhich (?:countries|sides|parties|delegations)\b`),
      re(String.raw`\bmembers?\b.*\b(?:of|in|on)\b`),
      re(String.raw`\b(?:${TEAM_NOUNS})\b.*\bmembers?\b`),
      // "riyadh talks 24 mar who": a fragment of talks closed by "who".
      re(String.raw`\b(?:talks|round|meeting|${TEAM_NOUNS})\b.*\bwho\W*$`),
      re(String.raw`\bmade up\b`),
      re(String.raw`\b(?:send|sent|sending)\b`),
      re(String.raw`\bline-?up\b`),
      re(String.raw`^(?:list|name|show)\b.*\b(?:delegations?|team|side|negotiators?|delegates|members)\b`),
      re(String.raw`\bwho (?:went|attended|took part|participated|sat|negotiated|was there|were there)\b`),
      // "russia's guys in riyadh, who were they", "how many people in the Russian delegation": its people, listed.
      re(String.raw`\bwho (?:were|are) they\W*$`),
      re(String.raw`\bhow many (?:people|members|officials|negotiators|delegates|of them)\b`),
      // "was there anyone from turkey on the teams": someone of a side on a team.
      re(String.raw`\b(?:anyone|anybody|someone|somebody|any officials?|any(?:one)? \w+s) from (?:the )?xparty\b.*\b(?:${TEAM_NOUNS}|talks)\b`),
      // "which delegation was bigger", "whose team was larger": the sides' teams, compared by their people.
      re(String.raw`\b(?:which|whose) (?:delegation|team|side)\b`),
      SIZE_COMPARED,
      re(String.raw`\bwhich (?:officials|people|negotiators|delegates|xparty)\b`),
      re(String.raw`\bnames? of (?:the )?(?:xparty )?(?:delegations?|team|side|negotiators?|delegates|members)\b`),
      re(String.raw`\bwho (?:was|were|is|are) (?:at|in) (?:the )?(?:talks|meeting|round|room)\b`),
      // "is Zelensky calling on the partners to…": a person doing something is no membership question.
      // ("what was Zelensky('s) position on the energy truce" is what he said, not whether he was on a team.)
      re(String.raw`\b(?:was|is|were) xperson(?!'s)(?! (?!going\b)\w+ing\b)(?! (?:position|stance|view|views|take|line|attitude)\b)\b.*\b(?:on|in|at|part of|a member of|member)\b`),
      re(String.raw`\bcomposition of\b`),
      // "russian delegation riyadh - who's in it", "beseda part of moscow's delegation?"
      re(String.raw`\bwho(?:'s| is| are| was| were|s)? (?:in|on) (?:it|them|that one)\b`),
      re(String.raw`^(?:is |was )?xperson (?:part of|a member of|member of|on|in|with)\b.*\b(?:delegations?|team|side)\b`),
      re(String.raw`\b(?:did|was|were|is) xperson (?:attend|go to|went to|take part|took part|participate|join|sit in|travel|present|there|at)\b`),
    ],
  },
  {
    intent: 'role',
    cues: [
      ROLE_NOUNS,
      re(String.raw`\bwhat (?:does|did|do) xperson do\b`),
      // "NSA name, US side", "UN SG name?": a title, then a request for its holder's name.
      TITLE_NAME,
      re(String.raw`\bwho (?:runs|heads|chairs|directs|commands)\b`),
      re(String.raw`^who(?:'s| is| was)? (?:the )?(?:head|chief|director|chair|chairman|leader) of\b`),
      re(String.raw`^(?:who|whos)(?:'s| is| was)? (?:the |a |an )?(?:xparty(?:'s)? |xorg(?:'s)? )?(?:\w+ ){0,3}(?:president|minister|secretary|adviser|advisor|envoy|spokesman|spokesperson|spokeswoman|ambassador|chancellor|director|head|chief|chair|chairman|leader|senator|governor|mayor|commander|premier|aide|deputy)\b`),
    ],
  },
  {
    intent: 'who-is',
    cues: [
      re(String.raw`^(?:who|whos)(?:'s| is| was| are)?\b`),
      re(String.raw`\bwho(?: is| was|'s)? (?:this|that|he|she)\b`),
      re(String.raw`\bxperson who\b`),
      re(String.raw`\btell me (?:about|more about)\b`),
      re(String.raw`\b(?:profile|background|bio) (?:of|on)\b`),
      re(String.raw`\bwhat do (?:we|you) know about xperson`),
      // "Is Karasin a spy?", "Karasin is diplomat or spy?": whether someone is something is asked of who they are.
      re(String.raw`^(?:is|was) xperson (?:a|an|really|just|some)\b`),
      re(String.raw`^xperson (?:is|was) (?:(?:a|an|the) )?\w+(?: or (?:(?:a|an|the) )?\w+)?\W*$`),
    ],
  },
  {
    intent: 'happened',
    cues: [
      re(String.raw`\bwhat (?:has |had )?(?:happened|happend|happen|happens|took place|went on|occurred|went down)\b`),
      // "did something happen at Sudja?", "has anything happened since".
      re(String.raw`\b(?:did|has|have|had) (?:anything|something|much) (?:\w+ )?(?:happen|happened|occur|occurred|change|changed)\b`),
      re(String.raw`\bwhat'?s happened\b`),
      // "Sudzha gas station - what's the story", "POW swap 19 March - numbers"
      re(String.raw`\bwhat'?s the (?:story|deal|situation|picture)\b`),
      re(String.raw`\b(?:numbers?|figures?|tally|how many)\W*$`),
      re(String.raw`\bhow did .* go\b`),
      re(String.raw`^(?:and |so |ok )?what about\b`),
      re(String.raw`\b(?:discuss(?:ed|es|ing)?|on the agenda|agenda)\b`),
      // "was the Black Sea raised in Riyadh", "did prisoners come up": discussed, in other words.
      re(String.raw`\b(?:(?:was|were|been|be|get|got) (?:\S+ ){0,3}(?:raised|mentioned|addressed|covered|tabled|debated|brought up)|(?:came|come|comes|coming) up)\b`),
      // "did Russia violate the energy pause", "who broke the truce": what happened, read from the developments.
      re(String.raw`\b(?:violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?|br(?:oke|eak|eaks|eaking|oken))\b`),
      re(String.raw`\b(?:summar(?:y|ise|ize)|recap|overview|rundown|run-down|brief me|catch me up|walk me through)\b`),
      re(String.raw`\b(?:events?|timeline|developments?|outcome|results?)\b`),
      re(String.raw`\bwhat do (?:we|you) know about\b`),
      re(String.raw`\btell (?:me|us) (?:about|more about)\b`),
      re(String.raw`\b(?:when|where|how long|how often|how many times) (?:did|were|was|have|had)\b`),
      re(String.raw`\b(?:did|have|has|had) .*\b(?:meet|met|talk|talked|hold talks|held talks|sit down|exchange|swap)\b`),
      // "When Russia and US met?", "where the Americans met Ukrainians", "russia us met when": a meeting asked without "did".
      ...MEETING_ASKED,
      // "were children hurt in Sumy", "anyone killed in Kyiv?": what a strike did is what happened.
      re(String.raw`\b(?:hit|hits|targeted|attacked|hurt|injur(?:ed|ies|y|ing)|kill(?:ed|ing|s)?|wound(?:ed|ing)|damag(?:ed|e)|struck|shell(?:ed|ing)|bomb(?:ed|ing)|destroy(?:ed)?|casualt(?:y|ies)|dead|died|victims?)\b`),
      re(String.raw`\b(?:was|were|is|are) there (?:a|an|any|more|new)?\b`),
      re(String.raw`\btake place\b`),
      re(String.raw`\bhow (?:many|much)\b`),
      re(String.raw`\bwho (?:hosted|mediated|brokered|organi[sz]ed)\b`),
      re(String.raw`\b(?:host(?:s|ed|ing)?|mediat(?:ed|ing|ors?|ion))\b`),
    ],
  },
];

/**
 * Verbs that set a question's intent wherever they stand ("what did Kyiv *agree* to at Jeddah",
 * "what moscow *wants* in exchange"). The first one in the question wins, so "what did X say
 * about the agreement" is about speech. Nouns count only when no verb does ("Lavrov's conditions").
 */
export const VERB_INTENTS: { intent: Intent; verbs: RegExp; nouns?: RegExp }[] = [
  {
    intent: 'said',
    verbs: /\b(?:(?:say|said|says|saying)(?! no\b)|tell(?! (?:me|us) (?:about|more))|told|tells|write|wrote|writes|post|posted|tweet|tweeted|stated|claim|claims|claimed|announce|announced|publish|published|release|released|issue|issued|comment(?:ed)?|speak|mean|meant|argue|argues|argued|warn|warns|warned|react|reacts|reacted|respond|responds|responded|report|reported|accuse|accuses|accused|blame|blames|blamed|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|condemn(?:s|ed)?|den(?:y|ies|ied)|threat(?:en|ens|ened|ening)|caution(?:ed)?|mentions?)\b/i,
    // "zelenskyy on sanctions": a person, then what about, and nothing else, asks what they said.
    nouns: /\b(?:statements?|remarks?|quotes?|comments?|stance|reaction|response|words|position on|view on|views on|line on|take on|thoughts on|opinion on|(?:position|stance|view|views|line|take) of (?:the )?(?:xparty|xperson|xorg) (?:on|about|regarding|towards?)|threats?|warnings?|messages?|rhetoric|gist)\b|^(?:the )?(?:xparty(?:'s)? )?(?:(?:secretary|of|state|president|pres|prime|minister|foreign|defen[cs]e|national|security|adviser|advisor|special|envoy|spokesman|spokesperson|spokeswoman|chancellor|senator|ambassador|deputy) )*(?:xperson|xorg|xparty)(?:'s)? (?:on|about|re)\b/i,
  },
  {
    intent: 'agreed',
    // "what did Russia gain": what a side got from a deal (see GAIN_CUES).
    verbs: /\b(?:agree(?:s|d|ing)?|accept(?:s|ed|ing)?|consent(?:s|ed|ing)?|sign(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledge(?:s|d)?|settle(?:d)? on|gain(?:s|ed)?|obtain(?:s|ed)?|come away with)\b/i,
    nouns: /\b(?:get (?:out of|from) (?:\w+ ){0,4}(?:deal|agreement|arrangement)|(?:get|gets|got|receive|receives|received) (?:\w+ )?in (?:return|exchange)|what'?s in it for|agreements? reached|deal reached|what was the (?:deal|agreement)|(?:was|is) there (?:an?|any) (?:agreement|deal)|(?:did|have|has) (?:they|the sides|\w+ and \w+) reach(?:ed)? (?:an?|any) (?:agreement|deal)|^(?:any |an )?(?:agreements?|deals?) (?:on|about|over|for)\b)/i,
  },
  {
    intent: 'proposed',
    verbs: /\b(?:propose|proposed|proposes|proposing|offer|offered|offers|offering|promise|promised|promises|promising|suggest(?:ed)?|put forward|pitch(?:ed)?|put (?:\w+ )?on the table|brought (?:\w+ )?to the table|tabled|float(?:ed)?)\b/i,
    nouns: /\b(?:proposals?|offers?|plan|initiative)\b/i,
  },
  {
    intent: 'demanded',
    verbs: /\b(?:demand(?:s|ed|ing)?|want(?:s|ed|ing)?|ask(?:s|ed|ing)?(?! (?:about|me|us))|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|expect(?:s|ed|ing)?|call(?:ed|s|ing)? for|call(?:ed|s|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for|seek(?:s|ing)?|sought)\b/i,
    nouns: /\b(?:conditions?|terms|demands|requirements?|red lines?|preconditions?|price)\b|^what (?:are|were|is|was) (?:the )?(?:xparty(?:'s)? )?(?:conditions|terms|demands|preconditions|red lines)\b/i,
  },
  {
    intent: 'refused',
    verbs: /\b(?:refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|rul(?:e|es|ed|ing) out|turn(?:s|ed|ing)? down|declin(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)|veto(?:es|ed|ing)?|(?:say|says|said|saying) no|kn(?:ock|ocks|ocked) back|brush(?:ed|es)? off|spurn(?:s|ed)?|nix(?:es|ed)?|balk(?:s|ed)? at|shot down|shoot down)\b/i,
    nouns: /\b(?:refusal|rejection|objections?)\b/i,
  },
];

/**
 * Words after which comes what a stance or speech is about: "did Moscow demand *new elections*",
 * "did Umerov discuss *cryptocurrency*". The phrase is read ahead of the cue without being
 * consumed, so "demand on fisheries" reaches "fisheries" through "on".
 */
export const ABOUT_CUES = `about|regarding|concerning|on|over|agree(?:s|d)? to|sign(?:s|ed)?|demand(?:ed|ing|s)?|want(?:s|ed)?|propos(?:e|ed|ing)|offer(?:ed)?|reject(?:ed)?|refus(?:e|ed)|rule(?:d)? out|discuss(?:ed|es|ing)?|raise(?:d|s)?|mention(?:ed|s)?|talk(?:ed)? about`;

/**
 * A condition or threat stated rather than demanded in so many words: "Kyiv *would regard* any
 * movement of Russian vessels … *as a violation*", "the arrangement takes effect *only after*…".
 * A question about a side's conditions or demands reads these of its statements too.
 */
export const CONDITION_CUES = /\b(?:would|will) (?:regard|treat|consider|see) (?:\w+ ){0,12}as (?:a |an )?(?:violation|breach|provocation|threat|attack)|right to (?:self-defen[cs]e|respond)|on (?:the )?condition|provided that|unless|only (?:after|if|when|once)|(?:would|will) (?:respond|retaliate|strike back)|threat(?:en|ens|ened|ening)|warn(?:s|ed|ing)?\b/i;

/**
 * What someone said they wanted, in order, is what they put forward: "Washington *wanted* a maritime
 * ceasefire first, then talks on the line of control". A question about a person's proposals reads
 * these of their statements when none proposes in so many words.
 */
export const WANTED_CUES = /\bwant(?:s|ed)?\b/i;

/** Words before a side that make it what a person spoke of, not the person's side ("what did Lavrov say *about* Syria"). */
export const SIDE_ABOUT_WORDS = new Set(['about', 'regarding', 'concerning', 're']);

/** Words after a capital that make it the city rather than its country: "KYIV *overnight*", "Odesa *attack*". */
export const PLACE_EVENT_WORDS = new Set(['overnight', 'night', 'tonight', 'attack', 'attacks', 'strike', 'strikes', 'shelling', 'explosion', 'explosions', 'blast', 'blasts', 'drone', 'drones', 'air', 'airstrike', 'airstrikes']);

/** What a side gets from a deal: "what do the Russians *get out of* the deal", "what does Kyiv *receive in return*". */
export const GAIN_CUES = /\b(?:get|gets|got|getting|gain|gains|gained|receive|receives|received|obtain(?:s|ed)?) (?:\w+ )?(?:out of|from|in return|in exchange)\b|\bwhat(?:'s| is) in it for\b|\bwhat (?:did|does|do|has|have|will|would|could) (?:\S+ ){1,3}(?:gain|get|win|secure|obtain|achieve|come away with)\b|\bagreed with (?:the )?\w+(?: \w+)? (?:on|about|over) (?:its|their)\b/i;

/** Words that name a delegation ("the Russian *team*"), so a party beside them is the delegation's side. */
export const DELEGATION_NOUNS = /^(?:delegations?|delegaton|delegatoin|team|teams|side|sides|negotiators?|delegates|camp|envoys)$/i;

/** "the us", "us team": the United States, typed in lower case (after an article, or before a word of the talks, "us" is no pronoun). */
export const LOWER_US = /\b(?:(the|a|an)\s+us|us(?=\s+(?:delegation|delegates|team|side|negotiators?|envoys?|officials?|president|administration|government|proposal|position|secretary|national|special|state department|demands?|conditions|offer)\b))\b/gi;

/** The bot addressed by name: "@Parley …", "hey parley, …", "Parley: …" (it is no one's name in the reports). */
export const ADDRESS = /^(?:(?:hey|hi|hello|ok|okay|yo|so) )?@?parley\b[,:;!-]?|@parley\b[,:;!-]?/gi;

/** Sides' abbreviations typed in lower case that are no English word: "usa", "uk", "eu", "the un". */
export const LOWER_CODES: [RegExp, string][] = [
  [/\busa\b/gi, 'USA'],
  [/\buk\b/gi, 'UK'],
  [/\beu\b/gi, 'EU'],
  [/\bthe un\b/gi, 'the UN'],
  [/\bfsb\b/gi, 'FSB'],
];

/** Words after which a place is named ("in Riyadh", "at the Saudi talks", "to saudi"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'inside', 'outside']);
/** Words after which a party is the other side, not the subject ("talks *with* the Russians"). */
export const COUNTERPART_WORDS = new Set(['with', 'w', 'w/', 'opposite', 'against', 'versus', 'vs', 'facing']);
/** Words that make a place of the name before them ("the Riyadh *talks*", "jeddah *round*"). */
export const VENUE_NOUNS = /^(?:talks|round|meeting|meetings|summit|negotiations|consultations|format|process|session)$/i;

/** Nouns of an event that make a place of the known place before them ("the odesa *attack*", "kursk *offensive*"). */
export const EVENT_PLACE_NOUNS = /^(?:attack|attacks|strike|strikes|shelling|bombing|offensive|incursion|raid|drone|drones|explosion|blast)$/i;
/** Words before a topic that make it when, not what: "say about sanctions *after the* black sea deal". */
export const TOPIC_ANCHOR_BEFORE = /\b(?:after|before|since|following|until|during)\s+(?:the\s+|a\s+|an\s+)?$/;

/** Verbs whose "to" opens a verb, not a destination: "agree *to stop*", "refused to sign". */
export const INFINITIVE_VERBS = new Set(['agree', 'agreed', 'agrees', 'refuse', 'refused', 'refuses', 'want', 'wanted', 'wants', 'offer', 'offered', 'offers', 'promise', 'promised', 'plan', 'planned', 'ready', 'willing', 'decided', 'tried', 'try', 'going', 'pledged', 'vowed', 'threatened', 'ask', 'asked', 'like', 'need', 'needed']);

/** A question whether someone is something, by its shape: "is Karasin a spy", "Karasin is diplomat or spy?". */
export const WHETHER_SOMEONE_IS = /^(?:(?:is|was)\s+\S+(?:\s+\S+)?\s+(?:a|an|really|just|some)\s|\S+(?:\s+\S+)?\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?\S+(?:\s+or\s+(?:(?:a|an|the)\s+)?\S+)?\W*$)/i;

/**
 * Endings of English verbs and adjectives: a word of the reports with one, before "strikes" or "attack",
 * says what kind ("the *reported* strikes", "a *massive* attack"), not where.
 */
export const NOT_PLACE_ENDINGS = /(?:ed|ing|ive|ous|ful|less|ly|ic|al|ent|ant|ary|ible|able|est|er)$/i;

/** Facilities named by their place: "the Sudzha (gas metering) *station*", "the Odesa *port*". */
export const FACILITY_NOUNS = /^(?:station|plant|port|refinery|depot|terminal|pipeline|bridge|airport|dam)$/i;
/** Words naming a facility's kind, between its place and the facility ("the Sudzha *gas* station"); never its place ("the nuclear plant"). */
export const FACILITY_KINDS = new Set(['nuclear', 'power', 'gas', 'oil', 'energy', 'grain', 'sea', 'river', 'military', 'air', 'naval', 'thermal', 'hydro', 'hydroelectric', 'coal', 'metering', 'water', 'rail', 'railway', 'train', 'bus', 'fuel', 'electricity', 'pumping', 'compressor', 'chemical', 'steel', 'drone', 'missile', 'ammunition', 'fertiliser', 'fertilizer']);

/**
 * Other spellings of places the talks and the war name, as users type them: older (Kiev, Odessa),
 * German (Kiew, Charkiw, Genf), Russian (Moskva, Kharkov). Keys and values lower-case.
 */
export const PLACE_SPELLINGS: Record<string, string> = {
  kiev: 'kyiv',
  kiew: 'kyiv',
  kijew: 'kyiv',
  kijow: 'kyiv',
  odessa: 'odesa',
  kharkov: 'kharkiv',
  charkiw: 'kharkiv',
  lvov: 'lviv',
  lwiw: 'lviv',
  dnepr: 'dnipro',
  zaporozhye: 'zaporizhzhia',
  moskva: 'moscow',
  moskau: 'moscow',
  genf: 'geneva',
  geneve: 'geneva',
  riad: 'riyadh',
  dschidda: 'jeddah',
  istambul: 'istanbul',
};

/** Other transliterations of a place's name, each tried alone on an unknown place: "Sudja" → sudzha, "Zaporozhja" → zaporozhya. */
export const PLACE_TRANSLITERATIONS: [RegExp, string][] = [
  [/dj/g, 'dzh'],
  [/j/g, 'zh'],
  [/j/g, 'y'],
  [/ja$/, 'ia'],
  [/w/g, 'v'],
  [/ch/g, 'kh'],
];

/**
 * Spellings of Slavic names in German and Polish copy, rewritten the English way before a name is
 * linked ("Selenskyj" → zelenskyj, "Sacharowa" → zakharowa, "Umjerow" → umerow): pairs applied in
 * order to a lower-case word; w/v, j/y and doubled letters are already folded by the name key.
 */
export const NAME_TRANSLITERATIONS: [RegExp, string][] = [
  [/^s(?=[aeiouy])/, 'z'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/(?<=[aeiou])ch|^ch(?=[aeiou])/g, 'kh'],
  [/(?<=[bcdfghklmnprstvwz])je/g, 'e'],
  [/(?<=[aeiou])s(?=[aeiou])/g, 'z'],
];

/** Phrases after a place preposition that are not places. */
export const NOT_PLACES = /^(?:charge|command|exchange|all|the wake|wake|return|response|reply|total|general|particular|person|public|private|detail|details|order|favour|favor|power|office|talks|touch|mind|place|time|turn|addition|fact|short|brief|case|return|between|front|line|support|force|effect|progress|principle|practice|theory|advance|doubt|question|the end|the talks|this|that|it|them|him|her|which|what)\b/i;

/**
 * Synonyms people type for the dossier's topics, beyond the dossier's own terms (which also
 * count). Keys are topic ids; unknown ids are ignored for dossiers without that topic.
 */
export const TOPIC_SYNONYMS: Record<string, string[]> = {
  maritime: ['black sea', 'safe passage', 'black sea deal', 'grain deal', 'grain corridor', 'grain initiative', 'black sea initiative', 'sea truce', 'naval truce', 'navigation', 'shipping', 'ships', 'vessels', 'sea', 'port', 'grain', 'maritime ceasefire', 'maritime truce', 'naval ceasefire', 'black sea ceasefire',
    // Ordinary words for the same thing: "did they agree on anything about ships?", "the harbour deal".
    'ship', 'boats', 'harbour', 'harbours', 'harbor', 'harbors', 'fleet', 'black sea fleet', 'navy', 'sea lanes', 'shipping lanes', 'cargo ships', 'merchant vessels', 'commercial vessels', 'warships', 'safe navigation', 'freedom of navigation', 'grain exports', 'sea deal', 'maritime deal'],
  energy: ['energy facilities', 'energy moratorium', 'energy truce', 'energy ceasefire', 'energy strikes', 'energy sites', 'energy infrastructure', 'energy', 'power plants', 'moratorium', 'refinery', 'oil depot', 'gas metering station',
    'grid', 'electricity', 'power station', 'power stations', 'power facilities', 'power infrastructure', 'substations', 'blackouts', 'pipelines', 'oil depots', 'energy targets', 'energy pause', 'energy deal', 'energy ban', 'nuclear plants'],
  prisoners: ['prisoners of war', 'exchange of prisoners', 'pow swap', 'pow exchange', 'pows', 'pow', 'prisoner swap', 'prisoners', 'prisoner', 'captives', 'detainees', 'all for all', 'deported children',
    'prisoner exchanges', 'prisoner swaps', 'pow swaps', 'pow exchanges', 'swaps', 'captured soldiers', 'civilian detainees', 'wounded soldiers', 'humanitarian track', 'deported kids', 'abducted children', 'stolen children', 'child deportations'],
  'security-guarantees': ['security guarantees', 'guarantees', 'nato membership', 'article 5', 'backstop'],
  territory: ['territory', 'territories', 'land swap', 'land concessions', 'ceding land', 'occupied land', 'occupied regions', 'occupied areas', 'line of control', 'front line', 'frontline', 'annexation', 'borders'],
  peacekeeping: ['peacekeepers', 'peacekeeping', 'coalition of the willing', 'coalition of willing', 'peace force', 'peacekeeping force', 'reassurance force', 'multinational force', 'european force', 'foreign troops', 'western troops', 'troop presence', 'troop deployment', 'european troops', 'peacekeeping troops', 'allied troops', 'british troops', 'french troops', 'troops on the ground', 'boots on the ground'],
  ceasefire: ['cessation of hostilities', 'ceasefire', 'cease-fire', 'cease fire', 'truce', 'full ceasefire', '30-day ceasefire', 'armistice', 'peace plan', 'peace deal', 'complete ceasefire', 'general ceasefire', 'temporary ceasefire', 'interim ceasefire', 'halt to the fighting', 'pause in the fighting'],
  sanctions: ['sanctions', 'sanction', 'sanctions relief', 'easing of sanctions', 'swift', 'rosselkhozbank', 'frozen assets', 'asset freeze', 'lifting sanctions', 'sanctions lifted', 'bank restrictions', 'banking restrictions', 'payment systems', 'embargo'],
  aid: ['military aid', 'weapons', 'arms', 'air defense', 'air defence', 'intelligence sharing', 'aid', 'intel sharing', 'military assistance', 'military support', 'arms deliveries', 'weapons deliveries', 'weapons supplies', 'ammunition', 'patriots'],
  // gaza-ceasefire
  hostages: ['hostages', 'hostage', 'captives', 'abductees', 'hostage release', 'hostage deal'],
  'prisoners-release': ['palestinian prisoners', 'prisoner release', 'prisoners', 'detainees', 'prisoner swap'],
  'ceasefire-phases': ['ceasefire', 'cease-fire', 'truce', 'first phase', 'phase one', 'second phase', 'phase two', 'permanent ceasefire'],
  'humanitarian-aid': ['humanitarian aid', 'aid trucks', 'aid', 'food', 'famine', 'displaced'],
  withdrawal: ['withdrawal', 'pullback', 'troop withdrawal', 'withdrawal of troops', 'israeli troops', 'israeli forces', 'yellow line'],
  'rafah-crossing': ['rafah', 'crossings', 'rafah crossing', 'border crossing'],
  governance: ['day after', 'governance', 'disarmament', 'who governs gaza', 'board of peace'],
  // iran-us-nuclear
  enrichment: ['enrichment', 'enriching', 'enrich', 'uranium', 'enriched uranium', 'centrifuges', 'stockpile'],
  'sanctions-relief': ['sanctions relief', 'sanctions', 'lifting sanctions', 'easing of sanctions', 'oil exports'],
  'iaea-inspections': ['inspections', 'inspectors', 'iaea', 'verification', 'safeguards'],
  snapback: ['snapback', 'snap-back', 'un sanctions', 'jcpoa', '2015 deal', 'e3'],
  missiles: ['missiles', 'missile programme', 'missile program', 'ballistic missiles'],
  format: ['direct talks', 'indirect talks', 'format', 'expert-level talks', 'technical talks'],
};

/**
 * Generic words that show a report is about a topic ("NATO troops" in a sentence on peacekeepers)
 * but that a question names only with a qualifier or as what was spoken about: "how many troops
 * does Russia have" is no peacekeeping question, "European troops" and "Macron on troops" are.
 */
export const TOPIC_REPORT_WORDS: Record<string, string[]> = {
  peacekeeping: ['troops'],
  withdrawal: ['troops'],
  // "when did the delegation land in Riyadh", "who occupied the hotel": verbs as often as the topic.
  territory: ['land', 'occupied'],
  // "did Russia agree to return Ukrainian children", "kids?": the children deported to Russia, when asked of a stance or alone;
  // "children hurt in Sumy" is no prisoners question.
  prisoners: ['children', 'kids'],
};
/** Verbs of a side hosting talks, and the words that may stand between it and them ("did Turkey ever host"). */
export const HOST_VERBS = new Set(['host', 'hosts', 'hosted', 'hosting']);
export const HOST_ADVERBS = new Set(['ever', 'already', 'also', 'previously', 'once', 'actually']);
/** Words before what was spoken about: "Starmer *on* troops", "what did Russia say *about* troops". */
export const TOPIC_SPOKEN_ABOUT = new Set(['on', 'about', 'regarding', 'concerning', 'over', 're']);
/**
 * A stance or a handing-over shortly before a generic word makes it the topic too: "did Russia agree to
 * *return* Ukrainian children", "demand the release of kids" (up to two words between, a side among them).
 */
export const TOPIC_STANCE_BEFORE = /\b(?:agree\w*|demand\w*|propos\w*|offer\w*|refus\w*|reject\w*|return\w*|releas\w*|swap\w*|exchang\w*|free(?:d|ing)?|deport\w*|abduct\w*|bring\w* (?:back|home))\s+(?:(?:of|the|all|any|their|its|\S+)\s+){0,2}$/i;

/** Role words: "who is the US *envoy*", "who runs the FSB" (a head of an organisation). */
export const ROLE_HEAD_WORDS = new Set([
  'president',
  'minister',
  'secretary',
  'adviser',
  'advisor',
  'envoy',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'ambassador',
  'chancellor',
  'director',
  'head',
  'chief',
  'chair',
  'chairman',
  'leader',
  'senator',
  'governor',
  'mayor',
  'commander',
  'premier',
  'aide',
  'deputy',
]);
/** Offices named after a title's head word: "secretary *of state*", "secretary *of defense*". */
export const ROLE_OF_WORDS = new Set(['state', 'defence', 'defense', 'treasury', 'war', 'commerce', 'interior']);
/** The words a "who runs X" question means: X's director, head, chief, chair… */
export const HEAD_OF_ORG = ['director', 'head', 'chief', 'chair', 'chairman', 'leader', 'commander'];
/** Cue verbs of "who runs X". */
export const RUNS_VERBS = /\bwho (?:runs|heads|chairs|directs|commands|leads) (?:the )?(.+)$/i;
/** "who is the head of the FSB", "who's the director of the FSB": the same question as a noun. */
export const HEAD_OF_Q = /^(?:who|whos)(?:'s| is| was)? (?:the )?(?:head|chief|director|boss|chair|chairman|chairwoman|leader) of (?:the )?(.+)$/i;

/** Nouns that end an organisation's name after a side's name ("Kyiv City Military *Administration*"). */
export const ORG_NOUNS = /^(?:administration|council|committee|ministry|service|office|department|agency|fund|bank|parliament|duma|rada|staff|command|forces|army|navy|guard|directorate|bureau|court|assembly|senate|congress|commission|government|cabinet)$/i;

/**
 * Newsroom shorthand, read in any case as the words it stands for: "Kremlin *spox*", "Kyiv *reax*",
 * "*Ukr* delegation", "*RF* MFA". Keys lower-case, whole words only.
 */
export const SHORTHANDS: Record<string, string> = {
  spox: 'spokesman',
  repped: 'represented',
  reps: 'representatives',
  rep: 'representative',
  reax: 'reaction',
  negs: 'negotiators',
  deleg: 'delegation',
  del: 'delegation',
  dels: 'delegations',
  cmds: 'commands',
  wh: 'White House',
  delegs: 'delegations',
  delegn: 'delegation',
  rd: 'round',
  rnd: 'round',
  mtg: 'meeting',
  mtgs: 'meetings',
  govt: 'government',
  gov: 'government',
  pres: 'president',
  amb: 'ambassador',
  mfa: 'foreign ministry',
  mod: 'defence ministry',
  potus: 'US president',
  'def min': 'defence minister',
  defmin: 'defence minister',
  'for min': 'foreign minister',
  'sec state': 'secretary of state',
  ukr: 'Ukraine',
  rus: 'Russia',
  rf: 'Russia',
  yanks: 'Americans',
  brits: 'British',
  abt: 'about',
  bout: 'about',
  smth: 'something',
  sth: 'something',
  any1: 'anyone',
  some1: 'someone',
  ppl: 'people',
  convo: 'conversation',
  thru: 'through',
  tmrw: 'tomorrow',
  yday: 'yesterday',
  wut: 'what',
  wat: 'what',
  wot: 'what',
  'w/': 'with',
  stmt: 'statement',
  stmts: 'statements',
  pm: 'prime minister',
  fm: 'foreign minister',
  nsa: 'national security adviser',
};

/** Role abbreviations typed in capitals: "the Russian FM". */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  FM: 'foreign minister',
  PM: 'prime minister',
  NSA: 'national security adviser',
  DefMin: 'defence minister',
  SecState: 'secretary of state',
  SG: 'secretary-general',
};

/**
 * Words that are never names, places or topics, and are not reported as unknown: question
 * words, function words, the vocabulary of talks and of comparing ("who was *more important*,
 * Karasin or Beseda?"). A word outside this list, linked to nothing and standing where a name
 * would, is reported back ("I don't know 'X' yet").
 */
export const COMMON_WORDS = new Set(
  `a about above after again against all also am an and any anyone anything are around as ask asked at away back be been before being
  between both but by can could did do does doing done down during each else even ever every exactly for from further get got had has
  have having he her here hers him his how i if in into is it its just know let like made make many me might more most much must my
  new no nor not now of off on once one only or other our out over own please really right same say said says she should so some
  somebody someone something such tell than that the their them then there these they thing things this those through to too u under
  until up upon us very was way we were what whats when where whether which while who whom whos whose why will with w within without
  would yes yet you your hey hi hello thanks thank ok okay pls plz stuff guys guy folks people person kind kinds sort sorts lot
  talks talk talking meeting meetings meet met round rounds negotiation negotiations negotiating negotiated delegation delegations delegaton
  team teams side sides deal deals agreement agreements arrangement arrangements news latest update updates development developments
  happen happened happend happening took place event events timeline today yesterday tomorrow week weekend month year day days night
  morning evening overnight last next first second third previous recent recently earlier later ago since during
  lead leads led leading head heads headed heading chief charge spoke speak speaks spoken member members part made up send sent
  job role roles position positions title function post portfolio doing does run runs
  propose proposed proposal offer offered demand demanded demands demanding want wants wanted conditions condition terms refuse refused
  reject rejected rule ruled agree agreed accept accepted statement statements remarks comment comments
  official officials government president minister envoy adviser advisor spokesman spokeswoman spokesperson foreign defence defense national
  security council policy planning state department office presidential deputy senior negotiator negotiators delegates
  technical call phone telephone conversation summit session exchange reviving revival resumption resume regarding concerning
  mon tue tues wed thu thur thurs fri sat sun numbers figures tally
  partners partner allies ally wake attacks attack strikes strike drone drones missile missiles right wrong somebody else alongside
  able answer questions question help function functions purpose why doing went exchange return main top key principal woman man figure command parley name names named
  point frontman talking face voice capacity rank plan plans host hosts hosted hosting mediator mediators mediated
  important importance bigger biggest larger largest smaller higher highest lower junior significant influential powerful better worse`.split(/\s+/).filter(Boolean),
);

/**
 * Real English words one slip from a term, side or place on record ("crimes" / Crimea, "orders" /
 * borders, "pairs" / Paris): typed as themselves they are no typo, so no budget "corrects" them.
 * Any word the reports on record use is no slip either (looked up by the parser, every dossier's
 * items and developments): this list holds only ordinary words the reports happen to lack.
 */
export const REAL_WORDS_NOT_SLIPS = new Set(
  `crime crimes criminal criminals order orders ordered boarders recorders troop troops pairs trains brains planes
  prison prisons shops russet rushing prussian`.split(/\s+/).filter(Boolean),
);

/**
 * Cue words corrected when typed with one slip ("lastest", "agred", "wht", "rol"): a word linked to
 * nothing within one typo of one of these reads as it.
 */
export const CUE_WORDS = [
  'what',
  'who',
  'when',
  'where',
  'which',
  'happened',
  'latest',
  'newest',
  'role',
  'title',
  'position',
  'agreed',
  'agree',
  'demanded',
  'demanding',
  'demands',
  'proposed',
  'proposal',
  'refused',
  'rejected',
  'delegation',
  'negotiators',
  'leads',
  'leading',
  'headed',
  'heading',
  'members',
  'statement',
  'said',
  'next',
  'talks',
  'meeting',
  'conditions',
  // Base forms of the stance verbs: "demnad", "propsoe", "rejcet".
  'demand',
  'propose',
  'refuse',
  'reject',
  'accept',
  'happen',
  'announce',
  'violations',
  'violated',
  'outcome',
  'members',
];

/**
 * Words joining two questions in one message: "who led the Russian side *and* who led the Ukrainian one?",
 * "who is Karasin, *and also* what did he say?". Only before a question word; "the US and Ukraine" joins sides.
 */
export const ASK_JOINERS = ['and', 'and also', 'also', 'plus', '&', 'as well as', 'and then'];
/** Words a second question opens with, after a joiner. */
export const ASK_OPENERS = ['who', 'whos', "who's", 'what', "what's", 'whats', 'when', 'where', 'which', 'how', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'why'];

/** Example questions, shown with help and after an answer that found nothing. */
export const EXAMPLE_QUESTIONS = [
  'who led Russia’s delegation in Riyadh?',
  'what did the Kremlin say about the Black Sea?',
  'what happened on 24 March 2025?',
  'who is Witkoff?',
  'what is Russia demanding for the Black Sea deal?',
  'when are the next talks?',
  'what’s the latest?',
];

// ─── The long, polite register (issue 11): "Hi Parley, I'd like to know who headed …" ───────────
// Read by src/core/ask/normalise.ts, which peels these off before the question is parsed. Phrases
// are lower-case words; an apostrophe matches ' or ’, a space any run of spaces.

/** Greetings and sign-offs opening a question: "Hi Parley,", "Good morning!", "Dear Parley". */
export const REGISTER_GREETINGS = ['hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'morning', 'hi there', 'hello there', 'hey there'];

/** Asides before the question itself: "Sorry to bother you, but …", "Quick question:", "Thanks in advance —". */
export const REGISTER_ASIDES = [
  'sorry to bother you',
  'sorry to bother you again',
  'sorry',
  'excuse me',
  'quick question',
  'quick question for you',
  'a quick question',
  'one more question',
  'one more thing',
  'another question',
  'out of interest',
  'out of curiosity',
  'just out of curiosity',
  'just curious',
  'just wondering',
  'just checking',
  'just to check',
  'just to double-check',
  'just to double check',
  'just to confirm',
  'to double-check',
  'to confirm',
  'if it\'s not too much trouble',
  'if it is not too much trouble',
  'if you have a moment',
  'when you have a moment',
  'if you get a chance',
  'when you get a chance',
  'as a follow-up',
  'as a follow up',
  'thanks in advance',
  'thank you in advance',
  'thanks',
  'thank you',
  'if you don\'t mind',
  'if possible',
  'please',
  'kindly',
  'so',
  'ok',
  'okay',
  'well',
  'also',
  'and',
  'but',
  'now',
];

/** Ways of addressing the bot that ask it something: "could you (please) …", "would you be able to …". */
export const REGISTER_MODALS = ['could you', 'can you', 'would you', 'will you', 'could u', 'can u', 'would you be able to', 'are you able to', 'would you mind', 'is there any chance you could', 'any chance you could', 'might you', 'i wonder if you could', 'i was wondering if you could', 'i was hoping you could', 'i\'d be grateful if you could', 'i would be grateful if you could', 'i\'d appreciate it if you could', 'i would appreciate it if you could', 'it would be great if you could', 'would you be so kind as to', 'do you mind', 'would it be possible to', 'is it possible to', 'would it be possible for you to', 'is it possible for you to'];

/** Words between a modal and its verb: "could you *please* tell me", "could you *possibly just* say". */
export const REGISTER_SOFTENERS = ['please', 'kindly', 'possibly', 'perhaps', 'maybe', 'just', 'quickly', 'briefly', 'also'];

/** What the asker wants done, after a modal or alone: "tell me", "remind me", "let me know". */
export const REGISTER_TELL = ['tell me', 'tell us', 'telling me', 'let me know', 'let us know', 'remind me', 'reminding me', 'explain', 'explain to me', 'explaining', 'say', 'confirm', 'clarify', 'check', 'find out', 'look up', 'help me understand', 'help me find out', 'share', 'give me', 'enlighten me on', 'fill me in on', 'letting me know', 'letting us know', 'help me with', 'help with'];

/** The asker's own wanting or wondering: "I'd like to know", "I was wondering", "do you happen to know". */
export const REGISTER_WANTS = [
  'do you have any information on',
  'do you have any information about',
  'do you have any info on',
  'do you have any details on',
  'do you have information on',
  'do you have anything on',
  'have you got any information on',
  'have you got anything on',
  'is there any information on',
  'what can you tell me about',
  'what could you tell me about',
  'what do you know about',
  'what do you have on',
  'what have you got on',
  'what info do you have on',
  'what information do you have on',
  'i\'d like to know',
  'i would like to know',
  'i\'d love to know',
  'i want to know',
  'i need to know',
  'i\'d like to find out',
  'i would like to find out',
  'i\'d like to understand',
  'i would like to understand',
  'i\'d like to ask',
  'i would like to ask',
  'i\'d like to check',
  'i\'m trying to understand',
  'i am trying to understand',
  'i\'m trying to find out',
  'i am trying to find out',
  'i\'m trying to work out',
  'i\'m trying to figure out',
  'i\'m keen to know',
  'i\'m keen to understand',
  'i was wondering',
  'i\'m wondering',
  'i am wondering',
  'i wonder',
  'i\'m curious',
  'i am curious',
  'i\'m curious to know',
  'i\'m curious about',
  'i was curious',
  'i\'m interested in',
  'i\'d be interested to know',
  'i would be interested to know',
  'can i ask',
  'may i ask',
  'could i ask',
  'do you know',
  'do you happen to know',
  'would you happen to know',
  'would you know',
  'did you happen to see',
  'any idea',
  'do you have any idea',
  'have you got any idea',
  'is it known',
  'is it clear',
  'i\'m not sure',
  'i forgot',
  'i can\'t remember',
  'i cannot remember',
  'i don\'t remember',
];

/** Asking for a summary: "please summarise what happened …", "give me a rundown of …". */
export const REGISTER_SUMMARISE = ['i\'d love a summary of', 'i\'d like a summary of', 'i would like a summary of', 'i\'d like an overview of', 'i\'d like a rundown of', 'i\'d appreciate a summary of', 'can i get a summary of', 'can i have a summary of', 'can i get a rundown of', 'summarise', 'summarize', 'recap', 'outline', 'describe', 'sum up', 'go over', 'walk me through', 'give me a summary of', 'give me a rundown of', 'give me an overview of', 'give me a recap of', 'a summary of', 'a rundown of', 'an overview of', 'a recap of'];

/** Closing words after the question: "…, please?", "… if you can", "thanks!". */
export const REGISTER_CLOSINGS = ['lol', 'lmao', 'haha', 'tbh', 'ngl', 'imo', 'fr', 'rn', 'lmk', 'thx', 'ty', 'pls', 'plz', 'bro', 'bruh', 'please', 'thanks', 'thank you', 'thanks in advance', 'thank you in advance', 'cheers', 'many thanks', 'if possible', 'if you can', 'if you could', 'if you know', 'if you have it', 'if you don\'t mind', 'by any chance', 'for me', 'at all', 'do you know', 'do you happen to know', 'as far as you know', 'that you know of', 'to your knowledge', 'to the best of your knowledge', 'if anything', 'if any', 'could you help', 'can you help', 'could you help me', 'can you help me', 'could you tell me', 'can you tell me', 'any idea', 'many thanks', 'much appreciated', 'thanks a lot', 'thank you very much', 'thanks very much', 'cheers'];

/** Asides set off by commas inside the question: "What, *if anything*, did the Kremlin say …". Dropped. */
export const REGISTER_PARENTHETICALS = ['if anything', 'if any', 'if at all', 'by any chance', 'in your view', 'as far as you know', 'to your knowledge', 'if you know', 'if possible', 'please', 'exactly', 'again'];

/** A clause setting the scene before the question: "*Following up on* the Riyadh talks, which officials …". */
export const REGISTER_CONTEXT_LEADS = ['given that', 'given', 'considering that', 'considering', 'in light of', 'in view of', 'now that', 'seeing that', 'seeing as', 'bearing in mind that', 'bearing in mind', 'following up on', 'following on from', 'as a follow-up to', 'further to', 'regarding', 'with regard to', 'with regards to', 'with respect to', 'in relation to', 'in connection with', 'concerning', 'about', 're', 'as for', 'as regards', 'speaking of', 'talking about', 'going back to', 'coming back to', 'returning to', 'back to', 'turning to', 'thinking about', 'thinking of', 'on the subject of', 'on the topic of', 'on the matter of', 'in the context of', 'for', 'on', 'following', 'after', 'before', 'during', 'since', 'in', 'at'];

/**
 * A premise before the question, dropped: "*Because* TASS and Meduza describe the Russian side in different
 * terms, who made up Moscow's delegation?", "*Assuming* Kyiv really did accept it, what had the Americans
 * proposed?". A person it names stands for the question's "he" or "she" ("As the line-up was announced by
 * Yuri Ushakov, who is he?"). These leads always open a premise.
 */
export const REGISTER_PREMISE_LEADS = ['because', 'although', 'though', 'even though', 'even if', 'knowing that', 'assuming', 'assuming that', 'given that', 'considering that', 'considering', 'now that', 'seeing that', 'seeing as', 'while', 'whilst', 'if'];
/** Leads that open a premise only when a verb follows ("*Since* the Jeddah meeting is called the first round, …", "*With* Moscow blaming Kyiv, …"); else a scene ("Since the Riyadh talks, …"). */
export const REGISTER_PREMISE_IF_VERB = ['since', 'as', 'with', 'in view of', 'in light of', 'given', 'after', 'following'];

/** Leads whose preposition the scene keeps behind the question ("In Riyadh, who …" → "who … in Riyadh"); "following" means after. */
export const REGISTER_KEPT_LEADS: Record<string, string> = { on: 'on', for: 'for', after: 'after', following: 'after', before: 'before', during: 'during', since: 'since', in: 'in', at: 'at' };

/** Adverbs that narrow what came before: "…, *specifically* on the second day". They add nothing to read. */
export const REGISTER_NARROWERS = ['specifically', 'more specifically', 'in particular', 'particularly', 'especially', 'namely', 'precisely', 'exactly', 'i mean', 'that is'];

/** Ordinal days of a round of talks: "the *second* day of the talks", "the *final* day". -1 is the last. */
export const ROUND_DAY_ORDINALS: Record<string, number> = {
  first: 0,
  '1st': 0,
  opening: 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  final: -1,
  last: -1,
  closing: -1,
};
/** "day one", "day 2". */
export const ROUND_DAY_NUMBERS: Record<string, number> = { one: 0, '1': 0, two: 1, '2': 1, three: 2, '3': 2 };

/** Nouns naming a round of talks, so "the day after *the talks*" is a day counted from one. */
export const ROUND_NOUNS = ['talks', 'meeting', 'meetings', 'round', 'negotiations', 'summit', 'consultations', 'session', 'sessions', 'discussions'];

/** Asking what the bot can do, in an indirect question: "… tell me *what you can do*". Read as help. */
export const REGISTER_HELP = ['what you can do', 'what you can help with', 'what you can help me with', "what you're able to do", "what you're able to help with", 'what you are able to do', 'what you are able to help with', 'what questions you can answer', 'what kind of questions you can answer', 'what sort of questions you can answer', 'how to use you', 'how you work'];

/** A sentence of pleasantry before the question, dropped whole: "I hope you're well. Who led …". */
export const REGISTER_PLEASANTRIES = ['thanks for', 'thank you for', 'many thanks for', 'i hope you\'re well', 'i hope you are well', 'hope you\'re well', 'hope you are well', 'i hope you\'re doing well', 'hope you\'re doing well', 'hope all is well', 'i hope all is well', 'i have a question', 'i have a quick question', 'i\'ve got a question', 'i\'ve got a quick question', 'quick one', 'a question', 'one question', 'i need some help', 'i need your help', 'i\'m new here', 'i\'m catching up', 'i\'m catching up on the talks', 'i\'ve been away', 'i missed the news', 'i\'m preparing a briefing', 'i\'m writing a briefing', 'i\'m putting together a briefing', 'long time no see', 'nice to meet you', 'happy monday', 'happy friday'];

/** How a round went, after "the day before/after": "… the talks *began*", "… they *ended*". */
export const REGISTER_ROUND_VERBS = ['began', 'begun', 'started', 'opened', 'kicked off', 'got under way', 'got underway', 'finished', 'ended', 'concluded', 'closed', 'wrapped up', 'broke up', 'were held', 'was held', 'took place', 'happened', 'had finished', 'had ended', 'had concluded', 'were over', 'was over'];

/** Verbs telling a meeting by who met whom: "the day after the Russians *met* the Americans". */
export const REGISTER_MEETING_VERBS = ['met', 'meet', 'met with', 'meet with', 'sat down with', 'sit down with', 'talked to', 'talked with', 'spoke to', 'spoke with', 'held talks with', 'hold talks with', 'negotiated with', 'were meeting', 'was meeting'];

/** Words of time and chat asides that add nothing to a question about the record: "who is *currently* heading …", "did the russians *actually* agree". */
export const REGISTER_FILLERS = ['currently', 'presently', 'at present', 'as of now', 'as things stand', 'at the moment', 'right now', 'these days', 'actually', 'honestly', 'literally', 'tbh', 'ngl', 'imo', 'fr'];

/**
 * Past tenses of the verbs questions are asked with, and their base forms: "whether Beseda *attended*
 * the talks" is asked as "did Beseda *attend* the talks".
 */
export const REGISTER_PAST_VERBS: Record<string, string> = {
  led: 'lead',
  headed: 'head',
  chaired: 'chair',
  attended: 'attend',
  joined: 'join',
  met: 'meet',
  represented: 'represent',
  said: 'say',
  told: 'tell',
  announced: 'announce',
  stated: 'state',
  commented: 'comment',
  agreed: 'agree',
  accepted: 'accept',
  signed: 'sign',
  proposed: 'propose',
  offered: 'offer',
  suggested: 'suggest',
  demanded: 'demand',
  wanted: 'want',
  asked: 'ask',
  insisted: 'insist',
  refused: 'refuse',
  rejected: 'reject',
  declined: 'decline',
  happened: 'happen',
  took: 'take',
  went: 'go',
  spoke: 'speak',
  discussed: 'discuss',
  raised: 'raise',
  mentioned: 'mention',
};

/** Verbs whose "to" names who received something, not where: "what did the US *propose* to Ukraine". */
export const REGISTER_RECIPIENT_VERBS = ['propose', 'proposed', 'proposes', 'offer', 'offered', 'offers', 'suggest', 'suggested', 'say', 'said', 'says', 'explain', 'explained', 'present', 'presented', 'submit', 'submitted', 'give', 'gave', 'promise', 'promised', 'pledge', 'pledged', 'hand', 'handed', 'write', 'wrote', 'report', 'reported', 'complain', 'complained', 'appeal', 'appealed'];
