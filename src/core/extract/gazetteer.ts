/**
 * The desk's knowledge of where: towns, resorts, palaces, hotels and bases that host talks, written
 * from general knowledge of where negotiations were held (2022–2026 and before) or are likely to be,
 * not from the labelled passages. Capitals come from the world-countries package (parties.ts); this
 * module holds every place name beyond them, each spelled once. places.ts reads it.
 *
 * What is left out, on purpose:
 * - names that are ordinary English words or common given names or surnames ("Nice", "Split",
 *   "Cork", "Reading", "Florence", "Sydney", "Darwin", "Livingstone", "Medina", "Jackson",
 *   "Austin", "Bender", "Toledo"): a person's name or a plain word must never read as a venue;
 * - the towns of a front line or of strikes, rallies and attacks ("Kharkiv", "Goma", "El Fasher",
 *   "Rafah", "Tel Aviv", "Isfahan", "Valdai", "Rawalpindi", western Ukraine's and Russia's cities
 *   hit by drones): copy names them for fighting, strikes and protests far more often than for
 *   talks, and a place nearest a talks word becomes the round's venue;
 * - hotel chains and generic venues ("Sheraton", "Ritz-Carlton", "Shangri-La", "State House"):
 *   one name, many cities;
 * - "format" names that stand before "talks" without naming a venue ("Normandy format talks").
 *
 * Each country is the party's name as parties.ts lists it (tests/extract/geo.test.ts checks it).
 */

/**
 * Cities that host talks but are not capitals, with their country (for merging "Saudi Arabia" and
 * "Jeddah"). The ask side's gazetteer of usual venues reads this list too.
 */
export const EXTRA_PLACES: Record<string, string> = {
  Jeddah: 'Saudi Arabia',
  Istanbul: 'Turkey',
  Antalya: 'Turkey',
  Geneva: 'Switzerland',
  Miami: 'United States',
  'Palm Beach': 'United States',
  'New York': 'United States',
  Anchorage: 'United States',
  Alaska: 'United States',
  Florida: 'United States',
  Dubai: 'United Arab Emirates',
  Sochi: 'Russia',
  'St Petersburg': 'Russia',
  'St. Petersburg': 'Russia',
  'Saint Petersburg': 'Russia',
  Munich: 'Germany',
  Davos: 'Switzerland',
  Minsk: 'Belarus',
  Gomel: 'Belarus',
  Brest: 'Belarus',
  Vatican: 'Vatican City',
  Odesa: 'Ukraine',
  Lviv: 'Ukraine',
  Bern: 'Switzerland',
  // Other negotiations' usual venues that are no capitals.
  'Sharm el-Sheikh': 'Egypt',
  'Hallandale Beach': 'United States',
  'Camp David': 'United States',
  'Belovezhskaya Pushcha': 'Belarus',
  Lausanne: 'Switzerland',
  Montreux: 'Switzerland',
  Zurich: 'Switzerland',
  Salalah: 'Oman',
  Aqaba: 'Jordan',
  'Dar es Salaam': 'Tanzania',
  Naqoura: 'Lebanon',
  'Port Sudan': 'Sudan',
  Putrajaya: 'Malaysia',
  // Seats of government that copy names as venues ("met Putin in the Kremlin", "talks at the White House").
  Kremlin: 'Russia',
  'White House': 'United States',
};

/**
 * The wider gazetteer: towns, resorts and sites where talks are held, by country. A site that is a
 * place of its own rather than a building in a town ("Chequers", "Bletchley Park", "Panmunjom")
 * stands here too.
 */
export const TOWNS: Readonly<Record<string, readonly string[]>> = {
  // The Gulf
  'Saudi Arabia': ['Mecca', 'Dhahran', 'AlUla', 'Taif', 'Dammam', 'Khobar', 'NEOM', 'Diriyah', 'Yanbu', 'Tabuk', 'Abha'],
  'United Arab Emirates': ['Sharjah', 'Ajman', 'Ras Al Khaimah', 'Fujairah', 'Al Ain'],
  Qatar: ['Lusail', 'Al Udeid', 'Al Wakrah'],
  Oman: ['Sohar', 'Nizwa', 'Duqm', 'Khasab'],
  Bahrain: ['Sakhir', 'Muharraq'],
  Kuwait: ['Jahra'],
  // The Levant, Iraq, Iran, Yemen
  Jordan: ['Irbid', 'Zarqa', 'Madaba'],
  Israel: [ 'Herzliya',],
  Lebanon: ['Baabda', 'Byblos', 'Jounieh',],
  Syria: [ 'Hmeimim',],
  Iraq: ['Erbil', 'Sulaymaniyah',],
  Iran: [ 'Kish Island',],
  Yemen: ['Aden', 'Mukalla'],
  // Turkey and the Caucasus
  Turkey: ['Izmir', 'Bodrum', 'Belek', 'Alanya', 'Mersin', 'Gaziantep', 'Konya', 'Trabzon', 'Bursa', 'Edirne', 'Adana', 'Incirlik', 'Marmaris', 'Dalaman', 'Kayseri', 'Erzurum'],
  Azerbaijan: ['Gabala', 'Shusha', 'Khankendi', 'Nakhchivan', 'Sumgait', 'Lankaran'],
  Armenia: ['Gyumri', 'Dilijan', 'Vanadzor', 'Jermuk'],
  Georgia: ['Batumi', 'Kutaisi', 'Gudauri'],
  // Egypt and North Africa
  Egypt: [ 'El Alamein', 'New Alamein', 'Ismailia', 'Port Said', 'Suez', 'Luxor', 'Aswan', 'Hurghada', 'El Arish', 'Taba', 'Ain Sokhna', 'Heliopolis'],
  Libya: ['Benghazi', 'Sirte', 'Misrata', 'Tobruk', 'Ghadames', 'Zintan', 'Sabha'],
  Tunisia: ['Djerba', 'Sousse', 'Hammamet', 'Sfax', 'Monastir'],
  Algeria: ['Oran',],
  Morocco: ['Marrakech', 'Casablanca', 'Tangier', 'Skhirat', 'Bouznika', 'Fez', 'Agadir', 'Laayoune', 'Dakhla'],
  // East and Central Africa, the Horn
  Kenya: ['Mombasa', 'Naivasha', 'Kisumu', 'Machakos', 'Nakuru', 'Gigiri'],
  Tanzania: ['Arusha', 'Zanzibar', 'Mwanza'],
  Uganda: ['Entebbe', 'Jinja', 'Gulu'],
  Rwanda: ['Gisenyi', 'Musanze'],
  Burundi: ['Bujumbura'],
  'DR Congo': ['Lubumbashi', 'Kisangani'],
  Ethiopia: [ 'Hawassa', 'Dire Dawa', 'Mekelle'],
  Somalia: ['Kismayo', 'Garowe', 'Hargeisa', 'Berbera'],
  Djibouti: ['Camp Lemonnier'],
  // West and Southern Africa
  Nigeria: ['Lagos',],
  'Ivory Coast': ['Abidjan'],
  Ghana: ['Kumasi'],
  Cameroon: ['Douala'],
  'Republic of the Congo': ['Pointe-Noire',],
  'South Africa': ['Johannesburg', 'Durban', 'Sun City', 'Sandton', 'Stellenbosch'],
  Zimbabwe: ['Bulawayo', 'Victoria Falls'],
  Zambia: ['Ndola', 'Kitwe'],
  Mozambique: ['Beira', 'Nampula', 'Pemba'],
  Namibia: ['Swakopmund', 'Walvis Bay'],
  Botswana: ['Francistown', 'Kasane'],
  Angola: ['Benguela', 'Lobito'],
  Madagascar: ['Toamasina'],
  // Switzerland, Austria, the conference towns of western Europe
  Switzerland: ['Bürgenstock', 'Lucerne', 'Lugano', 'Basel', 'Interlaken', 'Glion', 'Nyon', 'Crans-Montana', 'Mont Pèlerin', 'Locarno', 'Zermatt', 'Neuchâtel', 'Vevey', 'Fribourg', 'Gstaad', 'St Moritz'],
  Austria: ['Salzburg', 'Innsbruck', 'Graz', 'Linz', 'Alpbach'],
  Germany: ['Bonn', 'Hamburg', 'Frankfurt', 'Ramstein', 'Petersberg', 'Elmau', 'Garmisch-Partenkirchen', 'Meseberg', 'Heiligendamm', 'Potsdam', 'Dresden', 'Leipzig', 'Cologne', 'Düsseldorf', 'Stuttgart', 'Wiesbaden', 'Baden-Baden', 'Hanover', 'Nuremberg'],
  France: ['Versailles', 'Strasbourg', 'Marseille', 'Biarritz', 'Evian', 'Deauville', 'Cannes', 'Rambouillet', 'Brégançon', 'Bordeaux', 'Lille', 'Toulouse', 'Nantes', 'Chantilly', 'La Celle-Saint-Cloud'],
  'United Kingdom': ['Chequers', 'Edinburgh', 'Belfast', 'Glasgow', 'Cardiff', 'Manchester', 'Liverpool', 'Oxford', 'Bletchley Park', 'Northwood', 'Stormont', 'Blenheim Palace', 'Hillsborough Castle', 'Gleneagles', 'Carbis Bay',],
  Italy: ['Naples', 'Venice', 'Turin', 'Genoa', 'Bari', 'Borgo Egnazia', 'Taormina', 'Cernobbio', 'Palermo', 'Trieste', 'Bologna', 'Capri', 'Fiuggi', 'Castel Gandolfo'],
  Spain: ['Barcelona', 'Seville', 'Málaga', 'Granada', 'Bilbao', 'Marbella',],
  Portugal: ['Porto', 'Sintra', 'Cascais', 'Estoril'],
  Netherlands: ['The Hague', 'Rotterdam', 'Maastricht', 'Utrecht', 'Noordwijk'],
  Belgium: ['Antwerp', 'Bruges', 'Ghent', 'Mons', 'Leuven', 'Genval'],
  Luxembourg: ['Schengen'],
  Ireland: ['Galway'],
  Denmark: ['Aarhus', 'Odense', 'Elsinore', 'Helsingør'],
  Sweden: ['Gothenburg', 'Malmö', 'Uppsala', 'Rimbo', 'Harpsund', 'Saltsjöbaden'],
  Norway: [ 'Tromsø', 'Trondheim', 'Holmenkollen'],
  Finland: ['Turku', 'Tampere', 'Naantali', 'Kultaranta', 'Rovaniemi'],
  Iceland: ['Akureyri'],
  // Central and eastern Europe, the Balkans
  Poland: ['Kraków', 'Krakow', 'Rzeszów', 'Rzeszow', 'Gdańsk', 'Gdansk', 'Wrocław', 'Wroclaw', 'Łódź', 'Jasionka'],
  Czechia: ['Brno', 'Karlovy Vary'],
  Slovakia: ['Košice', 'Kosice'],
  Hungary: ['Debrecen', 'Esztergom'],
  Romania: ['Constanța', 'Constanta', 'Cluj-Napoca', 'Sibiu', 'Mamaia'],
  Bulgaria: ['Varna', 'Plovdiv', 'Burgas'],
  Greece: ['Thessaloniki', 'Corfu', 'Crete', 'Chania', 'Heraklion', 'Alexandroupolis', 'Psarades', 'Delphi'],
  Cyprus: ['Limassol', 'Larnaca', 'Paphos'],
  Malta: ['Mdina'],
  Serbia: ['Novi Sad',],
  'North Macedonia': ['Ohrid', 'Struga', 'Bitola'],
  Montenegro: ['Budva', 'Tivat', 'Kotor'],
  'Bosnia and Herzegovina': ['Mostar', 'Banja Luka', 'Brčko', 'Brcko'],
  Croatia: ['Dubrovnik', 'Brijuni', 'Zadar', 'Rijeka'],
  Slovenia: ['Bled', 'Brdo', 'Portorož', 'Portoroz', 'Maribor'],
  Albania: ['Durrës', 'Durres', 'Vlorë', 'Vlora', 'Shkodër', 'Shkoder'],
  Moldova: ['Tiraspol', 'Comrat', 'Bălți', 'Balti'],
  Belarus: ['Vitebsk', 'Grodno', 'Viskuli'],
  Russia: ['Kazan', 'Vladivostok', 'Novo-Ogaryovo', 'Bocharov Ruchei',],
  // Central Asia
  Kazakhstan: ['Almaty', 'Aktau', 'Shymkent', 'Burabay'],
  Uzbekistan: ['Samarkand', 'Bukhara', 'Termez', 'Khiva'],
  Kyrgyzstan: ['Cholpon-Ata', 'Osh', 'Issyk-Kul'],
  Tajikistan: ['Khujand'],
  Turkmenistan: ['Avaza', 'Turkmenbashi'],
  // South and East Asia
  Afghanistan: [ 'Herat', 'Mazar-i-Sharif', 'Bagram'],
  Pakistan: [ 'Murree'],
  India: ['Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Goa', 'Agra', 'Shimla', 'Mahabalipuram', 'Gandhinagar'],
  Bangladesh: ['Chittagong',],
  China: ['Shanghai', 'Guangzhou', 'Shenzhen', 'Tianjin', 'Hangzhou', "Xi'an", 'Chengdu', 'Wuhan', 'Xiamen', 'Qingdao', 'Boao', 'Beidaihe', 'Kunming', 'Nanning', 'Urumqi', 'Harbin', 'Dalian', 'Sanya', 'Zhongnanhai'],
  Japan: ['Osaka', 'Kyoto', 'Hiroshima', 'Nagasaki', 'Hokkaido', 'Okinawa', 'Nagoya', 'Kobe', 'Sapporo', 'Yokohama', 'Ise-Shima', 'Fukuoka'],
  'South Korea': ['Busan', 'Gyeongju', 'Incheon', 'Panmunjom', 'Jeju', 'Daegu', 'Pyeongtaek'],
  'North Korea': ['Wonsan', 'Sinuiju', 'Kaesong'],
  Taiwan: ['Kaohsiung', 'Taichung'],
  Vietnam: ['Ho Chi Minh City', 'Da Nang', 'Ha Long'],
  Cambodia: ['Siem Reap', 'Sihanoukville'],
  Thailand: ['Pattaya', 'Phuket', 'Chiang Mai', 'Hua Hin'],
  Myanmar: ['Yangon',],
  Malaysia: ['Penang', 'Langkawi', 'Kota Kinabalu', 'Johor Bahru'],
  Singapore: ['Sentosa'],
  Indonesia: ['Bali', 'Nusa Dua', 'Bandung', 'Surabaya', 'Yogyakarta', 'Labuan Bajo'],
  Philippines: ['Davao', 'Cotabato', 'Cebu'],
  'Sri Lanka': ['Kandy', 'Galle', 'Jaffna'],
  Nepal: ['Pokhara'],
  Maldives: ['Hulhumalé'],
  // The Americas
  'United States': [
    'West Palm Beach',
    'Bedminster',
    'Doral',
    'Annapolis',
    'Shepherdstown',
    'San Francisco',
    'Los Angeles',
    'Chicago',
    'Boston',
    'Seattle',
    'Honolulu',
    'Philadelphia',
    'Atlanta',
    'Las Vegas',
    'Tampa',
    'Fort Lauderdale',
    'Key Biscayne',
    'Aspen',
    'Sunnylands',
    'Rancho Mirage',
    'Kennebunkport',
    'Bretton Woods',
    'Jackson Hole',
    'Quantico',
    'Arlington',
    'Newark',
    'Fairbanks',
    'Juneau',
    'Maryland',
    'Texas',
    'California',
    'Hawaii',
    'New Jersey',
    'Virginia Beach',
    'Aventura',
    'Sunny Isles Beach',
    'Bal Harbour',
    'Coral Gables',
  ],
  Canada: ['Montreal', 'Toronto', 'Vancouver', 'Quebec City', 'Kananaskis', 'Charlevoix', 'Halifax', 'Calgary', 'Banff', 'Whistler'],
  Mexico: ['Cancún', 'Cancun', 'Monterrey', 'Guadalajara', 'Tijuana', 'Acapulco', 'Los Cabos'],
  Colombia: ['Cartagena', 'Medellín', 'Medellin', 'Cali', 'Barranquilla',],
  Venezuela: ['Maracaibo',],
  Cuba: ['Varadero', 'Santiago de Cuba'],
  Brazil: ['Rio de Janeiro', 'São Paulo', 'Sao Paulo', 'Belém', 'Belem', 'Manaus', 'Foz do Iguaçu'],
  Argentina: ['Mar del Plata', 'Bariloche', 'Ushuaia'],
  Chile: ['Valparaíso', 'Valparaiso', 'Viña del Mar'],
  Uruguay: ['Punta del Este'],
  Bolivia: ['La Paz', 'Santa Cruz de la Sierra', 'Cochabamba'],
  Ecuador: ['Guayaquil'],
  Peru: ['Cusco', 'Arequipa'],
  'Dominican Republic': ['Punta Cana'],
  // Oceania
  Australia: ['Melbourne', 'Brisbane', 'Perth'],
  'New Zealand': ['Auckland', 'Christchurch'],
};

/**
 * Abbreviations that open a place's name and are written with a full stop ("St. Petersburg",
 * "Mt. Hermon", "Ft. Lauderdale"): the stop is part of the name, which is looked up without it.
 */
export const PLACE_NAME_ABBREVIATIONS: readonly string[] = ['St', 'Ste', 'Mt', 'Ft', 'Pt'];

/**
 * Places whose name is also a common given name or surname ("Victoria Nuland", "Alexander Hamilton",
 * "Florence Parly"): read as a place only where no capitalised word follows (a surname would), and
 * never taken as a place by the readers that tell a person's name from a place's. Capitals of the
 * world-countries package among them are guarded too.
 */
export const PERSON_NAME_PLACES: readonly string[] = ['Victoria', 'Hamilton', 'Douglas', 'Kingston', 'Stanley', 'Jamestown', 'Plymouth', 'Georgetown', 'Florence', 'Sydney', 'Milan', 'Dayton', 'Lyon'];

/** Guarded places above that are no capitals, with their country. */
export const GUARDED_TOWNS: Record<string, string> = { Florence: 'Italy', Sydney: 'Australia', Milan: 'Italy', Dayton: 'United States', Lyon: 'France' };

/**
 * The states of the United States: read only after a town and a comma ("in Aventura, Florida", "SUNNY ISLES BEACH, Fla. (AP) —"),
 * where they tell that the town is in the United States. Never places on their own here ("Georgia",
 * "Washington" and "Virginia" are a country, a capital and a given name).
 */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
/** The wire services' abbreviations of the states, each written with its full stop ("Fla.", "N.Y."). */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn',
  'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla', 'Ore', 'Pa', 'R.I.', 'S.C.', 'S.D.', 'Tenn',
  'Tex', 'Vt', 'Va', 'Wash', 'W.Va.', 'Wis', 'Wyo', 'D.C.',
];

/** The city each seat of government above stands in, for comparing a round "in the Kremlin" with one "in Moscow". */
export const SEAT_CITY: Record<string, string> = { Kremlin: 'Moscow', 'White House': 'Washington' };

/**
 * Venues copy names instead of their city ("at Mar-a-Lago", "at Dolmabahce Palace", "at the Shell
 * Bay club"): each read as the city it is in, so the round is stored where a reader looks for it
 * and merges with the same round named by its city. The city must be a place of its own above (or
 * a capital).
 */
export const VENUE_CITY: Record<string, string> = {
  'Mar-a-Lago': 'Palm Beach',
  'Dolmabahce Palace': 'Istanbul',
  'Ciragan Palace': 'Istanbul',
  'Shell Bay': 'Hallandale Beach',
  'Villa Borsig': 'Berlin',
  'Lancaster House': 'London',
  'Elysee Palace': 'Paris',
  'Diriyah Palace': 'Riyadh',
  'State Department': 'Washington',
  // Rooms of a seat of government: read as the seat, so "the Oval Office meeting" is a round at the White House.
  'Oval Office': 'White House',
  'East Room': 'White House',
  'Cabinet Room': 'White House',
  'Roosevelt Room': 'White House',
  'Situation Room': 'White House',
  'Grand Kremlin Palace': 'Kremlin',
  // The United States
  'Blair House': 'Washington',
  Pentagon: 'Washington',
  'Joint Base Andrews': 'Washington',
  'Andrews Air Force Base': 'Washington',
  'Joint Base Elmendorf-Richardson': 'Anchorage',
  'Elmendorf-Richardson': 'Anchorage',
  'Elmendorf Air Force Base': 'Anchorage',
  'Wright-Patterson Air Force Base': 'Dayton',
  'Wright-Patterson': 'Dayton',
  'Trump National Doral': 'Doral',
  'Trump Tower': 'New York',
  'Waldorf Astoria New York': 'New York',
  'Filoli Estate': 'San Francisco',
  Filoli: 'San Francisco',
  'Wye River': 'Annapolis',
  'Wye Plantation': 'Annapolis',
  // Europe
  'Palais des Nations': 'Geneva',
  'Palace of Nations': 'Geneva',
  'Villa La Grange': 'Geneva',
  'Palais Wilson': 'Geneva',
  'Hotel President Wilson': 'Geneva',
  'InterContinental Geneva': 'Geneva',
  'Beau-Rivage Palace': 'Lausanne',
  'Bürgenstock Resort': 'Bürgenstock',
  'Palais Coburg': 'Vienna',
  Hofburg: 'Vienna',
  'Hofburg Palace': 'Vienna',
  'Peace Palace': 'The Hague',
  'Egmont Palace': 'Brussels',
  Berlaymont: 'Brussels',
  'Élysée Palace': 'Paris',
  Élysée: 'Paris',
  Elysee: 'Paris',
  Matignon: 'Paris',
  'Hotel Matignon': 'Paris',
  'Fort de Brégançon': 'Brégançon',
  'Downing Street': 'London',
  'Villa Madama': 'Rome',
  'Palazzo Chigi': 'Rome',
  Farnesina: 'Rome',
  'Quirinal Palace': 'Rome',
  Quirinale: 'Rome',
  'Apostolic Palace': 'Vatican',
  'Ramstein Air Base': 'Ramstein',
  'Schloss Meseberg': 'Meseberg',
  'Finlandia Hall': 'Helsinki',
  'Höfði House': 'Reykjavik',
  'Hofdi House': 'Reykjavik',
  'Mariinsky Palace': 'Kyiv',
  'Konstantinovsky Palace': 'Saint Petersburg',
  'Dolmabahçe Palace': 'Istanbul',
  'Çırağan Palace': 'Istanbul',
  'Vahdettin Pavilion': 'Istanbul',
  'Vahdettin Mansion': 'Istanbul',
  'Yildiz Palace': 'Istanbul',
  'Yıldız Palace': 'Istanbul',
  Beştepe: 'Ankara',
  Bestepe: 'Ankara',
  // The Gulf and the Middle East
  'Al Yamamah Palace': 'Riyadh',
  'Al-Yamamah Palace': 'Riyadh',
  'Erga Palace': 'Riyadh',
  'Al Salam Palace': 'Jeddah',
  'Al-Salam Palace': 'Jeddah',
  'Qasr Al Watan': 'Abu Dhabi',
  'Qasr Al Shati': 'Abu Dhabi',
  'Emirates Palace': 'Abu Dhabi',
  'Burj Al Arab': 'Dubai',
  'Al Bustan Palace': 'Muscat',
  'Bayan Palace': 'Kuwait City',
  'Ittihadiya Palace': 'Cairo',
  'Al-Ittihadiya Palace': 'Cairo',
  'Baabda Palace': 'Baabda',
  'Ain el-Tineh': 'Beirut',
  'Grand Serail': 'Beirut',
  'Hotel Humboldt': 'Caracas',
  'Humboldt Hotel': 'Caracas',
  'Miraflores Palace': 'Caracas',
  'Casa Rosada': 'Buenos Aires',
  'Los Pinos': 'Mexico City',
  'Palacio de Miraflores': 'Caracas',
  'Palacio de la Revolución': 'Havana',
  'El Laguito': 'Havana',
  'Casa de Nariño': 'Bogotá',
  'Palacio de Nariño': 'Bogotá',
  Itamaraty: 'Brasília',
  'Palácio do Planalto': 'Brasília',
  // Europe again: residences and ministries that host talks
  'Villa Taverna': 'Rome',
  'Villa Pamphilj': 'Rome',
  'Casa Santa Marta': 'Vatican',
  Rosenbad: 'Stockholm',
  'Palacio de Santa Cruz': 'Madrid',
  'Winfield House': 'London',
  'Schloss Bellevue': 'Berlin',
  'Bellevue Palace': 'Berlin',
  Bundeskanzleramt: 'Berlin',
  'Hotel Adlon': 'Berlin',
  // The Gulf and the Levant again
  'Al Bahr Palace': 'Abu Dhabi',
  'Safa Palace': 'Mecca',
  'Bayt Al Barakah': 'Muscat',
  'Lusail Palace': 'Lusail',
  'Amiri Diwan': 'Doha',
  'Raghadan Palace': 'Amman',
  'Al Husseiniya Palace': 'Amman',
  // Asia and Africa
  'Akasaka Palace': 'Tokyo',
  Kantei: 'Tokyo',
  'Blue House': 'Seoul',
  'Cheong Wa Dae': 'Seoul',
  Malacañang: 'Manila',
  'Malacañang Palace': 'Manila',
  'Rashtrapati Bhavan': 'New Delhi',
  'Hyderabad House': 'New Delhi',
  'Sofitel Legend Metropole': 'Hanoi',
  'Kenyatta International Convention Centre': 'Nairobi',
  Munyonyo: 'Kampala',
  'Diaoyutai State Guesthouse': 'Beijing',
  Diaoyutai: 'Beijing',
  'Peace House': 'Panmunjom',
  'Marina Bay Sands': 'Singapore',
  'Union Buildings': 'Pretoria',
  'Al Udeid Air Base': 'Al Udeid',
  'Incirlik Air Base': 'Incirlik',
  'Hmeimim Air Base': 'Hmeimim',
  'Bagram Air Base': 'Bagram',
};

/**
 * Other spellings of a place above or of a capital: read as a place of their own (so a round keeps
 * the name its copy wrote) that compares equal to the place they spell ("Kiev" and "Kyiv").
 */
export const SPELLINGS: Record<string, string> = {
  Kiev: 'Kyiv',
  Odessa: 'Odesa',
  'St Petersburg': 'Saint Petersburg',
  'St. Petersburg': 'Saint Petersburg',
  Hague: 'The Hague',
  'Al-Ula': 'AlUla',
  Luzern: 'Lucerne',
  'Evian-les-Bains': 'Evian',
  Buergenstock: 'Bürgenstock',
  'Nur-Sultan': 'Astana',
  'Alma-Ata': 'Almaty',
  Ulaanbaatar: 'Ulan Bator',
  Sanaa: "Sana'a",
  Marrakesh: 'Marrakech',
  Naypyitaw: 'Naypyidaw',
  'Nay Pyi Taw': 'Naypyidaw',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh City',
  Danang: 'Da Nang',
  Bengaluru: 'Bangalore',
  Simla: 'Shimla',
  Chattogram: 'Chittagong',
  Rubavu: 'Gisenyi',
  'Novo-Ogarevo': 'Novo-Ogaryovo',
  'El-Alamein': 'El Alamein',
  Alamein: 'El Alamein',
  'Ras Naqoura': 'Naqoura',
  Sharm: 'Sharm el-Sheikh',
  'Schloss Elmau': 'Elmau',
  'Al Khobar': 'Khobar',
  Arish: 'El Arish',
  Rio: 'Rio de Janeiro',
};
