/**
 * The one lexicon of extraction: every closed-class word list it leans on, each spelled once.
 * No people here: first names (to tell a person from a place in a run of capitals), titles,
 * honorifics and their abbreviations, words that never start or end a person's name, and the
 * offices whose holder's side the title itself gives (dossier-independent: "Kremlin aide" is
 * Russian in any story).
 */

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Common given names, including Ukrainian and Russian transliterations in their usual
 * English-press spellings, plus Turkish, Arabic and Western names seen in diplomatic copy, and
 * (issue 10's unfamiliar-negotiations pass) the common given names of the regions whose talks
 * Parley ships no dossier for: Ethiopian, Arabic, Balkan and Albanian, Armenian, Azerbaijani,
 * French and Central African, Spanish and Portuguese, Persian, Hebrew, Turkish, Chinese family
 * names (written first), Central Asian, Georgian, Moldovan. Accents may be written or dropped.
 */
export const FIRST_NAMES = set(`
  aaron adam adrian alan albert alex alexander alexandra alexei alexey aleksei aleksey alexandr aleksandr alice alina alla
  anatoly anatoliy anatolii andrea andrei andrey andrew andriy andrii andrij angela ann anna anne annalena antony anthony anton antonio
  arkady arseniy arseny artem artyom boris brian bruce carl carlos catherine charles chris christian christopher christine colin
  dan daniel danylo daria darya david davyd denis denys dmitry dmitri dmytro donald douglas dmitriy ed edward elena yelena elon emmanuel
  eric erik evgeny evgeniy fedir fyodor frank friedrich gary george georgy giorgia grigory hakan hanna hennadiy herman heorhiy
  ihor igor ilya irina iryna ivan jake jack james jan jane jared jd jeffrey jens jim joe john jonathan joseph julia keith
  keir kaja kamala kevin kirill kyrylo kostiantyn konstantin kristi larry leonid liz lloyd lyudmila marco margarita maria
  marina mark markus mary matthew maxim maksym michael mikhail mike mykhailo mykola nikolai nikolay natalia nataliya olaf oleg
  oleh oleksandr oleksii oleksiy olena olga oksana pavel pavlo paul pete peter petr petro pierre rachel recep richard robert
  roman ruslan rustem sarah scott sergei sergey sergiy serhiy steve steven stephen svetlana taras ted tom thomas tucker ursula
  valery valeriy valerii vadim vasyl viktor victor vitaly vitaliy vitalii vladimir volodymyr vladyslav vyacheslav william yevgeny
  yevhen yulia yuliia yuri yuriy yurii ahmed ali mohammed mohammad muhammad abdullah faisal khalid sultan tamim ibrahim
  mevlut ahmet mehmet emmanuel giorgia friedrich donald marco pete kash tulsi kristi susie karoline dana lindsey
  marjorie ron rand bernie chuck nancy hillary joseph kamala jared ivanka rex antony jake kurt victoria fiona
  dan dmytro mette ulf alar petteri alexander emmanuel olaf rishi boris theresa david gordon tony
  ben benjamin mohammed naftali yair hassan abbas hossein ebrahim masoud xi wang li kim narendra luiz lula cyril
  nicolas nicola sebastian sebastien jean jean-noel noel francois manuel pedro giuseppe sergio ursula charles
  gabriel lars magnus jonas ola mark kaja roberta antonio pope leo francis
  tatiana tatyana yekaterina ekaterina elvira valentina galina veronika kateryna olha iuliia liudmyla
  stanislav yaroslav bohdan borys denis mikheil yermek kassym nursultan ilham nikol recep
  heorhii denys davyd andriy rostyslav oleksandra
  serhii yevhenii vadym illia ostap yaroslava kyrylo oleksii mykhaylo dmitrii aleksandr aleksei evgenii gennady
  khalil ezzedine majid kazem mazen wissam najib ceyhun ararat mher shahin therese olivier sumbu massad sonata
  ron uri ronen mahmoud hamad mohamed abdel abdelfattah hussein nabih jeyhun elmar hikmet nikolai
  tom anne-claire jean-yves hakan ibrahim
  aaliyah abebe addisu alemu almaz amanuel asfaw aster ayele berhane berhanu biruk dawit demeke
  desta fekadu fikre girma haile kassa lemma mekonnen mesfin mulatu negash
  seyoum solomon tekle teklu tesfaye tigist yohannes taye temesgen workneh
  abdelrahim abdelaziz abdelrahman abdulaziz abdallah abdalla abdul abubakar adel adnan ahmad akram amr anas ashraf ayman
  bader bassam bilal fadi fahd fares fawzi fuad ghassan hamid hamza hani haytham hisham hussam issa jaber jamal jassim
  kamal karim khaled mansour marwan mazin mustafa mustapha nabil nasser nawaf osama rami rashid riyad saad saeed salah
  salim salman sami samir sharif tarek tareq walid yahya yasser yousef youssef yusuf zaid ziad mahmud mohamad omar
  faisal turki badr shams malik hadi burhan malik yasir jibril amina fatima layla leila nadia rania
  aleksandar aleksandra ana ante bojan boris branko dejan dragan dusan dušan goran ivica jelena jovan marko milan milorad
  milos miloš miroslav momir nebojsa nebojša nemanja petar predrag sinisa siniša slobodan srdjan tomislav vesna
  vladan zoran zeljko željko enver fatmir lulzim skender
  valon arben blerim dritan edi ilir bujar ali artan
  ararat armen arman aram artur ashot davit gagik hakob hayk karen levon mher robert ruben samvel sergey
  tigran vahan vahe anush lusine gohar
  ramiz farid fuad elnur elshad emin kamran rovshan tural vugar zakir
  leyla
  felix félix therese thérèse olivier jean-pierre jean-claude joseph patrick christophe augustin
  bertrand didier emmanuel frederic frédéric gilbert guillaume jacques laurent lionel louis marcel pascal philippe
  sylvain thierry yves antoine baptiste benoit benoît bruno cedric cédric dominique etienne étienne fabrice florent
  gerard gérard hubert julien ludovic mathieu maxime nicolas raphael raphaël rene rené sebastien sébastien stephane
  stéphane vincent xavier yannick arnaud segolene ségolène catherine claire helene hélène isabelle jeanne
  juliette laure louise manon marie nathalie sophie sylvie valerie valérie brigitte
  paul vincent justin james charles ngozi aminata moussa mamadou ousmane abdoulaye amadou boubacar
  cheikh ibrahima idrissa modibo seydou souleymane tidiane william yoweri
  cyril jacob ronald olusegun kofi nana ellen
  jorge jose josé juan luis carlos miguel pedro pablo alejandro andres andrés antonio diego eduardo enrique felipe
  fernando francisco gabriel gerardo gonzalo gustavo hector héctor hugo ignacio iván javier joaquin joaquín
  julio leopoldo lorenzo manuel marcelo mario martin martín mauricio nicolás oscar óscar rafael ramon ramón ricardo
  roberto rodrigo sergio tomas tomás vicente alvaro álvaro camilo cesar césar cristian daniela edmundo
  ernesto esteban fabio federico freddy henrique horacio humberto iñaki jaime julián leonardo luciano marcos nestor
  néstor octavio raul raúl rené rolando rubén ruben simon simón timoleon timoleón ulises victor víctor
  vera maria maría ana carmen claudia elena gloria isabel laura lucia lucía luisa marta mercedes
  monica mónica paula rosa sandra sofia sofía susana teresa veronica verónica yolanda beatriz adriana alicia
  andrea angela ángela antonia carolina catalina cristina diana eugenia fernanda gabriela juana julia leticia
  lorena lourdes margarita mariana marisol miriam natalia patricia pilar raquel rocio rocío silvia tatiana
  iván antonio pablo joao joão luiz geraldo fernando celso mauro
  abbas ali-akbar hamid javad kamal mohsen mojtaba reza saeed majid mehdi ebrahim hasan hassan esmaeil ismail
  avi benny eli gideon itamar moshe naftali ron ronen tzachi yair yoav yossi yuval ehud gilad
  ahmet ali binali devlet fatih hulusi ibrahim kemal mevlüt mustafa numan omer ömer suleyman süleyman
  wang wei xi li qin zhang liu chen yang zhao huang zhou zhu guo lin luo zheng liang
  shehbaz imran asif ishaq bilawal nawaz ajit narendra sushma
  shavkat kassym-jomart nursultan murat serik erlan rustam emomali sadyr kamchybek sooronbay gurbanguly serdar
  nino irakli bidzina salome mikheil giorgi davit ilia zurab levan
  maia igor ion vlad andrei natalia oleg dorin
  rebecca grace
  albin besnik hashim vjosa ramush kadri glauk donika avdullah behgjet agim driton fatos shpend
  abdulmalik abdulqader abdulkarim abdulwahab abdulsalam abdulhadi abdulla zaher ghazi mousa moussa husam
  habiba fawzia zalmay sher masoom rahmatullah zabihullah hamdullah amrullah shukria nader
  ophir gal tzipi dudi jamieson brett
  aureliano bernardo danilo consuelo otoniel
`);

/** Head nouns of role phrases: a phrase naming a role must contain one. */
export const ROLE_HEADS = set(`
  president president-elect minister secretary secretary-general adviser advisor advisers spokesperson spokesman spokeswoman
  envoy envoys negotiator negotiators ambassador chancellor chief head commander general director chair chairman chairwoman
  leader official aide deputy diplomat editor editor-in-chief senator lawmaker mp premier king prince emir sheikh
  representative mediator host personality journalist businessman investor son-in-law governor mayor speaker
  lieutenant colonel admiral marshal ombudsman officer correspondent commissioner counsellor counselor counsel ceo founder
  chief-of-staff secretary-of-state administrator manager coordinator member ministers director-general presidents
  dictator autocrat strongman ruler monarch brigadier brigadier-general major-general lieutenant-general deputies aides
`);

/** Words that may appear inside a role phrase without being its head. */
export const ROLE_MODIFIERS = set(`
  foreign defence defense prime deputy special presidential military policy national security intelligence chief vice
  first senior former top lead army navy state economic economy affairs interior finance trade ministry of for
  field media spy office staff peace personal general trusted veteran career investment fund sovereign wealth
  main parliamentary presidential's kremlin defence-ministry foreign-ministry
  acting interim joint permanent un nations united armed forces general-staff armed-forces commerce treasury energy
  justice health agriculture infrastructure strategic digital transformation humanitarian human rights deputy-head
  then long-time longtime high-ranking russian-born assistant council
`);

/** Capitalised words that are never part of a person's name. */
export const NON_NAME = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december sea street house office council department ministry agency committee parliament
  union nations forces army navy party republic kingdom region oblast bay river gulf ocean island islands square palace
  hotel airport center centre university institute times post news press group company corp inc bank fund court assembly
  duma rada senate congress security national international affairs black white north south east west central
  force defense defence liberation front movement platform alliance coalition
  united states arabia emirates media telegram reuters bloomberg tass interfax ria novosti cnn bbc cbs nbc abc fox axios
  politico guardian ap afp dpa ukrinform rt war peace talks ceasefire summit round president minister prime
  secretary chancellor the a an and but or if as in on at of for to by with from this that these those it its his her
  their our we they he she i you mr mrs ms dr sir state government administration kremlin cabinet white-house
  easter christmas ramadan covid world cup olympic olympics european america americans europe asia africa
  soviet ussr nato eu un g7 g20 opec brics fsb svr gru sbu hur nabu cia fbi nsa ok additional reporting
  speaking asked according meanwhile however also still later earlier after before while when although though
  separately additionally furthermore moreover nevertheless nonetheless likewise similarly elsewhere instead afterwards
  subsequently previously initially finally ultimately eventually notably reportedly
  besides beside alongside among amid despite unlike like including except apart
  yes no new old great grand holy saint st mount lake cape port fort
  second third fourth fifth sixth seventh eighth ninth tenth
  i'm i’m we're we’re i've i’ve we've we’ve you're you’re they're they’re
  tomahawk patriot himars atacms storm shadow taurus oreshnik kinzhal iskander shahed geran bayraktar starlink
  airbase base plant station bridge mall
  directorate service services staff division bureau command headquarters intelligence inspectorate chiefs
  cooperation investment investments development relations policy planning programme program initiative strategy
  countries country economic
  ukrainian russian american british turkish european saudi emirati swiss french german polish czech
  minsk istanbul geneva jeddah riyadh miami moscow kyiv kiev washington london paris berlin brussels ankara
  dhabi dubai doha anchorage alaska sochi odesa odessa kharkiv kherson zaporizhzhia donetsk luhansk crimea kursk
  sudzha bryansk belgorod krasnodar donbas pokrovsk bakhmut avdiivka mariupol sumy dnipro lviv chernihiv vatican
  mar-a-lago palm beach davos munich helsinki budapest
`);

/** Two-capital words that are no given name's initials ("TV Rain", "AI Summit", "PM Starmer"): never read as "JD" is. */
export const NOT_INITIALS = set('tv ai pm mp vp dc pr hq id it ok uk us eu un ap gb rf fm am uae sa');

/** Last-name endings typical of Slavic surnames in English transliteration. */
export const SLAVIC_SURNAME =
  /(?:ov|ova|ev|eva|yov|yova|in|ina|yn|enko|sky|skyy|skyi|skiy|skii|ski|ska|skaya|chuk|yuk|iuk|vich|vych|ych|ich|uk|ko|ak|yak|iak|ets|ar)$/;

/** Place words that end like Slavic surnames. */
export const SLAVIC_LOOKALIKE_PLACES = set(`
  rostov azov pskov kharkov lvov kremlin berlin dublin tallinn wellington melitopol sevastopol kupiansk chasiv yar
  zaporizhzhia kharkiv kyiv kiev odesa lyman avdiivka kostiantynivka huliaipole pokrovsk myrnohrad bakhmut kursk
  belgorod bryansk tokmak orikhiv dnipro luhansk donetsk chernihiv kramatorsk sloviansk vovchansk kupyansk
  gazprom rosneft lukoil rosatom roskosmos moskva sputnik
`);

/**
 * Verbs of a journey, whose "to" names where the traveller will be: "would go to Washington", "is
 * coming to Washington", "will accompany A to the White House", "travelled to Moscow".
 */
export const JOURNEY_VERBS = set(`
  go goes going went come comes coming came travel travels travelled traveled travelling traveling fly flies flew flying
  head heads headed heading accompany accompanies accompanied accompanying
`);

/** Verbs of leaving, whose "for" names where the traveller is going: "left for Geneva", "will leave for Doha". */
export const DEPARTURE_VERBS = set(`left leave leaves leaving depart departs departed departing`);

/**
 * A departure right before a date ("left for Geneva on Monday", "flew to Doha late on Sunday", "heads
 * to Abu Dhabi on Friday"): the day of the journey, which is the talks' only where the clause gives
 * them no day of their own ("… for talks due on Tuesday").
 */
export const DEPARTURE_BEFORE_DATE =
  /\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set\s+off|flew|flies|head(?:s|ed|ing)?)\s+(?:for|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+(?:late\s+|early\s+)?(?:on\s+)?$/u;

/**
 * Nouns that name a place by its kind: "the resort of Sharm el-Sheikh", "the lakeside town of X",
 * "the Red Sea resort of X", "the border town of X"; after a comma, "X, a resort on the Black Sea".
 * A capitalised name the gazetteer lacks is read as a place after one of them.
 */
export const PLACE_KIND_NOUNS = set('resort city town port village island hamlet oasis enclave spa suburb municipality township');
/**
 * Nouns of a venue a town's name stands before: "at the Bürgenstock resort", "at the Ramstein air
 * base", "at the Entebbe State House": the town is where the venue is.
 */
export const VENUE_NOUNS = set('resort hotel palace airport base air airbase centre center complex residence estate club compound state');
/**
 * What may follow a kind noun in an apposition after the name ("Ohrid, a town on the lake", "X, the
 * Red Sea resort where…"): a preposition or the clause's end, so "X, a city official" is no place.
 */
export const PLACE_KIND_AFTER = set(`in on near of outside along overlooking by where which that , . ; — – ) :`);

/**
 * A host receiving the sides' people at a table: "Erdogan greeted the two delegations at Dolmabahce
 * Palace on Tuesday", "Rubio hosted a Ukrainian team in Hallandale Beach on Sunday". A round where
 * no talks word is written. A host of "the (two) delegations" is a go-between, not a side.
 */
export const HOSTED_TABLE =
  /\b(?:hosted|hosts|received|receives|welcomed|welcomes|greeted|greets)\s+(?:the\s+|a\s+|an\s+|both\s+)?(?:two\s+)?(?:[\p{L}-]+\s+){0,2}?(?:delegations?|negotiating\s+teams?|teams?|negotiators)\b/iu;
/** "who led the delegation in Geneva a week ago": a side's leader at a table somewhere, a round in passing. */
export const LED_TABLE_AT =
  /\b(?:led|headed|leads|heads|will\s+lead|will\s+head)\s+(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|team|negotiators)\s+(?:in|at)\s+(?=\p{Lu})/u;
/** The object of a host verb naming both sides at once, unnamed: the host is then no side. */
export const BOTH_SIDES_OBJECT = /^\S+\s+(?:the\s+|both\s+)?(?:two\s+)?(?:delegations|negotiating\s+teams|teams|negotiators)\b/i;

/** A word a title is made of ("special", "envoy", "the", "of"): what may stand before a name in a title. */
export function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return l === 'the' || l === 'of' || ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l);
}

/** A word that may stand in a title before a name: a capitalised word or a title word. */
export const titleOrName = (w: string): boolean => /^\p{Lu}/u.test(w) || isTitleWord(w);

/** Words between a verb and a name that are titles only ("Secretary of State", "the special envoy"): no clause between. */
export const titlesOnly = (words: string): boolean => words.split(/\s+/).filter(Boolean).every(titleOrName);

/**
 * A time opening a clause with no comma after it ("Earlier on Thursday A and B met C", "On Tuesday
 * evening A received B", "Late on Friday A …"): read past, like a comma-set opener, to the subject.
 */
export const TIME_OPENER =
  /^\s*(?:(?:earlier|later|late|early)\s+)?(?:(?:on|this|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s+/i;

/** A live blog's headline or day line: "Live: …", "LIVE UPDATES", "Live updates — Saturday 15 November 2025". */
export const LIVE_BLOG = /^\s*LIVE\b|\blive\s+(?:updates|blog|coverage)\b/i;
/** A live blog entry's time stamp opening its line: "13:10 — ", "18:20 GMT+4 — ", "09.05 - ". */
export const LIVE_STAMP = /^\s*\d{1,2}[:.]\d{2}(?:\s(?:GMT|UTC)(?:[+-]\d{1,2})?)?\s[—–-]{1,2}\s/u;

/** Nouns that name a round of talks. */
export const TALKS_RE =
  /\b(?:talks|negotiations|negotiated|round|rounds|meeting|meetings|met|meet|meets|discussions|summit|consultations|trilateral|session|sessions|dialogue\s+table|encounter|(?:first|second|third|fourth|fifth|sixth|next|new|previous|last)\s+cycle|(?:sit|sat|sits|sitting)(?:\s+|-)(?:down|across)|sit-downs|reassembled?|reconvened?|reconvenes|gathered|convened?|convenes|(?:expert|technical)(?:-level|\s+teams?)|(?:first|direct|face-to-face|in-person)\s+contacts?|(?:due|set|scheduled|expected)\s+to\s+see|will\s+(?:first|then)\s+see)\b/i;

/**
 * A sit-down told by its length with a person ("spent nearly four hours with Putin", "spent the
 * evening with the foreign minister", "spent four hours today with Putin"): a meeting where no talks word is written, read as "met" is
 * (an encounter, a round only between two of the negotiation's sides).
 */
export const SPENT_TIME_WITH =
  /\bspent\s+(?:(?:nearly|almost|about|around|some|more\s+than|over|another)\s+)?(?:(?:an?|one|two|three|four|five|six|seven|eight|several|many|\d{1,2})\s+)?(?:hours?|the\s+(?:day|evening|afternoon|morning))\s+(?:(?:today|yesterday|tonight|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day)\s+)?with\s+(?=\p{Lu})/u;

/**
 * Parties that go between the sides in every negotiation, whatever its dossier lists: "Burhan met
 * the UN envoy in Port Sudan on Monday" is a call on one side, no round (no labelled round has the
 * UN at the table).
 */
export const STANDING_GO_BETWEENS: readonly string[] = ['United Nations'];

/**
 * A meeting one side only asks for seats nobody at its table: "Kyiv had proposed a meeting between
 * A and B", "repeated its call for a summit with C", "it was too early to talk about a date for a
 * meeting between D and E". Principals of a merely proposed meeting are not its members (the label
 * rules: a planned round without members); a meeting agreed or set ("agreed to a meeting between")
 * is not read so. Nor a meeting denied: "no agreement was reached on a meeting between A and B",
 * "no decision has been made on a summit of" (a meeting with no date set yet is still planned).
 */
export const PROPOSED_MEETING =
  /\b(?:no\s+(?:agreement|decision|deal|understanding)\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?(?:yet\s+)?(?:reached|made)\s+(?:on|about)|propos(?:e|es|ed|ing)|proposals?\s+(?:for|of)|calls?\s+for|call(?:ed|ing)\s+for|urg(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|offers?\s+of|offer(?:s|ed|ing)?|suggest(?:s|ed|ing)?|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|too\s+early\s+to\s+(?:talk|speak)\s+(?:about|of))\s(?:[\p{L}'’-]+\s){0,4}?$/iu;

/**
 * A meeting the sentence goes on to make conditional: "a meeting between A and B, he added, could
 * come once a treaty was ready", "… might take place if …". Read after the meeting's people.
 */
export const CONDITIONAL_MEETING_REST =
  /^[^.;]{0,80}?\b(?:could|might|may)\s(?:(?:only|still|eventually|then|not)\s)?(?:come|happen|take\splace|be\sheld|be\sarranged|follow|occur)\b/u;

/** Nouns naming a go-between: a party word right before one ("Qatari mediators", "the Norwegian facilitator") is no side. */
export const GO_BETWEEN_NOUN = /^(?:mediators?|facilitators?|go-betweens?|guarantors?|observers?)$/;

/**
 * A bare ordinal standing for a round in a list ("The fifth, at the embassy in Rome on May 23, …",
 * "At the third, in Muscat on April 26, …"): the noun is left out because the sentence before
 * counts rounds ("The fourth round returned to Muscat", "The first two meetings"). Read only after
 * such a sentence (ROUND_COUNTED), and only where a place phrase follows the comma.
 */
export const BARE_ORDINAL_ROUND = /^(?:At\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest)\s*,\s*(?:at|in)\s/i;
export const ROUND_COUNTED =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|previous)\s+(?:(?:two|three|four)\s+)?(?:rounds?|meetings?|sessions?)\b/i;

/**
 * A signing between the sides ("DRC and Rwanda sign peace agreement", "signed this Saturday … a
 * declaration of principles", "a Declaration of Principles was signed between A and B"): the
 * verb, and the documents whose signing is a round (not a decree or a law) within a few words of it.
 */
export const SIGN_VERB = /\b(?:signed|signs|signing|sign|initialled|initialed)\b/gi;
export const SIGNED_DOCUMENT = /\b(?:agreements?|deals?|declarations?|accords?|acuerdos?|accord[oi]|treaty|treaties|memorand(?:um|a)|frameworks?)\b/i;

/**
 * An organisation's own gathering ("NATO foreign ministers meet in Antalya", "EU leaders gathered
 * in Brussels", "the G7 summit"): its members meeting among themselves, no round between sides.
 */
export const ORGANISATION_GATHERING =
  /\b(?:NATO|EU|European\s+Union|G7|G-7|G20|G-20|OSCE|ASEAN|African\s+Union|Arab\s+League|BRICS|UN\s+Security\s+Council|Security\s+Council)(?:['’]s)?\s+(?:(?:foreign|defen[cs]e|finance|interior)\s+)?(?:ministers|ministerial|leaders|allies|members|member\s+states|heads\s+of\s+state|summit|council|ambassadors)\b/;

/** Words that make a party word a region ("North America Department", "Central Asia desk"): no side. */
export const REGION_BEFORE = set('north south east west central latin eastern western northern southern middle');

/** "a ceasefire in Sudan", "the war in Gaza": a place after these names what the talks are about, not where. */
export const TOPIC_BEFORE_PLACE = set('ceasefire truce war conflict fighting peace crisis violence hostilities famine');

/**
 * The same talks meeting again another day: "the sides will meet again on December 19", "agreed to
 * pick up their work again on the morning of December 15", "talks resume on Monday", "We continue
 * tomorrow at the technical level". Read beside a date (round-dates.ts), it makes that day a session
 * of its own. Not talks that merely "continue" ("set to continue on Sunday", "continues today, the
 * second day"): a round running over several days is dated by its first day.
 */
/**
 * "a first day of talks", "the second day of the meeting", "day two of": a round told as running
 * over several days, so a session the next day at the same place is that round's later day (dated
 * by its first), not a round of its own.
 */
export const COUNTED_DAY = /\b(?:first|second|third|2nd|3rd)\s+day\s+of\b|\bday\s+(?:one|two|three)\s+of\b/i;
export const RESUMES_NEAR_DATE =
  // Not a delegation "again headed by" the same man: the same leader, not the same talks again.
  /\b(?:again(?!\s+(?:headed|led|chaired|included|includes|represented|composed)\b)|resum(?:e|es|ed|ing)|reconven(?:e|es|ed|ing)|back\s+at\s+the\s+table)\b|\bcontinu(?:e|es|ing)\b[^.;]{0,30}\bat\s+(?:the\s+)?(?:technical|expert|working)[\s-]level\b/i;
/**
 * What follows a day that is an outcome's, not the talks': "agreed on Monday to cut tariffs after
 * weekend talks in Geneva", "after Sunday's talks" (read right after the date, within the clause).
 * Only talks dated by a time word of their own: "agreed on Saturday … after a second round in Rome"
 * is as often the round's own day.
 */
export const OUTCOME_BEFORE_TALKS = /^[^.;:]{0,80}?\bafter\s+(?:the\s+)?(?:weekend|weekend['’]s|last\s+week['’]s|earlier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\p{L}-]+\s+){0,2}(?:talks|negotiations|meetings?|rounds?|consultations)\b/iu;

/** Talks told as done in the lede ("Consultations … ended in the Omani capital"): a dateline's day is theirs. */
export const DONE_VERB = /\b(?:ended|concluded|wrapped\s+up|finished|(?:were|was|have\s+been|has\s+been)\s+held|took\s+place)\b/i;
/**
 * A date a talks noun governs: "At the first round on 16 May the sides agreed to an exchange", "the
 * meeting of 19 July": whatever else the sentence reports, that day is the talks' (read right before
 * the date).
 */
export const TALKS_NOUN_BEFORE_DATE = /\b(?:round|talks|meeting|negotiations|session|consultations)\s+(?:held\s+)?(?:(?:on|of)\s+(?:the\s+)?)?$/i;
/**
 * "the delegations will continue tomorrow", "talks are to continue on Monday", "expected to continue into Tuesday": a later day of a round
 * already under way, which is dated by its first (read right before the date; a session "at the
 * technical level" is RESUMES_NEAR_DATE's).
 */
export const CONTINUES_BEFORE_DATE = /\bcontinu(?:e|es|ed|ing)\s+(?:on\s+|into\s+)?$/i;
/**
 * A leading "After ten days of talks in Pretoria, …", "After two weeks of negotiations, …": the
 * clause after it tells how those talks ended, on a later day of their round, not a round of its own.
 */
export const TALKS_DURATION_LEAD = /^After\s+(?:[\w-]+\s+){1,2}(?:days?|weeks?|hours?)\s+of\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations)\b[^,;]{0,80},/i;
/**
 * A day an occasion was moved away from ("the round, which had been pushed back from Feb. 1",
 * "postponed from Monday"): a date nothing happens on, read right before the date.
 */
export const MOVED_FROM_BEFORE_DATE = /\b(?:pushed\s+back|postponed|moved|delayed|put\s+off|brought\s+forward|rescheduled|shifted)\s+from\s+$/i;
/**
 * Events other than talks that copy dates beside them ("which sparked the fighting on April 15"):
 * a date right after one of these, later in the sentence than the talks word, is that event's.
 */
export const OTHER_EVENT_BEFORE_DATE = /\b(?:fighting|war|attack|attacks|invasion|strike|strikes|clashes|offensive|coup|explosion|blast|election|elections|assassination)\b[^.;,]{0,30}$/i;

/**
 * A meeting of people told right before its date, or in the date's own "when" clause: "received
 * the envoys in the Kremlin on Thursday", "is due to see the president at the White House on Monday",
 * "had handed the draft to the president in Kyiv on Thursday", "since May 2, when the two sides signed a
 * deal in Lima", "on August 6, when he spent three hours with the leader". A round of principals.
 */
export const PEOPLE_MET_VERB =
  /\b(?:met|meets|meet|meeting\s+with|see|saw|sees|received|receives|hosted|hosts|handed|presented|held\s+talks|spent\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\w+\s+hours?\s+with|sat\s+down\s+with|signed|opened)\b/i;

/**
 * An agreement told in passing with its own day: a past verb of making a deal ("the accord the two
 * leaders backed in Brussels on 27 February", "since 26 November, when they signed a partial agreement
 * in Mexico City", "a deal he discussed with the president in Anchorage on Friday", "late on Saturday in
 * Ohrid agreed to the annex") and the document it made, in the date's own clause. The verbs and the
 * documents; round-dates.ts reads the clause.
 */
export const DEAL_DONE_VERB = /\b(?:signed|initiall?ed|agreed|backed|endorsed|reached|struck|sealed|negotiated|discussed|clinched|inked|hammered\s+out)\b/gi;
export const DEAL_DOCUMENT =
  /\b(?:agreements?|deals?|accords?|annex|declaration|memorandum|truce|ceasefire|cease-fire|understanding|framework|protocol|pact|treaty|roadmap|road\s+map)\b/i;
/** A deal verb in the passive or still ahead ("is to be signed", "will be agreed", "would have reached"): no deal made. */
export const DEAL_NOT_DONE = /\b(?:be|been|being|to|will|would|could|might|may|must|not|never|yet\s+to)\s+(?:\p{L}+\s+)?$/iu;

/**
 * A day that names a deadline, not a meeting: "Trump's Thursday deadline", "Friday's deadline for a
 * reply", "the deadline of Thursday", "an ultimatum expiring on Sunday". Read on the text right after
 * the date (`AFTER`) and right before it (`BEFORE`).
 */
export const DEADLINE_AFTER_DATE = /^(?:['’]s)?\s+(?:deadline|ultimatum|cut-?off)\b/i;
export const DEADLINE_BEFORE_DATE = /\b(?:deadline|ultimatum|cut-?off)\s+(?:(?:set\s+|expiring\s+|that\s+expires\s+|which\s+expires\s+)?(?:of|on|for|by))\s+$/i;

/**
 * A verb of another event right before a date ("resigned on Friday", "was dismissed on Monday"), or a
 * document's coming into force ("the ceasefire took effect on October 10", "will enter into force fully
 * on August 3", "effective from midnight on Monday"): that day is the event's, whatever talks the sentence names.
 */
export const EVENT_VERB_BEFORE_DATE =
  /\b(?:resigned|stepped\s+down|(?:was|were)\s+(?:dismissed|sacked|fired|arrested)|died|(?:took|takes|take|taking)\s+effect|(?:came|comes|come|went|goes|go|enters?|entered|entering|enter)\s+into\s+(?:force|effect)(?:\s+(?:fully|formally|officially))?|effective(?:\s+(?:from|as\s+of))?)\s+(?:late\s+|early\s+)?(?:(?:at\s+)?(?:midnight|noon)\s+)?(?:on\s+|from\s+)?$/i;

/**
 * A site's chrome between or after the story ("Read more: A meets B in Miami", "Related News",
 * "Mehr zum Thema:"): links to other stories, whose headlines are no part of this one.
 */
/** A tag line ("Tags: Russia-Ukraine talks Belarus Vladimir Medinsky"): keywords run together, chrome too. */
export const TAG_LINE = /^\s*(?:tags|keywords|filed\s+under)\s*:/i;
export const SITE_CHROME = /^\s*(?:[-•*]\s*)?(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:news|stories|articles))?|see\s+also|more\s+(?:from|on)\b|mehr\s+zum\s+thema|lesen\s+sie\s+auch|читайте\s+также)\s*[:|-]/iu;

/** News organisations: they "say" and "report" like people but are not people. */
export const NEWS_ORGS = set(`
  reuters bloomberg tass interfax ria cnn bbc cbs nbc abc fox axios politico afp ap dpa ukrinform rt guardian
  telegraph times nyt kommersant vedomosti izvestia meduza suspilne ukrainska pravda kyiv independent al jazeera
  sky france24 euronews nhk xinhua anadolu sputnik novosti rbc lenta gazeta wsj cbc npr pbs semafor haaretz ynet
  unian rferl irna isna tasnim yonhap kyodo efe ansa trt cgtn
`);

/** Stricter endings for a lone capitalised word to count as a surname on its own. */
export const SLAVIC_SURNAME_STRICT = /(?:ov|ova|ev|eva|yov|enko|sky|skyy|skyi|skiy|skii|ska|skaya|chuk|yuk|iuk|vich|vych)$/;

/**
 * Abbreviations written with a full stop that ends no sentence: titles and ranks ("Brig. Gen.",
 * "Amb.", "Lt. Gen."), honorifics, and month and other short forms. Lower case, without the stop.
 */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sen rep gen lt col adm capt maj brig cmdr cdr sgt gov amb ambs rev hon pres sec dep
  st jr sr no vs etc approx jan feb mar apr aug sept sep oct nov dec fig inc ltd corp co res
`);

/** Words before a name that are no part of it (lower case, stops removed): titles and honorifics. */
export const HONORIFICS = set(`
  sir dame lord lady mr mrs ms miss dr prof professor president vice prime minister secretary general gen chancellor
  ambassador amb envoy senator sen rep king queen prince crown sheikh emir foreign defence defense deputy colonel col
  lt lieutenant admiral adm marshal premier pope commander major maj captain capt brig brigadier special chief
  spokesperson spokesman spokeswoman adviser advisor his her excellency seyed seyyed sayyid sayed
  mullah mawlawi mawlavi maulvi maulana mawlana
`);

/** Honorifics that are only that (not also a title noun): stripped before a title is read. */
export const SHORT_HONORIFICS = set('sir dame lord mr mrs ms dr prof gen lt col adm sen rep brig amb maj capt cmdr mullah mawlawi mawlavi maulvi maulana mawlana');

/**
 * Offices whose holder's side the title gives on its own, whatever the dossier: matched against a
 * person's stated role (lower case). Only offices with one country in the English press; where a
 * title is shared ("foreign intelligence service", "main intelligence directorate" of which
 * country?) it is not here and the side must come from the text.
 */
export const OFFICES: { re: RegExp; party: string }[] = [
  { re: /\bkremlin\b/, party: 'Russia' },
  { re: /\bstate duma\b|\bduma\b/, party: 'Russia' },
  { re: /\bgeneral staff of the armed forces of the russian federation\b/, party: 'Russia' },
  { re: /\b(?:nsdc|national security and defen[cs]e council)\b/, party: 'Ukraine' },
  { re: /\bverkhovna rada\b|\bservant of the people\b/, party: 'Ukraine' },
  { re: /\b(?:head|chief|deputy head) of (?:the )?(?:presidential office|office of the president|president['’]s office)\b/, party: 'Ukraine' },
  { re: /\bsecretary of state\b/, party: 'United States' },
  { re: /\bwhite house\b|\bpentagon\b|\bsecretary of (?:the )?army\b|\barmy secretary\b/, party: 'United States' },
  { re: /\bus president['’]s\b/, party: 'United States' },
  { re: /\bmossad\b|\bshin bet\b|\bidf\b/, party: 'Israel' },
  // The USTR: the bare title is the American office ("China International Trade Representative" names its own side first).
  { re: /^(?:us |united states )?trade representative$/, party: 'United States' },
  // The US title; Britain's is "Chancellor of the Exchequer" or "Chief Secretary to the Treasury".
  { re: /^(?:us |united states )?(?:treasury secretary|secretary of the treasury)$/, party: 'United States' },
];

/**
 * Offices a report names two sides' principals by before (or instead of) their names: "the foreign
 * ministers of Armenia and Azerbaijan, A and B", "a meeting of the Azerbaijani and Armenian
 * foreign ministers". Singular, lower case; the plural adds an "s" to the last word.
 */
export const PRINCIPAL_OFFICES = [
  'foreign minister',
  'deputy foreign minister',
  'defence minister',
  'defense minister',
  'prime minister',
  'deputy prime minister',
  'president',
  'national security adviser',
  'national security advisor',
  'chief negotiator',
  'intelligence chief',
];
/** Of PRINCIPAL_OFFICES, those that lead their side's delegation ("the chief negotiators of Belgrade and Pristina, A and B"). */
export const LEADING_PRINCIPAL_OFFICES: ReadonlySet<string> = new Set(['chief negotiator']);

/**
 * Titles whose "for X" is their brief, not the side they serve: "Special Representative for North
 * Korea A" sits on the US side, "the UN envoy for Yemen" on none. The last word of the title, lower case.
 */
export const PORTFOLIO_TITLES: readonly string[] = ['representative', 'envoy', 'coordinator', 'commissioner', 'rapporteur', 'czar', 'tsar', 'point man'];

/** The side an office gives its holder, if the title names one of OFFICES. */
export function officeParty(title: string): string | undefined {
  const t = title.toLowerCase();
  for (const o of OFFICES) if (o.re.test(t)) return o.party;
  return undefined;
}

/**
 * Sentences saying a side talks only through mediators ("Hamas does not negotiate with Israel
 * face to face", "answers are passed through the Qatari and Egyptian mediators"), and the weaker
 * "indirect talks": who-leads quotes them for a side, rather than invent a roster. A direct
 * meeting ("met face to face") is no cue: only a denied one is.
 */
export const THROUGH_MEDIATORS_RE = /\b(?:through|via)\s+(?:[\w-]+\s+){0,4}mediators?\b/i;
export const NOT_FACE_TO_FACE_RE = /\b(?:not|never|no)\b[^.;]{0,40}?\b(?:face[\s-]to[\s-]face|directly|direct\s+(?:talks|negotiations|contact))\b/i;
export const INDIRECT_TALKS_RE = /\bindirect(?:ly)?\b/i;

/** What follows a side named as the go-between, not as a party: "Oman, which is mediating", "Qatari mediators", "hosted by". */
export const MEDIATOR_AFTER_RE = /^\s*(?:,\s*which\s+(?:is|was|has\s+been)\s+|and\s+\w+\s+)?(?:mediat|broker|go-between)/i;
/** What precedes a side named as the go-between or the venue: "mediated by Oman", "through Qatar", "in Muscat". */
export const MEDIATOR_BEFORE_RE = /\b(?:mediated\s+by|brokered\s+by|hosted\s+by|through|via|with\s+the\s+help\s+of|in|at)\s+(?:the\s+)?$/i;

/**
 * Words before a place where someone lives or works, which is no side of theirs ("a negotiator
 * based in Muscat", "in exile in Caracas", "who lives in Doha"): the last word, then the one
 * before it. A compound "Muscat-based" is the same reading (RESIDENCE_SUFFIX).
 */
export const RESIDENCE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['in', set('based exile exiled lives living resides residing resident stationed')],
]);
export const RESIDENCE_SUFFIX = /-based$/i;

/**
 * Words saying someone has left the post that made them their side's leader ("A, the chief
 * negotiator, had to resign", "stepped down", "was sacked"): a title in such a sentence is the
 * one they held, not a lead in the room now.
 */
export const LEFT_POST_RE = /\b(?:resign(?:s|ed|ing)?|step(?:s|ped|ping)\s+down|(?:was|were|been)\s+(?:dismissed|fired|sacked|ousted|removed))\b/i;
