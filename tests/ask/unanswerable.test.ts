import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/adapters/dispatch.js';
import { forTerminal } from '../../src/adapters/shell/shell.js';
import { EXAMPLE_QUESTIONS } from '../../src/core/ask/lexicon.js';
import { silentLogger } from '../../src/core/logger.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { tempCore } from '../support/temp-core.js';

/**
 * Questions the Russia–Ukraine snapshots cannot answer: people, sides, places, dates and topics
 * absent from them, a known person on an unknown topic, words that are no question at all. Each
 * must say that nothing is on record about what it understood (and so name it), never answer
 * about something else, never fail to place the question, never throw.
 */
describe('questions the record cannot answer', () => {
  const t = tempCore({ now: new Date('2026-11-30T12:00:00Z') });
  const dispatcher = createDispatcher({ core: t.core, logger: silentLogger });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(() => t.cleanup());

  /** The whole reply as the shell shows it, through the path a chat message takes. */
  const reply = async (q: string) => {
    const outcome = await dispatcher.message(q, { platform: 'shell', destination: 'test' });
    return forTerminal(renderMarkdown(outcome.doc));
  };
  const EXAMPLE_RE = new RegExp(`Try: “(?:${EXAMPLE_QUESTIONS.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})” or “`);

  /** The question, and what the reply must name as understood. */
  const cases: [string, RegExp][] = [
    // Sides, places and dates the talks never had.
    ['who led the Chinese delegation in Beijing?', /China.*Beijing/],
    ['who represented Brazil in Geneva?', /Brazil/],
    ['who was on the Venezuelan team?', /Venezuela/],
    ['who heads the Mongolian delegation?', /Mongolia/],
    ['what did Canada propose in Ottawa?', /Canada/],
    ['latest on Taiwan?', /Taiwan/],
    ['when is the next round with North Korea?', /talks involving North Korea/],
    ['when is the next round in Geneva?', /talks in Geneva/],
    ['what happened in Lisbon?', /Lisbon/],
    ['what happened on 3 January 2019?', /3 Jan 2019/],
    ['what was agreed in Vienna in 2031?', /Vienna/],
    ['what did Lavrov refuse in Helsinki in 1975?', /Helsinki/],
    // Organisations the record lacks, named alone as the side asked about: nothing on record, not every delegation.
    ['who led the OSCE delegation?', /OSCE/],
    ['Would you happen to know who headed the OSCE’s delegation?', /OSCE/],
    ['Could you tell me whether ASEAN hosted any talks?', /ASEAN/],
    ['when is the next round with the OSCE?', /OSCE/],
    // Specific terms side by side name one thing, which nothing on record mentions whole ("power plants" is not it).
    ['Could you remind me what was said about the Zaporizhzhia nuclear power plant?', /Zaporizhzhia Nuclear Power Plant/],
    ['what was agreed about the Zaporizhzhia nuclear power plant?', /Zaporizhzhia Nuclear Power Plant/],
    // Deals and topics never discussed, named after the sides they concern or before a place: the phrase is what is asked.
    ['Could you remind me what was agreed on the US-Ukraine minerals deal?', /minerals deal/],
    ['what was proposed on the US-Ukraine minerals deal', /minerals deal/],
    ['any news on Ukraine’s EU accession?', /EU accession/],
    ["I was wondering whether anything was said about Ukraine's EU accession", /EU accession/],
    ['what did Russia say about Ukraine’s NATO membership?', /from Russia about NATO membership/],
    ['what did Zelensky say about elections in Ukraine?', /Zelensky about elections/],
    ['did Russia demand elections in Ukraine?', /elections/],
    // "X of Y" is one name: the Council of Europe is not Europe.
    ['did the Council of Europe say anything about the talks?', /Council of Europe/],
    ['What said OSCE about the Riyadh talks?', /Nothing on record[\s\S]*OSCE/],
    ['Could you tell me what the Council of Europe proposed?', /Council of Europe/],
    ['who led the Council of Europe delegation?', /Council of Europe/],
    // A host asked what it demanded or offered: the talks' venue is not its own words ("in Riyadh, Washington wants…").
    ['what did the Saudis demand?', /Saudi Arabia demanded/],
    ['Might you know what Saudi Arabia proposed?', /Saudi Arabia proposed/],
    ['what did Saudi Arabia agree to?', /Saudi Arabia agreed/],
    // What is asked whether it was discussed or signed comes before the verb; rounds at the place are no answer.
    ['Would you happen to know whether elections in Ukraine were discussed?', /in Ukraine, about elections/],
    ['was the minerals deal discussed in Riyadh?', /in Riyadh, about minerals deal/],
    ['Has a minerals agreement been signed?', /minerals agreement/],
    // A name the record lacks beside a known topic must be in the answer, not just the topic.
    ['Has the Council of Europe commented on the ceasefire?', /Council of Europe/],
    // A side's adjective inside the phrase ("frozen Russian assets") keeps the phrase whole.
    ['What was agreed about frozen Russian assets?', /frozen Russian assets/],
    ['Could you tell me what Ukraine demanded about frozen Russian assets?', /Ukraine demanded on frozen Russian assets/],
    // A known person no report quotes on the stance asked: said so, before their side's stance.
    ['Would you happen to know what Karasin demanded?', /Nothing on record from Grigory Karasin in person/],
    ['What did Peskov propose?', /Nothing on record from Dmitry Peskov in person/],
    // A stance about a place the reports name, where no report states that stance on it: the place is not dropped.
    ['What was proposed about Kursk?', /proposed on Kursk/],
    ['Could you tell me what Ukraine demanded about Kursk?', /Ukraine demanded on Kursk/],
    ['what did Russia demand about Sudzha?', /Russia demanded on Sudzha/],
    // The same typed casually: lower case, "anything on", two sides asked at once.
    ['what did russia agree about kursk', /Russia agreed on kursk/],
    ['did russia agree anything on Kursk', /Russia agreed on Kursk/],
    ['did russia and ukraine agree anything on gaza', /agreed on gaza/],
    // What was signed or agreed to, named after the verb.
    ['Did Ukraine and US sign minerals deal?', /Nothing on record about what Ukraine and United States agreed on minerals deal/],
    // A known person at a place no statement of theirs names.
    ['What did Zelensky say in Paris?', /Nothing on record from Volodymyr Zelensky in Paris/],
    ['Could you tell me what Witkoff said in Jeddah?', /Nothing on record from Steve Witkoff in Jeddah/],
    // A side asked whether it hosted talks: rounds held there, not developments that name it.
    ['Did Turkey host any talks?', /Nothing on record of talks hosted in Turkey/],
    ['were any talks hosted by Turkey?', /Nothing on record of talks hosted in Turkey/],
    ['Would you happen to know whether Switzerland has ever hosted a round?', /Nothing on record of talks hosted in Switzerland/],
    // A side never at the talks, asked whether it took part: named in the answer, not only the heading.
    ['Did India take part in the talks?', /Nothing on record involving India/],
    // People no report names.
    ['Could you tell me whether NATO Secretary General Mark Rutte commented?', /Nothing on record about Mark Rutte\b/],
    ['Did UN Secretary-General António Guterres comment on the Black Sea deal?', /Nothing on record about António Guterres\b/],
    ['What did the Polish foreign minister, Radosław Sikorski, say about the talks?', /Radosław Sikorski/],
    ['who is Angela Merkel?', /Angela Merkel/],
    ['who is Kim Jong Un', /Kim Jong Un/],
    // Two letters from someone's name on record is another name, not a slip ("Kallas" is not "Kalin").
    ['who is Kallas?', /Kallas/],
    ['Xi Jinping’s role', /Xi Jinping/],
    ['what did the pope say?', /Pope/],
    ['Modi’s statement on the talks', /Modi/],
    ['who is the Japanese foreign minister?', /Japan's foreign minister/],
    ['US SecState statement', /United States' secretary of state/],
    ['german chancellor statement', /Germany's chancellor/],
    // Real words one slip from a term on record are what is asked, not the term ("crimes" is not Crimea).
    ['what did Russia say about war crimes?', /from Russia about war crimes/],
    ['any news on war crimes?', /about war crimes/],
    ['What did Zelensky say about crimes against humanity?', /crimes against humanity/],
    // Known people and sides on topics the record lacks.
    ['what did Zelensky say about climate change?', /climate change/],
    ['what did Witkoff say about bitcoin?', /bitcoin/],
    ['what did Peskov say about the World Cup?', /World Cup/],
    ['what did Putin demand on fisheries?', /fisheries/],
    ['what did Russia demand about whaling?', /whaling/],
    ['did Umerov discuss cryptocurrency?', /cryptocurrency/],
    ['what was agreed about Antarctica?', /Antarctica/],
    ['what did Lavrov say about Syria?', /Lavrov about Syria/],
    ['what did Trump say about Greenland?', /Trump about Greenland/],
    ['wat did trump say bout greenland', /Trump about Greenland/],
    ['what did Zelensky demand about Nord Stream?', /Nord Stream/],
    ['what did Peskov say about Navalny?', /Navalny/],
    ['did Putin meet Zelensky?', /Vladimir Putin and Volodymyr Zelensky/],
    ['what did Umerov say on 1 June 2024?', /Rustem Umerov on 1 Jun 2024/],
    ['what’s happening with the Arctic council?', /Arctic/],
    ['tell me about quantum computing', /quantum computing/],
    ['what happened at the Olympics?', /Olympics/],
    ['what’s the weather in Kyiv?', /Kyiv/],
    ['who is the Russian minister of fisheries?', /Russia's minister of fisheries/],
    ['when was the Treaty of Versailles signed?', /Versailles/],
    ['what did Zelensky eat for breakfast?', /Volodymyr Zelensky/],
    ['Is Putin a vegetarian?', /Nothing on record about Vladimir Putin/],
    // A name no source has, asked yes or no of a delegation: said first, before the delegations on record.
    ['Was Kellogg in the Riyadh delegation?', /Nothing on record about Kellogg: no one of that name/],
    ['Did Kellogg lead the US team?', /Nothing on record about Kellogg: no one of that name/],
    ['Is Rubio part of the US team?', /Nothing on record about Rubio: no one of that name/],
    // Chat shorthand ("smth") is no word the record lacks.
    ['smth happened in kharkiv on 24th?', /Nothing on record in Kharkiv on 24 Mar 2025/],
    ['who will win the world cup', /world cup/],
    // No question at all.
    ['flibber jabber wocky', /flibber jabber wocky/],
    ['hmm', /hmm/],
    ['12345', /12345/],
  ];

  it.each(cases)('%s → nothing on record about what it understood', async (q, named) => {
    const text = await reply(q);
    expect(text).toMatch(/\bnothing (?:is )?on record\b/i);
    expect(text).not.toMatch(/couldn['’]t place/i);
    expect(text).toMatch(named);
    // With nothing else to show, two example questions to go on.
    if (!/^- /m.test(text)) expect(text).toMatch(EXAMPLE_RE);
  });

  it('answers a command that does not exist with the way to help, not as a question', async () => {
    for (const q of ['/foo', '/foo bar baz']) {
      const text = await reply(q);
      expect(text).toMatch(/Unknown command .*\/foo/);
      expect(text).toMatch(/help/);
    }
  });
});
