import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DealType, PartyRole } from '../db/models';
import { defaultMatcher } from '../detect/dictionary';
import { evaluateExtraction, type LabelledSentence } from './evaluate';
import { extractDeals, extractDealsInSteps, splitSentences, summarise } from './extract';

const matcher = defaultMatcher();
const extract = (text: string, published = '2016-06-01') =>
  extractDeals(text, { matcher, published }).map((d) => ({
    type: d.type,
    parties: d.parties.map((p) => `${p.role}:${p.companyId}`),
    summary: d.summary,
    quantity: d.quantity,
    value: d.value,
    announced: d.announced,
    status: d.status,
  }));

describe('extractDeals', () => {
  it('keeps a deal called off, as cancelled, without the date it was called off', () => {
    const read = (text: string) =>
      extract(text, '2026-11-20').map((d) => [d.type, d.parties.join(' '), d.status, d.announced ?? null]);
    expect(read("Nvidia's deal to buy Arm collapsed in February.")).toEqual([
      ['acquisition', 'buyer:nvidia target:arm', 'cancelled', null],
    ]);
    // A deal a regulator blocks often goes ahead after all (Microsoft and Activision): nothing.
    expect(read("Nvidia's deal to buy Arm was blocked by regulators.")).toEqual([]);
    expect(read('Nvidia terminated its agreement to acquire Arm on Tuesday.')[0]?.slice(1, 3)).toEqual([
      'buyer:nvidia target:arm',
      'cancelled',
    ]);
    expect(read('Nissan and Honda ended their merger talks.')).toEqual([
      ['merger', 'partner:nissan partner:honda', 'cancelled', null],
    ]);
    expect(
      read(
        "Adobe and Figma on Monday abandoned Adobe's planned $20 billion takeover of the design software company.",
      ),
    ).toEqual([['acquisition', 'buyer:adobe target:figma', 'cancelled', null]]);
    expect(read('Getty Images dropped its main copyright claims against Stability AI.')[0]?.[2]).toBe(
      'cancelled',
    );
    // Not a deal ended, nor one held up and then closed.
    expect(read('Microsoft ended the quarter with a deal to buy Activision.')[0]?.[2]).not.toBe('cancelled');
    expect(
      read("Broadcom's takeover of VMware was blocked in China for a year before it closed.")[0]?.[2],
    ).not.toBe('cancelled');
    expect(read("The FTC sued to block Microsoft's acquisition of Activision.")).toEqual([]);
  });

  it('reads the deals of a blind set it missed (d9)', () => {
    const read = (text: string, published = '2026-11-20') =>
      extract(text, published).map((d) => [d.type, d.parties.join(' '), d.status]);
    // "In March, it ...": the company the sentence before named.
    expect(
      read(
        'Salesforce reported quarterly results on Wednesday. In March, it agreed to buy Informatica for about $8 billion.',
      ),
    ).toEqual([['acquisition', 'buyer:salesforce target:informatica', 'announced']]);
    expect(
      read('Broadcom agreed to settle the patent suits it had filed against Netflix, the companies said.'),
    ).toEqual([['settlement', 'plaintiff:broadcom defendant:netflix', 'announced']]);
    // What unnamed sources tell is rumoured.
    expect(
      read(
        "Samsung will supply OLED panels for Apple's next iPhone, according to people familiar with the matter.",
      )[0]?.[2],
    ).toBe('rumoured');
    expect(read('Mars To Buy Pringles Maker Kellanova In $36 Billion Deal')).toEqual([
      ['acquisition', 'buyer:mars-inc target:kellanova', 'announced'],
    ]);
    expect(read('Stellantis and CATL will build a battery plant in Spain as a 50:50 joint venture.')).toEqual(
      [['partnership', 'partner:stellantis partner:catl', 'announced']],
    );
    expect(
      read('DS Smith agreed to an all-share takeover by International Paper worth about £5.8 billion.'),
    ).toEqual([['acquisition', 'buyer:international-paper target:ds-smith', 'announced']]);
    // A former owner before the site is not its seller when the sentence names one.
    expect(
      read('Foxconn bought the former General Motors car plant in Lordstown, Ohio, from Lordstown Motors.'),
    ).toEqual([['asset-purchase', 'buyer:foxconn seller:lordstown-motors', 'completed']]);
  });

  it('suggests the takeover of a company the gazetteer does not know, named as written (ux8)', () => {
    const read = (text: string) => extract(text, '2026-11-20').map((d) => [d.parties.join(' '), d.summary]);
    expect(read('Nvidia has agreed to acquire Tel Aviv-based Luminet for about $700 million.')).toEqual([
      ['buyer:nvidia target:unlisted:Luminet', 'Nvidia agreed to acquire Luminet'],
    ]);
    expect(read('Pfizer will acquire obesity biotech Halcyon Therapeutics for $1.1 billion.')).toEqual([
      ['buyer:pfizer target:unlisted:Halcyon Therapeutics', 'Pfizer agreed to acquire Halcyon Therapeutics'],
    ]);
    // Bought things and places are no companies.
    expect(read('MicroStrategy bought Bitcoin for $1 billion.')).toEqual([]);
    expect(read('Tesla will buy Texas land for a factory.')).toEqual([]);
    expect(read('Apple bought Vision Pro parts from suppliers.')).toEqual([]);
  });

  it('reads the deals of blind set d10 it missed', () => {
    const read = (text: string, published = '2026-11-20') =>
      extract(text, published).map((d) => [d.type, d.parties.join(' '), d.status, d.announced ?? null]);
    // Talks as reported are a rumoured deal; denied, none.
    expect(
      read('Alphabet is in advanced talks to acquire HubSpot, according to people familiar with the matter.'),
    ).toEqual([['acquisition', 'buyer:alphabet target:hubspot', 'rumoured', null]]);
    expect(read('Qualcomm has approached Intel about a possible takeover.')[0]?.[2]).toBe('rumoured');
    expect(read('Microsoft denied it was in talks to acquire Nokia.')).toEqual([]);
    expect(
      read('Intel agreed to sell a 51% stake in its programmable-chip unit Altera to Silver Lake.'),
    ).toEqual([['divestiture', 'seller:intel target:altera buyer:silver-lake', 'announced', null]]);
    expect(
      read(
        'Intel said on Wednesday it had terminated its planned $5.4 billion purchase of Tower Semiconductor.',
      ),
    ).toEqual([['acquisition', 'buyer:intel target:tower-semiconductor', 'cancelled', null]]);
    expect(read('Nvidia To Acquire Israeli Chip Startup Quorvant For $700 Million')).toEqual([
      ['acquisition', 'buyer:nvidia target:unlisted:Quorvant', 'announced', null],
    ]);
    expect(
      read('Oracle has closed its acquisition of Brightseam, a data start-up it agreed to buy in October.'),
    ).toEqual([['acquisition', 'buyer:oracle target:unlisted:Brightseam', 'completed', '2026-10']]);
    expect(
      read(
        'UnitedHealth Group reported a drop in profit. The company also said it had agreed to buy Ternary Health.',
      ),
    ).toEqual([
      ['acquisition', 'buyer:unitedhealth-group target:unlisted:Ternary Health', 'announced', null],
    ]);
    expect(read('Snowflake bought Arclight last week for about $60 million.', '2024-10-20')[0]?.[3]).toBe(
      '2024-10',
    );
    // Another company's purchase, named by a description, is not the subject's.
    expect(
      read(
        "A Delaware jury sided with Qualcomm in a lawsuit Arm had brought over the chipmaker's 2021 purchase of Nuvia.",
      ),
    ).toEqual([]);
  });

  it('reads the deals of blind set d11 it missed', () => {
    const read = (text: string) =>
      extract(text, '2026-11-20').map((d) => [d.type, d.parties.join(' '), d.status]);
    // "block" the noun and "its own shares" in an exchange offer kill no deal.
    expect(read('Chevron acquired Hess, which owns a stake in a Guyana oil block.')).toEqual([
      ['acquisition', 'buyer:chevron target:hess', 'completed'],
    ]);
    expect(
      read('Microsoft agreed to buy Activision through an exchange offer for its own shares.'),
    ).toHaveLength(1);
    expect(read('Apple bought back $10 billion of its own shares.')).toEqual([]);
    // A company the gazetteer does not know, bought in the passive.
    expect(
      read('Brightwell Analytics, a Denver start-up, has agreed to be acquired by Oracle for $900 million.'),
    ).toEqual([['acquisition', 'buyer:oracle target:unlisted:Brightwell Analytics', 'announced']]);
    expect(
      read('Pixelhaven, the studio behind the indie hit Lantern Drift, has been acquired by Ubisoft.'),
    ).toEqual([['acquisition', 'buyer:ubisoft target:unlisted:Pixelhaven', 'completed']]);
    expect(read('Apple agreed to pay Qualcomm for a six-year licence to its patents.')).toEqual([
      ['licence', 'licensee:apple licensor:qualcomm', 'announced'],
    ]);
    expect(read('The planned merger between Honda and Nissan was called off in February.')).toEqual([
      ['merger', 'partner:honda partner:nissan', 'cancelled'],
    ]);
  });

  it('reads the status and date of a deal from its own clause (ux8)', () => {
    const read = (text: string) =>
      extract(text, '2026-11-20').map((d) => [d.parties.join(' '), d.status, d.announced ?? null]);
    // Told in a clause about an earlier event: that event's status and date.
    expect(
      read("The deal is Nvidia's third acquisition in Israel since it bought Mellanox in 2020."),
    ).toEqual([['buyer:nvidia target:mellanox', 'completed', '2020']]);
    // A relative clause about the deal dates it but does not make it pending.
    expect(
      read(
        'AMD said it had completed its purchase of ZT Systems, which it agreed to buy last year for $4.9 billion.',
      ),
    ).toEqual([['buyer:amd target:zt-systems', 'completed', '2025']]);
    expect(read('Broadcom, which bought VMware last year, reported higher software sales.')).toEqual([
      ['buyer:broadcom target:vmware', 'completed', '2025'],
    ]);
    // One about something else does neither.
    expect(read('Micron sued Netlist, which lost a case last year.')).toEqual([
      ['plaintiff:micron-technology defendant:netlist', 'announced', null],
    ]);
  });

  it('keeps a lawsuit filed under way until it is decided or dropped', () => {
    const status = (text: string) => extract(text, '2026-11-20')[0]?.status;
    expect(status('Micron sued Netlist on Monday, accusing it of patent infringement.')).toBe('announced');
    expect(status('Netlist filed a lawsuit against Micron in Texas on Tuesday.')).toBe('announced');
    expect(status('Micron sued Netlist, which lost a case last year.')).toBe('announced');
    expect(status('Masimo sued Apple in 2020; a jury found Apple liable in 2023.')).toBe('completed');
    expect(status('Epic Games won its lawsuit against Google in December.')).toBe('completed');
  });

  it('reads a unit bought from its owner, a stake in a unit sold, and a partnership struck', () => {
    const [lab] = extract(
      'Siemens said on Tuesday it had agreed to acquire a small simulation laboratory from Altair Engineering for €310 million.',
    );
    expect(lab).toMatchObject({
      type: 'asset-purchase',
      parties: ['buyer:siemens', 'seller:altair-engineering'],
      summary: "Siemens agreed to buy Altair Engineering's small simulation laboratory",
      value: { amount: 310_000_000, currency: 'EUR' },
    });
    const [stake] = extract(
      'Reckitt sold a 15% stake in its infant-nutrition business to Nestle for £700 million.',
    );
    expect(stake?.summary).toBe('Reckitt sold a 15% stake in its infant-nutrition business to Nestlé');
    const [made] = extract(
      'Moderna also struck a manufacturing partnership with Lonza, which will make the vaccine.',
    );
    expect(made).toMatchObject({ type: 'partnership', parties: ['partner:moderna', 'partner:lonza'] });
  });

  it('reads every buyer of a list, units "of" their owner, passives and settlements of suits brought by others', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.parties.join(' ')]);
    expect(
      read(
        'A consortium of Brookfield, GIC and Temasek agreed to buy Network International for $2.6 billion.',
      ),
    ).toEqual([['acquisition', 'buyer:brookfield buyer:gic buyer:temasek target:network-international']]);
    expect(read('Google and Samsung Electronics bought 2,400 patents from HTC.')).toEqual([
      ['patent-purchase', 'buyer:alphabet buyer:samsung-electronics seller:htc'],
    ]);
    // A list that is not the subject adds nobody.
    expect(read('Unlike Apple, Google bought Fitbit.')).toEqual([
      ['acquisition', 'buyer:alphabet target:fitbit'],
    ]);
    expect(read('Lenovo agreed to buy the server unit of Inventec for $1.2 billion.')).toEqual([
      ['asset-purchase', 'buyer:lenovo seller:inventec'],
    ]);
    // A company's name before one of its sites names the seller, not the company bought.
    expect(read('Shell agreed to buy a BP refinery in Germany for $1.2 billion.')).toEqual([
      ['asset-purchase', 'buyer:shell seller:bp'],
    ]);
    expect(read('TotalEnergies bought two Shell terminals in Nigeria.')[0]?.[1]).toBe(
      'buyer:totalenergies seller:shell',
    );
    expect(read('More than 3,000 patents held by BlackBerry were sold to Huawei for $600 million.')).toEqual([
      ['patent-purchase', 'seller:blackberry buyer:huawei'],
    ]);
    expect(read('Databricks closed a $1.1 billion Series D led by Thrive Capital in May.')).toEqual([
      ['investment', 'investor:thrive-capital target:databricks'],
    ]);
    expect(
      read('Sony agreed to pay $250 million to settle a lawsuit brought by Nintendo over patents.'),
    ).toEqual([['settlement', 'defendant:sony plaintiff:nintendo']]);
    // The full stop of "Inc." does not end the deal phrase.
    expect(read('Meta Platforms will pay Snap Inc. $90 million to resolve its patent suit.')).toEqual([
      ['settlement', 'defendant:meta plaintiff:snap'],
    ]);
    expect(read('The boards of Telia and Telenor approved a merger of equals on Sunday.')).toEqual([
      ['merger', 'partner:telia partner:telenor'],
    ]);
  });

  it('reads lawsuits about scraping, subjects of a relative clause, units of names in "\'s", and more verbs', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.parties.join(' '), d.summary]);
    // "screen-scraping" is no scrapped deal.
    expect(
      read('Ryanair filed a lawsuit against Booking Holdings, accusing it of screen-scraping its fares.'),
    ).toEqual([['lawsuit', 'plaintiff:ryanair defendant:booking-holdings', 'Ryanair sued Booking Holdings']]);
    expect(
      read('Talks ended and the deal was scrapped, Ryanair said of its bid for Booking Holdings.'),
    ).toEqual([]);
    expect(
      read("'A new chapter,' said the chief executive of Carlsberg, which agreed to buy Britvic.")[0]?.[1],
    ).toBe('buyer:carlsberg target:britvic');
    expect(read("NatWest completed the purchase of Sainsbury's banking business.")).toEqual([
      ['asset-purchase', 'buyer:natwest seller:sainsburys', "NatWest bought Sainsbury's banking business"],
    ]);
    expect(read("Zurich Insurance agreed to buy UBS's Swiss life-insurance portfolio.")[0]?.[2]).toBe(
      "Zurich Insurance Group agreed to buy UBS's Swiss life-insurance portfolio",
    );
    expect(read("Tencent will publish Sega Sammy's Sonic games in mainland China.")[0]?.[0]).toBe(
      'distribution',
    );
    expect(read('Sanofi settled the patent suit Amgen had filed over Praluent.')[0]?.[1]).toBe(
      'defendant:sanofi plaintiff:amgen',
    );
    // The company securing the rights is the licensee.
    expect(
      read('Tencent Music renewed its licensing deal with Sony, securing streaming rights in China.')[0]?.[1],
    ).toBe('licensee:tencent-music-entertainment licensor:sony');
  });

  it('reads across legal suffixes the names leave out, bare possessives, and accusations in court', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.parties.join(' ')]);
    expect(read('DSV A/S agreed to acquire DB Schenker from Deutsche Bahn for €14.3 billion.')).toEqual([
      ['acquisition', 'buyer:dsv target:db-schenker seller:deutsche-bahn'],
    ]);
    expect(
      read('Eli Lilly & Co. (LLY) said it would buy Akero Therapeutics for about $1.2 billion.'),
    ).toEqual([['acquisition', 'buyer:eli-lilly target:akero-therapeutics']]);
    expect(read("Mitsubishi Electric agreed to buy Siemens' low-voltage motors business.")).toEqual([
      ['asset-purchase', 'buyer:mitsubishi-electric seller:siemens'],
    ]);
    expect(
      read("KKR & Co. Inc. will buy Telecom Italia's fixed-line network for up to €22 billion."),
    ).toEqual([['asset-purchase', 'buyer:kkr seller:telecom-italia']]);
    expect(
      read('In a complaint filed in Delaware, Fortinet accused Zscaler of infringing six patents.'),
    ).toEqual([['lawsuit', 'plaintiff:fortinet defendant:zscaler']]);
    // Not dated by a plan for later this year.
    expect(
      extract('Uber teamed up with Baidu to deploy robotaxis starting later this year.')[0]?.announced,
    ).toBeUndefined();
  });

  it('reads past what a target is and whose or where it is, and more ways to say a venture or a licence', () => {
    const cases: [string, string, string[]][] = [
      [
        'Qatar Investment Authority has acquired a 7% stake in Brazilian digital bank Nubank for $1.1 billion.',
        'investment',
        ['investor:qatar-investment-authority', 'target:nubank'],
      ],
      [
        'SoftBank Group bought a 12% stake in Indian food-delivery company Swiggy on Wednesday.',
        'investment',
        ['investor:softbank', 'target:swiggy'],
      ],
      [
        "Petrobras agreed to supply crude oil to India's Reliance Industries under a one-year contract.",
        'partnership',
        ['partner:petrobras', 'partner:reliance-industries'],
      ],
      [
        "Dutch lender ABN Amro and Belgium's KBC will merge in an all-share deal.",
        'merger',
        ['partner:abn-amro', 'partner:kbc'],
      ],
      [
        "Volkswagen said it had licensed Gotion High-Tech's cell design for production in Salzgitter.",
        'licence',
        ['licensor:gotion-high-tech', 'licensee:volkswagen'],
      ],
      [
        'Tata Motors has set up a 50:50 joint venture with Chery Automobile to make electric SUVs.',
        'partnership',
        ['partner:tata-motors', 'partner:chery'],
      ],
      [
        'Samsung SDI and General Motors will invest $3.5 billion in a joint venture to build a battery plant.',
        'partnership',
        ['partner:samsung-sdi', 'partner:general-motors'],
      ],
      [
        'Nvidia announced a partnership with Toyota on Monday.',
        'partnership',
        ['partner:nvidia', 'partner:toyota'],
      ],
      [
        'Mitsubishi UFJ Financial Group completed its purchase of a 20% stake in Yes Bank.',
        'investment',
        ['investor:mufg', 'target:yes-bank'],
      ],
      ['SoftBank has taken a stake in Nubank.', 'investment', ['investor:softbank', 'target:nubank']],
      [
        "SoftBank Group agreed to invest $3 billion in Intel's contract manufacturing business.",
        'investment',
        ['investor:softbank', 'target:intel'],
      ],
      [
        'Kering, the owner of Gucci, agreed on Tuesday to buy Prada for €1.7 billion.',
        'acquisition',
        ['buyer:kering', 'target:prada'],
      ],
    ];
    for (const [text, type, parties] of cases)
      expect(extract(text)[0], text).toMatchObject({ type, parties });
    const more: [string, string, string[]][] = [
      [
        'Darktrace was bought by private equity firm Thoma Bravo for $5.3 billion.',
        'acquisition',
        ['buyer:thoma-bravo', 'target:darktrace'],
      ],
      [
        'Shares of Broadcom Inc. hit a record on Thursday, two years after it bought VMware for $69 billion.',
        'acquisition',
        ['buyer:broadcom', 'target:vmware'],
      ],
      [
        "Nissan's merger with Honda was approved by shareholders on Tuesday.",
        'merger',
        ['partner:nissan', 'partner:honda'],
      ],
      [
        "BP's onshore wind business in the US was sold to Shell, BP said on Monday.",
        'divestiture',
        ['seller:bp', 'buyer:shell'],
      ],
      [
        'Micron Technology has bought two chip factories in Taiwan from TSMC for NT$8.1 billion.',
        'asset-purchase',
        ['buyer:micron-technology', 'seller:tsmc'],
      ],
      [
        'Saudi Aramco and TotalEnergies signed an agreement on Monday to build a petrochemical complex.',
        'partnership',
        ['partner:saudi-aramco', 'partner:totalenergies'],
      ],
      [
        'Mastercard agreed to pay £350m to settle interchange fee claims brought by Nokia.',
        'settlement',
        ['defendant:mastercard', 'plaintiff:nokia'],
      ],
    ];
    // What a deal's own words describe is not read as a description of the company.
    more.push(
      [
        'UBS agreed to take over its long-troubled rival Credit Suisse for 3 billion Swiss francs.',
        'acquisition',
        ['buyer:ubs', 'target:credit-suisse'],
      ],
      [
        'Liberty Global said it had agreed to sell its Swiss operator Sunrise Communications to Swisscom.',
        'divestiture',
        ['seller:liberty-global', 'target:sunrise-communications', 'buyer:swisscom'],
      ],
    );
    for (const [text, type, parties] of more) expect(extract(text)[0], text).toMatchObject({ type, parties });
    // The amount invested, not the valuation; and each deal's own clause's figures.
    expect(
      extract(
        'Mistral AI was valued at €11.7 billion after a €1.7 billion funding round led by Dutch chip maker ASML.',
      )[0],
    ).toMatchObject({
      type: 'investment',
      parties: ['investor:asml', 'target:mistral-ai'],
      value: { amount: 1.7e9 },
    });
    const two = extract(
      "Alphabet's Google agreed to buy cybersecurity firm Wiz for $32 billion, while Microsoft said it would invest $1.5bn in Abu Dhabi's G42.",
    );
    expect(two.map((d) => [d.type, d.value?.amount])).toEqual(
      expect.arrayContaining([
        ['acquisition', 32e9],
        ['investment', 1.5e9],
      ]),
    );
    const d7: [string, string, string[]][] = [
      [
        'Shares of Salesforce Inc. rose 3% in late trading. It agreed to buy data-management firm Informatica for about $8 billion.',
        'acquisition',
        ['buyer:salesforce', 'target:informatica'],
      ],
      [
        'Cadence Design Systems, Inc. (NASDAQ: CDNS) today announced that it has entered into a definitive agreement to acquire Altair Engineering Inc. for $1.9 billion in cash.',
        'acquisition',
        ['buyer:cadence-design-systems', 'target:altair-engineering'],
      ],
      [
        'Darktrace Bought By Thoma Bravo For $5.3 Billion',
        'acquisition',
        ['buyer:thoma-bravo', 'target:darktrace'],
      ],
      [
        'Nestle Completes $36 Billion Kellanova Takeover After EU Nod',
        'acquisition',
        ['buyer:nestle', 'target:kellanova'],
      ],
      [
        'Nippon Steel Clinches U.S. Steel In $14.9 Bln Deal',
        'acquisition',
        ['buyer:nippon-steel', 'target:us-steel'],
      ],
      [
        'Hargreaves Lansdown has agreed to be taken over by a consortium led by CVC Capital Partners for £5.4 billion.',
        'acquisition',
        ['buyer:cvc-capital-partners', 'target:hargreaves-lansdown'],
      ],
      [
        'CK Hutchison agreed to sell its ports business outside China to a group led by BlackRock and MSC.',
        'divestiture',
        ['seller:ck-hutchison', 'buyer:blackrock', 'buyer:msc'],
      ],
      [
        'Novo Nordisk signed an agreement with CVS Health to distribute Wegovy through CVS pharmacies.',
        'distribution',
        ['partner:novo-nordisk', 'partner:cvs-health'],
      ],
      [
        'Microsoft invested $1.5 billion in Abu Dhabi-based G42 for a minority stake.',
        'investment',
        ['investor:microsoft', 'target:g42'],
      ],
      [
        'Vistra agreed to buy power plants from NRG Energy for $1.9 billion.',
        'asset-purchase',
        ['buyer:vistra', 'seller:nrg-energy'],
      ],
    ];
    for (const [text, type, parties] of d7) expect(extract(text)[0], text).toMatchObject({ type, parties });
    const d8: [string, string, string[]][] = [
      [
        'Pilbara Minerals signed a binding offtake agreement on Wednesday to supply spodumene to Ganfeng Lithium.',
        'partnership',
        ['partner:pilbara-minerals', 'partner:ganfeng-lithium'],
      ],
      [
        'Shares of Darktrace rose. On Friday the company agreed to be bought by private equity firm Thoma Bravo.',
        'acquisition',
        ['buyer:thoma-bravo', 'target:darktrace'],
      ],
      [
        "Arm Holdings' newest CPU designs have been licensed by Samsung Electronics Co. for its Exynos processors.",
        'licence',
        ['licensor:arm', 'licensee:samsung-electronics'],
      ],
      [
        "Lithium hydroxide from Albemarle Corp.'s Kemerton plant will be supplied to Ford Motor Co. under an offtake deal.",
        'partnership',
        ['partner:albemarle', 'partner:ford-motor'],
      ],
      [
        'A 4.9% stake in Commerzbank AG was acquired by UniCredit SpA from the German government.',
        'investment',
        ['investor:unicredit', 'target:commerzbank'],
      ],
      [
        'A patent infringement lawsuit was filed against Micron Technology Inc. on Friday by memory-module maker Netlist Inc.',
        'lawsuit',
        ['defendant:micron-technology', 'plaintiff:netlist'],
      ],
      [
        'Roche Holding AG has licensed rights to an obesity drug from Danish biotech Zealand Pharma A/S.',
        'licence',
        ['licensor:zealand-pharma', 'licensee:roche'],
      ],
      [
        'Rio Tinto and China Baowu Steel Group will develop the Western Range project in an A$2 billion joint venture.',
        'partnership',
        ['partner:rio-tinto', 'partner:china-baowu-steel'],
      ],
      [
        "Nvidia Corp., Microsoft Corp. and SoftBank Group Corp. invested in Mistral AI's €1.7 billion funding round.",
        'investment',
        ['investor:nvidia', 'investor:microsoft', 'investor:softbank', 'target:mistral-ai'],
      ],
    ];
    for (const [text, type, parties] of d8) expect(extract(text)[0], text).toMatchObject({ type, parties });
    // A deal a regulator is reviewing is not recorded from that sentence; "It" without a company
    // before it stands for none.
    expect(
      extract("The regulator said it is reviewing Getty Images' proposed merger with Shutterstock."),
    ).toEqual([]);
    expect(extract('It agreed to buy Informatica for about $8 billion.')).toEqual([]);
    // A purchase in an opening participle: its buyer is the subject that says so.
    expect(
      extract(
        'Acquiring roughly 600 wireless patents from Nokia, Huawei said on Thursday it had paid ¥30 billion.',
      )[0],
    ).toMatchObject({ type: 'patent-purchase', parties: ['seller:nokia', 'buyer:huawei'] });
    expect(extract('After buying 500 patents from Kodak, Apple said it was pleased.')[0]?.parties).toEqual([
      'seller:eastman-kodak',
      'buyer:apple',
    ]);
    // A licence the subject grants is still read as such.
    expect(extract("Qualcomm licensed its patents to China's Xiaomi.")[0]).toMatchObject({
      type: 'licence',
      parties: ['licensor:qualcomm', 'licensee:xiaomi'],
    });
  });

  it('takes no status or date from a clause about an earlier deal', () => {
    const [bentley] = extract(
      "Siemens agreed on Tuesday to buy Bentley Systems for €9.1 billion in cash, the German group's biggest software purchase since it bought Mentor Graphics.",
    );
    expect(bentley).toMatchObject({ status: 'announced', announced: '2016-05-31' });
    const [qualtrics] = extract(
      'SAP said it had sold its remaining 12% stake in Qualtrics to Silver Lake for $1.1 billion, ending a relationship that began when SAP bought the survey company in 2018.',
    );
    expect(qualtrics).toMatchObject({ parties: ['seller:sap', 'target:qualtrics', 'buyer:silver-lake'] });
    expect(qualtrics?.announced).toBeUndefined();
  });

  it('reads the patent purchase of the demo article, with its figures', () => {
    const [deal] = extract(
      'Xiaomi has bought about 1,500 patents from Microsoft, the two companies said on Wednesday.',
    );
    expect(deal).toEqual({
      type: 'patent-purchase',
      parties: ['buyer:xiaomi', 'seller:microsoft'],
      summary: 'Xiaomi bought about 1,500 patents from Microsoft',
      quantity: 1500,
      value: undefined,
      // "said on Wednesday" in an article of Wednesday 1 June 2016.
      announced: '2016-06-01',
      status: 'completed',
    });
  });

  it('attributes descriptive phrases through the whole article', () => {
    const text =
      'Microsoft sold patents last year. Separately, Xiaomi said the Redmond company has agreed to sell 200 patents to it.';
    expect(extract(text).map((d) => d.parties)).toEqual([]);
    const article =
      'Microsoft and Xiaomi met. The Redmond company agreed to sell 200 patents to Xiaomi last year.';
    expect(extract(article)).toEqual([
      expect.objectContaining({
        type: 'patent-purchase',
        parties: ['seller:microsoft', 'buyer:xiaomi'],
        quantity: 200,
        announced: '2015',
      }),
    ]);
  });

  it.each([
    'Microsoft denied it was in talks to acquire Nokia.',
    'Apple could acquire Netflix, analysts said.',
    'Apple bought back $10 billion of its own shares from investors, including Berkshire Hathaway.',
    'Adobe walked away from its plan to acquire Figma.',
    'Samsung is considering a bid for NXP.',
    'Microsoft and Google compete in cloud computing.',
    'Shareholders urged Intel to sell its stake in Mobileye to a private equity firm.',
    "Disney's takeover by Comcast was never on the cards.",
    "Walmart bought Flipkart's rival for $2 billion.",
    "Walmart took a minority stake in Flipkart's rival.",
    "Apple will pay $32 billion for Microsoft's rival.",
    'A judge may order Apple to pay Masimo.',
    'Apple, which might buy Netflix, said sales rose.',
    "Apple's possible lawsuit against Samsung could come next year.",
    'A potential takeover of Intel by Qualcomm was discussed.',
    'Investors who bought Apple shares also bought Microsoft.',
    'Intel sold more processors than AMD last quarter.',
    'Microsoft, which is said to be weighing options, could buy GitHub.',
    'Apple and Samsung compete; Apple and Samsung make phones together less often.',
    'The regulator ordered Microsoft to sell its stake in Nokia to Samsung.',
    'Investors paid $50 for Nvidia shares.',
    'Amazon will buy Boeing jets for its cargo fleet.',
    'Microsoft buys Nvidia chips for its data centres.',
    'Microsoft signed a deal for Nvidia chips.',
    'Microsoft offered to buy Yahoo for $44.6 billion.',
    'Microsoft made a $44.6 billion offer for Yahoo.',
    'Investors sold Apple and bought Microsoft in the last quarter, fund filings show.',
    "Walmart's Flipkart competes with Amazon in India.",
    'Samsung overtook Apple as the largest smartphone seller in the quarter.',
    'Toshiba said it could accept a takeover offer from Japan Industrial Partners.',
    // Longer than any news sentence: a list run together without full stops.
    `Microsoft agreed to buy GitHub ${'and Apple, Google, Samsung, Sony '.repeat(25)}`,
    'Toshiba rejected a takeover offer from Japan Industrial Partners.',
  ])('suggests nothing for "%s"', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('reads each clause that begins with a company, with its own figures', () => {
    expect(
      extract('Microsoft invested $13 billion in OpenAI, and Google invested $2 billion in Anthropic.').map(
        (d) => [d.parties, d.value?.amount],
      ),
    ).toEqual([
      [['investor:microsoft', 'target:openai'], 13_000_000_000],
      [['investor:alphabet', 'target:anthropic'], 2_000_000_000],
    ]);
    expect(
      extract('Apple sued Samsung in 2011; Samsung countersued Apple weeks later.').map((d) => d.parties),
    ).toEqual([
      ['plaintiff:apple', 'defendant:samsung-electronics'],
      ['plaintiff:samsung-electronics', 'defendant:apple'],
    ]);
    // A clause with one company, or a hedge in its own clause.
    expect(extract('Microsoft bought GitHub, and Google said nothing.').length).toBe(1);
    expect(
      extract('Microsoft bought GitHub, but Google could buy Activision Blizzard.').map((d) => d.parties),
    ).toEqual([['buyer:microsoft', 'target:github']]);
  });

  it.each([
    ['Microsoft to buy Activision Blizzard for $68.7 billion in cash.', 'activision-blizzard'],
    ['Cisco struck a deal to buy Splunk for about $28 billion.', 'splunk'],
    ['Alphabet will pay $32 billion for Wiz, its largest acquisition ever.', 'wiz'],
    [
      'Hawaiian Airlines has agreed to be acquired by Alaska Air Group for $1.9 billion.',
      'hawaiian-airlines',
    ],
  ])('reads a headline "to", a struck deal, a price paid and a passive: "%s"', (text, target) => {
    expect(extract(text).map((d) => [d.type, d.parties.find((p) => p.startsWith('target:'))])).toEqual([
      ['acquisition', `target:${target}`],
    ]);
  });

  it.each([
    [
      'Apple and Qualcomm agreed to drop all litigation worldwide.',
      'settlement',
      ['plaintiff:apple', 'defendant:qualcomm'],
    ],
    [
      'Nokia signed a patent licence agreement with Samsung.',
      'licence',
      ['licensor:nokia', 'licensee:samsung-electronics'],
    ],
    [
      'Microsoft agreed to pay Nokia 5.44 billion euros for its handset business.',
      'asset-purchase',
      ['buyer:microsoft', 'seller:nokia'],
    ],
    [
      "Disney is buying Comcast's 33% stake in Hulu.",
      'divestiture',
      ['buyer:disney', 'target:hulu', 'seller:comcast'],
    ],
    [
      'Capital One won approval to buy Discover Financial.',
      'acquisition',
      ['buyer:capital-one', 'target:discover-financial'],
    ],
    [
      'Hewlett Packard Enterprise closed its $14 billion deal for Juniper Networks.',
      'acquisition',
      ['buyer:hewlett-packard-enterprise', 'target:juniper-networks'],
    ],
    ['AMD signed a deal to supply chips to OpenAI.', 'partnership', ['partner:amd', 'partner:openai']],
    [
      'Oracle and OpenAI agreed a $300 billion cloud contract.',
      'partnership',
      ['partner:oracle', 'partner:openai'],
    ],
    [
      'Netflix licensed shows from Warner Bros. Discovery.',
      'licence',
      ['licensor:warner-bros-discovery', 'licensee:netflix'],
    ],
    [
      'SoftBank sold its entire stake in Nvidia for $5.8 billion.',
      'divestiture',
      ['seller:softbank', 'target:nvidia'],
    ],
    [
      'Anthropic raised $13 billion in a round led by Iconiq.',
      'investment',
      ['investor:iconiq', 'target:anthropic'],
    ],
    [
      'Amazon completed its $4 billion investment in Anthropic.',
      'investment',
      ['investor:amazon', 'target:anthropic'],
    ],
    [
      'Apple signed a multiyear deal with Broadcom for 5G components.',
      'partnership',
      ['partner:apple', 'partner:broadcom'],
    ],
    [
      'Apple won a $1 billion patent verdict against Samsung.',
      'lawsuit',
      ['plaintiff:apple', 'defendant:samsung-electronics'],
    ],
    [
      'Hellman & Friedman and Permira agreed to buy Zendesk.',
      'acquisition',
      ['buyer:hellman-friedman', 'buyer:permira', 'target:zendesk'],
    ],
    ['Broadcom completes VMware deal.', 'acquisition', ['buyer:broadcom', 'target:vmware']],
    ['Splunk agrees $28 billion takeover by Cisco.', 'acquisition', ['buyer:cisco', 'target:splunk']],
    [
      'Amazon inks deal with Rivian for electric vans.',
      'partnership',
      ['partner:amazon', 'partner:rivian-automotive-inc-de'],
    ],
    ['Arm countersued Qualcomm.', 'lawsuit', ['plaintiff:arm', 'defendant:qualcomm']],
    [
      'Oracle lost its copyright lawsuit against Google.',
      'lawsuit',
      ['plaintiff:oracle', 'defendant:alphabet'],
    ],
    [
      'Nokia agreed to license its video patents to Amazon.',
      'licence',
      ['licensor:nokia', 'licensee:amazon'],
    ],
    ['IBM plans to acquire HashiCorp for $6.4 billion.', 'acquisition', ['buyer:ibm', 'target:hashicorp']],
    [
      'Johnson & Johnson will spin off its consumer health business as Kenvue.',
      'divestiture',
      ['seller:johnson-and-johnson', 'target:kenvue'],
    ],
    ['IBM spun off Kyndryl in 2021.', 'divestiture', ['seller:ibm', 'target:kyndryl-holdings']],
    [
      "Kellanova's shareholders approved the sale to Mars.",
      'acquisition',
      ['buyer:mars-inc', 'target:kellanova'],
    ],
    [
      'The acquisition of Whole Foods by Amazon closed.',
      'acquisition',
      ['buyer:amazon', 'target:whole-foods-market'],
    ],
    ['LinkedIn, acquired by Microsoft, has grown.', 'acquisition', ['buyer:microsoft', 'target:linkedin']],
    [
      'Instagram, which Facebook bought for $1 billion, has grown.',
      'acquisition',
      ['buyer:meta', 'target:instagram'],
    ],
    [
      'Microsoft-backed OpenAI is valued at $157 billion.',
      'investment',
      ['investor:microsoft', 'target:openai'],
    ],
    [
      'Berkshire Hathaway holds a stake of about 6% in Apple.',
      'investment',
      ['investor:berkshire-hathaway', 'target:apple'],
    ],
    ['Anthropic received $2 billion from Google.', 'investment', ['investor:alphabet', 'target:anthropic']],
    ['Dell completed its merger with Microsoft.', 'merger', ['partner:dell', 'partner:microsoft']],
    [
      'Apple will pay Qualcomm an undisclosed sum to license its patents.',
      'licence',
      ['licensee:apple', 'licensor:qualcomm'],
    ],
    ['A jury ordered Apple to pay Masimo $634 million.', 'lawsuit', ['defendant:apple', 'plaintiff:masimo']],
    ['Epic Games took Apple to court.', 'lawsuit', ['plaintiff:epic-games', 'defendant:apple']],
    ['Masimo won a ruling against Apple.', 'lawsuit', ['plaintiff:masimo', 'defendant:apple']],
    ['Apple picks up Canadian AI startup Shazam.', 'acquisition', ['buyer:apple', 'target:shazam']],
    [
      "Tencent will sell Nintendo's Switch in mainland China.",
      'distribution',
      ['partner:tencent', 'partner:nintendo'],
    ],
    [
      'Google parent Alphabet agrees to buy Wiz for $32 billion',
      'acquisition',
      ['buyer:alphabet', 'target:wiz'],
    ],
    [
      'Stellantis said it would work with CATL to build a battery plant in Spain.',
      'partnership',
      ['partner:stellantis', 'partner:catl'],
    ],
    [
      'The London Stock Exchange agreed to buy Refinitiv for $27 billion.',
      'acquisition',
      ['buyer:london-stock-exchange-group', 'target:refinitiv'],
    ],
    [
      'Toyota and Suzuki formed a capital alliance in 2019.',
      'partnership',
      ['partner:toyota', 'partner:suzuki-motor'],
    ],
    ['Renault took control of Nissan in 1999.', 'acquisition', ['buyer:renault', 'target:nissan']],
    [
      'Vonage is to be bought by Ericsson for $6.2 billion.',
      'acquisition',
      ['buyer:ericsson', 'target:vonage'],
    ],
    [
      'Fiat Chrysler merged with PSA to form Stellantis.',
      'merger',
      ['partner:fiat-chrysler', 'partner:groupe-psa'],
    ],
    // A company named Block is no blocked deal.
    ['Block agreed to buy Afterpay for $29 billion.', 'acquisition', ['buyer:block', 'target:afterpay']],
    [
      'Google was sued by Epic Games over its app store rules.',
      'lawsuit',
      ['defendant:alphabet', 'plaintiff:epic-games'],
    ],
    [
      "Microsoft's stake in OpenAI is worth about $135 billion.",
      'investment',
      ['investor:microsoft', 'target:openai'],
    ],
    [
      "Apple is Samsung's biggest customer for OLED displays.",
      'partnership',
      ['partner:apple', 'partner:samsung-electronics'],
    ],
    ["Nvidia invests $2 billion in Elon Musk's xAI", 'investment', ['investor:nvidia', 'target:xai']],
    [
      'Mitsubishi UFJ bought a 20% stake in the Indian lender Yes Bank.',
      'investment',
      ['investor:mufg', 'target:yes-bank'],
    ],
    [
      'Boeing agrees to buy back Spirit AeroSystems for $4.7 billion',
      'acquisition',
      ['buyer:boeing', 'target:spirit-aerosystems-holdings'],
    ],
    [
      'Novo Holdings, the controlling shareholder of Novo Nordisk, is buying Catalent.',
      'acquisition',
      ['buyer:novo-holdings', 'target:catalent'],
    ],
    [
      'Samsung Electronics has been supplying memory chips to Apple for its iPhones.',
      'partnership',
      ['partner:samsung-electronics', 'partner:apple'],
    ],
    [
      'The agreement gives Microsoft, which already owns a large stake in OpenAI, new rights.',
      'investment',
      ['investor:microsoft', 'target:openai'],
    ],
    [
      'Amazon, which first invested in Anthropic in 2023, said it would put in another $4 billion.',
      'investment',
      ['investor:amazon', 'target:anthropic'],
    ],
    [
      'In a filing on Friday, Alphabet disclosed that it had invested $2 billion in Anthropic.',
      'investment',
      ['investor:alphabet', 'target:anthropic'],
    ],
    ['Sony said it was buying a 10% stake in Kadokawa.', 'investment', ['investor:sony', 'target:kadokawa']],
    [
      'Shareholders of Splunk will receive $157 a share in cash under the takeover by Cisco.',
      'acquisition',
      ['target:splunk', 'buyer:cisco'],
    ],
    [
      'Toshiba said it had accepted a takeover offer from a consortium led by Japan Industrial Partners.',
      'acquisition',
      ['target:toshiba', 'buyer:japan-industrial-partners'],
    ],
    [
      'The lawsuit, which Epic Games filed against Apple in 2020, went to trial.',
      'lawsuit',
      ['plaintiff:epic-games', 'defendant:apple'],
    ],
    [
      'Qualcomm and Apple, which had fought over royalties for two years, said they had agreed to settle.',
      'settlement',
      ['plaintiff:qualcomm', 'defendant:apple'],
    ],
    [
      "Xiaomi, which has been shipping phones with Microsoft's Office apps since 2016, said sales rose.",
      'preinstall',
      ['licensor:microsoft', 'licensee:xiaomi'],
    ],
    [
      "Verizon will offer Apple's TV+ service to its customers.",
      'distribution',
      ['partner:verizon', 'partner:apple'],
    ],
    [
      'Arrow Electronics became the exclusive distributor of Intel processors.',
      'distribution',
      ['partner:arrow-electronics', 'partner:intel'],
    ],
    [
      'Ingram Micro signed a distribution agreement with Nvidia.',
      'distribution',
      ['partner:ingram-micro-holding', 'partner:nvidia'],
    ],
    [
      "Samsung phones will ship with Microsoft's Office apps.",
      'preinstall',
      ['licensor:microsoft', 'licensee:samsung-electronics'],
    ],
    ["Amazon's Alexa will be built into BMW's cars.", 'preinstall', ['licensor:amazon', 'licensee:bmw']],
    [
      "Spotify will be the default music service on Samsung's TVs.",
      'preinstall',
      ['licensor:spotify', 'licensee:samsung-electronics'],
    ],
    [
      "Microsoft and Samsung agreed to license each other's patents.",
      'cross-licence',
      ['partner:microsoft', 'partner:samsung-electronics'],
    ],
    ['Intel sold thousands of patents to Apple.', 'patent-purchase', ['seller:intel', 'buyer:apple']],
    [
      'Microsoft, which has been trying for years to catch up with Amazon, said on Monday that it had agreed to buy GitHub.',
      'acquisition',
      ['buyer:microsoft', 'target:github'],
    ],
    [
      'Samsung and Apple, which have fought over phone designs in courts on four continents, agreed to drop all patent lawsuits.',
      'settlement',
      ['plaintiff:samsung-electronics', 'defendant:apple'],
    ],
    ['Alphabet will pay $2.1 billion to buy Fitbit.', 'acquisition', ['buyer:alphabet', 'target:fitbit']],
    [
      'Intel said it had completed the sale of its NAND memory business to SK Hynix.',
      'divestiture',
      ['seller:intel', 'buyer:sk-hynix'],
    ],
    [
      'Sony and Microsoft said they would work together on cloud gaming.',
      'partnership',
      ['partner:sony', 'partner:microsoft'],
    ],
    ['Shares of Chevron rose after it agreed to buy Hess.', 'acquisition', ['buyer:chevron', 'target:hess']],
    [
      "Oracle's lawsuit against Google reached the Supreme Court.",
      'lawsuit',
      ['plaintiff:oracle', 'defendant:alphabet'],
    ],
    [
      'The companies said that Qualcomm would receive royalties from Huawei under the new licence.',
      'licence',
      ['licensor:qualcomm', 'licensee:huawei'],
    ],
    [
      'Nokia said on Tuesday that Microsoft would pay it 5.44 billion euros for its handset business.',
      'asset-purchase',
      ['buyer:microsoft', 'seller:nokia'],
    ],
    [
      'Sony said that it would license the PlayStation brand to LG.',
      'licence',
      ['licensor:sony', 'licensee:lg-electronics'],
    ],
    [
      "Microsoft's planned acquisition of Activision Blizzard cleared its last hurdle.",
      'acquisition',
      ['buyer:microsoft', 'target:activision-blizzard'],
    ],
    [
      "Alphabet, Google's parent, led a $1.5 billion round in Anthropic.",
      'investment',
      ['investor:alphabet', 'target:anthropic'],
    ],
    [
      'Samsung, the largest maker of memory chips, has agreed to supply Nvidia with memory.',
      'partnership',
      ['partner:samsung-electronics', 'partner:nvidia'],
    ],
    [
      'Meta Platforms and Ray-Ban maker EssilorLuxottica extended their partnership.',
      'partnership',
      ['partner:meta', 'partner:essilorluxottica'],
    ],
    [
      'Arm, which is majority owned by SoftBank, licenses its designs to Apple.',
      'licence',
      ['licensor:arm', 'licensee:apple'],
    ],
    [
      'Microsoft and OpenAI have renegotiated their partnership.',
      'partnership',
      ['partner:microsoft', 'partner:openai'],
    ],
    [
      'Stellantis and Samsung SDI will build a second battery plant together.',
      'partnership',
      ['partner:stellantis', 'partner:samsung-sdi'],
    ],
    [
      "Samsung will supply OLED panels for Apple's foldable iPhone.",
      'partnership',
      ['partner:samsung-electronics', 'partner:apple'],
    ],
    [
      "TSMC will make chips for Intel's next laptop processors.",
      'partnership',
      ['partner:tsmc', 'partner:intel'],
    ],
    [
      'A consortium including Blackstone and Vista Equity Partners will take Smartsheet private.',
      'acquisition',
      ['buyer:blackstone', 'buyer:vista-equity-partners', 'target:smartsheet'],
    ],
    [
      "Chevron's $53 billion deal for Hess was delayed by an arbitration case.",
      'acquisition',
      ['buyer:chevron', 'target:hess'],
    ],
    [
      'Google agreed to pay Epic Games to settle the antitrust case.',
      'settlement',
      ['defendant:alphabet', 'plaintiff:epic-games'],
    ],
    [
      'Apple agreed to pay Masimo to end the patent dispute.',
      'settlement',
      ['defendant:apple', 'plaintiff:masimo'],
    ],
  ])('reads "%s"', (text, type, parties) => {
    expect(extract(text).map((d) => [d.type, d.parties])).toEqual([[type, parties]]);
  });

  it('gives a page back between sentences and finds the same deals', async () => {
    const text = [
      'Microsoft agreed to buy LinkedIn for $26.2 billion.',
      'Analysts said the deal was large.',
      'Xiaomi bought about 1,500 patents from Microsoft.',
      'Apple sued Samsung.',
    ].join(' ');
    let pauses = 0;
    const stepped = await extractDealsInSteps(
      text,
      { matcher, published: '2016-06-01' },
      async () => {
        pauses++;
      },
      0,
    );
    expect(stepped).toEqual(extractDeals(text, { matcher, published: '2016-06-01' }));
    expect(stepped).toHaveLength(3);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'TSMC makes chips for Apple, Nvidia and AMD at its factories in Taiwan.',
    'Microsoft made a bid for Activision Blizzard in 2022.',
    'Apple makes the case for privacy in its adverts, unlike Google.',
    'Samsung makes chips for its own phones and for Qualcomm.',
  ])("takes a maker's standing customers, a bid or a case for no deal: %s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('reads a sale someone said would happen as announced', () => {
    expect(
      extract(
        "Broadcom, which bought VMware last year, said it would sell the unit's end-user computing business to KKR.",
      ).map((d) => [d.type, d.status, d.parties]),
    ).toEqual([['divestiture', 'announced', ['seller:broadcom', 'buyer:kkr']]]);
  });

  it('keeps a plan without a price a maybe', () => {
    expect(extract('Apple plans to buy more chips from TSMC.')).toEqual([]);
    expect(extract('Apple plans to acquire Netflix, people said.')).toEqual([]);
  });

  it('says what changed hands in a stake sale, with or without a buyer', () => {
    expect(extract('SoftBank sold its remaining shares in T-Mobile US.').map((d) => d.summary)).toEqual([
      'SoftBank sold its remaining shares in T-Mobile US',
    ]);
    expect(extract('Intel sold a 51% stake in Altera to Silver Lake.').map((d) => d.summary)).toEqual([
      'Intel sold a 51% stake in Altera to Silver Lake',
    ]);
    expect(extract('IBM will spin off Kyndryl.').map((d) => d.summary)).toEqual([
      'IBM agreed to divest Kyndryl Holdings',
    ]);
    expect(extract('IBM spun off Kyndryl.').map((d) => [d.status, d.summary])).toEqual([
      ['completed', 'IBM divested Kyndryl Holdings'],
    ]);
    // Headlines report a completion in the present tense; a price paid is a deal done.
    expect(extract('Pfizer completes $43 billion purchase of Seagen').map((d) => d.status)).toEqual([
      'completed',
    ]);
    expect(extract('Microsoft paid $7.5 billion for GitHub in 2018.').map((d) => d.status)).toEqual([
      'completed',
    ]);
    expect(extract('Microsoft will pay $7.5 billion for GitHub.').map((d) => d.status)).toEqual([
      'announced',
    ]);
  });

  it('reads stakes built, rounds led, co-investors and the remaining shares bought', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.status, d.parties, d.summary]);
    expect(read('Elliott Management has built a stake of more than $2.5 billion in Honeywell.')).toEqual([
      [
        'investment',
        'completed',
        ['investor:elliott-management', 'target:honeywell-technologies'],
        'Elliott Management invested in Honeywell',
      ],
    ]);
    expect(read('Coatue and Index Ventures invested in AI21 Labs.')).toEqual([
      [
        'investment',
        'completed',
        ['investor:coatue', 'investor:index-ventures', 'target:ai21-labs'],
        'Coatue Management and Index Ventures invested in AI21 Labs',
      ],
    ]);
    expect(read('SoftBank Vision Fund led a $1 billion investment in Wayve.')).toEqual([
      ['investment', 'completed', ['investor:softbank', 'target:wayve'], 'SoftBank invested in Wayve'],
    ]);
    expect(read("Benchmark led Uber's first venture round.")).toEqual([
      [
        'investment',
        'completed',
        ['investor:benchmark-capital', 'target:uber'],
        'Benchmark invested in Uber',
      ],
    ]);
    expect(read("Delivery Hero agreed to buy Glovo's remaining shares.")).toEqual([
      [
        'acquisition',
        'announced',
        ['buyer:delivery-hero', 'target:glovo'],
        'Delivery Hero agreed to acquire Glovo',
      ],
    ]);
    expect(read('Toyota bought all of the remaining shares of Daihatsu.')).toEqual([
      ['acquisition', 'completed', ['buyer:toyota', 'target:daihatsu'], 'Toyota acquired Daihatsu'],
    ]);
    // Two buyers are both in the summary.
    expect(extract('Blackstone and Vista Equity Partners will take Smartsheet private.')[0]?.summary).toBe(
      'Blackstone and Vista Equity Partners agreed to acquire Smartsheet',
    );
    // A stake in no named company, and rounds led in general, are no deal.
    expect(read('Citadel Securities bought a stake in a small trading firm.')).toEqual([]);
    expect(read('Sequoia Capital and Thrive Capital have led several rounds in the startup.')).toEqual([]);
  });

  it('reads every company of a list the deal phrase ends on, and co-investors named after a round', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.parties]);
    expect(read('Nvidia has invested in both Mistral AI and Cohere this year.')).toEqual([
      ['investment', ['investor:nvidia', 'target:mistral-ai', 'target:cohere']],
    ]);
    expect(read('SoftBank invested in Uber, Grab and DoorDash in its first fund.')).toEqual([
      ['investment', ['investor:softbank', 'target:uber', 'target:grab', 'target:doordash']],
    ]);
    expect(
      read(
        'Anthropic raised $13 billion in a round led by Iconiq, with Fidelity and Lightspeed Venture Partners also taking part.',
      ),
    ).toEqual([
      [
        'investment',
        [
          'investor:iconiq',
          'target:anthropic',
          'investor:fidelity-investments',
          'investor:lightspeed-venture-partners',
        ],
      ],
    ]);
    expect(
      read(
        'OpenAI closed a $40 billion round led by Thrive Capital, which also drew money from Microsoft, Nvidia and SoftBank.',
      ),
    ).toEqual([
      [
        'investment',
        [
          'investor:thrive-capital',
          'target:openai',
          'investor:microsoft',
          'investor:nvidia',
          'investor:softbank',
        ],
      ],
    ]);
    expect(extract('Salesforce agreed to buy Slack and Tableau for $40 billion.')[0]?.summary).toBe(
      'Salesforce agreed to acquire Slack and Tableau',
    );
    // A company that starts a clause of its own is not on the list; one that is the source of the
    // news is no party.
    expect(read('Microsoft bought Activision Blizzard and Alphabet sold Verily.')).toEqual([
      ['acquisition', ['buyer:microsoft', 'target:activision-blizzard']],
    ]);
    expect(read('Apple bought a headphone maker last year, Samsung said.')).toEqual([]);
  });

  it('reads going private, a purchase in a participle, a stake trimmed and a company spun off or separated', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.status, d.parties, d.summary]);
    expect(read('Walgreens agreed to be taken private by Sycamore Partners.')).toEqual([
      [
        'acquisition',
        'announced',
        ['buyer:sycamore-partners', 'target:walgreens-boots-alliance'],
        'Sycamore Partners agreed to acquire Walgreens',
      ],
    ]);
    expect(read('Pfizer, having bought Seagen for $43 billion in 2023, is now cutting costs.')).toEqual([
      ['acquisition', 'completed', ['buyer:pfizer', 'target:seagen'], 'Pfizer acquired Seagen'],
    ]);
    expect(read('Berkshire Hathaway trimmed its holding in Apple for a second quarter.')).toEqual([
      [
        'divestiture',
        'completed',
        ['seller:berkshire-hathaway', 'target:apple'],
        'Berkshire Hathaway sold part of its holding in Apple',
      ],
    ]);
    expect(read('PayPal became an independent company after being spun off from eBay in 2015.')).toEqual([
      ['divestiture', 'completed', ['seller:ebay', 'target:paypal'], 'eBay divested PayPal'],
    ]);
    expect(
      read('Johnson & Johnson completed the separation of its consumer health business, Kenvue.'),
    ).toEqual([
      [
        'divestiture',
        'completed',
        ['seller:johnson-and-johnson', 'target:kenvue'],
        'Johnson & Johnson divested Kenvue',
      ],
    ]);
    expect(read('Johnson & Johnson completed the separation of Kenvue.')).toEqual([
      [
        'divestiture',
        'completed',
        ['seller:johnson-and-johnson', 'target:kenvue'],
        'Johnson & Johnson divested Kenvue',
      ],
    ]);
    expect(
      read('OpenAI signed a $300 billion cloud computing deal with Oracle.').map(([type]) => type),
    ).toEqual(['partnership']);
    expect(
      read('Nippon Telegraph and Telephone will spend about ¥2.4 trillion to take full control of NTT Data.'),
    ).toEqual([
      ['acquisition', 'announced', ['buyer:ntt', 'target:ntt-data'], 'NTT agreed to acquire NTT Data'],
    ]);
  });

  it('reads a price paid for a business or for patents, the deal as the subject, and a licence signed with', () => {
    const read = (text: string) => extract(text).map((d) => [d.type, d.parties]);
    expect(read("Microsoft has agreed to pay $7.2 billion for Nokia's handset business.")).toEqual([
      ['asset-purchase', ['buyer:microsoft', 'seller:nokia']],
    ]);
    expect(read("Google agreed to buy part of HTC's smartphone team for $1.1 billion.")).toEqual([
      ['asset-purchase', ['buyer:alphabet', 'seller:htc']],
    ]);
    expect(read('Microsoft paid $1.06 billion for about 800 patents owned by AOL.')).toEqual([
      ['patent-purchase', ['buyer:microsoft', 'seller:aol']],
    ]);
    expect(read('The deal for Google to acquire Fitbit closed in January.')).toEqual([
      ['acquisition', ['buyer:alphabet', 'target:fitbit']],
    ]);
    expect(read('Nokia signed a patent licence with Apple covering its mobile inventions.')).toEqual([
      ['licence', ['licensor:nokia', 'licensee:apple']],
    ]);
    // Completed despite an attempt to stop it; a deal blocked stays no deal.
    expect(
      read(
        "AT&T completed its takeover of Time Warner after a federal judge rejected the government's attempt to block it.",
      ),
    ).toEqual([['acquisition', ['buyer:at-and-t', 'target:time-warner']]]);
    expect(read('AT&T agreed to buy Time Warner, but a judge blocked the deal.')).toEqual([]);
    // The rights go to the subject.
    expect(
      read(
        'Netflix signed a licensing deal with Disney giving it exclusive streaming rights to Disney films.',
      ),
    ).toEqual([['licence', ['licensee:netflix', 'licensor:disney']]]);
  });

  it('says which business changed hands', () => {
    expect(extract("Disney is buying Comcast's remaining stake in Hulu.").map((d) => d.summary)).toEqual([
      'Comcast agreed to sell its remaining stake in Hulu to Disney',
    ]);
    expect(extract("Lenovo took over IBM's PC division.").map((d) => d.summary)).toEqual([
      "Lenovo bought IBM's PC division",
    ]);
    expect(extract("Qualcomm is acquiring NXP's automotive unit.").map((d) => d.summary)).toEqual([
      "Qualcomm agreed to buy NXP Semiconductors' automotive unit",
    ]);
    expect(
      extract('Intel agreed to sell its NAND memory business to SK Hynix.').map((d) => d.summary),
    ).toEqual(['Intel agreed to sell its NAND memory business to SK Hynix']);
  });

  it('reads a partnership extended or renewed', () => {
    expect(
      extract('Microsoft and OpenAI extended their partnership.').map((d) => [d.type, d.parties]),
    ).toEqual([['partnership', ['partner:microsoft', 'partner:openai']]]);
  });

  it('splits sentences without breaking numbers or abbreviations', () => {
    expect(
      splitSentences(
        'Xiaomi Corp. paid $2.9 billion. Then U.S. regulators looked.\nNext paragraph here.',
      ).map((s) => s.text),
    ).toEqual(['Xiaomi Corp. paid $2.9 billion.', 'Then U.S. regulators looked.', 'Next paragraph here.']);
    // Initials before a capital ("U.S. Steel", "J.P. Morgan") end no sentence either.
    expect(
      splitSentences(
        'Nippon Steel completed its purchase of U.S. Steel in June. J.P. Morgan advised it.',
      ).map((s) => s.text),
    ).toEqual(['Nippon Steel completed its purchase of U.S. Steel in June.', 'J.P. Morgan advised it.']);
    expect(
      extract('Nippon Steel completed its acquisition of U.S. Steel for $14.9 billion.').map(
        (d) => d.parties,
      ),
    ).toEqual([['buyer:nippon-steel', 'target:us-steel']]);
  });
});

describe('summarise', () => {
  const party = (name: string, role: PartyRole) => ({ companyId: name.toLowerCase(), name, role });
  it('names the companies and the kind of deal when the usual roles are missing', () => {
    // A reader adding a deal by hand may pick any two roles.
    const deal = (type: DealType, a: PartyRole, b: PartyRole) =>
      summarise({ type, parties: [party('Intel', a), party('Altera', b)], status: 'completed' });
    expect(deal('divestiture', 'seller', 'target')).toBe('Intel divested Altera');
    expect(deal('divestiture', 'seller', 'buyer')).toBe('Intel sold a business to Altera');
    expect(deal('divestiture', 'partner', 'partner')).toBe('Intel and Altera: divestiture');
    expect(deal('acquisition', 'buyer', 'seller')).toBe('Intel and Altera: acquisition');
    expect(deal('acquisition', 'buyer', 'target')).toBe('Intel acquired Altera');
    expect(deal('patent-purchase', 'partner', 'partner')).toBe('Intel and Altera: patent purchase');
    expect(deal('lawsuit', 'partner', 'defendant')).toBe('Intel and Altera: lawsuit');
    expect(deal('licence', 'partner', 'partner')).toBe('Intel and Altera signed a licence');
    expect(
      summarise({
        type: 'acquisition',
        parties: [party('Intel', 'buyer'), party('Altera', 'target')],
        status: 'announced',
      }),
    ).toBe('Intel agreed to acquire Altera');
  });
});

describe('the labelled sentences (data/deal-sentences.json)', () => {
  const file = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/deal-sentences.json'), 'utf8'),
  ) as {
    sentences: LabelledSentence[];
  };

  it('has at least 100 sentences, deals and tricky non-deals', () => {
    expect(file.sentences.length).toBeGreaterThanOrEqual(100);
    expect(file.sentences.filter((s) => s.expect === null).length).toBeGreaterThanOrEqual(40);
  });

  it('are extracted with precision at least 0.9 and recall at least 0.7', () => {
    const result = evaluateExtraction(file.sentences, matcher);
    expect(result.precision, JSON.stringify(result.mistakes, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(result.recall, JSON.stringify(result.mistakes, null, 1)).toBeGreaterThanOrEqual(0.7);
  });
});
