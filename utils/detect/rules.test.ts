import { describe, expect, it } from 'vitest';
import { defaultMatcher, shippedGazetteer } from './dictionary';
import { compileMatcher } from './matcher';

/**
 * The matching rules a reader relies on, checked against the shipped gazetteer (over 5,000
 * companies), so a data change that breaks a rule fails here.
 */
const m = defaultMatcher();
const found = (text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.companyId, x.kind]);
const texts = (text: string) => m.find(text).map((x) => text.slice(x.start, x.end));

describe('false friends are never highlighted', () => {
  it.each([
    'She baked an apple pie for the fair.',
    'Apple pie is on the menu tonight.',
    'Fires spread across the Amazon rainforest this summer.',
    'The Amazon river basin floods every year.',
    'A meta-analysis of forty trials found no effect.',
    'Meta-analysis of the data took a year.',
    'Know your target audience before you write.',
    'Target audiences differ by region.',
    'Run the shell script as root.',
    'An apple a day keeps the doctor away.',
    'The oracle of Delphi spoke in riddles.',
    'Apply for a visa at the consulate.',
    'Mind the gap between the train and the platform.',
    'Each block of the city has a square in the middle.',
    'He broke his arm while skiing.',
    'A fox crossed the road near the box by the pool.',
    'The Supreme Court overturned Chevron deference last year, analysts said.',
    'Target prices for the index rose, analysts said.',
    'Block party season starts in June, organisers said.',
    'Gap year students said they enjoyed travelling.',
    'Discord between the partners grew, investors said.',
    'Lucid dreaming is a skill, researchers said.',
    'Apollo astronauts landed on the Moon, the agency said.',
    'Snowflake schema designs help data teams, users said.',
    'In the vanguard of reform were teachers.',
    'Coke ovens were built here in 1900, the steel company said.',
    'Apple picking season is here, orchards in Vermont said.',
    'Target man Erling Haaland scored twice for Manchester City, the club said.',
    'Block by block, the city was rebuilt, officials said.',
    'Apollo 11 landed in 1969, the museum said.',
    'Arm pain is common among tennis players, doctors said.',
    'Kingfisher numbers fell along the river, the survey said.',
    'Orange and green flags flew, the club said.',
    'Eat whole foods and vegetables, doctors said.',
    'Harrison Ford said the film would open in June.',
    'Gerald\u00a0Ford said little, aides said.',
    'Ontario Premier Doug Ford said tariffs would hurt the province, officials said.',
    'Mr. Shell, the chief executive of the club, said revenue rose.',
    'Fiona Apple said her album would be released in May, the label said.',
    'Restaurants in the Big Apple reported record revenue this quarter.',
    'Deforestation in the Brazilian Amazon rose, companies said.',
    'Lucille Ball starred in the show, the network said.',
    'Target Field will host the concert, the company said.',
    'The Seattle Kraken beat Vancouver, and Kraken coach Dan Bylsma said the team played well.',
    'Giant sequoia trees grow here; Sequoia National Park reopened, the company said.',
    'A general catalyst for change, the report said.',
    'John Hess said the family would keep its stake, the company said.',
    'Discover more about our products, the company said.',
    'Sprint to the finish line, the coach said.',
    'The Shire is a fictional land, the author said.',
    'The Mars rover found water; the Mars mission costs rose, contractors said.',
    'The FCA fined the bank, the regulator said.',
    'A PSA test is routine, doctors said.',
    'The HMD market grew, analysts said.',
    'Jane Harman said Congress should act.',
    'U.S. steel imports rose as US steel prices fell, the company said.',
    'Nuance matters here, the analyst said.',
    'Silver Lake residents said the reservoir was drained.',
    // Acronyms and names in another sense, vetoed by the company's own words next to them.
    'Patients with high BP should see a doctor, the clinic said.',
    'The concert at the NEC in Birmingham sold out, organisers said.',
    'Applicants need a DBS check before they start, the council said.',
    'The statue shows the goddess Nike holding a wreath, the museum said.',
    'The Knicks beat the Celtics at Madison Square Garden on Sunday.',
    // The cue words of retail, devices and cars, and the products, beside their false friends.
    'Block printers in Jaipur carve their stamps from teak.',
    'Visa guidance for international students changed again this spring.',
    'PC Ford told the inquiry that he arrived at 9pm.',
    'Harrison Ford drove a 1960s Mustang in the film.',
    'British royalty once toured the Amazon by boat.',
    'Arm yourself with guidance from a financial adviser.',
    'Shell suits were fashionable in the 1980s, and so were laptops the size of briefcases.',
    'Snap elections were called after the vote was lost; Snapchat users shrugged.',
    'Apple growers said iPhone-toting tourists stayed away.',
    'The Mustang Ranch is north of Ford Lake, hikers said.',
    'The Ford Foundation said it would fund more journalism grants.',
    'Shell Beach parking fees rose again this summer, residents said.',
    'Zoom in on the chart to see the trend, analysts said.',
    'The church bells chime at noon; Chime of bells rang out, the parish said.',
    'Affirm that the data is correct, the company said.',
    'Elastic bands held the papers together, the staff said.',
    'The Peloton rode through the Alps on stage 17, the team said.',
    'Michael J. Fox said the foundation raised $2 billion for research.',
    'Match report: the home team won 2-1, the club said.',
    'Ally of the president said the bill would pass.',
    'The Oracle at Delphi features in the opera, critics said.',
    'Chime hours at the cathedral have changed, the dean said.',
    'Ford the river at the shallow crossing, the ranger said.',
    'Food processors and cameras were on sale at the Gap between the two towns.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('common-word names in company context', () => {
  it('matches them where the sentence is about the company', () => {
    expect(texts('Apple said on Monday that iPhone sales rose.')).toEqual(['Apple']);
    expect(texts('Shares of Amazon fell 3% after earnings.')).toEqual(['Amazon']);
    expect(texts('Meta is spending billions on AI data centres.')).toEqual(['Meta']);
  });

  it('matches the large companies with everyday names on a company cue, as the small need more', () => {
    expect(texts('Target said comparable sales fell.')).toEqual(['Target']);
    expect(texts('Shares of Caterpillar rose after earnings; Chevron and Workday fell.')).toEqual([
      'Caterpillar',
      'Chevron',
      'Workday',
    ]);
    expect(texts('Stripe raised money at a higher valuation. Vanguard cut fees, investors said.')).toEqual([
      'Stripe',
      'Vanguard',
    ]);
  });

  it('keeps a name before a veto word when a list of companies goes on', () => {
    // "and" vetoes "Orange and green", not "Orange and Vodafone".
    expect(texts('Honor launched a phone; Orange and Vodafone will sell it.')).toEqual([
      'Honor',
      'Orange',
      'Vodafone',
    ]);
  });

  it('matches them anywhere once the article names the company plainly', () => {
    expect(texts('Apple Inc. reported results. Later, Apple opened a store.')).toEqual([
      'Apple Inc',
      'Apple',
    ]);
  });

  it("drops them after a person's given name or title, even where the article names the company", () => {
    expect(
      texts(
        'Ford Motor said sales rose. Ontario Premier Doug Ford and Gov. Ford objected. ' +
          '"Ford is back," said Bill Ford. Meanwhile Ford hired. Inc. Ford rose. Sales fell. Ford cut jobs.',
      ),
    ).toEqual(['Ford Motor', 'Ford', 'Ford', 'Ford', 'Ford']);
    // A company's own words before its name: "Big Apple", "upper Amazon"; other words are no veto.
    expect(
      texts(
        'Apple shares rose. Tourists in the Big Apple and the upper Amazon said Amazon and Apple delivered.',
      ),
    ).toEqual(['Apple', 'Amazon', 'Apple']);
  });

  it('drops them before a telling next word, in any case, after a possessive or hyphen', () => {
    expect(
      texts(
        'Amazon shares rose; the Amazon’s Rainforest shrank, the Amazon-river too, Amazon Übersetzer grew.',
      ),
    ).toEqual(['Amazon', 'Amazon']);
  });

  it('needs strong evidence for small companies with everyday names', () => {
    // "Box" is a listed company (Box, Inc.): a cue word alone is not enough, a suffix or ticker is.
    expect(texts('The company said the box was empty.')).toEqual([]);
    expect(texts('Box Inc. said revenue rose.')).toEqual(['Box Inc']);
    expect(texts('Box (BOX) said revenue rose.')).toEqual(['Box', 'BOX']);
    // Sea Limited, Shopee's parent, against the seas of the map.
    expect(texts('Sea Ltd., which owns Shopee, returned to profit.')).toEqual(['Sea Ltd', 'Shopee']);
    expect(texts('Sea said revenue at Shopee rose 30%.')).toEqual(['Sea', 'Shopee']);
    // A share price is a company's: no sea has shares.
    expect(texts('Sea shares rose 5% on Tuesday.')).toEqual(['Sea']);
    expect(
      texts(
        'Tankers avoided the Red Sea, and drilling in the North Sea slowed, the company said. ' +
          'Sea levels rose. The Sea of Japan froze. Sea World reported more visitors.',
      ),
    ).toEqual([]);
  });

  // Chewy, Carnival, Corning, Yelp, Snap and Toast are listed companies with everyday names that
  // need strong evidence.
  it('takes an apposition that calls it a company as strong evidence', () => {
    expect(texts('Chewy, the online pet retailer, cut its forecast.')).toEqual(['Chewy']);
    expect(texts('Carnival, a cruise operator based in Miami, raised prices.')).toEqual(['Carnival']);
    expect(texts('Shares of glass maker Corning fell; cruise operator Carnival rose.')).toEqual([
      'Corning',
      'Carnival',
    ]);
    // Not a company noun, too far from the name, or not in lower case right before it.
    expect(
      texts('Fox, the animal, is clever. Mint, the herb that every cook grows in a pot, is cheap.'),
    ).toEqual([]);
    expect(texts('Waters, the old river company pier, and Company Box were sold.')).toEqual([]);
  });

  it('takes a place in a list with a plainly named company as strong evidence', () => {
    expect(texts('Walmart, Costco and Chewy cut prices.')).toEqual(['Walmart', 'Costco', 'Chewy']);
    expect(texts('Chewy, Yelp and Walmart cut prices; Snap or Microsoft may follow.')).toEqual([
      'Chewy',
      'Yelp',
      'Walmart',
      'Snap',
      'Microsoft',
    ]);
    // A list of everyday names alone, or names apart from each other, is not enough.
    expect(texts('Waters and Fox spoke to reporters. Microsoft said Toast was served.')).toEqual([
      'Microsoft',
    ]);
    expect(texts('Ask Costco, so Chewy toys can ship.')).toEqual(['Costco']);
  });

  it('take patents and royalties as company cues, not a licence or a sale of anything', () => {
    expect(texts('Intel sold thousands of patents to Apple.')).toEqual(['Intel', 'Apple']);
    expect(texts('Apple pays royalties to Arm.')).toEqual(['Apple', 'Arm']);
    // Driving, fishing and logging licences are no company cue.
    expect(
      texts(
        'The Target sold at auction was a painting. Chip shops in Shell Beach sold fish. ' +
          'Fishing licences for the Shell Beach area were suspended. ' +
          'The government issued new logging licences in the Amazon last year.',
      ),
    ).toEqual([]);
  });

  it("takes the company's own products nearby as evidence, strong enough for the small", () => {
    expect(texts("Verizon will offer Apple's TV+ service at no extra cost.")).toEqual(['Verizon', 'Apple']);
    expect(texts('The new iPad Pro is the first Apple tablet to use the chip.')).toEqual(['Apple']);
    expect(texts("Amazon's Prime Video will show more adverts next month.")).toEqual(['Amazon']);
    expect(texts('Ford will build the F-150 Lightning in Tennessee.')).toEqual(['Ford']);
    expect(texts("Snap's shares fell after the Snapchat owner missed estimates.")).toEqual([
      'Snap',
      'the Snapchat owner',
    ]);
    expect(texts("Mars will raise the price of M&M's and Snickers.")).toEqual(['Mars']);
    expect(texts('The Mars rover found no Snickers.')).toEqual([]);
    // Written as a whole word (plurals and possessives too), in the same paragraph, not too far.
    expect(texts('Apple cut prices on iPhones.')).toEqual(['Apple']);
    expect(texts('Apple cut prices.\u2029iPhone news.')).toEqual([]);
    expect(texts(`Apple cut prices${' on everything'.repeat(20)}, iPhone too.`)).toEqual([]);
    expect(texts('Apple cut prices for the iPhoneX-style case.')).toEqual([]);
  });

  it('take the words of retail, devices and cars as company cues', () => {
    expect(texts('Target cut its forecast for the holiday season, blaming cautious shoppers.')).toEqual([
      'Target',
    ]);
    expect(texts('Ford recalled 240,000 SUVs over a faulty rear camera.')).toEqual(['Ford']);
    expect(texts('Dell and HP both warned that memory prices would squeeze PC makers.')).toEqual([
      'Dell',
      'HP',
    ]);
    expect(texts('Gap raised its guidance for the year.')).toEqual(['Gap']);
    expect(texts('Canon will stop making some of its cheaper cameras.')).toEqual(['Canon']);
    expect(texts('Chevron closed its purchase of Hess.')).toEqual(['Chevron', 'Hess']);
    // Listed companies with everyday names that news covers, curated with their vetoes.
    expect(
      texts(
        'Zoom shares fell. Chime priced its IPO at $27 a share. Affirm reported a profit. ' +
          'Elastic shares jumped after the company raised its outlook.',
      ),
    ).toEqual(['Zoom', 'Chime', 'Affirm', 'Elastic']);
    // Fox is also a common surname: it needs strong evidence, such as its own Fox News nearby.
    expect(texts('Fox said advertising revenue rose at Fox News. Fox shares rose.')).toEqual([
      'Fox',
      'Fox',
      'Fox',
    ]);
    expect(texts('Waters and Fox spoke. Fox said revenue rose.')).toEqual([]);
    expect(texts('Match shares fell after Tinder lost users.')).toEqual(['Match']);
    expect(texts("Arm's Neoverse designs are used in Amazon's Graviton processors.")).toEqual([
      'Arm',
      'Amazon',
    ]);
  });

  it('takes money raised or a valuation right after the name as strong evidence', () => {
    expect(texts('Ramp raised $200 million at a $13 billion valuation.')).toEqual(['Ramp']);
    expect(texts('Notion has raised $275 million from investors.')).toEqual(['Notion']);
    expect(texts('Plaid is valued at $6.1 billion.')).toEqual(['Plaid']);
    // Not money, not right after the name, or a person.
    expect(
      texts(
        'Ramp raised the stakes. The ramp raised $2 million in tolls. Notion, they said, raised $5 million. ' +
          'Usain Bolt raised $1 million for charity.',
      ),
    ).toEqual([]);
  });

  it('takes a deal with a plainly named company as strong evidence', () => {
    expect(texts('Mars struck a deal to acquire Kellanova for about $36 billion.')).toEqual([
      'Mars',
      'Kellanova',
    ]);
    expect(texts('Kellanova agreed to be acquired by Mars.')).toEqual(['Kellanova', 'Mars']);
    expect(texts("Kellanova's shareholders approved the sale to Mars.")).toEqual(['Kellanova', 'Mars']);
    expect(texts('Fiat Chrysler merged with PSA. Toyota took control of Suzuki.')).toEqual([
      'Fiat Chrysler',
      'PSA',
      'Toyota',
      'Suzuki',
    ]);
    expect(texts('Chewy agreed to buy Microsoft; Carnival sued Walmart.')).toEqual([
      'Chewy',
      'Microsoft',
      'Carnival',
      'Walmart',
    ]);
    // Other verbs, other words between, or a sentence between are no deal.
    expect(texts('Mars orbits the Sun. Mars rocks were bought by Microsoft.')).toEqual(['Microsoft']);
    expect(texts('NASA sent a rover to Mars and then sold Mars. Microsoft said.')).toEqual(['Microsoft']);
    expect(texts('Kellanova said it would cut jobs. Mars.')).toEqual(['Kellanova']);
  });

  it('keeps exact capitalisation', () => {
    expect(texts('APPLE and apple are not the company; Apple shares are.')).toEqual(['Apple']);
  });
});

describe('tickers', () => {
  it('count in ticker context only', () => {
    expect(found('Microsoft (NASDAQ: MSFT) rose.')).toEqual([
      ['Microsoft', 'microsoft', 'name'],
      ['MSFT', 'microsoft', 'ticker'],
    ]);
    expect(texts('Traders piled into $TSLA and $NVDA.')).toEqual(['TSLA', 'NVDA']);
    expect(texts('Nvidia (NVDA) beat estimates.')).toEqual(['Nvidia', 'NVDA']);
    expect(texts('The NYSE:IBM listing is old.')).toEqual(['IBM']);
  });

  it('do not count as bare words or for companies the text does not name', () => {
    expect(texts('MSFT and NVDA are four letters each.')).toEqual([]);
    expect(texts('The unit (CAT) was tested.')).toEqual([]);
    expect(texts('It costs $5 and $10.')).toEqual([]);
  });

  it('are looked up whole, with "." and "-" alike, letters or digits', () => {
    expect(found('Buffett added $BRK.B and HKEX: 1810 in May.')).toEqual([
      ['BRK.B', 'berkshire-hathaway', 'ticker'],
      ['1810', 'xiaomi', 'ticker'],
    ]);
    expect(texts('NYSE: BRK-A traded; Berkshire Hathaway (BRK.B) rose.')).toEqual([
      'BRK-A',
      'Berkshire Hathaway',
      'BRK.B',
    ]);
    // A prefix, an extension or an unknown symbol is no ticker.
    expect(texts('Traders piled into $MSF, $MSFTX, $ZZZZQ and NYSE: BRK.')).toEqual([]);
  });

  it('include Reuters instrument codes, of letters or digits, for companies the text names', () => {
    expect(
      found('Microsoft (MSFT.O) and Tencent (0700.HK) rose; Rolls-Royce (RR.L) fell.').filter(
        ([, , kind]) => kind === 'ticker',
      ),
    ).toEqual([
      ['MSFT.O', 'microsoft', 'ticker'],
      ['0700.HK', 'tencent', 'ticker'],
      ['RR.L', 'rolls-royce', 'ticker'],
    ]);
    // No company named, an unknown exchange or symbol, digits without an exchange, a "U.S.".
    expect(
      texts('Shares (MSFT.O) rose in the U.S. (U.S.) market; (ZZZZ.O), Apple (AAPL.XX), Xiaomi (1810).'),
    ).toEqual(['Apple', 'Xiaomi']);
  });

  it('never turn the exchange label into a company', () => {
    expect(texts('Listed on Nasdaq: AAPL.')).toEqual(['AAPL']);
  });

  it("include a company's former ticker in a cashtag", () => {
    expect(found('$SQ gained 6% after the rename.')).toEqual([['SQ', 'block', 'ticker']]);
  });

  it('include a listing kept with its exchange, where the symbol alone is another company', () => {
    expect(found('Shares of Airbus (AIR.PA) fell.')).toContainEqual(['AIR.PA', 'airbus', 'ticker']);
  });

  it('include codes of letters and digits and Gulf exchanges', () => {
    expect(texts('Vale SA (VALE3.SA) fell; Aramco (2222.SR) and Petrobras (PETR4.SA) rose.')).toEqual([
      'Vale SA',
      'VALE3.SA',
      'Aramco',
      '2222.SR',
      'Petrobras',
      'PETR4.SA',
    ]);
  });

  it('count after the words prose puts before a ticker, for a company the text names', () => {
    expect(found('Exxon Mobil lifted output. Shares of XOM were little changed.')).toContainEqual([
      'XOM',
      'exxon-mobil',
      'ticker',
    ]);
    expect(texts('MercadoLibre, which trades on the Nasdaq as MELI, will invest.')).toEqual([
      'MercadoLibre',
      'MELI',
    ]);
    expect(texts('Walmart rose. It trades under the ticker WMT.')).toEqual(['Walmart', 'WMT']);
    expect(texts('Klarna will trade on the New York Stock Exchange as KLAR.')).toEqual(['Klarna', 'KLAR']);
    // Not for a company the text does not name, nor after other words.
    expect(texts('Shares of XOM were little changed.')).toEqual([]);
    expect(texts('Exxon Mobil said XOM output rose.')).toEqual(['Exxon Mobil']);
  });
});

describe('names', () => {
  it('include legal-suffix variants in the mention', () => {
    expect(texts('Xiaomi Corp. and Nokia Oyj signed, as did Microsoft Corporation.')).toEqual([
      'Xiaomi Corp',
      'Nokia Oyj',
      'Microsoft Corporation',
    ]);
    expect(texts('Unilever plc, Barclays PLC and Siemens AG reported; Unilever plcs are not.')).toEqual([
      'Unilever plc',
      'Barclays PLC',
      'Siemens AG',
      'Unilever',
    ]);
    // A "suffix" that begins the next name of a list is that name.
    expect(
      found('BNP Paribas, AB InBev and Ericsson AB reported.').map(([text, id]) => `${text}/${id}`),
    ).toEqual(['BNP Paribas/bnp-paribas', 'AB InBev/ab-inbev', 'Ericsson AB/ericsson']);
  });

  it('include startups and the companies taken over in the deals news recalls', () => {
    expect(
      found(
        'Dell bought EMC. AOL and Time Warner merged. Zoox, Wayve and Nuro test robotaxis. Microsoft bought Mojang and ZeniMax; Amazon bought Zappos and Twitch; Google bought Waze.',
      ).map(([, id]) => id),
    ).toEqual([
      'dell',
      'emc',
      'aol',
      'time-warner',
      'zoox',
      'wayve',
      'nuro',
      'microsoft',
      'mojang',
      'zenimax-media',
      'amazon',
      'zappos',
      'twitch',
      'alphabet',
      'waze',
    ]);
    // Taken over and delisted since: gone from the SEC's list, not from the news.
    expect(
      found(
        'Johnson & Johnson bought Shockwave Medical; Bristol Myers Squibb bought Karuna Therapeutics; ' +
          'Chevron bought Anadarko Petroleum; Morgan Stanley bought E*Trade; Qualcomm bought Nuvia; ' +
          'Walmart sold Asda; Canal+ bid for MultiChoice; Skydance merged with Paramount.',
      ).map(([, id]) => id),
    ).toEqual([
      'johnson-and-johnson',
      'shockwave-medical',
      'bristol-myers-squibb',
      'karuna-therapeutics',
      'chevron',
      'anadarko',
      'morgan-stanley',
      'etrade',
      'qualcomm',
      'nuvia',
      'walmart',
      'asda',
      'canal-plus',
      'multichoice',
      'skydance-media',
      'paramount-skydance',
    ]);
    expect(texts('The Black Knight rode out. The Anadarko Basin. Safety is Paramount For Us.')).toEqual([]);
    // Their everyday words stay quiet.
    expect(
      texts(
        'A Twitch of the eye. Plaid Cymru won seats. Ramp up production. Notion that prices rise. Usain Bolt ran. Bolt from the blue. Telegram to the king. Rippling muscles.',
      ),
    ).toEqual([]);
  });

  it('include the investors deal news names: hedge funds, activists, venture and pension funds', () => {
    const ids = (text: string) => found(text).map(([, id]) => id);
    expect(
      ids(
        'Elliott Management, Starboard Value and Trian Partners built stakes; Pershing Square Capital Management and Third Point sold. ' +
          'Jane Street and Citadel Securities trade options; Two Sigma, Point72 and Millennium Management run quant funds. ' +
          'CalPERS, CPP Investments and Norges Bank Investment Management voted against; Clayton, Dubilier & Rice bought the unit.',
      ),
    ).toEqual([
      'elliott-management',
      'starboard-value',
      'trian',
      'pershing-square',
      'third-point',
      'jane-street',
      'citadel-securities',
      'two-sigma',
      'point72',
      'millennium-management',
      'calpers',
      'cpp-investments',
      'nbim',
      'clayton-dubilier-rice',
    ]);
    expect(ids("Citadel, Ken Griffin's hedge fund, gained 15%.")).toEqual(['citadel']);
    expect(ids("Bridgewater, the world's largest hedge fund, cut staff.")).toEqual([
      'bridgewater-associates',
    ]);
    // A venture firm that leads a round is a company; so is a startup behind a product.
    expect(ids('Benchmark led the first round, and Greylock Partners followed.')).toEqual([
      'benchmark-capital',
      'greylock',
    ]);
    expect(ids('Benchmark co-led a $40 million Series B.')).toEqual(['benchmark-capital']);
    expect(ids("Valve's Counter-Strike 2 is the most played game.")).toEqual(['valve']);
    expect(ids('Starling Bank was fined; Ledger, the crypto wallet maker, and OVHcloud are French.')).toEqual(
      ['starling-bank', 'ledger', 'ovhcloud'],
    );
    // Their everyday words stay quiet.
    expect(
      texts(
        'The old citadel on the hill; the citadel walls. The ship turned to starboard. The benchmark index rose. ' +
          'The benchmark led the index higher in the first round of trading. He opened the valve. She played with gusto. ' +
          'The plane slid off the runway. Robinson Crusoe was shipwrecked. Passengers awaited the arrival of the train. ' +
          'The accountant checked the ledger. A starling landed. Sports fanatics queued. Joan Miro painted it. ' +
          'The town of Bridgewater voted. The third point of the plan is cost.',
      ),
    ).toEqual([]);
  });

  it('include the carmakers, machinery and defence makers that industry news names', () => {
    expect(
      found(
        'Toyota bought the rest of Daihatsu; Hino Motors, Skoda Auto, Lamborghini, Opel, Zeekr, Forvia, Sany, XCMG, ' +
          'Zoomlion, IHI, GKN Aerospace, Pratt & Whitney and Collins Aerospace reported. Raytheon won a contract.',
      ).map(([, id]) => id),
    ).toEqual([
      'toyota',
      'daihatsu',
      'hino-motors',
      'skoda-auto',
      'lamborghini',
      'opel',
      'zeekr',
      'forvia',
      'sany',
      'xcmg',
      'zoomlion',
      'ihi',
      'gkn-aerospace',
      'pratt-whitney',
      'collins-aerospace',
      'rtx',
    ]);
    expect(found('Leonardo, the Italian defence group, cut its outlook.').map(([, id]) => id)).toEqual([
      'leonardo',
    ]);
    expect(found('Lotus, the British sports car maker, cut jobs.').map(([, id]) => id)).toEqual([
      'lotus-cars',
    ]);
    expect(
      texts(
        'The lotus position. Leonardo da Vinci painted it; Leonardo DiCaprio starred. A proton has charge. ' +
          'Melrose is a town in the Borders. The train from Vauxhall was late.',
      ),
    ).toEqual([]);
  });

  it('take "and" for the ampersand of a name, and the acronyms news uses', () => {
    expect(
      found('Johnson and Johnson, Procter and Gamble and Petco Health and Wellness reported.').map(
        ([, id]) => id,
      ),
    ).toEqual(['johnson-and-johnson', 'procter-and-gamble', 'petco-health-and-wellness']);
    expect(found('HPE, AIG and HCA reported.').map(([, id]) => id)).toEqual([
      'hewlett-packard-enterprise',
      'american-international-group',
      'hca-healthcare',
    ]);
  });

  it('take a hyphen or an en dash for a space, and a space for a hyphen', () => {
    expect(
      found(
        'Coca Cola, Harley Davidson, Bristol Myers Squibb, Air France–KLM and Hewlett-Packard Enterprise reported.',
      ).map(([text, id]) => `${text}/${id}`),
    ).toEqual([
      'Coca Cola/coca-cola',
      'Harley Davidson/harley-davidson',
      'Bristol Myers Squibb/bristol-myers-squibb',
      'Air France–KLM/air-france-klm',
      'Hewlett-Packard Enterprise/hewlett-packard-enterprise',
    ]);
    // A hyphen still ends a name: "Apple-branded", "Amazon-owned".
    expect(texts('Apple-branded chargers and Amazon-owned stores sold well, the companies said.')).toEqual([
      'Apple',
      'Amazon',
    ]);
  });

  it('match possessives, accents and CJK names', () => {
    expect(texts("Xiaomi's phones")).toEqual(['Xiaomi']);
    expect(texts('据报道，小米从微软购买了专利。')).toEqual(['小米']);
    expect(texts('Samsung’s chips')).toEqual(['Samsung']);
    // News written without accents names the same companies as their own spelling.
    expect(
      found(
        'Kuhne + Nagel, Deutsche Borse Group, Moet Hennessy Louis Vuitton and Hydro Quebec reported.',
      ).map(([, id]) => id),
    ).toEqual(['kuehne-nagel', 'deutsche-borse', 'lvmh', 'hydro-quebec']);
  });

  it('include the unlisted companies in the news and the short names of listed ones', () => {
    expect(
      found('Anthropic, SpaceX and Databricks raised money; Rivian, Robinhood and Instacart reported.').map(
        ([, id]) => id,
      ),
    ).toEqual([
      'anthropic',
      'spacex',
      'databricks',
      'rivian-automotive-inc-de',
      'robinhood-markets',
      'maplebear',
    ]);
    expect(found('TikTok and Starlink grew.').map(([, id]) => id)).toEqual(['bytedance', 'spacex']);
    expect(
      found(
        'Binance and Kraken were fined, regulators said; a16z, Sequoia Capital and Y Combinator backed the startup.',
      ).map(([, id]) => id),
    ).toEqual(['binance', 'kraken', 'andreessen-horowitz', 'sequoia-capital', 'y-combinator']);
    // Companies taken over in recent deals, which the listing files no longer name.
    expect(
      found(
        'Cisco bought Splunk, Oracle bought Cerner, IBM bought HashiCorp, Chevron bought Hess and Nippon Steel bought U.S. Steel.',
      ).map(([, id]) => id),
    ).toEqual([
      'cisco',
      'splunk',
      'oracle',
      'cerner',
      'ibm',
      'hashicorp',
      'chevron',
      'hess',
      'nippon-steel',
      'us-steel',
    ]);
    // Subsidiaries with a life of their own in the news are companies of their own, as Instagram is.
    expect(found('YouTube, Hulu and Fitbit grew; Alphabet owns YouTube.').map(([, id]) => id)).toEqual([
      'youtube',
      'hulu',
      'fitbit',
      'alphabet',
      'youtube',
    ]);
    expect(found('Estee Lauder, Estée Lauder and Anheuser-Busch reported.').map(([, id]) => id)).toEqual([
      'estee-lauder-companies',
      'estee-lauder-companies',
      'ab-inbev',
    ]);
    // The hyphenated spelling is no longer Myers Industries.
    expect(found('Bristol-Myers Squibb reported.').map(([text, id]) => `${text}/${id}`)).toEqual([
      'Bristol-Myers Squibb/bristol-myers-squibb',
    ]);
    expect(found('Albertsons and JetBlue reported.').map(([, id]) => id)).toEqual([
      'albertsons-companies',
      'jetblue-airways',
    ]);
    expect(
      found('Amazon-owned Whole Foods, Berkshire’s BNSF and Comcast’s NBCUniversal.').map(([, id]) => id),
    ).toEqual([
      'amazon',
      'whole-foods-market',
      'berkshire-hathaway',
      'berkshire-hathaway',
      'comcast',
      'comcast',
    ]);
    // A company bought whole is its own company, so that its purchase is a deal between two.
    expect(texts('Amazon bought Whole Foods; eat whole foods.')).toEqual(['Amazon', 'Whole Foods']);
    expect(found('Pepsi, Coke, CVS and Walgreens cut prices.').map(([, id]) => id)).toEqual([
      'pepsico',
      'coca-cola',
      'cvs-health',
      'walgreens-boots-alliance',
    ]);
  });

  it('prefer the longest name', () => {
    expect(found('Samsung Electronics shares')).toEqual([
      ['Samsung Electronics', 'samsung-electronics', 'name'],
    ]);
    expect(found('Motorola Mobility was sold')).toEqual([['Motorola Mobility', 'motorola-mobility', 'name']]);
    // A one-word name that a longer one goes on from, after a space or another character.
    const longer = compileMatcher([
      { id: 'acme', name: 'Acme' },
      { id: 'acme-widget', name: 'Acme-Widget' },
      { id: 'acme-com', name: 'Acme.com' },
      { id: 'acme-labs', name: 'Acme Labs' },
      { id: 'bolt', name: 'Bolt' },
      { id: 'bolt-labs', name: 'Bolt Labs' },
      { id: 'bolt-lights', name: 'Bolt Lights' },
    ]);
    const spans = (text: string) => longer.find(text).map((x) => [text.slice(x.start, x.end), x.companyId]);
    expect(spans('Acme-Widget, Acme.com, Acme Labs, Acme Lab, Acme’s and Acme.')).toEqual([
      ['Acme-Widget', 'acme-widget'],
      ['Acme.com', 'acme-com'],
      ['Acme Labs', 'acme-labs'],
      ['Acme', 'acme'],
      ['Acme', 'acme'],
      ['Acme', 'acme'],
    ]);
    expect(spans('Bolt Labs, Bolt  Lights, Bolt Lamps and Bolt sales')).toEqual([
      ['Bolt Labs', 'bolt-labs'],
      ['Bolt  Lights', 'bolt-lights'],
      ['Bolt', 'bolt'],
      ['Bolt', 'bolt'],
    ]);
  });

  it('map SEC listings to readable names', () => {
    expect(
      found('Exxon Mobil and JPMorgan Chase reported.').map(([, id]) => m.company(id as string)?.name),
    ).toEqual(['Exxon Mobil', 'JPMorgan Chase']);
  });

  it("keep a listed company's registered name where the S&P list names it otherwise", () => {
    expect(
      found(
        'Super Micro Computer Inc. fell, the Bank of New York Mellon Corp. rose and ' +
          'Westinghouse Air Brake Technologies was flat.',
      ).map(([text, id]) => [text, m.company(id as string)?.name]),
    ).toEqual([
      ['Super Micro Computer Inc', 'Supermicro'],
      ['Bank of New York Mellon Corp', 'BNY Mellon'],
      ['Westinghouse Air Brake Technologies', 'Wabtec'],
    ]);
  });
});

describe('descriptive phrases', () => {
  it('count only when the company is named, and go to the nearest named company', () => {
    expect(texts('The Windows maker declined to comment.')).toEqual([]);
    const text = 'Huawei and Xiaomi compete. Xiaomi said the Chinese smartphone maker would grow.';
    expect(found(text).at(-1)).toEqual(['the Chinese smartphone maker', 'xiaomi', 'descriptive']);
  });

  it('resolve a phrase shared by two companies to the one the text names', () => {
    const shared = compileMatcher([
      { id: 'a', name: 'Alpha Widgets', descriptive: ['the widget maker'] },
      { id: 'b', name: 'Beta Widgets', descriptive: ['the widget maker'] },
    ]);
    const text =
      'Beta Widgets grew. The widget maker hired staff. Alpha Widgets shrank; the widget maker cut jobs.';
    expect(shared.find(text).map((x) => x.companyId)).toEqual(['b', 'b', 'a', 'a']);
  });
});

describe('where a name may start', () => {
  it('finds a descriptive phrase with its "the", across a line break, and not without it', () => {
    const text =
      'Alphabet reported. Analysts said the search giant grew; THE\nSEARCH GIANT led. Search giant shares rose.';
    expect(found(text).filter((x) => x[2] === 'descriptive')).toEqual([
      ['the search giant', 'alphabet', 'descriptive'],
      ['THE\nSEARCH GIANT', 'alphabet', 'descriptive'],
    ]);
    expect(texts('Alphabet said its rival, the other search giant, fell.')).toEqual(['Alphabet']);
  });

  it('finds names that begin with digits, not numbers', () => {
    expect(texts('3M and 3i Group were named; sales of $1.2 billion rose 14% to 4,000 units.')).toEqual([
      '3M',
      '3i Group',
    ]);
    expect(
      texts('89bio rose, (1stdibs.com) fell; 22nd Century Group, 10x Genomics and 1 800 Flowers Com.'),
    ).toEqual(['89bio', '1stdibs.com', '22nd Century Group', '10x Genomics', '1 800 Flowers Com']);
    expect(texts('In 2026 Apple sold 1 800 phones; 10x faster chips cost $1.2 billion.')).toEqual(['Apple']);
    // After a hyphen only the look-back from the capital finds them.
    expect(texts('a UK-3i Group tie-up and a co-22nd Century Group plan')).toEqual([
      '3i Group',
      '22nd Century Group',
    ]);
  });

  it('finds lower-case and camel-case names as they are written', () => {
    expect(texts('Shares of eBay and e.l.f. Beauty rose; trivago fell.')).toEqual([
      'eBay',
      'e.l.f. Beauty',
      'trivago',
    ]);
    // At the very start of a text, after a bracket, a quote or a line break, not inside a word.
    const text =
      'trivago fell; (abrdn Life Sciences Investors) and “e.l.f. Beauty” rose.\ntrivago and\u2029indie Semiconductor too.';
    expect(texts(text)).toEqual([
      'trivago',
      'abrdn Life Sciences Investors',
      'e.l.f. Beauty',
      'trivago',
      'indie Semiconductor',
    ]);
    expect(texts('Supertrivago and indies, the.l.f. and more.')).toEqual([]);
    // After a tab, a straight quote, a no-break space, an en or em dash and a curly single quote.
    const more =
      'Rose:\ttrivago, "abrdn Healthcare Investors" and\u00a0e.l.f. Beauty\u2013trivago\u2014indie Semiconductor; \u2018trivago\u2019.';
    expect(texts(more)).toEqual([
      'trivago',
      'abrdn Healthcare Investors',
      'e.l.f. Beauty',
      'trivago',
      'indie Semiconductor',
      'trivago',
    ]);
  });

  it('finds a phrase after a sentence-initial "The", and a name that begins with "The"', () => {
    const g = compileMatcher([
      { id: 'google', name: 'Google', descriptive: ['the search giant'] },
      { id: 'search-co', name: 'The Search Company' },
    ]);
    const text = 'Google grew. The search giant hired. The search company fell.';
    expect(g.find(text).map((x) => [text.slice(x.start, x.end), x.companyId])).toEqual([
      ['Google', 'google'],
      ['The search giant', 'google'],
      ['The search company', 'search-co'],
    ]);
  });
});

describe('lookup of a typed name', () => {
  it('finds companies by display name, alias, ticker and common-word name', () => {
    expect(m.lookup('Apple')?.id).toBe('apple');
    expect(m.lookup('  google ')?.id).toBe('alphabet');
    expect(m.lookup('msft')?.id).toBe('microsoft');
    expect(m.lookup('Xiaomi Corp')?.id).toBe('xiaomi');
    expect(m.lookup('no such company at all')).toBeUndefined();
  });
});

describe('places and people that share a name with a company', () => {
  it.each([
    ['The parade went through the town of Hershey, Pennsylvania, on Saturday.', []],
    ['Corning Inc., which is based in Corning, N.Y., said glass demand rose.', ['Corning Inc']],
    ['CORNING, N.Y. (Reuters) - Glass demand rose.', []],
    ['The city of Hartford has a new mayor.', []],
    ['The mayor of Sabadell opened the station. The city of Sabadell grew.', []],
    ['Barrick Mining chief executive Mark Bristow stepped down.', ['Barrick Mining']],
    ['Mira Murati said the lab had raised money.', []],
    ['Chief executive Tim Cook said services revenue rose.', []],
    ['The Nasdaq slipped 0.4% while the Dow fell 200 points.', []],
    ['The company listed on the Nasdaq in 2020. The Dow Jones Industrial Average rose.', []],
    ['Baidu will expand its Apollo Go robotaxi service.', ['Baidu']],
    // Names inside longer proper nouns.
    ['Hikers on Mount Olympus said the trail was closed.', []],
    ['Ferries to Block Island were cancelled, the operator said.', []],
    ['Rain fell across Otter Tail County, officials said.', []],
    ['Fans packed Citi Field and the crowd at the Apple Cup said it was loud.', []],
    ['Bayer Leverkusen completed an unbeaten season.', []],
    ['From Palo Alto, the train to San Francisco takes an hour.', []],
    ['Paris Hilton arrived at the premiere.', []],
    ['The Kraken moved level on points.', []],
    ['Leonardo da Vinci painted the Mona Lisa.', []],
    ['Travelers should expect delays at Heathrow, the airport said.', []],
    // Acronyms of something else, and their later uses.
    ['The Environmental Defense Fund (EDF) said methane leaks rose. EDF said so again.', []],
    ['Patients with toxic shock syndrome (TSS) were treated, staff said.', []],
    // A person throughout the text.
    ['Leonard Cohen wrote it. Cohen’s letters were sold at auction, the house said.', []],
    // Listed companies named like people or places need company evidence.
    ['Orion climbs in the winter sky while Polaris sits low.', []],
    ['The Black Hills of South Dakota, where tourists flock, were closed.', []],
    // Acronyms of small listed companies need strong evidence.
    ['NFT collectibles sold well at the fair, collectors said.', []],
    // A headline in title case: every word is capitalised, so a cue word says less.
    ['Target Met: Council Says Recycling Rate Hit 60%', []],
    // A reporting verb says something of the name only when the name is who reports.
    ['Shell fragments were found in the alley, detectives said.', []],
    ['Mistral gusts are forecast to ease, the weather service said.', []],
    ['Storms formed in the Atlantic, forecasters said.', []],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    [
      'Shares of Deere, Texas Instruments and Caterpillar rose.',
      ['Deere', 'Texas Instruments', 'Caterpillar'],
    ],
    ['Nokia, Finland’s largest company, cut jobs.', ['Nokia']],
    [
      'Orange, France Telecom’s successor, and Vodafone agreed a deal.',
      ['Orange', 'France Telecom', 'Vodafone'],
    ],
    ['John Deere raised its outlook.', ['John Deere']],
    ['TIM, the Brazilian telecom operator, said profit rose.', ['TIM']],
    ['Dow said it would cut 1,500 jobs. Nasdaq agreed to buy a software maker.', ['Dow', 'Nasdaq']],
    ['Only a quarter of Sabadell shareholders tendered their shares to BBVA.', ['Sabadell', 'BBVA']],
    ['Electricite de France (EDF) raised output.', ['Electricite de France', 'EDF']],
    ['Target Cuts Forecast As Shoppers Pull Back\nTarget said comparable sales fell.', ['Target', 'Target']],
    ['Apple Unveils New iPhone With Bigger Screen', ['Apple']],
    ['Target expects traffic to slow this year, it said.', ['Target']],
    ['Shell on Tuesday announced a buyback.', ['Shell']],
    ['Gap, which owns Old Navy, said traffic rose.', ['Gap']],
    // Names are capitalised anywhere: a sentence of names is no headline.
    ['Sequoia Capital and Fidelity invested in Stripe.', ['Sequoia Capital', 'Fidelity', 'Stripe']],
    ['Bill Ford spoke at Ford Motor. Later Ford hired engineers.', ['Ford Motor', 'Ford']],
    [
      'Founder Michael Dell sold shares of Dell Technologies. Dell said sales rose.',
      ['Dell Technologies', 'Dell'],
    ],
  ])('still finds the company in "%s"', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('names as the news writes them', () => {
  it.each([
    ['Mitsubishi Corp. and Mitsui & Co. raised their stakes.', 'mitsubishi-corporation'],
    ['JetBlue Airways and United Airlines announced a partnership.', 'united-airlines-holdings'],
    ['Chubb and Travelers reported lower catastrophe losses.', 'travelers-companies'],
    ['Eternal, the parent of Zomato and Blinkit, rose.', 'zomato'],
    ['Strategy, the company formerly known as MicroStrategy, rose 6%.', 'microstrategy'],
    ['Hanwha Aerospace won an order.', 'hanwha-aerospace'],
    ['Hyundai Motor India priced its IPO.', 'hyundai-motor-india'],
    ['Vodafone Idea continued to lose users.', 'vodafone-idea'],
    ['Kraft and Heinz agreed to merge.', 'heinz'],
    ['Kuwait Finance House and Zain reported profits.', 'zain-group'],
    ['Anglo American Plc agreed to sell its remaining stake in Valterra Platinum.', 'anglo-american'],
    ['The Ford plant in Louisville will halt production.', 'ford-motor'],
    ['Oklahoma Gas & Electric said crews were called in.', 'oge-energy'],
    ['Heathrow said passenger numbers rose.', 'heathrow-airport-holdings'],
    ['Vinci agreed to buy a stake in Legrand.', 'legrand'],
    ['Shares of Zara owner Inditex rose.', 'inditex'],
    ['Palo Alto said revenue rose.', 'palo-alto-networks'],
    ['Amazon agreed to buy MGM for $8.45 billion.', 'mgm-holdings'],
    ['Woolworths and Coles reported sales.', 'coles-group'],
    [
      'Access Holdings, Zenith Bank and Guaranty Trust Holding Co. reported profits.',
      'guaranty-trust-holding',
    ],
    ['Analysts at Bernstein cut their target. Leonard Bernstein wrote music.', 'alliancebernstein-holding'],
    ['The Magnum Ice Cream Company began trading in Amsterdam.', 'magnum-ice-cream-company'],
    ['BP said profit rose, and NEC said sales fell.', 'nec'],
    ['DBS raised its dividend.', 'dbs-group'],
    ['Hyundai Motor Co and Hyundai Steel agreed to build a plant.', 'hyundai-steel'],
    ['Santander agreed to buy TSB from Sabadell.', 'tsb-bank'],
    ['The Co-op Group and Pick n Pay Stores reported sales.', 'pick-n-pay'],
    ['Saudi Arabian Oil Co raised its prices.', 'saudi-aramco'],
    ['Next plc raised its forecast; Kantar data showed sales rose.', 'next-plc'],
    ['Next plc raised its forecast; Kantar data showed sales rose.', 'kantar'],
    ["Warner Bros. Discovery said WBD's shares rose.", 'warner-bros-discovery'],
    ['First Quantum Minerals restarted the mine.', 'first-quantum-minerals'],
    ['Nike shares rose after the goddess-themed campaign.', 'nike'],
    ['Madison Square Garden Sports said the Knicks were sold out.', 'madison-square-garden-sports'],
  ])('%s', (text, id) => {
    expect(found(text).map(([, company]) => company)).toContain(id);
  });

  it('reads descriptive phrases of more companies once the article names them', () => {
    const text =
      'Krafton raised its forecast. Sales of the maker of PUBG rose. Richemont said the Cartier owner grew.';
    expect(found(text).filter(([, , kind]) => kind === 'descriptive')).toEqual([
      ['the maker of PUBG', 'krafton', 'descriptive'],
      ['the Cartier owner', 'richemont', 'descriptive'],
    ]);
  });

  it('reads a chain of legal suffixes as part of the name', () => {
    expect(texts('Contemporary Amperex Technology Co Ltd and Alibaba Group Holding Ltd. said so.')).toEqual([
      'Contemporary Amperex Technology Co Ltd',
      'Alibaba Group Holding Ltd',
    ]);
  });

  it('does not read a person named like a company as the company', () => {
    expect(texts('Judge Anne Marriott ruled on Monday.')).toEqual([]);
    expect(texts('Dangote Industries grew. Aliko Dangote said he was pleased.')).toEqual([
      'Dangote Industries',
    ]);
    expect(texts('The museum bought a painting by Hieronymus Bosch.')).toEqual([]);
    expect(texts('Police inspector Suresh Mahindra said the road was closed.')).toEqual([]);
  });

  it('does not read a town described as one as the company', () => {
    expect(
      texts('Fans came from Nokia, a town of 35,000 people, and from Hitachi, a city in Ibaraki.'),
    ).toEqual([]);
    expect(texts('Nokia, a Finnish company, cut jobs.')).toEqual(['Nokia']);
  });

  it('reads the names news gives banks, insurers and food companies without their tail', () => {
    expect(found('It competes with Truist and Regions Financial.')).toEqual([
      ['Truist', 'truist-financial', 'name'],
      ['Regions Financial', 'regions-financial', 'name'],
    ]);
    expect(texts('Analysts at Piper Sandler and Raymond James cut Hormel to neutral.')).toEqual([
      'Piper Sandler',
      'Raymond James',
      'Hormel',
    ]);
    expect(texts('Comerica rose, while Western Alliance and Fifth Third gained.')).toEqual([
      'Comerica',
      'Western Alliance',
      'Fifth Third',
    ]);
    // The registered charter is no part of the name.
    expect(found('Shares of Zions Bancorporation climbed.')).toEqual([
      ['Zions Bancorporation', 'zions-bancorporation-national-association', 'name'],
    ]);
    // What is left is a person's or a place's name: no alias of its own.
    expect(texts('Serena Williams met fans in Cincinnati; Williams signed autographs.')).toEqual([]);
    expect(texts('The fifth third of the cake; a western alliance of states.')).toEqual([]);
  });

  it('reads the short forms of names that are people or places once the company is named', () => {
    expect(found('Tyson Foods will shut a plant. Perry said Tyson had been its largest employer.')).toEqual([
      ['Tyson Foods', 'tyson-foods', 'name'],
      ['Tyson', 'tyson-foods', 'name'],
    ]);
    expect(texts('Mike Tyson fought in Las Vegas. Tyson won.')).toEqual([]);
    expect(found('Cleveland-Cliffs idled a furnace. Cliffs bought the mill in 2020.')).toEqual([
      ['Cleveland-Cliffs', 'cleveland-cliffs', 'name'],
      ['Cliffs', 'cleveland-cliffs', 'name'],
    ]);
    expect(texts('Cliffs of chalk rise above the sea.')).toEqual([]);
  });

  it('reads Reuters instrument codes in angle brackets as tickers', () => {
    expect(found('Oracle Corp <ORCL.N> rose, Adobe <ADBE.O> fell and Tencent <0700.HK> was flat.')).toEqual([
      ['Oracle Corp', 'oracle', 'name'],
      ['ORCL.N', 'oracle', 'ticker'],
      ['Adobe', 'adobe', 'name'],
      ['ADBE.O', 'adobe', 'ticker'],
      ['Tencent', 'tencent', 'name'],
      ['0700.HK', 'tencent', 'ticker'],
    ]);
    // Like "(MSFT)", a code counts only for a company the text names.
    expect(texts('Wrap the title in <H1.N> and use <ORCL.N> as a placeholder.')).toEqual([]);
  });

  it('does not read a river, a way of life or a person named like a company as the company', () => {
    expect(texts('Southern Company said power was back. Southern hospitality was in short supply.')).toEqual([
      'Southern Company',
    ]);
    expect(texts('Crews cleaned the Charles River near Watertown.')).toEqual([]);
    expect(texts('Charles River said demand for its research models fell.')).toEqual(['Charles River']);
    expect(texts('A tribute to saxophonist Sonny Rollins opened the festival.')).toEqual([]);
    expect(texts('Rookie running back Jerome Ford scored twice as the Jaguars beat the Titans.')).toEqual([]);
    // A town after a site noun and "in", "near", "around" or "outside"; not a company's possession.
    expect(texts('The storm cut power to homes around Hershey and to a plant outside Corning.')).toEqual([]);
    expect(texts('Meta opened offices near Google’s campus.')).toEqual(['Meta', 'Google']);
    expect(
      texts('Notebooks kept by Nikola Tesla go on show. Tesla hoped to send power without wires.'),
    ).toEqual([]);
  });

  it("does not read an everyday-word name alone in a table cell as the company on its neighbours' words", () => {
    const table = [
      'Deal at a glance',
      'Acquirer',
      'Cisco Systems',
      'Target',
      'Splunk Inc.',
      'Price',
      '$28 billion',
    ];
    expect(texts(table.join('\u2029'))).toEqual(['Cisco Systems', 'Splunk Inc']);
    // Named elsewhere in the text, it is the company in a cell too.
    expect(texts(`Target said sales rose.\u2029${['Target', 'Walmart'].join('\u2029')}`)).toEqual([
      'Target',
      'Target',
      'Walmart',
    ]);
  });

  it("reads Block's former name with its suffix, and not the word square", () => {
    expect(found('Block, known as Square Inc. until 2021, sells card readers.')).toEqual([
      ['Block', 'block', 'name'],
      ['Square Inc', 'block', 'name'],
    ]);
    expect(
      texts('Square Pharmaceuticals rose. The office has 20,000 square feet near Times Square.'),
    ).toEqual([]);
  });

  it('does not read a place where something stands as the company ("its plant in Corning")', () => {
    expect(texts('Corning Inc added shifts at its plant in Corning to meet demand.')).toEqual([
      'Corning Inc',
    ]);
    expect(texts('The chocolate festival in Hershey drew 20,000 visitors.')).toEqual([]);
    expect(texts('Berkshire bought a stake in Apple. Shares in Hershey rose.')).toEqual([
      'Berkshire',
      'Apple',
      'Hershey',
    ]);
  });

  it('reads short forms before lower-case words and acronyms, not before another name', () => {
    expect(texts("JPMorgan Chase & Co beat estimates, with Chase's consumer bank adding deposits.")).toEqual([
      'JPMorgan Chase & Co',
      'Chase',
    ]);
    expect(
      texts('Delta Air Lines raised its outlook. Delta CEO Ed Bastian spoke; Delta shares rose.'),
    ).toEqual(['Delta Air Lines', 'Delta', 'Delta']);
    expect(texts('Tyson Foods cut jobs. Tyson Fury won the fight. Chase Elliott won the race.')).toEqual([
      'Tyson Foods',
    ]);
    expect(found('Frontier Airlines cut fares. Frontier said demand was soft.')).toEqual([
      ['Frontier Airlines', 'frontier-group-holdings', 'name'],
      ['Frontier', 'frontier-group-holdings', 'name'],
    ]);
    expect(found('Mercury Insurance said claims rose; Volvo AB cut output.')).toEqual([
      ['Mercury Insurance', 'mercury-general', 'name'],
      ['Volvo AB', 'volvo-group', 'name'],
    ]);
  });

  it('reads "Reliance" as Reliance Industries where the text names it, and as Reliance Inc. otherwise', () => {
    expect(found('Reliance Industries said retail grew. Reliance shares rose 2.3% in Mumbai.')).toEqual([
      ['Reliance Industries', 'reliance-industries', 'name'],
      ['Reliance', 'reliance-industries', 'name'],
    ]);
    expect(found('Reliance Steel & Aluminum said demand was weak. Reliance shares fell.')).toEqual([
      ['Reliance Steel & Aluminum', 'reliance', 'name'],
      ['Reliance', 'reliance', 'name'],
    ]);
    // Never on its own, never the word, never the start of another name.
    expect(texts('Reliance shares rose 2% on the day.')).toEqual([]);
    expect(
      texts('Reliance Industries raised output. Reliance on coal fell; Reliance Capital was sold.'),
    ).toEqual(['Reliance Industries']);
  });

  it('takes accents as optional one way only: "Nestle" is Nestlé, "über" is no Uber', () => {
    expect(texts('Der Chef sprach über die Zahlen. Über 100 Mitarbeiter kamen über Nacht.')).toEqual([]);
    expect(
      texts('Uber rose; Nestle and Nestlé, Orsted and ØRSTED, Électricité de France and Škoda.'),
    ).toEqual(['Uber', 'Nestle', 'Nestlé', 'Orsted', 'ØRSTED', 'Électricité de France', 'Škoda']);
  });

  it('does not read a name from myth as the company where the text is about myths', () => {
    expect(
      texts(
        'Greek myths on vases: Apollo chasing Daphne, Hermes carrying messages for Zeus, Pandora and her jar.',
      ),
    ).toEqual([]);
    expect(texts('Apollo agreed to buy a stake in Hermes. Nike and Oracle rose.')).toEqual([
      'Apollo',
      'Hermes',
      'Nike',
      'Oracle',
    ]);
    // Only whole words: "Sphera" ends in "hera", "Mythic Labs" begins with "myth".
    expect(texts('Oracle signed a data deal with Sphera and Mythic Labs.')).toEqual(['Oracle']);
    expect(texts('Oracle fell, and the Hera satellite launched.')).toEqual([]);
  });

  it('does not read a god, a river or a star described as one as the company', () => {
    expect(texts('In the myth, Nike, the goddess of victory, crowns the winner.')).toEqual([]);
    expect(texts('Hermes, the messenger god, wore winged sandals.')).toEqual([]);
    expect(texts('Amazon, the river that feeds the forest, flooded.')).toEqual([]);
    expect(texts('The Subaru star cluster is also called the Pleiades.')).toEqual([]);
    // The phrase must end at the noun: a river cruise line is a company.
    expect(texts('Viking, the largest river cruise line, and Nike, the sportswear maker, grew.')).toEqual([
      'Viking',
      'Nike',
    ]);
    expect(texts('Subaru, the carmaker, raised prices.')).toEqual(['Subaru']);
  });

  it('reads the short form news uses once it has named the company in full', () => {
    expect(
      found('Siemens agreed to buy Altair Engineering. Altair said the deal would close.'),
    ).toContainEqual(['Altair', 'altair-engineering', 'name']);
    expect(found('Anglo American Plc rejected the bid. Anglo said the offer undervalued it.')).toContainEqual(
      ['Anglo', 'anglo-american', 'name'],
    );
    expect(texts('Jefferies Financial Group reported results. Jefferies said trading rose.')).toEqual([
      'Jefferies Financial Group',
      'Jefferies',
    ]);
    // Not without the full name, not for a person, and not where the first word is a place.
    expect(texts('Altair is the brightest star in the constellation Aquila.')).toEqual([]);
    expect(texts('Hyatt Hotels hired Tom Hyatt. Tom Hyatt said he was pleased.')).toEqual(['Hyatt Hotels']);
    expect(texts('Vail Resorts raised prices. Vail got heavy snow this week.')).toEqual(['Vail Resorts']);
    // Everyday words that news still uses alone for a company it has named.
    expect(texts('HPE closed its purchase of Juniper Networks. Juniper will run the unit.')).toEqual([
      'HPE',
      'Juniper Networks',
      'Juniper',
    ]);
    expect(texts('Juniper berries flavour gin.')).toEqual([]);
    expect(texts("BP plc sold its stake to Harbour Energy. Harbour's shares rose.")).toEqual([
      'BP plc',
      'Harbour Energy',
      'Harbour',
    ]);
  });

  it('reads the short forms news uses for defence and venture firms, and Emirates as the airline', () => {
    expect(
      texts(
        'Lockheed Martin won. Lockheed said its backlog rose. Northrop Grumman builds the B-21. Northrop fell.',
      ),
    ).toEqual(['Lockheed Martin', 'Lockheed', 'Northrop Grumman', 'Northrop']);
    expect(
      texts(
        'Andreessen Horowitz led the round. Andreessen has invested three times. Marc Andreessen said so.',
      ),
    ).toEqual(['Andreessen Horowitz', 'Andreessen']);
    expect(
      texts('Emirates ordered 65 more Boeing 777X jets, said Tim Clark, president of Emirates.'),
    ).toEqual(['Emirates', 'Boeing', 'Emirates']);
    expect(texts('Oil output in the Emirates rose, the United Arab Emirates said.')).toEqual([]);
    expect(texts('Applied Materials fell. Applied shares fell 5%.')).toEqual([
      'Applied Materials',
      'Applied',
    ]);
    expect(
      texts('Farmers had contracts with ADM and Cargill. Hyatt said it would buy Playa Hotels.'),
    ).toEqual(['ADM', 'Cargill', 'Hyatt', 'Playa Hotels']);
    expect(texts('Works by the painter Elena Hilton; Kevin Hyatt, a teacher, spoke.')).toEqual([]);
    expect(texts('The trader, controlled by the Louis-Dreyfus family, held up.')).toEqual([]);
    expect(
      texts('Wells Fargo beat estimates; executives at Wells cut costs. Judge Maria Wells ruled.'),
    ).toEqual(['Wells Fargo', 'Wells']);
    expect(
      texts('Circle Internet Group listed. Circle will apply for a charter; the inner circle agreed.'),
    ).toEqual(['Circle Internet Group', 'Circle']);
    // The BMW unit is not the engine maker.
    expect(found('BMW said its Rolls-Royce Motor Cars unit had a record year.')).toContainEqual([
      'Rolls-Royce Motor Cars',
      'rolls-royce-motor-cars',
      'name',
    ]);
  });

  it('does not read a short form inside a longer proper noun, before or after it', () => {
    expect(
      texts(
        'Emirates Airline said profit rose. Emirates president Tim Clark said demand held up across the United Arab Emirates and at Emirates Stadium.',
      ),
    ).toEqual(['Emirates Airline', 'Emirates']);
    expect(
      texts(
        'Delta Air Lines said fuel costs fell. The Delta pilots agreed, unlike farmers near the Mississippi Delta.',
      ),
    ).toEqual(['Delta Air Lines', 'Delta']);
  });

  it("keeps a company's own veto words for its everyday-word name, not its longer names", () => {
    expect(texts('Providers Affirm Holdings and Klarna Group plc compete. Affirm that you agree.')).toEqual([
      'Affirm Holdings',
      'Klarna Group plc',
    ]);
  });

  it('reads two everyday-word names joined by a deal as the companies, before or after a time', () => {
    expect(texts('Alphabet agreed to buy Wiz.')).toEqual(['Alphabet', 'Wiz']);
    expect(texts('On Monday, Alphabet agreed to buy Wiz.')).toEqual(['Alphabet', 'Wiz']);
    expect(texts('Alphabet said it would buy Wiz.')).toEqual(['Alphabet', 'Wiz']);
    expect(texts('Alphabet said on Tuesday that it had agreed to acquire Wiz.')).toEqual(['Alphabet', 'Wiz']);
    // A sale of something is no deal between companies.
    expect(texts('The Target sold at auction was a painting.')).toEqual([]);
  });

  it('reads results and share-price moves as strong evidence, not a candidate in the polls', () => {
    expect(texts('Tapestry said quarterly profit rose.')).toEqual(['Tapestry']);
    expect(texts('PVH reported third-quarter revenue of $2.3 billion.')).toEqual(['PVH']);
    expect(texts('Tapestry said third quarter revenue rose.')).toEqual(['Tapestry']);
    expect(texts('Insurers led the market while Progressive slipped 1 percent.')).toEqual(['Progressive']);
    expect(texts('Fox slipped 2 percent in the polls.')).toEqual([]);
    expect(texts('The museum hung a tapestry. The Progressive movement slipped in the polls.')).toEqual([]);
  });

  it('reads a surname after a given name, a title or a middle name as the person', () => {
    expect(
      texts(
        'Senator Elaine Marriott, a Democrat, and Representative Grace Hilton spoke. ' +
          'Marriott, who grew up on a farm, said little.',
      ),
    ).toEqual([]);
    expect(
      texts('The painter Lucia Mercedes Ferrari showed new work. Ferrari, who grew up in Porto, paints.'),
    ).toEqual([]);
    expect(texts('Gallery owner Henri Dior opened a show, and Giulia Ferrero spoke.')).toEqual([]);
    expect(texts('Marriott and Hilton reported higher room rates, while Ferrari raised prices.')).toEqual([
      'Marriott',
      'Hilton',
      'Ferrari',
    ]);
  });

  it('reads the names news gives Yum! Brands, Arch Capital Group and The Hartford', () => {
    expect(found('Yum Brands and Arch Capital rose.')).toEqual([
      ['Yum Brands', 'yum-brands', 'name'],
      ['Arch Capital', 'arch-capital-group', 'name'],
    ]);
    expect(found('The insurer is based in Hartford, Connecticut. The Hartford said claims rose.')).toEqual([
      ['The Hartford', 'hartford', 'name'],
    ]);
  });

  it('reads the companies outside the US that news names, not their homonyms', () => {
    expect(
      found(
        'MS&AD Insurance Group and Sompo Holdings raised prices. Kansai Electric restarted a reactor, and ' +
          "JR Central ordered trains. CJ Logistics, Jeju Air and JDE Peet's reported results.",
      ).map(([, id]) => id),
    ).toEqual([
      'ms-and-ad',
      'sompo',
      'kansai-electric-power',
      'central-japan-railway',
      'cj-logistics',
      'jeju-air',
      'jde-peets',
    ]);
    // Trent, the Indian retailer, is not Rolls-Royce's engine nor the river.
    expect(
      texts('Rolls-Royce said flying hours on its Trent engines had risen. Barges on the River Trent.'),
    ).toEqual(['Rolls-Royce']);
    expect(texts('Trent, the Tata group retailer, said sales rose 20%.')).toContain('Trent');
  });

  it('reads the short forms and names h17 found missing, and no person, town or port as a company', () => {
    expect(
      found(
        'Apollo Hospitals raised prices; Apollo said demand rose. Sun Pharma said Sun would grow. ' +
          'Electronic Arts said EA would cut jobs. MSD, Interpublic Group, Fubo and Coca-Cola FEMSA rose.',
      ).map(([text, id]) => `${text}:${id}`),
    ).toEqual([
      'Apollo Hospitals:apollo-hospitals',
      'Apollo:apollo-hospitals',
      'Sun Pharma:sun-pharma',
      'Sun:sun-pharma',
      'Electronic Arts:electronic-arts',
      'EA:electronic-arts',
      'MSD:merck',
      'Interpublic Group:interpublic-group-of-companies',
      'Fubo:fubotv',
      'Coca-Cola FEMSA:coca-cola-femsa-sab-de-cv',
    ]);
    expect(texts('Analyst Jordan Abbott said margins were thin. Ploy Nestle and Kenta Sega spoke.')).toEqual(
      [],
    );
    expect(texts('COFCO International expanded its port terminal in Santos.')).toEqual([
      'COFCO International',
    ]);
    // A headline over a story about the town, and one over a story about the company.
    expect(
      texts(
        'Council Approves New Library for Hershey\nThe township council in Hershey, Pennsylvania, voted on Monday.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'Hershey Raises Chocolate Prices Again\nHershey said on Monday it would raise prices. Its plant in Hershey, Pennsylvania, runs.',
      ),
    ).toEqual(['Hershey', 'Hershey']);
  });

  it("reads law firms and private-markets names, and a company described as the city's largest", () => {
    expect(
      found(
        "Kirkland & Ellis and Latham & Watkins advised Ardian. Sun Hung Kai Properties, the city's largest developer, rose. " +
          'EQT AB agreed to buy a stake; EQT said in Stockholm. Packaging Corp. of America raised prices; PCA said.',
      ).map(([text, id]) => `${text}:${id}`),
    ).toEqual([
      'Kirkland & Ellis:kirkland-and-ellis',
      'Latham & Watkins:latham-and-watkins',
      'Ardian:ardian',
      'Sun Hung Kai Properties:sun-hung-kai-properties',
      'EQT AB:eqt-ab',
      'EQT:eqt-ab',
      'Packaging Corp. of America:packaging-corporation-of-america',
      'PCA:packaging-corporation-of-america',
    ]);
    // Without EQT AB named, "EQT" is the US gas producer; the STOXX index is no company.
    expect(found('EQT said gas output rose. The Stoxx 600 fell.')).toEqual([['EQT', 'eqt', 'name']]);
    expect(texts('Lena Marriott spoke.')).toEqual([]);
  });

  it('reads what h19 found: a family, a football club, units named after their groups, NSE codes', () => {
    expect(texts('Jamie Marriott and Ella Hilton sang; the Hilton family band played.')).toEqual([]);
    expect(texts("Meta's family of apps grew.")).toEqual(['Meta']);
    expect(texts('Santos fans cheered as the club reached the top division.')).toEqual([]);
    expect(
      found(
        'SoftBank Corp. raised prices. Toyota Fudosan and Lotte Chemical rose. Reliance Industries (RELIANCE.NS) fell.',
      ).map(([text, id]) => `${text}:${id}`),
    ).toEqual([
      'SoftBank Corp.:softbank-corp',
      'Toyota Fudosan:toyota-fudosan',
      'Lotte Chemical:lotte-chemical',
      'Reliance Industries:reliance-industries',
      'RELIANCE.NS:reliance-industries',
    ]);
    expect(
      found(
        'Marsh McLennan said Marsh would hire. CME Group said CME volumes rose. Millicom and Planet Labs rose.',
      ).map(([text, id]) => `${text}:${id}`),
    ).toEqual([
      'Marsh McLennan:marsh-mclennan',
      'Marsh:marsh-mclennan',
      'CME Group:cme-group',
      'CME:cme-group',
      'Millicom:millicom-international-cellular',
      'Planet Labs:planet-labs-pbc',
    ]);
  });

  it('reads Sky, Lionsgate and Sony Music as news names them, not the sky nor a programme called Blue Sky', () => {
    expect(
      found(
        'In Europe, Sky, the pay-TV group owned by Comcast, cut jobs. Lionsgate agreed to sell its film library to Sony Music.',
      ).map(([text, id]) => `${text}:${id}`),
    ).toEqual(['Sky:sky', 'Comcast:comcast', 'Lionsgate:lionsgate-studios', 'Sony Music:sony-music']);
    expect(texts('The sky was clear. A loyalty partnership called Blue Sky. Sky News reported it.')).toEqual(
      [],
    );
  });

  it("reads another exchange's symbol only for a company from outside the US", () => {
    // TSX: MG is Magna, not Mistras Group; TSX: T is Telus, not AT&T; LSE: BA. is BAE Systems.
    expect(
      found('Telus (TSX: T) and Loblaw (TSX: L) fell; BAE Systems (LSE: BA.) rose; Magna (TSX: MG) too.')
        .filter(([, , kind]) => kind === 'ticker')
        .map(([text, id]) => `${text}:${id}`),
    ).toEqual(['BA:bae-systems']);
    expect(found('Apple (NASDAQ: AAPL) rose.').map(([text, id]) => `${text}:${id}`)).toEqual([
      'Apple:apple',
      'AAPL:apple',
    ]);
  });

  it("keeps a US listing's ticker with its company when a company elsewhere trades under the same letters", () => {
    // Admiral Group is ADM in London, Webuild WBD in Milan, Public Power Corporation PPC in Athens.
    const ids = found(
      "Archer-Daniels-Midland (ADM), Warner Bros. Discovery (WBD) and Pilgrim's Pride (PPC) rose.",
    ).map(([text, id]) => `${text}:${id}`);
    expect(ids).toEqual([
      'Archer-Daniels-Midland:archer-daniels-midland',
      'ADM:archer-daniels-midland',
      'Warner Bros. Discovery:warner-bros-discovery',
      'WBD:warner-bros-discovery',
      "Pilgrim's Pride:pilgrims-pride",
      'PPC:pilgrims-pride',
    ]);
  });

  it('reads "Co" for "Company" and "Corp" for "Corporation"', () => {
    expect(found('Abu Dhabi National Oil Co. and Mediterranean Shipping Co. signed.')).toEqual([
      ['Abu Dhabi National Oil Co', 'adnoc', 'name'],
      ['Mediterranean Shipping Co', 'msc', 'name'],
    ]);
  });
});

describe('the shipped gazetteer', () => {
  const companies = shippedGazetteer().companies;

  it("shows readable names, without the SEC's legal form or state of incorporation", () => {
    // SoftBank Corp. is the name that tells the telecoms company from SoftBank Group.
    const named = new Set(['SoftBank Corp.']);
    const unreadable = companies.filter(
      (c) =>
        !named.has(c.name) &&
        /(?:\/|\\|\sInc\.?|\sCorp\.?|,|\/ ?[A-Z]{2}|\sDE|\snew|\.(?:DE|new)|\sParent(?: Holdings)?)$|^[A-Z\s]{12,}$/.test(
          c.name,
        ),
    );
    expect(unreadable.map((c) => c.name)).toEqual([]);
  });

  it('keeps the acronyms of names the SEC writes in capitals, and the words that are no acronym', () => {
    const name = (id: string) => companies.find((c) => c.id === id)?.name;
    expect(name('aci-worldwide')).toBe('ACI Worldwide');
    expect(name('oge-energy')).toBe('OGE Energy');
    expect(name('renaissancere-holdings')).toBe('RenaissanceRe Holdings');
    expect(name('mastec')).toBe('MasTec');
    expect(name('zura-bio')).toBe('Zura Bio');
    expect(name('bel-fuse')).toBe('Bel Fuse');
  });

  it('gives a headquarters city only where one is known', () => {
    expect(companies.filter((c) => c.hq !== undefined && !/\p{L}{2}/u.test(c.hq)).map((c) => c.id)).toEqual(
      [],
    );
    expect(companies.filter((c) => /^(?:none|n\/a|unknown)$/i.test(c.hq ?? '')).map((c) => c.id)).toEqual([]);
  });
});

describe('what the publisher-page review found (ux7)', () => {
  it('reads a lawsuit filed against a company as evidence for both sides', () => {
    expect(texts('Snap filed a lawsuit against Meta on Tuesday.')).toEqual(['Snap', 'Meta']);
    expect(texts('Snap filed an antitrust lawsuit against Meta.')).toEqual(['Snap', 'Meta']);
    expect(texts('In a snap decision, the board met.')).toEqual([]);
  });

  it('does not read an index in a markets strip as the company of the same name', () => {
    expect(texts('STOXX 600 +0.4% Dow +0.3% Nasdaq -0.1% FTSE 100 ▲ 0.2%')).toEqual([]);
    expect(texts('Dow Inc +2.1% and Nasdaq Inc −0.4% in late trading.')).toEqual(['Dow Inc', 'Nasdaq Inc']);
    expect(texts('Dow said quarterly sales fell 3%.')).toEqual(['Dow']);
  });

  it('reads a town, a founder and a trust named after a company as none of its mentions', () => {
    expect(texts("Back in Hershey, the town's chocolate factory still smells sweet.")).toEqual([]);
    expect(texts('Milton Hershey founded the company in 1894.')).toEqual([]);
    expect(texts('The Hershey Trust controls the company.')).toEqual([]);
    // A company described as the town's employer is still the company.
    expect(texts("Workers in Hershey, the city's biggest employer, struck on Monday.")).toEqual(['Hershey']);
  });

  it('knows the names news uses for some listed companies, in lists too', () => {
    expect(found('Alaska Airlines said it would add flights to Hawaii.')).toEqual([
      ['Alaska Airlines', 'alaska-air-group', 'name'],
    ]);
    expect(texts('Payroll firms Toast and ADP both reported on Thursday.')).toEqual(['Toast', 'ADP']);
  });
});

describe('what blind set h20 found', () => {
  it('reads founders, surnames and places named like companies as none of their mentions', () => {
    expect(texts("Honda unveiled a statue of founder Soichiro Honda at the company's headquarters.")).toEqual(
      ['Honda'],
    );
    expect(texts('It was a painful moment for the company Ferdinand Porsche founded.')).toEqual([]);
    // A short form the text used for a person stays the person, though the company is named in full.
    expect(
      texts(
        'Tom Wells runs a bakery. Wells said the Wells Fargo branch next door had helped. Wells Fargo agreed.',
      ),
    ).toEqual(['Wells Fargo', 'Wells Fargo']);
    expect(texts('Antofagasta said output rose. Its mines in the Antofagasta region lack water.')).toEqual([
      'Antofagasta',
    ]);
    // A place of that name does not make the company a place from then on.
    expect(
      texts('Deforestation in the Amazon region slowed. Amazon said its warehouses would expand.'),
    ).toEqual(['Amazon']);
    expect(texts('Disney is folding its Hulu app into Disney+ next year.')).toEqual(['Disney', 'Hulu']);
    // Named as the company before its founder: the company after him too; a town stays a town.
    expect(
      texts(
        'Porsche cut its forecast, a blow to the company Ferdinand Porsche founded. Volkswagen owns most of Porsche.',
      ),
    ).toEqual(['Porsche', 'Volkswagen', 'Porsche']);
    expect(
      texts(
        'Hershey said on Monday it would cut jobs. Back in Hershey, Pennsylvania, workers worried. In Hershey, the mood was grim.',
      ),
    ).toEqual(['Hershey']);
    // Strong evidence without a cue word near.
    expect(
      texts(
        'Antofagasta, the London-listed miner controlled by the Luksic family, raised its production guidance.',
      ),
    ).toEqual(['Antofagasta']);
  });

  it('reads a markets strip of symbols and changes as tickers, not indices', () => {
    expect(found('AAPL +1.2% MSFT -0.5% NVDA -2.1% DOW +0.2% SPX +0.1%').map((f) => f[1])).toEqual([
      'apple',
      'microsoft',
      'nvidia',
    ]);
    expect(texts('GDP +0.3% in the quarter, CPI +2.1% on the year.')).toEqual([]);
  });

  it('knows the phrases and names news uses for more companies', () => {
    expect(texts('Mondelez said cocoa costs eased. The Oreo maker raised prices.')).toEqual([
      'Mondelez',
      'The Oreo maker',
    ]);
    expect(texts('Tesla jumped after the electric-car maker said deliveries rebounded.')).toEqual([
      'Tesla',
      'the electric-car maker',
    ]);
    expect(texts('Shares of Chipotle rose; chipotle peppers and Chipotle sauce are no company.')).toEqual([
      'Chipotle',
    ]);
    expect(texts('Rockstar Games released a trailer, and Kohler Co. will expand.')).toEqual([
      'Rockstar Games',
      'Kohler Co',
    ]);
  });
});

describe('what the second publisher-page review (ux8) and blind set h21 found', () => {
  it("does not let a byline's surname switch the company off for the whole article", () => {
    expect(
      texts(
        'By Jordan Ford and Amy Dell. Ford and General Motors have both scaled back. Ford said on Tuesday it would take a $1.5 billion charge.',
      ),
    ).toEqual(['Ford', 'General Motors', 'Ford']);
    expect(
      texts(
        'Par Claire Renault et Thomas Vinci. Le constructeur Renault a vendu le site. Le groupe de BTP Vinci a gagné.',
      ),
    ).toEqual(['Renault', 'Vinci']);
    // A person's name stays a person's where nothing of a company is near.
    expect(texts('Leonard Cohen sang. Cohen wrote letters to his friends.')).toEqual([]);
    expect(texts('Florian Linde wrote this. Martin Bouygues spoke.')).toEqual([]);
  });

  it('reads a name and its ticker in the cells of a table row as the company', () => {
    const P = '\u2029';
    const table = [
      'Company',
      'Ticker',
      'EPS',
      'Apple',
      'AAPL',
      '1.52',
      'Shell',
      'SHEL',
      '1.30',
      'Target',
      'TGT',
      '2.05',
    ];
    expect(texts(table.join(P))).toEqual(['Apple', 'AAPL', 'Shell', 'SHEL', 'Target', 'TGT']);
    // Not a symbol of another company, nor one in a cell of its own.
    expect(texts(['Apple', 'TGT', 'Target practice'].join(P))).toEqual([]);
  });

  it('reads the home a text gives a shared name: Darmstadt-based Merck is Merck KGaA', () => {
    expect(found('Darmstadt-based Merck raised its outlook.')[0]?.[1]).toBe('merck-kgaa');
    expect(found('Der Darmstädter Pharmakonzern Merck hob die Prognose an.')[0]?.[1]).toBe('merck-kgaa');
    expect(found('Merck said Keytruda sales rose.')[0]?.[1]).toBe('merck');
  });

  it('reads venues, buildings and rivers named after companies as none of their mentions', () => {
    expect(texts('Visitors to Brookfield Place in lower Manhattan shop there.')).toEqual([]);
    expect(texts('Students will perform at the Ford Community & Performing Arts Center.')).toEqual([]);
    expect(texts('It takes its name from the Rio Tinto river in southern Spain.')).toEqual([]);
  });

  it('takes appositions and reports of orders as evidence, and more names as news writes them', () => {
    expect(texts('Tapestry, the New York owner of Coach and Kate Spade, said sales rose.')).toEqual([
      'Tapestry',
      'Kate Spade',
    ]);
    expect(
      texts('She is a partner at Benchmark, the Silicon Valley firm famous for backing startups.'),
    ).toEqual(['Benchmark']);
    expect(
      texts('The airline lifted its target; and Leonardo reported orders for its M-346 trainer.'),
    ).toEqual(['Leonardo']);
    expect(texts('Ein Händler der Deutschen Bank sagte, SL Green und British Gas seien betroffen.')).toEqual([
      'Deutschen Bank',
      'SL Green',
      'British Gas',
    ]);
  });
});

describe('what blind set h22 found', () => {
  it('reads tickers in strips with commas and in rows written with bars', () => {
    expect(texts('Banks like it: JPM +0.9%, BAC +1.1%, WFC +0.7%.')).toEqual(['JPM', 'BAC', 'WFC']);
    expect(texts('Palantir | PLTR | +4.2% / Target | TGT | -3.1%')).toEqual([
      'Palantir',
      'PLTR',
      'Target',
      'TGT',
    ]);
  });

  it('reads everyday-word names after "providers such as" and in a list with one accepted', () => {
    expect(texts('Choose a low-cost provider such as Vanguard or Fidelity for the account.')).toEqual([
      'Vanguard',
      'Fidelity',
    ]);
    expect(texts('He ate an apple, a pear or Target practice.')).toEqual([]);
    // An apposition that goes on with a phrase of place.
    expect(texts('He plans to apply at Kohler, the plumbing manufacturer an hour south of here.')).toEqual([
      'Kohler',
    ]);
  });

  it('knows more companies and the names news uses for them', () => {
    expect(
      found(
        'Air France-KLM and IAG rose. Porsche SE wrote down its stake. Graphic Packaging will close a plant.',
      ),
    ).toEqual([
      ['Air France-KLM', 'air-france-klm', 'name'],
      ['IAG', 'international-airlines-group', 'name'],
      ['Porsche SE', 'porsche-se', 'name'],
      ['Graphic Packaging', 'graphic-packaging-holding', 'name'],
    ]);
  });
});
