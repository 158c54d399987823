import type { DealParty, DealStatus, DealType, PartyRole } from '../db/models';
import { escapeRegExp } from '../detect/gazetteer';
import type { Matcher } from '../detect/matcher';
import type { Mention } from '../detect/types';
import { companyLabel, UNLISTED } from './format';
import { findDate, findMoney, findQuantity } from './parse';
import { dealKey } from './review';

/**
 * Offline deal extraction: from an article's sentences, suggest deal facts ("Xiaomi bought about
 * 1,500 patents from Microsoft"). Sentences are rewritten with company mentions as numbered
 * slots, then matched against patterns of deal verbs and nouns that say who did what to whom.
 * Precision comes first: hedged or negated sentences ("denies talks to buy", "could acquire",
 * "bought back shares", "the deal was blocked") suggest nothing, since a wrong suggestion costs
 * the reader more than a missed one. A deal plainly called off ("terminated its agreement to
 * acquire", "called off their merger") is suggested as cancelled.
 */

/** A suggested deal, with its evidence. */
export interface ExtractedDeal {
  type: DealType;
  parties: DealParty[];
  summary: string;
  asset?: string;
  quantity?: number;
  value?: { amount: number; currency: string };
  announced?: string;
  status: DealStatus;
  /** The sentence it came from, as written. */
  sentence: string;
}

interface Pattern {
  type: DealType;
  re: RegExp;
  /** Role of each captured slot, by group name a, b, c. */
  roles: Partial<Record<'a' | 'b' | 'c', PartyRole>>;
  /** The pattern's own words would read as a hedge ("a jury ordered X to pay Y"): skip that check. */
  unhedged?: boolean;
}

const R = String.raw;
/** A company slot, optionally possessive ("⟦0⟧'s"). */
const S = (name: string) => R`⟦(?<${name}>\d+)⟧(?:'s)?`;
/**
 * Words that may stand before a target: its owner ("Elon Musk's xAI") or what it is ("the Indian
 * lender Yes Bank", "the Chinese AI startup Moonshot AI").
 */
const DESCRIBED = R`(?:[a-z.-]+\s){0,2}?(?:[\w.-]+'s\s+|(?:(?:the|a|an)\s+)?(?:[\w-]+\s){0,3}?(?:lender|bank|startup|company|firm|maker|retailer|group|carrier|operator|insurer|developer|chipmaker|automaker|carmaker|miner|airline|conglomerate|supplier|manufacturer|producer|provider|platform|publisher|studio|brewer|drugmaker|consultancy|manager|utility|shipbuilder|broker|exchange|marketplace|distributor|contractor)\s+)`;
/** A company slot that must be possessive: "⟦0⟧'s modem business". */
const SP = (name: string) => R`⟦(?<${name}>\d+)⟧'s`;
// Words between a subject and its verb: an aside in commas, a relative clause, auxiliaries,
// "said on Monday that it would", "agreed in January 2014 to", "struck a deal to", and the "to"
// of a headline ("Microsoft to buy Activision").
const SUBJ = R`(?:\s*\([^()⟦]{1,30}\))?(?:,(?:[^,⟦]|⟦\d+⟧'s){0,80},|,\s(?:the|a|an)\s(?:[^,⟦]|⟦\d+⟧(?:'s)?){0,80},|,\s(?:which|who|whose|that)\s[^,;]{0,110},|,?\s*(?:which|that|who)\s)?\s*(?:(?:has|have|had|been|is|was|will|would|did|also|first|already|previously|recently|later|then|finally|now|formally|officially|on \w+|this week|late \w+|today|yesterday|(?:said|disclosed|confirmed|announced)(?: [\w ]{0,20}?)?(?: that)? (?:it|they)(?: had| has| would| will| was| is| were| are)?)\s+){0,4}(?:(?:agreed|agrees|agree) (?:(?:in|on|last|this|earlier) [^⟦,;]{1,30} )?to |(?:struck|reached|signed|clinched|sealed|inked|entered into|enters into) an? (?:[\w$.-]+ ){0,3}(?:deal|agreement) to |(?:won|received|got|secured) (?:\w+ )?(?:approval|clearance) to |is set to |is to |plans to |(?:will |agreed to |to )?(?:pay|spend) (?:about |nearly |more than |up to )?[$€£¥][\d.,]+\s?(?:trillion|billion|million|tn|trn|bn|m)?(?: in (?:cash|stock))? to |will |has |have |to )?`;
// A short object phrase: a few words, never a preposition that would change the meaning.
const OBJ = R`(?:(?!from\b|to\b|with\b|for\b|in\b|on\b|by\b|and\b)[\w'’%$.,-]+\s){0,5}?`;
// Any words in between (no other company, no sentence end; "68.7" is fine).
const GAP = R`(?:[^⟦.;]|\.(?=\d)){0,80}?`;
const BUY = R`(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|take over|takes over|took over|taking over|snap(?:ped|s)? up|pick(?:s|ed)? up|(?:took|takes|take|taking|gained|gains|won|wins) (?:full |majority |outright )?control of|complet(?:ed|es) (?:its |the )?(?:acquisition|purchase|takeover) of|clos(?:ed|es) (?:its |the )?(?:acquisition|purchase|takeover) of)`;
/** A stake made smaller: "trimmed its holding in Apple". */
/**
 * What ends a deal, before it: "abandoned", "called off", "terminated". Not "blocked": a deal a
 * regulator blocks often goes ahead after an appeal or with remedies (Microsoft and Activision).
 */
const CALLED_OFF_VERB = R`(?:abandoned|scrapped|called off|terminated|ended|dropped|walked away from)`;
/** ... and after it: "collapsed", "was abandoned". */
const CALLED_OFF_AFTER = R`(?:collapsed|fell through|(?:was|were|has been|had been)\s+(?:abandoned|scrapped|terminated|called off|dropped))`;
/** "deal to buy", "agreement to acquire". */
const DEAL_TO_BUY = R`(?:deal|agreement|plan|bid|offer)\s+to\s+(?:buy|acquire|purchase|take over)`;
/**
 * Talks about a deal, rewritten to the deal they are about (see extractFromSentence): "is in
 * advanced talks to acquire", "is exploring a purchase of", "has approached ⟦1⟧ about a possible
 * takeover".
 */
const TALKS =
  /\s(?:is|are|was|were|has been)\s+(?:in\s+(?:advanced\s+|late-stage\s+|exclusive\s+|early\s+|preliminary\s+)?(?:talks|discussions|negotiations)\s+to\s+(?:acquire|buy|take over)|exploring\s+(?:a\s+)?(?:possible\s+)?(?:purchase|acquisition|takeover)\s+of)(?=\s+⟦)|\s(?:has\s+|had\s+)?approached\s+(⟦\d+⟧)\s+about\s+(?:a\s+)?(?:possible\s+|potential\s+)?(?:takeover|acquisition|deal|purchase)\b/;
/** "the chipmaker's purchase of": a purchase by a company the phrase describes (see dealIn). */
const OTHERS_PURCHASE =
  /\b(?:the|its|their)\s+[\w-]+['’]s\s+(?:[\w$€£.,-]+\s){0,3}?(?:purchase|acquisition|takeover|buyout)\s+of\b/;

/** A report of talks denied or ended. */
const DENIED =
  /\b(?:den(?:y|ies|ied|ying)|rejected|rebuffed|no longer|not|never|ended|broke off|walked away)\b/i;

/** A deal held up that went ahead after all: "was blocked in China for a year before it closed". */
const WENT_AHEAD =
  /\b(?:before|until|but)\b[^.;]*\b(?:closed|completed|went ahead|went through|was approved)\b/i;
/** A sentence that says a deal was called off (see CANCEL_PATTERNS). */
const CALLED_OFF =
  /\b(?:terminat(?:ed|es|ing|ion)|called off|calls off|call off|scrap(?:s|ped|ping)|collapsed|fell through|abandon(?:ed|s|ing)?|walked away|ended|dropped|drops|withdr[ae]w\w*)\b/i;
const STAKE_CUT = R`(?:trim|trims|trimmed|cut|cuts|reduce|reduces|reduced|pare|pares|pared|lower|lowers|lowered)`;
const SELL = R`(?:sell|sells|sold|selling|divest(?:s|ed)?|offload(?:s|ed)?|spun off|spin off|(?:complet|clos|finali[sz])(?:ed|es) (?:the |its )?sale of)`;
/**
 * After a company: it names what was bought ("Microsoft patents", "Apple shares", "Comcast's
 * stake"), not a target.
 */
const NOT_TARGET = R`(?!['’]s\b|\s+(?:[\w-]+\s+)?(?:patents?|shares?|plants?|factory|factories|refiner(?:y|ies)|mines?|terminals?|fabs?|stock|products?|devices?|phones?|handsets?|chips?|software|services?|apps?|bonds?|debt|equipment|components?|parts|licen[cs]es?|jets?|planes?|aircraft|airplanes?|cars?|vehicles?|trucks?|engines?|servers?|processors?|accelerators?|memory|displays?|screens?|panels?|batteries|modems?|ads|advertising|content|shows|films|games|consoles?|laptops?|tablets?|TVs?|televisions?|capacity|power|electricity|gas|oil|crude|steel|coal|tickets?)\b)`;
/** What one company makes for another: "chips", "OLED panels", "iPhones". */
const PRODUCT = R`(?:vans?|buses|chips?|semiconductors?|processors?|modems?|memory|panels?|displays?|screens?|batter(?:y|ies)|cells|components?|parts|engines?|servers?|phones?|smartphones?|iPhones?|handsets?|devices?|cars?|vehicles?|trucks?|planes?|jets?|aircraft|ships?|vessels?|turbines?|reactors?|satellites?|rockets?|drugs?|vaccines?|doses|medicines?|models?|software|systems?)`;
const UNIT = R`(?:[\w-]+\s){0,3}(?:business|businesses|unit|division|operations|assets|arm|plants?|factory|factories|team|laborator(?:y|ies)|labs?|subsidiary|segment|brands?|portfolios?|channels?|catalogues?|catalogs?|networks?|campus(?:es)?|data cent(?:re|er)s?|mines?|refiner(?:y|ies)|terminals?|fabs?|stores|hotels?|towers?|fleet|fields?|oilfields?|blocks?)\b`;

/**
 * A pattern whose RegExp is made the first time it is tried: a hundred long RegExps made when the
 * content script starts were part of a task of over 50 ms on a page, for suggestions that are read
 * only when the popup asks for them.
 */
const pattern = (type: DealType, roles: Pattern['roles'], source: string, unhedged = false): Pattern => {
  let re: RegExp | undefined;
  return {
    type,
    roles,
    get re() {
      re ??= new RegExp(source);
      return re;
    },
    unhedged,
  };
};

const PATTERNS: Pattern[] = [
  // Royalties received: "Qualcomm would receive royalties from Huawei under the new licence".
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('a')}${SUBJ}(?:would |will )?(?:receive|receives|received|collect|collects|collected|earn|earns|earned)\s+(?:[\w$.,-]+\s){0,3}?(?:royalties|licen[cs]e fees|licensing fees)\s+from\s+${S('b')}`,
  ),
  // "Nokia said that Microsoft would pay it 5.44 billion euros for its handset business"
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('b')}\s+said\b[^⟦.;]{0,30}?\s${S('a')}\s+(?:would|will|had agreed to|has agreed to|agreed to)\s+pay\s+it\s${GAP}\bfor\s+(?:its|their)\s(?<asset>${UNIT})`,
  ),
  // A payment for a licence: "Apple will pay Qualcomm an undisclosed sum to license its patents".
  pattern(
    'licence',
    { a: 'licensee', b: 'licensor' },
    R`${S('a')}${SUBJ}(?:pay|pays|paid|paying)\s+${S('b')}\s${GAP}\b(?:to licen[cs]e|for (?:a |the )?(?:[\w-]+ ){0,2}licen[cs]e|in licen[cs]ing fees|in royalties|royalties)\b`,
  ),
  // Patents change hands.
  // "X buys 1,500 Y patents": the company names whose patents they were.
  pattern(
    'patent-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s${OBJ}${S('b')}\s+(?:[\w-]+\s+)?patents?\b`,
  ),
  pattern(
    'patent-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s${GAP}\bpatents?\b${GAP}\bfrom\s${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'buyer', b: 'seller' },
    // "Microsoft paid $1.06 billion for about 800 patents owned by AOL"
    R`${S('a')}${SUBJ}(?:${BUY}|(?:pay|pays|paid|paying)\s${GAP}\bfor)\s${GAP}\bpatents?\s+(?:owned|held)\s+by\s+${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'seller', b: 'buyer' },
    R`${S('a')}${SUBJ}${SELL}\s${GAP}\bpatents?\b${GAP}\bto\s${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'seller', b: 'buyer' },
    // A purchase in an opening participle, its buyer the subject after the comma: "Acquiring
    // roughly 600 wireless patents from Sharp, Huawei said it had paid ¥30 billion".
    R`^(?:after\s+)?(?:acquiring|buying|purchasing)\s(?:[^⟦.;,]){0,60}?\bpatents?\b(?:[^⟦.;,]){0,30}?\bfrom\s+${S('a')},\s+${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'seller', b: 'buyer' },
    // "3,000 patents held by BlackBerry were sold to Huawei"
    R`\bpatents?\s+(?:owned|held)\s+by\s+${S('a')}\s+(?:were|was|have been|had been|are being|will be)\s+(?:sold|transferred)\s+to\s+${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'buyer', b: 'seller' },
    // "paid $900 million for 2,400 patents from HTC"
    R`${S('a')}${SUBJ}(?:together\s+)?(?:pay|pays|paid|paying)\s${GAP}\bfor\s${GAP}\bpatents?\s+from\s+${S('b')}`,
  ),
  pattern(
    'patent-purchase',
    { a: 'buyer', b: 'seller' },
    // Not a payment to end a patent dispute: that is a settlement.
    R`${S('a')}${SUBJ}(?:pay|pays|paid|paying)\s+${S('b')}\s(?:(?!\bto (?:settle|resolve|end)\b|\blicen[cs]e\b)${GAP})\bpatents?\b(?!\s+(?:disputes?|cases?|lawsuits?|suits?|fights?|battles?|war|wars|infringement|claims?|litigation))`,
  ),
  // Licences.
  pattern(
    'cross-licence',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${GAP}\bcross[- ]?licen[cs]`,
  ),
  pattern(
    'cross-licence',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${GAP}\blicen[cs]e\s+each\s+other's\b`,
  ),
  pattern(
    'cross-licence',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${GAP}\bcross[- ]?licen[cs]\w*${GAP}\bwith\s+${S('b')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('a')}${GAP}\blicen[cs](?:ed|es|ing)\s${GAP}\bto\s+${S('b')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    // "Arm, which is majority owned by SoftBank, licenses its designs to Apple"
    R`${S('a')}${SUBJ}licen[cs](?:ed|es|ing)\s${GAP}\bto\s+${S('b')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    // "agreed to license its video patents to Amazon"
    R`${S('a')}${SUBJ}(?:to |will )?licen[cs]e\s(?:its |their |some of its |the |a )${GAP}\bto\s+${S('b')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('b')}${SUBJ}(?:licen[cs](?:ed|es|e)|obtained a licen[cs]e|took a licen[cs]e|signed a licen[cs]e)\s${GAP}\bfrom\s+${S('a')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    // "Volkswagen said it had licensed Gotion High-Tech's cell design": the subject takes the licence.
    R`${S('b')}${SUBJ}licen[cs]ed\s+${SP('a')}\s(?:[\w-]+\s){0,4}?(?:designs?|technology|technologies|patents?|ip|chemistry|architecture|software|platform|formula|drugs?|compounds?|content|catalogue|catalog|brand|characters|rights|process|know-how)\b(?!${GAP}\bto\s+⟦)`,
  ),
  pattern(
    'licence',
    { a: 'licensee', b: 'licensor' },
    // "Netflix signed a licensing deal with Disney giving it the rights to Disney's films": the
    // rights go to the subject.
    R`${S('a')}${SUBJ}(?:signed|struck|reached|agreed|renewed|extended)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s){0,3}licen[cs](?:ing|e)(?:\s+(?:deal|agreement|pact|contract))?\s+with\s+${S('b')},?\s+(?:(?:that\s+)?(?:giving|gives|gave|granting|grants|granted)\s+(?:it|them)\b|(?:securing|gaining|winning|obtaining)\s+(?:the\s+)?(?:[\w-]+\s){0,3}rights\b)`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('a')}${SUBJ}(?:signed|struck|reached|agreed|renewed|extended)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s){0,3}licen[cs](?:ing|e)(?:\s+(?:deal|agreement|pact|contract))?\s+with\s+${S('b')}`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('a')}${SUBJ}(?:granted|grants|gave|gives)\s+${S('b')}\s+an?\s+(?:[\w-]+\s){0,3}licen[cs]e`,
  ),
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${S('b')}${SUBJ}(?:taken|took|takes|obtained|signed|acquired)\s+an?\s+(?:[\w-]+\s){0,2}licen[cs]e\s+(?:to|for|from)\s+${S('a')}`,
  ),
  // Preinstalled apps.
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    R`${S('a')}${GAP}\b(?:pre-?install(?:ed)?|pre-?loaded|bundled)\s+(?:on|in|with)\s+${S('b')}`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    // "Amazon's Alexa will be built into BMW's cars"
    R`${SP('a')}\s(?:[\w+-]+\s){1,3}(?:will be|is|are|was|were|comes?|came)\s+built\s+into\s+${S('b')}`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    // "Samsung phones ... will ship with Microsoft's Office apps"
    R`${S('b')}\s(?:[\w-]+\s){0,5}?(?:will\s+)?(?:ship|come|arrive|launch)\s+with\s+${SP('a')}\s(?:[\w+-]+\s){0,3}?(?:apps?|software|assistant|services?|browser|search engine)\b`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    // "Xiaomi has been shipping phones with Microsoft's Office apps"
    R`${S('b')}${SUBJ}(?:ship|ships|shipped|shipping|sell|sells|sold|selling)\s+(?:its\s+|their\s+)?(?:[\w-]+\s){0,2}?(?:phones|smartphones|handsets|devices|laptops|pcs|computers|tablets|tvs|cars)\s+with\s+${SP('a')}\s(?:[\w+-]+\s){0,3}?(?:apps?|software|assistant|services?|browser|search engine)\b`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    // "Samsung agreed to put Google's Gemini assistant on its Galaxy phones"
    R`${S('b')}${SUBJ}(?:put|puts|putting|preload|preloads|bundle|bundles)\s+${SP('a')}\s(?:[\w+-]+\s){0,3}?(?:apps?|software|assistant|services?|browser|search engine)\s+(?:on|in|with)\s+(?:its|their)\b`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    // "Spotify will be the default music service on Samsung's TVs"
    R`${S('a')}${SUBJ}(?:be|is|becomes|became|will be)\s+the\s+default\s+(?:[\w-]+\s){0,3}?(?:on|in)\s+${S('b')}`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    R`${S('b')}${SUBJ}(?:will )?pre-?install(?:s|ed)?\s${GAP}${S('a')}`,
  ),
  pattern(
    'preinstall',
    { a: 'licensor', b: 'licensee' },
    R`${S('b')}${GAP}\bwith\s+${S('a')}${GAP}\bpre-?installed\b`,
  ),
  // A site or business of another company, the company's name before it as an adjective: "agreed to
  // buy a BP refinery", "bought two Shell terminals". The company sells; it is not bought (unless
  // the sentence names the seller: "the former General Motors plant ... from Lordstown Motors").
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s(?:a|an|the|one|two|three|four|five|six|several|some|\d+)\s+(?:(?!former\b|old\b)[\w-]+\s){0,2}?⟦(?<b>\d+)⟧\s(?<asset>${UNIT})(?![^⟦.;]{0,60}\bfrom\s)`,
  ),
  // "bought the former General Motors car plant in Lordstown, Ohio, from Lordstown Motors"
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s(?:a|an|the|its)\s+(?:[\w-]+\s){0,2}?⟦\d+⟧\s(?<asset>${UNIT})[^⟦.;]{0,60}?\bfrom\s+${S('b')}`,
  ),
  pattern(
    'acquisition',
    { a: 'target', b: 'buyer' },
    // "Toshiba accepted a takeover offer from a consortium led by Japan Industrial Partners"
    R`${S('a')}${SUBJ}(?:accepted|accepts|backed|backs|approved|approves|recommended)\s+(?:an?|the)\s+(?:[\w$.,-]+\s){0,3}?(?:takeover|buyout|acquisition)\s+(?:offer|bid|proposal)\s+(?:from|by)\s+(?:(?:a|the)\s+(?:consortium|group)\s+led\s+by\s+)?${S('b')}`,
  ),
  pattern(
    'acquisition',
    { a: 'target', b: 'buyer' },
    // "Shareholders of Splunk will receive $157 a share in cash under the terms of the takeover by Cisco"
    R`\b(?:shareholders|stockholders|investors)\s+(?:of|in)\s+${S('a')}\s+(?:will\s+)?(?:receive|get|be paid)\s${GAP}\b(?:takeover|acquisition|purchase|buyout)\s+by\s+${S('b')}`,
  ),
  // Buying the shares it does not own yet makes the company its own: "Delivery Hero agreed to buy
  // Glovo's remaining shares", "Toyota bought all of the remaining shares of Daihatsu". Not
  // "Comcast's remaining stake in Hulu": that stake is in another company (see the divestiture).
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}${SUBJ}${BUY}\s+${SP('b')}\s+(?:remaining|outstanding)\s+(?:[\w%.-]+\s+){0,2}?(?:shares|stake|stock|equity)\b(?!\s+(?:in|of)\s+⟦)`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}${SUBJ}${BUY}\s+(?:all\s+(?:of\s+)?)?the\s+(?:remaining|outstanding)\s+(?:[\w%.-]+\s+){0,2}?(?:shares|stake|stock|equity)\s+(?:of|in)\s+${S('b')}`,
  ),
  // Control of a company through a stake is an acquisition.
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}${SUBJ}(?:${BUY}|take|took|takes|taking)\s+(?:a\s+)?(?:controlling|majority)\s+stake\s+in\s+${S('b')}`,
  ),
  // Stakes and investments.
  pattern(
    'investment',
    { a: 'investor', c: 'investor', b: 'target' },
    // Two investors: "Coatue and Index Ventures invested in AI21 Labs".
    R`${S('a')}\s+and\s+${S('c')}${SUBJ}(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?)\s${GAP}\bin(?:to)?\s+(?:${DESCRIBED})?${S('b')}(?:\s(?<asset>${UNIT}))?`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    R`${S('a')}${SUBJ}(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|put|puts|putting)\s${GAP}\bin(?:to)?\s+(?:${DESCRIBED})?${S('b')}(?:\s(?<asset>${UNIT}))?`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    R`${S('a')}${SUBJ}(?:took|takes|take|taken|taking|bought|buys|buy|buying|acquired|acquires|acquire|acquiring|built|builds|building|raised|raises|paid|pays|pay|holds|held|holding|owns|owned|owning|(?:completed|completes|closed|closes|finali[sz]ed) (?:its |the )?(?:purchase|acquisition) of)\s${GAP}\bstake\s+(?:of\s+(?:[^⟦.;]|\.(?=\d)){1,25}?\s+)?in\s+(?:${DESCRIBED})?${S('b')}(?!'s\b)`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "led a $1 billion funding round in Wayve", "led a $1 billion investment in Wayve"
    R`${S('a')}${SUBJ}(?:led|co-led|leads|joined)\s${GAP}\b(?:(?:funding|financing|investment|series \w+)\s+)?(?:round|investment)\s+(?:in|for)\s+${S('b')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "Benchmark led Uber's first funding round"
    R`${S('a')}${SUBJ}(?:led|co-led|leads|joined)\s+${SP('b')}\s+(?:[\w$€£.,-]+\s+){0,3}?(?:round|investment)\b`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    R`${S('b')}${SUBJ}(?:received|receives|secured|secures|won|got|landed)\s${GAP}\b(?:investment|funding|backing)\s+from\s+${S('a')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "raised $13 billion in a round led by Iconiq", "closed a funding round led by SoftBank"
    R`${S('b')}${SUBJ}(?:raised|raises|closed|closes|secured|secures|completed)\s${GAP}\b(?:round|funding|financing|series [a-z]\w*)\s+(?:[\w-]+\s+){0,2}?(?:led|co-led)\s+by\s+${S('a')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "Mistral AI was valued at €11.7 billion after a €1.7 billion funding round led by ASML"
    R`${S('b')}${SUBJ}(?:was|is|has been|is now)\s+valued\s+at\s${GAP}\b(?:after|in|following|through)\s+(?:a|an|its)\s${GAP}\b(?:round|funding|financing)\s+(?:[\w-]+\s+){0,2}?(?:led|co-led)\s+by\s+${S('a')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "raised $10 billion from investors including Thrive Capital"
    R`${S('b')}${SUBJ}(?:raised|raises)\s${GAP}\bfrom\s+(?:(?:investors|backers)\s+(?:including|such as|led by)\s+)?${S('a')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "completed its $4 billion investment in Anthropic"
    R`${S('a')}${SUBJ}(?:completed|closed|made|announced|finali[sz]ed)\s${GAP}\binvestment\s+in\s+${S('b')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "Microsoft-backed OpenAI", "SoftBank-backed chip designer Arm"
    R`${S('a')}-backed\s+(?:[\w-]+\s){0,3}?${S('b')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "Anthropic received $2 billion from Google"
    R`${S('b')}${SUBJ}(?:received|receives|secured|secures|got|landed)\s+(?:about |nearly |more than |another |an additional |up to )?[$€£¥][\d.,]+\s*(?:billion|million|bn|m)?\s+(?:in (?:funding|investment|financing) )?from\s+${S('a')}`,
  ),
  // A stake changes hands: "Disney is buying Comcast's stake in Hulu".
  pattern(
    'divestiture',
    { a: 'buyer', b: 'target', c: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s${SP('c')}\s(?<asset>(?:[\w.%-]+\s){0,3}stake)\s+in\s+${S('b')}`,
  ),
  // Sales: a parent sells a stake, a unit or a company to a buyer.
  pattern(
    'divestiture',
    { a: 'seller', b: 'target', c: 'buyer' },
    // "agreed to sell a 51% stake in its programmable-chip unit Altera to Silver Lake"
    R`${S('a')}${SUBJ}${SELL}\s(?<asset>(?:its |a |the |part of its )?(?:[\w.%-]+ ){0,3}(?:stake|shares|holding)) in (?:its|their|the) (?:[\w-]+\s){0,3}?(?:unit|business|division|subsidiary|arm)\s+${S('b')}${GAP}\bto\s+${S('c')}`,
  ),
  pattern(
    'divestiture',
    { a: 'seller', b: 'target', c: 'buyer' },
    R`${S('a')}${SUBJ}${SELL}\s(?<asset>(?:its |a |the |part of its )?(?:[\w.%-]+ ){0,3}(?:stake|shares|holding)) in\s+${S('b')}${GAP}\bto\s+${S('c')}`,
  ),
  pattern(
    'divestiture',
    { a: 'seller', b: 'target', c: 'buyer' },
    R`${S('a')}${SUBJ}${SELL}\s${OBJ}${S('b')}${GAP}\bto\s+(?:[\w'’-]+\s){0,2}?${S('c')}`,
  ),
  pattern(
    'divestiture',
    { a: 'seller', c: 'buyer' },
    // "sold a 15% stake in its infant-nutrition business to Nestlé"
    R`${S('a')}${SUBJ}${SELL}\s(?<asset>(?:its |a |the |part of its )?(?:[\w.%-]+ ){0,3}(?:stake|shares|holding) in (?:its|their|the) ${UNIT})\s${GAP}\bto\s+${S('c')}`,
  ),
  pattern(
    'divestiture',
    { a: 'seller', c: 'buyer' },
    // "agreed to sell its NAND memory business to SK Hynix"
    R`${S('a')}${SUBJ}${SELL}\s(?<asset>(?:its|their|the|a)\s${UNIT})\s${GAP}\bto\s+${S('c')}`,
  ),
  pattern('divestiture', { a: 'seller', c: 'buyer' }, R`${S('a')}${SUBJ}${SELL}\s${GAP}\bto\s+${S('c')}`),
  // A stake sold with no buyer named (on the market): "SoftBank sold its entire stake in Nvidia",
  // "sold its remaining shares in T-Mobile US".
  pattern(
    'divestiture',
    { a: 'seller', b: 'target' },
    R`${S('a')}${SUBJ}(?:${SELL}|(?<cut>${STAKE_CUT}))\s(?<asset>(?:its |a |the |part of its |all of its )?(?:[\w.%-]+ ){0,3}(?:stake|shares|holding)) in\s+${S('b')}(?![^⟦.;]{0,80}\bto\s+⟦)`,
  ),
  // A company spun off: "J&J will spin off its consumer health business as Kenvue", "IBM spun
  // off Kyndryl".
  pattern(
    'divestiture',
    { a: 'seller', b: 'target' },
    R`${S('a')}${SUBJ}(?:spin off|spins off|spun off|spinning off|complet(?:ed|es) (?:the |its )?(?:spin-?off|separation|demerger) of)\s(?:${OBJ}(?:as|into|called|named)\s+|(?:its |the )${UNIT},\s+)?${S('b')}`,
  ),
  // "PayPal became independent after being spun off from eBay", "Kenvue was spun off from J&J"
  pattern(
    'divestiture',
    { a: 'seller', b: 'target' },
    R`${S('b')}${GAP}\b(?:was|were|is being|has been|had been|will be|after being|after it was|having been)\s+(?:spun off|spun out|carved out|separated)\s+from\s+${S('a')}`,
  ),
  // A business of another company changes hands: an asset purchase from that company.
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}(?:${BUY}|(?:pay|pays|paid|paying)\s${GAP}\bfor)\s${OBJ}(?:part of\s+|the bulk of\s+|most of\s+)?${SP('b')}\s(?<asset>${UNIT})`,
  ),
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    R`${S('a')}${SUBJ}(?:completed|closed|announced)?\s?${GAP}\b(?:purchase|acquisition)\s+of\s+${SP('b')}\s(?<asset>${UNIT})`,
  ),
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    // "agreed to buy the server unit of Inventec"
    R`${S('a')}${SUBJ}${BUY}\s(?:its|their|the|a|an)\s(?<asset>${UNIT})\s+of\s+${S('b')}`,
  ),
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    // "agreed to acquire a small simulation laboratory from Altair Engineering"
    R`${S('a')}${SUBJ}${BUY}\s(?:(?:its|their|the|a|an|two|three|four|five|several)\s)?(?<asset>${UNIT})(?:\s+(?:in|near|at|outside)\s+(?:[\w'’-]+\s){0,3}?)?\s*from\s+${S('b')}`,
  ),
  pattern(
    'asset-purchase',
    { a: 'buyer', b: 'seller' },
    // "agreed to pay Nokia 5.44 billion euros for its handset business"
    R`${S('a')}${SUBJ}(?:pay|pays|paid|paying)\s+${S('b')}\s${GAP}\bfor\s+(?:its|their)\s(?<asset>${UNIT})`,
  ),
  // Headlines: "Darktrace Bought By Thoma Bravo", "Mars Completes $36 Billion Kellanova Takeover",
  // "Nippon Steel Clinches US Steel In $14.9 Bln Deal".
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`^${S('b')}\s+(?:acquired|bought|purchased|taken over)\s+by\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}\s+(?:completes|closes|clinches|seals|wins|agrees|announces)\s+(?:its\s+|the\s+)?(?:[$€£¥][\d.,]+\s?(?:billion|bln|bn|million|mln|m)?\s+)?${S('b')}\s+(?:takeover|acquisition|purchase|buyout|deal)\b`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}\s+(?:clinches|clinched|seals|sealed|wins|won|lands|landed)\s+${S('b')}\s+(?:in|with)\s+(?:an?\s+)?(?:[$€£¥][\d.,]+\s?(?:billion|bln|bn|million|mln|m)?\s+)?(?:deal|takeover|bid)\b`,
  ),
  // A buyer that leads a group: "taken over by a consortium led by CVC Capital Partners", "to
  // sell its ports business to a group led by BlackRock and MSC".
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('b')}${SUBJ}(?:agreed to be |has agreed to be |will be |was |is being |is to be )?(?:acquired|bought|taken over|purchased)\s+by\s+(?:a|an)\s+(?:[\w-]+\s){0,2}?(?:consortium|group|club|investor group)\s+(?:[\w-]+\s){0,2}?led\s+by\s+${S('a')}`,
  ),
  pattern(
    'divestiture',
    { a: 'seller', c: 'buyer' },
    R`${S('a')}${SUBJ}${SELL}\s(?<asset>(?:its |the |a )?${UNIT})(?:[^⟦.;]){0,40}?\bto\s+(?:a|an)\s+(?:[\w-]+\s){0,2}?(?:consortium|group|club|investor group)\s+(?:[\w-]+\s){0,2}?led\s+by\s+${S('c')}`,
  ),
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    // "Novo Nordisk signed an agreement with CVS Health to distribute Wegovy"
    R`${S('a')}${SUBJ}(?:signed|signs|struck|strikes|reached|inked|entered into)\s+an?\s+(?:[\w-]+\s){0,2}?(?:agreement|deal|pact|contract)\s+with\s+${S('b')}\s+to\s+(?:distribute|resell|sell|market|stock|carry)\b`,
  ),
  // Passives: "Arm's newest CPU designs have been licensed by Samsung".
  pattern(
    'licence',
    { a: 'licensor', b: 'licensee' },
    R`${SP('a')}\s(?:[\w-]+\s){0,4}?(?:have been|has been|were|was|are|is|will be)\s+licen[cs]ed\s+by\s+${S('b')}`,
  ),
  // "Lithium hydroxide from Albemarle's Kemerton plant will be supplied to Ford"
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // (With its "from": the company after it is the supplier, not a preposition's object.)
    R`(?:\bfrom\s+)?${S('a')}(?:'s)?(?:[^⟦.;]){0,60}?\b(?:will be|is|are|was|were|has been|have been|is to be)\s+supplied\s+to\s+${S('b')}`,
  ),
  // "A 4.9% stake in Commerzbank was acquired by UniCredit"
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    R`\bstake\s+in\s+${S('b')}\s+(?:was|were|has been|had been|will be|is being)\s+(?:acquired|bought|purchased|taken)\s+by\s+${S('a')}`,
  ),
  // "A patent infringement lawsuit was filed against Micron by Netlist"
  pattern(
    'lawsuit',
    { a: 'defendant', b: 'plaintiff' },
    R`\b(?:lawsuit|suit|complaint|legal action)\s+(?:was|has been|had been|is being)\s+(?:filed|brought)\s+against\s+${S('a')}\s+(?:[^⟦.;]{0,40}?\s)?by\s+${S('b')}`,
  ),
  // "Rio Tinto and China Baowu will develop the Western Range project in a joint venture", "will
  // build a battery plant in Spain as a 50:50 joint venture"
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${SUBJ}(?:develop|build|run|operate|own|create|mine)\s${GAP}\b(?:in|as)\s+(?:an?|their|a new)\s+(?:[\w$.:-]+\s){0,3}?joint venture\b`,
  ),
  // "Nvidia, Microsoft and SoftBank invested in Mistral AI's €1.7 billion funding round"
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    R`${S('a')}${SUBJ}(?:invested|invests|invest|participated|participates|took part)\s+in\s+${SP('b')}\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:funding\s+|financing\s+|series\s+\w+\s+)?(?:round|raise)\b`,
  ),
  // A subject named earlier in the sentence, then "it": "Shares of Broadcom hit a record, two
  // years after it bought VMware".
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}(?:[^⟦.;]){0,80}?\b(?:after|since|when|because|as)\s+it\s+(?:had\s+|has\s+)?${BUY}\s+(?:${DESCRIBED})?${S('b')}(?!'s\b)`,
  ),
  // A business sold, in the passive: "BP's onshore wind business in the US was sold to LS Power".
  pattern(
    'divestiture',
    { a: 'seller', c: 'buyer' },
    R`${SP('a')}\s(?<asset>${UNIT})(?:[^⟦.;]){0,40}?\b(?:was|were|has been|had been|have been|will be|is being|are being|is to be|are to be)\s+(?:sold|transferred)\s+to\s+${S('c')}`,
  ),
  // A merger as the subject: "SK Innovation's merger with SK E&S was approved".
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`${SP('a')}\s(?:[\w$€£¥.,-]+\s){0,3}?(?:merger|combination|tie-up)\s+with\s+${S('b')}`,
  ),
  // Acquisitions.
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "Shares of Chevron rose after it agreed to buy Hess"
    R`\bshares\s+of\s+${S('a')}\s+(?:rose|fell|jumped|climbed|slid|dropped|gained|surged|tumbled|sank|slumped|rallied)\b[^⟦.;]{0,40}?\b(?:after|as|when)\s+it${SUBJ}${BUY}\s${OBJ}${S('b')}${NOT_TARGET}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "The acquisition of Whole Foods by Amazon closed in August 2017."
    R`\b(?:acquisition|purchase|takeover|buyout)\s+of\s+${S('b')}\s+by\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "LinkedIn, acquired by Microsoft in 2016, ...", "Instagram, which Facebook bought in 2012"
    R`${S('b')},\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:acquired|bought|purchased|taken over)\s+by\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('b')},\s+(?:which|that)\s+${S('a')}\s+(?:acquired|bought|purchased|took over)\b`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "The deal for Google to acquire Fitbit closed in January"
    R`\bdeal\s+for\s+${S('a')}\s+to\s+(?:buy|acquire|purchase|take over)\s+${S('b')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "Pfizer, having bought Seagen for $43 billion in 2023, ..."
    R`${S('a')},\s+having\s+(?:acquired|bought|purchased|taken over)\s+(?:${DESCRIBED})?${S('b')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', c: 'buyer', b: 'target' },
    // "Blackstone and Vista Equity Partners will take Smartsheet private"
    R`${S('a')}\s+and\s+${S('c')}${SUBJ}(?:take|takes|took|taking)\s+${S('b')}\s+private\b`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "Silver Lake agreed to take Endeavor private"
    R`${S('a')}${SUBJ}(?:take|takes|took|taking)\s+${S('b')}\s+private\b`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', c: 'buyer', b: 'target' },
    // Two buyers: "Hellman & Friedman and Permira agreed to buy Zendesk".
    R`${S('a')}\s+and\s+${S('c')}${SUBJ}${BUY}\s${OBJ}${S('b')}${NOT_TARGET}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target', c: 'seller' },
    R`${S('a')}${SUBJ}${BUY}\s${OBJ}${S('b')}${GAP}\bfrom\s+${S('c')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('b')}${GAP}\b(?:was|were|is being|has been|had been|will be|is to be|(?:has |have |had )?agreed to be|is set to be)\s+(?:acquired|bought|purchased|taken over|taken private|snapped up)\s+by\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}${SUBJ}(?:completed|closed|announced|finali[sz]ed)?\s?${GAP}\b(?:acquisition|purchase|takeover|buyout)\s+of\s+${S('b')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('a')}${SUBJ}(?:complet(?:ed|es)|clos(?:ed|es)|finali[sz](?:ed|es)|clinch(?:ed|es)|seal(?:ed|s)|struck|strikes|sign(?:ed|s)|reach(?:ed|es))\s${GAP}\bdeal\s+for\s+${S('b')}${NOT_TARGET}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "Chevron's $53 billion deal for Hess", "Microsoft's agreement to buy Activision Blizzard"
    R`${SP('a')}\s(?:[\w$.,-]+\s){0,3}?(?:deal|agreement|merger agreement)\s+(?:for|to buy|to acquire|to purchase|to take over)\s+${S('b')}${NOT_TARGET}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // Headlines: "Broadcom completes VMware deal", "Splunk agrees $28 billion takeover by Cisco".
    R`${S('a')}${SUBJ}(?:complet(?:ed|es)|clos(?:ed|es)|finali[sz](?:ed|es))\s+${S('b')}\s+(?:deal|acquisition|takeover|purchase|buyout)\b`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`${S('b')}${SUBJ}(?:agree(?:d|s)?|accept(?:ed|s)?)\s${GAP}\b(?:takeover|acquisition|buyout|purchase)\s+by\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "Kellanova's shareholders approved the sale to Mars", "Figma's board backed its takeover by Adobe"
    R`${SP('b')}\s(?:[\w-]+\s){0,3}?(?:approved|cleared|backed|endorsed|voted for|completed|closed)\s+(?:the\s+|its\s+)?(?:[\w$.,-]+\s+){0,3}?(?:sale|takeover|buyout)\s+(?:to|by)\s+${S('a')}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "buys Microsoft patents", "bought Apple shares": the company is a modifier, not the target.
    R`${S('a')}${SUBJ}${BUY}\s${OBJ}${S('b')}${NOT_TARGET}`,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    // "will pay $32 billion for Wiz"; a business of the company ("for Intel's unit") came first.
    R`${S('a')}${SUBJ}(?:pay|pays|paid|paying)\s${GAP}\bfor\s+${S('b')}${NOT_TARGET}`,
  ),
  // Mergers.
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${GAP}\b(?:merge|merged|merging|merger|combine|combined|combination)\b`,
  ),
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${SUBJ}(?:merge|merged|merges|combine|combined|combines)\s+with\s+${S('b')}`,
  ),
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`\bmerger\s+(?:of|between)\s+${S('a')}\s+and\s+${S('b')}`,
  ),
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    // "Dell completed its merger with EMC", "Vodafone agrees £15bn merger with Three"
    R`${S('a')}${SUBJ}(?:complet|clos|announc|agree|finali[sz]|seal|sign)\w*\s+(?:its\s+|the\s+|an?\s+)?(?:[\w$£€.,-]+\s){0,3}merger\s+with\s+${S('b')}`,
  ),
  // Distribution and partnerships.
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${SUBJ}(?:distribute|distributes|distributed|resell|resells)\s${GAP}${S('b')}`,
  ),
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    // "Tencent will sell Nintendo's Switch in China", "Best Buy will carry Xiaomi's phones"
    R`${S('a')}\s+(?:will|to|agreed to|has agreed to|is to|began to|started to)\s+(?:sell|carry|offer|resell|stock|bring|publish|distribute|(?:bottle|make|import|market) and distribute)\s+${SP('b')}\s(?!(?:[\w-]+\s){0,2}(?:business|unit|division|stake|shares|assets|operations)\b)(?:[\w+-]+\s){1,4}?(?:in|to|through|across|at|on)\b`,
  ),
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    // "Sony's games will be available on Microsoft's cloud platform"
    R`${SP('a')}\s(?:[\w+-]+\s){0,3}?(?:games|apps?|shows|films|movies|content|services?|software|products?|devices?|phones?)\s+(?:will be|are|is|were|was)\s+(?:available|sold|offered|distributed)\s+(?:on|through|via|by|in)\s+${S('b')}`,
  ),
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    // "Arrow Electronics became the exclusive distributor of Intel's processors"
    R`${S('a')}${SUBJ}(?:became|becomes|become|is|was|will be|was named|has been named)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:distributor|reseller)\s+(?:of|for)\s+${S('b')}`,
  ),
  pattern(
    'distribution',
    { a: 'partner', b: 'partner' },
    // "Ingram Micro signed a distribution agreement with Nvidia"
    R`${S('a')}${SUBJ}(?:signed|signs|struck|strikes|reached|inked|inks|renewed|extended)\s+an?\s+(?:[\w-]+\s){0,2}(?:distribution|reseller)\s+(?:deal|agreement|pact|contract)\s+with\s+${S('b')}`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${SUBJ}(?:partnered|partners|partnering|partner|teamed up|teams up|joined forces|joins forces|(?:formed|forms|struck|strikes|signed|signs|entered into|enters into|inked|sealed|set up|sets up|setting up|created|creates|established|establishes|launched|launches|announced|announces|unveiled) an? (?:[\w:%-]+ ){0,2}?(?:partnership|alliance|joint venture|collaboration)(?: (?:agreement|deal))?)\s+with\s+${S('b')}`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+(?:[\w-]+\s+){0,2}?${S('b')}${GAP}\b(?:formed|announced|signed|struck|entered into|set up|created|extended|renewed|expanded|deepened|renegotiated|restructured|revamped|reworked)\s${GAP}\b(?:partnership|alliance|joint venture)\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${SUBJ}(?:teamed up|team up|joined forces|partnered|will jointly|are jointly|agreed to jointly|to jointly|jointly|(?:work|collaborate|cooperate)\s+together|(?:agreed|plan|will|would) (?:to )?(?:work|collaborate|cooperate) (?:together|closely))\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Stellantis and Samsung SDI will build a second battery plant together"
    R`${S('a')}\s+and\s+${S('b')}\s+(?:will|have agreed to|agreed to|are to|are set to)\s+(?:build|develop|make|produce|open|run|operate|launch)\s(?:[^⟦.;]){0,60}?\btogether\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Stellantis said it would work with CATL to build a battery plant in Spain"
    R`${S('a')}${SUBJ}(?:work|works|worked|working)\s+(?:together\s+)?with\s+${S('b')}\s+(?:to|on)\s+(?:build|develop|make|produce|open|launch|create|design|supply|building|developing|making|producing|designing)\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Nissan and Honda agreed to form a joint venture", "Toyota and Suzuki formed a capital alliance"
    R`${S('a')}\s+and\s+${S('b')}${SUBJ}(?:form|formed|forms|forming|set up|sets up|setting up|launch|launched|launches|create|created|creates|establish|established|establishes)\s+an?\s+(?:[\w$.:%-]+\s){0,3}?(?:joint venture|partnership|alliance|joint company)\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Samsung SDI and General Motors will invest $3.5 billion in a joint venture"
    R`${S('a')}\s+and\s+${S('b')}${SUBJ}(?:invest|invests|invested|investing|put|puts|commit|commits|committed)\s${GAP}\bin\s+(?:an?|their|the)\s+(?:new\s+)?(?:[\w-]+\s){0,2}?joint venture\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Saudi Aramco and TotalEnergies signed an agreement on Monday to build a petrochemical complex"
    R`${S('a')}\s+and\s+${S('b')}${SUBJ}(?:signed|sign|signs|struck|reached|inked)\s+an?\s+(?:[\w-]+\s){0,2}?(?:agreement|deal|pact|memorandum of understanding|mou)\s+(?:(?:on|last|this)\s+\w+\s+)?to\s+(?:build|develop|make|produce|jointly|supply|invest|explore|work|co-develop|set up|create)\b`,
  ),
  // Supply deals and contracts between two companies, recorded as partnerships.
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${SUBJ}(?:signed|signs|struck|strikes|reached|inked|inks|sealed|seals)\s+(?:an?\s+)?(?:[\w$.-]+\s){0,5}(?:deal|agreement|contract|pact)\s+with\s+${S('b')}`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}\s+and\s+${S('b')}${GAP}\b(?:agreed|signed|struck|reached|announced)\s+an?\s+(?:[\w$.-]+\s){0,4}(?:contract|supply deal|supply agreement)\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    R`${S('a')}${SUBJ}(?:supply|supplies|supplied|supplying|(?:signed|struck|won) an? (?:[\w$.-]+ ){0,3}(?:deal|contract|agreement) to supply)\s${GAP}\bto\s+${S('b')}`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Samsung will supply OLED panels for Apple's foldable iPhone", "TSMC will make chips for Intel":
    // what is to be made is a product, not a case or a bid, and it is to be made: a maker's
    // standing customers ("TSMC makes chips for Apple, Nvidia and AMD") are no deal. The customer
    // may be named in the possessive, before its product.
    R`${S('a')}${SUBJ}(?:(?:supply|supplies|supplied|supplying)\s+(?:[\w$.,-]+\s){0,4}?|(?:will|would|(?:has |have |had )?agreed to|agrees to|is to|is set to|are to)\s+(?:make|build|manufacture|assemble|produce)\s+(?:[\w$.,-]+\s){0,3}?${PRODUCT}\s+)for\s+⟦(?<b>\d+)⟧`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "has agreed to supply Nvidia with high-bandwidth memory"
    R`${S('a')}${SUBJ}(?:supply|supplies|supplied|supplying)\s+${S('b')}\s+with\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Apple is Samsung's biggest customer for OLED displays"
    R`${S('a')}\s+(?:is|was|has been|became|remains|remained)\s+(?:also\s+)?${SP('b')}\s+(?:(?:biggest|largest|second-largest|main|top|key|single largest)\s+)?customer\b`,
  ),
  pattern(
    'partnership',
    { a: 'partner', b: 'partner' },
    // "Samsung's biggest customer, Apple, ..."
    R`${SP('a')}\s+(?:(?:biggest|largest|second-largest|main|top|key|single largest)\s+)?customer,?\s+${S('b')}`,
  ),
  pattern(
    'investment',
    { a: 'investor', b: 'target' },
    // "Microsoft's stake in OpenAI is worth about $135 billion"
    R`${SP('a')}\s(?:[\w%.-]+\s){0,2}?stake\s+(?:of\s+(?:[^⟦.;]|\.(?=\d)){1,25}?\s+)?in\s+(?:${DESCRIBED})?${S('b')}(?!'s\b)`,
  ),
  // Courts.
  pattern(
    'settlement',
    { a: 'plaintiff', b: 'defendant' },
    R`${S('a')}\s+and\s+${S('b')}(?:${GAP}|${SUBJ})\b(?:settled|settle|settlement)\b`,
  ),
  pattern(
    'settlement',
    { a: 'plaintiff', b: 'defendant' },
    // "agreed to drop all litigation", "ended their legal fight"
    R`${S('a')}\s+and\s+${S('b')}(?:${GAP}|${SUBJ})\b(?:drop|dropped|dropping|end|ended|ending|resolve|resolved)\s+(?:all\s+|their\s+|the\s+)?(?:[\w-]+\s){0,2}(?:litigation|lawsuits?|legal (?:battles?|fights?|disputes?)|disputes?)\b`,
  ),
  pattern(
    'settlement',
    { a: 'plaintiff', b: 'defendant' },
    R`${S('a')}${SUBJ}(?:settled|settles|reached a settlement)\s${GAP}\b(?:with|against)\s+${S('b')}`,
  ),
  pattern(
    'settlement',
    { a: 'defendant', b: 'plaintiff' },
    // "Google agreed to pay Epic Games to settle the antitrust case"
    R`${S('a')}${SUBJ}(?:pay|pays|paid|paying)\s+${S('b')}\s${GAP}\bto\s+(?:settle|resolve|end)\b`,
  ),
  pattern(
    'settlement',
    { a: 'defendant', b: 'plaintiff' },
    R`${S('a')}${SUBJ}(?:settle|settled|settles)\s+${SP('b')}\s+(?:[\w-]+\s){0,2}(?:lawsuits?|suits?|claims?|case|dispute)`,
  ),
  pattern(
    'settlement',
    { a: 'plaintiff', b: 'defendant' },
    // "agreed to settle the patent suits it had filed against Netflix", "settled its lawsuit against Apple"
    R`${S('a')}${SUBJ}${GAP}\b(?:settle|settled|settles|resolve|resolved|resolves)\s+(?:(?:a|the|its|their)\s+)?(?:[\w-]+\s){0,3}?(?:lawsuits?|suits?|claims?|case|cases|dispute)\s+(?:(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:filed|brought)\s+)?against\s+${S('b')}`,
  ),
  pattern(
    'settlement',
    { a: 'defendant', b: 'plaintiff' },
    // "settled the patent suit Amgen had filed", "agreed to pay $250 million to settle a lawsuit brought by Nintendo"
    R`${S('a')}${SUBJ}${GAP}\b(?:settle|settled|settles|resolve|resolved|resolves|end|ended|ends)\s+(?:(?:a|the|its)\s+)?(?:[\w-]+\s){0,3}(?:lawsuits?|suits?|claims?|case|dispute)\s+(?:brought|filed)\s+(?:against it\s+)?by\s+${S('b')}`,
  ),
  pattern(
    'settlement',
    { a: 'defendant', b: 'plaintiff' },
    R`${S('a')}${SUBJ}${GAP}\b(?:settle|settled|settles|resolve|resolved|resolves|end|ended|ends)\s+(?:a|the|its)\s+(?:[\w-]+\s){0,2}(?:lawsuits?|suits?|claims?|case|dispute)\s+(?:that\s+)?${S('b')}\s+(?:had\s+|has\s+)?(?:filed|brought)\b`,
  ),
  pattern(
    'lawsuit',
    { a: 'defendant', b: 'plaintiff' },
    // "Samsung faces a lawsuit from Netlist"
    R`${S('a')}${SUBJ}(?:faces|faced|is facing|was hit with|was hit by)\s+(?:a |an |another )?(?:[\w$.-]+ ){0,3}(?:lawsuit|suit|complaint|legal action)\s+(?:from|by|brought by|filed by)\s+${S('b')}`,
  ),
  pattern(
    'lawsuit',
    { a: 'defendant', b: 'plaintiff' },
    // "A jury ordered Apple to pay Masimo $634 million": the order is the verdict, not a hedge.
    R`\b(?:jury|judge|court|tribunal|arbitrator|regulator)s?\s+(?:has\s+|had\s+)?ordered\s+${S('a')}\s+to\s+pay\s+${S('b')}`,
    true,
  ),
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    // "Oracle's lawsuit against Google reached the Supreme Court"
    R`${SP('a')}\s(?:[\w$.-]+\s){0,3}?(?:lawsuit|suit|case|legal action|complaint|patent claims?)\s+against\s+${S('b')}`,
  ),
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    // "In a complaint filed in Delaware, Fortinet accused Zscaler of infringing six patents"
    R`\b(?:complaint|lawsuit|suit|court)\b[^⟦.;]{0,80}?${S('a')}${SUBJ}(?:accused|accuses|accusing)\s+${S('b')}\s+of\s+(?:infringing|violating|breaching|misusing|misappropriating|stealing|copying)\b`,
  ),
  pattern(
    'lawsuit',
    { a: 'defendant', b: 'plaintiff' },
    // "Google was sued by Epic Games"
    R`${S('a')}\s+(?:was|were|is|has been|had been|is being|was being)\s+(?:sued|taken to court|counter-?sued)\s+by\s+${S('b')}`,
  ),
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    // "The lawsuit, which Epic Games filed against Apple in 2020, ..."
    R`\b(?:lawsuit|suit|complaint|case|legal action),?\s+which\s+${S('a')}\s+(?:had\s+|has\s+)?(?:filed|brought|launched)\s+against\s+${S('b')}`,
  ),
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    // "Epic Games took Apple to court"
    R`${S('a')}${SUBJ}(?:took|takes|taking|take)\s+${S('b')}\s+to\s+court\b`,
  ),
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    R`${S('a')}${SUBJ}(?:sued|sues|suing|counter-?sued|counter-?sues|filed (?:a |an )?(?:[\w$.-]+ ){0,4}(?:lawsuits?|suits?|complaints?) against|took legal action against|is taking legal action against|(?:won|lost) (?:its |a |an |the )?(?:[\w$.-]+ ){0,3}(?:lawsuit|suit|case|verdict|judgment|judgement|ruling|decision|injunction) against)\s+${S('b')}`,
  ),
];

/**
 * Words before the deal verb that make the sentence a maybe, not a fact: hedges, denials, wishes,
 * and what others urge or order a company to do ("regulators ordered X to sell Y"). An offer is
 * one when it is made ("offered to buy", "its $10 billion offer for"), not when a company offers
 * a product ("Verizon will offer Apple's TV+ service to its customers").
 */
const HEDGE =
  /\b(?:den(?:y|ies|ied|ying)|rumou?r\w*|talks?|could|might|may|consider\w*|weigh\w*|explor\w*|bid|bids|offer(?:ed|s|ing)?\s+(?:to|for)\b|(?<!\b(?:accepted|accepts|backed|backs|approved|approves|recommended)\s(?:[\w$.,-]+\s){0,4})(?:an?|its|the|their|his|her)\s(?:[\w$.,-]+\s){0,3}?offers?\b|expect\w*|planning|intend\w*|seek\w*|aim\w*|hope\w*|discuss\w*|mull\w*|eye(?:s|ing|d)?|wants?|wanted|tried|trying|attempt\w*|reportedly|said to be|possible|potential|threatened|mooted|if|whether|refused|declined|failed|no longer|not|never|nor|without|urg(?:e|es|ed|ing)|asked|pressed|pressing|order(?:ed|s)?|forc(?:ed|es|ing)|requir(?:ed|es|ing)|compel\w*|must|would have to)\b/i;
/** Deals about a company's products, which a possessive names. */
const PRODUCT_DEALS = new Set<DealType>(['preinstall', 'distribution', 'licence', 'patent-purchase']);

/**
 * A plan is a hedge ("Apple plans to buy more chips") unless the sentence names its price: "IBM
 * plans to acquire HashiCorp for $6.4 billion" is how news reports an agreed deal.
 */
const PLAN = /\bplan(?:s|ned)? to\b/i;
/**
 * A deal called off: "Nvidia's $40 billion deal to buy Arm collapsed", "Adobe and Figma abandoned
 * Adobe's planned takeover of the design software company", "Honda and Nissan ended talks on a
 * merger", "Getty Images dropped its claims against Stability AI". Read only where a sentence says
 * so ({@link CALLED_OFF}); the deal is suggested as cancelled, so the reader keeps what did not happen.
 */
const CANCEL_PATTERNS: Pattern[] = [
  // "Nvidia terminated its agreement to acquire Arm", "Nvidia's deal to buy Arm from SoftBank collapsed".
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target', c: 'seller' },
    R`⟦(?<a>\d+)⟧\s+(?:[\w]+\s){0,2}?${CALLED_OFF_VERB}\s+(?:its|their|the|a)\s+(?:(?!with\b|in\b|on\b|at\b|for\b|after\b|by\b)[\w$€£.,-]+\s){0,3}?${DEAL_TO_BUY}\s+⟦(?<b>\d+)⟧(?:\s+from\s+⟦(?<c>\d+)⟧)?`,
    true,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target', c: 'seller' },
    R`⟦(?<a>\d+)⟧'s\s(?:[\w$€£.,-]+\s){0,4}?(?:${DEAL_TO_BUY}|(?:takeover|acquisition|purchase|buyout)\s+of)\s+⟦(?<b>\d+)⟧(?:\s+from\s+⟦(?<c>\d+)⟧)?[^⟦.;]{0,30}?\b${CALLED_OFF_AFTER}`,
    true,
  ),
  // "Intel said it had terminated its planned $5.4 billion purchase of Tower Semiconductor"
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`⟦(?<a>\d+)⟧\s+(?:[^⟦.;]{0,40}?\bit\s+(?:had\s+|has\s+)?)?(?:[\w]+\s){0,1}?${CALLED_OFF_VERB}\s+(?:its|their|the)\s+(?:[\w$€£.,-]+\s){0,4}?(?:takeover|acquisition|purchase|buyout)\s+of\s+⟦(?<b>\d+)⟧`,
    true,
  ),
  // "Nvidia abandoned its purchase of Arm"; "Adobe and Figma abandoned Adobe's planned takeover of
  // the design software company" (the target named first, then described).
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`\b${CALLED_OFF_VERB}\s+⟦(?<a>\d+)⟧'s\s(?:[\w$€£.,-]+\s){0,4}?(?:takeover|acquisition|purchase|buyout)\s+of\s+⟦(?<b>\d+)⟧`,
    true,
  ),
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`⟦(?<a>\d+)⟧\s+and\s+⟦(?<b>\d+)⟧[^⟦.;]{0,40}?\b${CALLED_OFF_VERB}\s+⟦\k<a>⟧'s\s(?:[\w$€£.,-]+\s){0,4}?(?:takeover|acquisition|purchase|buyout)\s+of\s+(?!⟦)`,
    true,
  ),
  pattern(
    'acquisition',
    { a: 'target', b: 'buyer' },
    R`⟦(?<a>\d+)⟧\s+and\s+⟦(?<b>\d+)⟧[^⟦.;]{0,40}?\b${CALLED_OFF_VERB}\s+⟦\k<b>⟧'s\s(?:[\w$€£.,-]+\s){0,4}?(?:takeover|acquisition|purchase|buyout)\s+of\s+(?!⟦)`,
    true,
  ),
  // "Honda and Nissan ended talks on a merger", "Qualcomm and NXP called off their merger".
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`⟦(?<a>\d+)⟧\s+and\s+⟦(?<b>\d+)⟧[^⟦.;]{0,40}?\b${CALLED_OFF_VERB}\s+(?:their\s+|the\s+|a\s+)?(?:[\w$€£.,-]+\s){0,3}?(?:merger|talks\s+(?:on|about)\s+(?:a\s+)?(?:[\w-]+\s)?merger|plans?\s+to\s+merge)\b`,
    true,
  ),
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`⟦(?<a>\d+)⟧(?:'s)?\s+(?:[\w$€£.,-]+\s){0,3}?merger\s+with\s+⟦(?<b>\d+)⟧[^⟦.;]{0,30}?\b${CALLED_OFF_AFTER}`,
    true,
  ),
  // "Honeywell withdrew its offer to acquire Air Products"
  pattern(
    'acquisition',
    { a: 'buyer', b: 'target' },
    R`⟦(?<a>\d+)⟧\s+(?:[\w]+\s){0,2}?(?:withdrew|has withdrawn|withdraws|abandoned|dropped)\s+(?:its|their)\s+(?:[\w$€£.,-]+\s){0,3}?(?:proposal|offer|bid)\s+(?:to\s+(?:buy|acquire|take over)|for)\s+⟦(?<b>\d+)⟧`,
    true,
  ),
  // "The planned merger between Honda and Nissan was called off"
  pattern(
    'merger',
    { a: 'partner', b: 'partner' },
    R`\bmerger\s+(?:between|of)\s+⟦(?<a>\d+)⟧\s+and\s+⟦(?<b>\d+)⟧[^⟦.;]{0,30}?\b${CALLED_OFF_AFTER}`,
    true,
  ),
  // "Getty Images dropped its main copyright claims against Stability AI".
  pattern(
    'lawsuit',
    { a: 'plaintiff', b: 'defendant' },
    R`⟦(?<a>\d+)⟧\s+(?:[\w]+\s){0,2}?(?:dropped|withdrew|has withdrawn|abandoned)\s+(?:its|their|the)\s+(?:[\w-]+\s){0,3}?(?:lawsuits?|suits?|claims?|case|complaint)\s+against\s+⟦(?<b>\d+)⟧`,
    true,
  ),
];

/**
 * Anywhere in the sentence: the deal did not happen, is only being talked about ("ended their
 * merger talks"), or is not a deal between companies.
 */
const DEAD =
  /\b(?:blocked|blocks|(?:to|would|will|could|may|might|can|seeks? to|sued to|moved to) block|terminat\w*|called off|calls off|call off|scrap(?:s|ped|ping)?|collapsed|fell through|abandon\w*|walked away|walk away|rejected|rebuffed|withdr[ae]w\w*|dropped its|(?:bought|buy|buys|buying) back(?! ⟦)|buyback|repurchas\w*|(?:buy|buys|bought|buying|purchas\w*)\s(?:back\s)?(?:[\w$.,-]+\s){0,4}?(?:its|their)\sown shares|(?:merger|deal|acquisition|takeover|buyout|partnership|tie-up) (?:talks|negotiations|discussions))\b/i;

/** Words whose trailing period ends no sentence ("Xiaomi Corp. said", "U.S. regulators"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Corp|Inc|Co|Ltd|Mr|Ms|Mrs|Dr|St|Jr|Sr|No|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Bros|Cos|Intl|Mfg|Gov|Sen|Rep|Gen|Prof|(?:[A-Z]\.)*[A-Z])\.$/;

/**
 * Splits text into sentences with their offsets. A sentence ends at ".", "!" or "?" followed by
 * white space and a capital, digit or quote (so "$26.2 billion" and "Corp." do not end one), and
 * always at a paragraph break.
 */
export function splitSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 15) out.push({ text: trimmed, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\u2029') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["”’)\]]/.test(text[j] as string)) j++;
    if (j < text.length && !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k] as string)) k++;
    const next = text[k];
    if (next !== undefined && !/[\p{Lu}\d"“‘(\n\u2029]/u.test(next)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 12), i + 1))) continue;
    push(j);
  }
  push(text.length);
  return out;
}

/** What the extractor knows about the article. */
export interface ExtractContext {
  matcher: Matcher;
  /** Mentions found in the whole text (descriptive phrases need the whole article). */
  mentions?: readonly Mention[];
  /** ISO date the article was published, for relative dates. */
  published?: string;
}

/** Suggests deal facts from a text (a sentence or a whole article). */
export function extractDeals(text: string, ctx: ExtractContext): ExtractedDeal[] {
  const steps = extractionSteps(text, ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link extractDeals} for a page: it gives the page back (`pause`) whenever it has worked for
 * `budget` ms, so a long live blog never blocks its page for long.
 */
export async function extractDealsInSteps(
  text: string,
  ctx: ExtractContext,
  pause: () => Promise<void>,
  budget = 8,
): Promise<ExtractedDeal[]> {
  const steps = extractionSteps(text, ctx);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > budget) {
      await pause();
      since = performance.now();
    }
  }
}

/**
 * A sentence that opens with a company it does not name: "It", "The company", "The group", "The
 * Japanese carmaker" (see extractionSteps).
 */
const PRONOUN_SUBJECT =
  /^(?:(?:On|Late on|Early on|In|Last|Earlier,? in|Later,? in) [A-Z]\w+(?: \d{4})?,?\s+|(?:Last|Earlier this|This) (?:year|month|week),?\s+)?(It|(?<=,\s)it|[Tt]he(?: [A-Z][\w-]+)? (?:company|group|firm|bank|lender|carmaker|automaker|chipmaker|drugmaker|retailer|insurer|startup|conglomerate|miner|airline|operator|maker|giant))(?=\s+(?:also\s+|said\s|has\s|had\s|will\s|would\s|agreed\s|is\s|was\s|on\s|last\s|announced\s|completed\s|bought\s|acquired\s|sold\s|plans\s|signed\s))/;

/** The extraction, one sentence a step. */
function* extractionSteps(text: string, ctx: ExtractContext): Generator<void, ExtractedDeal[]> {
  const mentions = ctx.mentions ?? ctx.matcher.find(text);
  const out: ExtractedDeal[] = [];
  const seen = new Map<string, number>();
  // Sentences and mentions are both in text order: one pass over the mentions serves them all.
  let next = 0;
  // The first company the sentence before named: what "It" or "The company" may stand for.
  let antecedent: string | undefined;
  for (const sentence of splitSentences(text)) {
    yield;
    const end = sentence.start + sentence.text.length;
    while (next < mentions.length && (mentions[next] as Mention).start < sentence.start) next++;
    const inside: Mention[] = [];
    for (let k = next; k < mentions.length && (mentions[k] as Mention).start < end; k++) {
      const m = mentions[k] as Mention;
      if (m.end <= end && m.kind !== 'ticker') inside.push(m);
    }
    // Companies bought that the matcher did not read as companies: the pronoun below may be their buyer.
    addUnlistedTargets(sentence.text, sentence.start, inside, ctx.matcher);
    // "Shares of Salesforce rose. It agreed to buy Informatica": the pronoun is read as the
    // company, as a reader does, when the sentence opens with it and names another company.
    const pronoun = PRONOUN_SUBJECT.exec(sentence.text);
    const named = inside.find((m) => !m.companyId.startsWith(UNLISTED))?.companyId;
    if (pronoun?.[1] && antecedent && inside.length && !inside.some((m) => m.companyId === antecedent)) {
      // The pronoun ends the match (after a day that may open the sentence).
      const at = sentence.start + pronoun[0].length - pronoun[1].length;
      inside.unshift({ start: at, end: at + pronoun[1].length, companyId: antecedent, kind: 'name' });
    }
    antecedent = named;
    for (const deal of extractFromSentence(sentence.text, sentence.start, inside, ctx)) {
      const key = dealKey(deal);
      // The same deal in several sentences (a headline and its paragraph): keep the fullest one.
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const kept = out[earlier] as ExtractedDeal;
        if (deal.sentence.length > kept.sentence.length) out[earlier] = deal;
        continue;
      }
      seen.set(key, out.length);
      out.push(deal);
    }
  }
  return out;
}

/** The longest sentence read for deals, in characters (news sentences run to about 400). */
const MAX_SENTENCE = 800;

/**
 * The deals one sentence states. Each clause that begins with a company after "; ", ", and",
 * ", but" or "while" is also read on its own, so that "Qualcomm bought Nuvia in 2021, and Arm sued
 * Qualcomm the next year" gives both deals; the figures and dates of a clause's deal are the
 * clause's own.
 */
function extractFromSentence(
  sentence: string,
  offset: number,
  mentions: readonly Mention[],
  ctx: ExtractContext,
): ExtractedDeal[] {
  const companies = [...new Set(mentions.map((m) => m.companyId))];
  if (companies.length < 2) return [];
  // Longer than any sentence news writes: a list or a run of text without full stops, where the
  // patterns would find nothing worth suggesting and could take tens of milliseconds.
  if (sentence.length > MAX_SENTENCE) return [];
  // "invested in both ⟦1⟧ and ⟦2⟧": a list like any other.
  const template = templateOf(sentence, 0, sentence.length, offset, mentions, companies).replace(
    /\bboth (⟦\d+⟧(?:'s)? and ⟦)/g,
    '$1',
  );
  // A deal completed despite an attempt to stop it is done: "AT&T completed its takeover of Time
  // Warner after a judge rejected the government's attempt to block it".
  const done =
    /^(.*?\b(?:completed|closed|finali[sz]ed)\b.*?)\s(?:after|despite|although|even though)\s/.exec(template);
  // A deal called off is kept as such: the reader records what did not happen too. Its date in
  // the sentence is when it was called off, not when it was struck.
  if (!done && CALLED_OFF.test(template) && !WENT_AHEAD.test(template)) {
    const deal = dealIn(template, sentence, sentence, companies, ctx, CANCEL_PATTERNS);
    if (deal) {
      deal.status = 'cancelled';
      delete deal.announced;
      deal.summary = summarise(deal);
      return [deal];
    }
  }
  if (DEAD.test(done?.[1] ?? template)) return [];
  // A deal in talks, as reported: rumoured ("is in advanced talks to acquire", "has approached X
  // about a possible takeover"), unless denied.
  if (TALKS.test(template) && !DENIED.test(template)) {
    const deal = dealIn(
      template.replace(TALKS, (_m, slot: string | undefined) =>
        slot ? ` will acquire ${slot}` : ' will acquire',
      ),
      sentence,
      sentence,
      companies,
      ctx,
    );
    if (deal) {
      deal.status = 'rumoured';
      deal.summary = summarise(deal);
      return [deal];
    }
  }
  const deals: ExtractedDeal[] = [];
  const whole = dealIn(template, sentence, sentence, companies, ctx);
  if (whole) deals.push(whole);
  const bounds = clauseStarts(sentence, offset, mentions);
  if (bounds.length === 0) return deals;
  for (let k = 0; k <= bounds.length; k++) {
    const from = k === 0 ? 0 : (bounds[k - 1] as number);
    const to = k === bounds.length ? sentence.length : (bounds[k] as number);
    const part = templateOf(sentence, from, to, offset, mentions, companies);
    // A deal needs two companies in the clause.
    if (new Set(part.match(/⟦\d+⟧/g)).size < 2) continue;
    const deal = dealIn(part, sentence.slice(from, to), sentence, companies, ctx);
    if (!deal) continue;
    const same = deals.find((d) => dealKey(d) === dealKey(deal));
    if (!same) deals.push(deal);
    else if (same === whole) {
      // Read from the whole sentence, the deal took the first figures in it, which may be another
      // clause's ("Google agreed to buy Wiz for $32 billion, while Microsoft said it would invest
      // $1.5bn in G42"): its own clause's figures are the deal's.
      delete same.value;
      delete same.quantity;
      if (deal.value) same.value = deal.value;
      if (deal.quantity !== undefined) same.quantity = deal.quantity;
      if (deal.announced) same.announced = deal.announced;
      same.summary = summarise(same);
    }
  }
  return deals;
}

/** Where a clause that begins with a company starts: after "; ", ", and", ", but", "while". */
const CLAUSE_BREAK = /(?:;|,\s+(?:and|but|while|whereas)|\s+while)\s+$/i;

/** Offsets in `sentence` of the clauses after the first that begin with a company. */
function clauseStarts(sentence: string, offset: number, mentions: readonly Mention[]): number[] {
  const starts: number[] = [];
  for (const m of mentions) {
    const at = m.start - offset;
    const before = sentence.slice(Math.max(0, at - 12), at);
    const found = CLAUSE_BREAK.exec(before);
    if (found) starts.push(at - found[0].length);
  }
  return starts;
}

/**
 * sentence[from, to) in lower case, white space runs made one space, with each mention replaced
 * by the slot of its company ("⟦0⟧").
 */
/** A business of a company after its name (see {@link templateOf}). */
const OWN_UNIT_AFTER = new RegExp(`^\\s+${UNIT}`, 'i');

/**
 * What a company is, written before its name after a preposition or a deal's verb (lower case, as
 * in a template): "by private equity firm ", "to buy cybersecurity firm ", "with Danish shipping
 * group " (see {@link templateOf}).
 */
/** The words after which {@link DESCRIPTION_BEFORE} reads a description. */
const DESCRIPTION_LEAD =
  '(?:by|with|to|from|of|in|into|for|and|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|sue|sued|sues|back|backed|backs|pay|pays|paid|paying)';
/** Words a description is not made of: verbs and determiners of the deal phrase itself. */
const NOT_DESCRIPTION =
  '(?:take|takes|took|taken|taking|over|sell|sells|sold|selling|merge|merges|merged|invest|invests|invested|pay|pays|paid|its|their|his|her|our|this|that|these|those|will|would|has|had|have|is|was|be|been|agreed|agrees|plans|said|says|some|all|part|most|stake|shares)';
const DESCRIPTION_BEFORE = new RegExp(
  String.raw`(\b${DESCRIPTION_LEAD}\s)(?:(?:the|a|an)\s)?(?:(?!(?:${DESCRIPTION_LEAD}|${NOT_DESCRIPTION})\b)[\w&.-]+\s){0,4}?(?:[\w.-]+-based|firm|company|group|maker|bank|lender|startup|start-up|fund|investor|insurer|operator|developer|manufacturer|producer|supplier|provider|retailer|chain|carrier|airline|miner|conglomerate|giant|rival|platform|publisher|studio|brewer|drugmaker|chipmaker|automaker|carmaker|consultancy|manager|house|agency|utility|shipbuilder|broker|marketplace|distributor|contractor|specialist|outfit|business|biotech|pharma|consortium|trader|refiner|utility)\s$`,
);

/** " on Friday", " late on Monday", " today" (see {@link templateOf}). */
const DAY_IN_PHRASE =
  /,? (?:(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday)\b(?=[ ,.;]|$)/g;

/** Legal suffixes the name detector leaves outside a name, as written (see {@link templateOf}). */
const SUFFIX_AFTER =
  /^(?:\.?,?\s+(?:&|and)\s+Co\b\.?|\.?,?\s+(?:A\/S|ASA|Inc|Corp|Ltd|LLC|plc|PLC|SE|AG|NV|N\.V|SA|S\.A)\b\.?|\s+AS(?=\s))+/;

/** An abbreviated legal suffix at the end of a name (see {@link templateOf}). */
const SUFFIX_END = /\b(?:Inc|Corp|Co|Ltd|Cos|Bhd|Plc|S\.A|N\.V|A\.G|S\.p\.A|L\.P)$/;

function templateOf(
  sentence: string,
  from: number,
  to: number,
  offset: number,
  mentions: readonly Mention[],
  companies: readonly string[],
): string {
  let template = '';
  let at = from;
  const named = new Set<string>();
  for (const m of mentions) {
    const start = m.start - offset;
    if (start < from || m.end - offset > to) continue;
    // A phrase for a company the sentence has named already is a description of it, read as words:
    // "Kering, the owner of Gucci, agreed to buy Valentino".
    if (m.kind === 'descriptive' && named.has(m.companyId)) continue;
    named.add(m.companyId);
    // A possessive of a place or a person right before the name says where or whose it is, and
    // stands in no deal phrase: "to India's Reliance Industries", "ABN Amro and Belgium's KBC".
    // With the capitalised words of the name that owns it: "in Elon Musk's xAI". So does what the
    // company is, after a preposition or a deal's verb: "bought by private equity firm Thoma
    // Bravo", "led by Dutch chip equipment maker ASML".
    template += sentence
      .slice(at, start)
      .replace(
        /(^|\s)(?!(?:it|that|what|there|here|who|let)['’]s\s$)(?:\p{Lu}[\p{L}.-]*\s){0,2}[\p{L}.-]+['’]s\s$/u,
        '$1',
      )
      .toLowerCase()
      .replace(DESCRIPTION_BEFORE, '$1');
    template += `⟦${companies.indexOf(m.companyId)}⟧`;
    at = m.end - offset;
    // A name that ends in "'s" ("Sainsbury's") is its own possessive before a business of it:
    // "the purchase of Sainsbury's banking business".
    if (/['’]s$/.test(sentence.slice(start, at)) && OWN_UNIT_AFTER.test(sentence.slice(at, at + 60)))
      template += "'s";
    // A legal suffix the name does not take in ("DSV A/S", "Eli Lilly & Co."), and the full stop of
    // an abbreviated one ("Snap Inc."), belong to the name: the deal phrase goes on across them.
    const suffix = SUFFIX_AFTER.exec(sentence.slice(at, Math.min(to, at + 24)));
    if (suffix) at += suffix[0].length;
    if (sentence.charCodeAt(at) === 46 && SUFFIX_END.test(sentence.slice(Math.max(from, at - 6), at))) at++;
    // "Siemens' motors business": a possessive written with the apostrophe alone.
    if (/^['’]\s/.test(sentence.slice(at, at + 2)) && /s$/.test(sentence.slice(start, m.end - offset))) {
      template += "'s";
      at++;
    }
  }
  template += sentence.slice(at, to).toLowerCase();
  // A day inside the deal's phrase dates it and is read from the sentence itself; in the template
  // it would only stand between the words of the phrase ("agreed on Friday to be bought by").
  return template.replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(DAY_IN_PHRASE, '');
}

/**
 * The first pattern's deal in `template` (the slotted form of `text`, a sentence or one of its
 * clauses), or null. `sentence` is the whole sentence, kept with the deal as its evidence.
 */
function dealIn(
  template: string,
  text: string,
  sentence: string,
  companies: readonly string[],
  ctx: ExtractContext,
  patterns: readonly Pattern[] = PATTERNS,
): ExtractedDeal | null {
  for (const pattern of patterns) {
    const m = pattern.re.exec(template);
    if (!m?.groups) continue;
    const before = template.slice(0, m.index ?? 0);
    // A company after a preposition is no subject: "Arm, which is owned by SoftBank, licenses ...".
    if (
      /^⟦/.test(m[0]) &&
      /\b(?:by|of|from|with|to|for|at|in|on|against)\s$/.test(before) &&
      // The boards, shareholders or directors of the companies act for them, and a company with
      // a relative clause is its subject: "said the chief executive of Carlsberg, which agreed".
      !/\b(?:boards?|shareholders|directors|owners|shares|stock) of\s$/.test(before) &&
      !/^⟦\d+⟧(?:'s)?,\s(?:which|that|who)\s/.test(m[0])
    )
      continue;
    // A deal a regulator is looking into is not one the reader records from this sentence:
    // "is reviewing Getty Images' proposed merger with Shutterstock".
    if (/^⟦\d+⟧'s/.test(m[0]) && REVIEW_BEFORE.test(before)) continue;
    // A company the phrase ends on in the possessive is not the party: "bought Flipkart's rival"
    // (it is for a product: "preinstalled on Samsung's phones", "distribute Nintendo's console").
    if (m[0].endsWith("⟧'s") && !PRODUCT_DEALS.has(pattern.type)) continue;
    // Another company's purchase, named by a description: "a lawsuit Arm had brought over the
    // chipmaker's 2021 purchase of Nuvia" is no purchase by Arm.
    if (OTHERS_PURCHASE.test(m[0])) continue;
    // A company after a comma that goes on to say something is the source, not a party: "Apple
    // bought Beats, Samsung said".
    const after = template.slice((m.index ?? 0) + m[0].length);
    // (Not after an opening participle, whose subject it is: "Buying patents from Nokia, Huawei said".)
    if (
      /,\s⟦\d+⟧$/.test(m[0]) &&
      !/^(?:after\s+)?(?:acquiring|buying|purchasing)\s/.test(m[0]) &&
      /^\s+(?:said|says|told|reported|noted|added|wrote)\b/.test(after)
    )
      continue;
    // Hedges count in the deal phrase itself and in the clause that introduces it ("analysts
    // expect that X ..."), not in a separate introductory clause ("Seeking growth, X bought Y")
    // nor in a trailing one ("..., a deal that could reshape the market").
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    // A relative clause about the subject is no part of the deal phrase ("X, which has been trying
    // to catch up, agreed to buy Y").
    const phrase = `${clause} ${m[0]}`
      .replace(/,\s(?:which|who|whose|that)\s[^,;]*,/g, ' ')
      .replace(/⟦\d+⟧/g, ' ');
    if (!pattern.unhedged && HEDGE.test(phrase)) return null;
    if (PLAN.test(phrase) && !findMoney(text).some((x) => x.amount >= 1_000_000)) return null;
    const parties: DealParty[] = [];
    for (const [slot, role] of Object.entries(pattern.roles) as ['a' | 'b' | 'c', PartyRole][]) {
      const index = m.groups[slot];
      if (index === undefined) continue;
      const companyId = companies[Number(index)] as string;
      if (parties.some((p) => p.companyId === companyId)) return null;
      parties.push(party(companyId, role, ctx));
    }
    if (parties.length < 2) return null;
    // The first names of a list the subject ends: "⟦0⟧, ⟦1⟧ and ⟦2⟧ agreed to buy ⟦3⟧".
    const subjectRole = pattern.roles.a;
    if (subjectRole && m[0].startsWith('⟦')) {
      const first = listedBefore(before, m[0])
        .map((slot) => companies[slot] as string)
        .filter((id) => !parties.some((p) => p.companyId === id));
      parties.unshift(...first.map((id) => party(id, subjectRole, ctx)));
    }
    const end = template.length - after.length;
    for (const [slot, role] of listedAfter(template, m[0], end, parties, companies)) {
      addParty(parties, companies[slot] as string, role, ctx);
    }
    if (pattern.type === 'investment') {
      for (const slot of coInvestorsAfter(template, end))
        addParty(parties, companies[slot] as string, 'investor', ctx);
    }
    // A stake made smaller was sold in part: "trimmed its holding in Apple".
    const asset =
      m.groups.cut && m.groups.asset?.startsWith('its ') ? `part of ${m.groups.asset}` : m.groups.asset;
    // A deal told in a clause about an earlier event is that event: "its third acquisition in
    // Israel since it bought Mellanox in 2020" takes its status and date from that clause.
    // So is one told in a relative clause ("Broadcom, which bought VMware last year, reported").
    const last = (m.index ?? 0) + m[0].length - 1;
    const inside = (re: RegExp) =>
      [...template.matchAll(re)].some((c) => last >= (c.index ?? 0) && last < (c.index ?? 0) + c[0].length);
    const deal = describe(pattern.type, parties, text, template, ctx, asset, {
      earlier: inside(EARLIER_CLAUSE),
      relative: inside(RELATIVE_CLAUSE),
    });
    deal.sentence = sentence;
    return deal;
  }
  return null;
}

/** A list of companies right before the deal phrase: "⟦0⟧, ⟦1⟧ and " or "⟦0⟧, " (see {@link listedBefore}). */
const LIST_BEFORE = /((?:⟦\d+⟧,\s+)*⟦\d+⟧(,?\s+and\s+|,\s+))$/;
/** Words after which a list is no subject: "bought by ⟦0⟧ and ...", "unlike ⟦0⟧, ...". */
const NOT_SUBJECT_BEFORE =
  /\b(?:by|from|to|with|for|against|than|over|unlike|like|after|before|while|as|of shares in)\s+$/;

/**
 * The companies of a list whose last names begin the deal phrase: "⟦0⟧ and ⟦1⟧ bought ...", "a
 * consortium of ⟦0⟧, ⟦1⟧ and ⟦2⟧ agreed to buy ...". The list must hold the first companies of
 * the clause, and one ending in a comma must go on into the phrase ("⟦1⟧ and ⟦2⟧ agreed"): else
 * "In its filing, ⟦0⟧, ..." or "Unlike ⟦0⟧, ⟦1⟧ bought ..." would add a party.
 */
function listedBefore(before: string, phrase: string): number[] {
  const list = LIST_BEFORE.exec(before);
  if (!list) return [];
  const prefix = before.slice(0, list.index);
  if (prefix.includes('⟦') || NOT_SUBJECT_BEFORE.test(prefix)) return [];
  if (!/and/.test(list[2] as string) && !/^⟦\d+⟧(?:'s)?\s+and\s+⟦/.test(phrase)) return [];
  return [...(list[1] as string).matchAll(/⟦(\d+)⟧/g)].map((x) => Number(x[1]));
}

/**
 * The rest of a list that the deal phrase ends on, with the role of its first item: "invested in
 * ⟦1⟧, ⟦2⟧ and ⟦3⟧", "led by ⟦1⟧, ⟦2⟧ and ⟦3⟧". The list must end the phrase (a preposition,
 * punctuation or the end follow), so that "bought ⟦1⟧ and ⟦2⟧ sold ..." adds nothing.
 */
function listedAfter(
  template: string,
  phrase: string,
  end: number,
  parties: readonly DealParty[],
  companies: readonly string[],
): [number, PartyRole][] {
  const last = /⟦(\d+)⟧$/.exec(phrase);
  if (!last) return [];
  const role = parties.find((p) => p.companyId === companies[Number(last[1])])?.role;
  const list = LIST_AFTER.exec(template.slice(end));
  if (!role || !list) return [];
  return slotsIn(list[0]).map((slot) => [slot, role]);
}

/** ", ⟦2⟧ and ⟦3⟧" or " and ⟦2⟧" after a party, then the end of the phrase. */
const LIST_AFTER =
  /^(?:,\s*⟦\d+⟧)*,?\s+(?:and|&)\s+⟦\d+⟧(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s(?:in|for|from|at|on|last|this|earlier|over|during|as|among|since|after|before)\b)/;

/**
 * Co-investors named after a funding deal: "..., with ⟦2⟧ and ⟦3⟧ also taking part", "..., which
 * also drew money from ⟦2⟧, ⟦3⟧ and ⟦4⟧", "... alongside ⟦2⟧".
 */
function coInvestorsAfter(template: string, end: number): number[] {
  const found = CO_INVESTORS.exec(template.slice(end));
  return found ? slotsIn(found[1] ?? '') : [];
}

/** The company slots written in `text`, in order: "⟦2⟧, ⟦3⟧ and ⟦4⟧" → 2, 3, 4. */
function slotsIn(text: string): number[] {
  return (text.match(/⟦\d+⟧/g) ?? []).map((slot) => Number(slot.slice(1, -1)));
}

const CO_INVESTORS =
  /(?:,\s*(?:with|alongside|along with|joined by)\s+(?:participation from\s+)?|\b(?:also\s+)?(?:drew|attracted|included|drawing|attracting)\s+(?:money|funding|investment|capital|backing)\s+from\s+|\bparticipation\s+(?:from|by)\s+)((?:⟦\d+⟧(?:'s)?(?:,\s*|,?\s+and\s+))*⟦\d+⟧)/;

/** Adds a company with its role unless it is a party already. */
function addParty(parties: DealParty[], companyId: string, role: PartyRole, ctx: ExtractContext): void {
  if (parties.some((p) => p.companyId === companyId)) return;
  parties.push(party(companyId, role, ctx));
}

/** A party with the gazetteer's name for its company. */
function party(companyId: string, role: PartyRole, ctx: ExtractContext): DealParty {
  // Companies the gazetteer does not know are named as written ("unlisted:Luminet"): most
  // takeovers in the news are of private companies.
  return { companyId, name: companyLabel(companyId, (id) => ctx.matcher.company(id)), role };
}

/**
 * A company the gazetteer does not know, bought by one it knows: "agreed to acquire Tel
 * Aviv-based Luminet for about $700 million", "will buy cybersecurity firm Sentrix for $3.2
 * billion". A name in capitals right after a verb of buying (and a description), ending where the
 * price, a comma or the sentence begins.
 */
const UNLISTED_TARGET = new RegExp(
  String.raw`\b(?:[Aa]cquire|[Aa]cquires|acquired|acquiring|[Bb]uy|[Bb]uys|bought|buying|purchase|purchased|take over|takes over|took over|snapped up|snaps up|(?:acquisition|purchase|takeover) of)\s+` +
    String.raw`(?:(?:[A-Z][\w.]*\s)?(?:[A-Z][\w.]*-)?[A-Z]?[\w.]*-based\s+)?` +
    String.raw`(?:(?:[a-z][\w-]*\s+){0,3}?(?:firm|startup|start-up|company|maker|developer|biotech|provider|platform|specialist|rival|lender|insurer|operator|retailer|chain|brand|studio|publisher|fintech|group)\s+)?` +
    // A headline's description in title case: "To Acquire Israeli Chip Startup Quorvant For".
    String.raw`(?:(?:[A-Z][a-z]+\s+){0,3}(?:Startup|Start-Up|Firm|Company|Maker|Developer|Biotech|Rival)\s+)?` +
    String.raw`((?:[A-Z][\w&'’.-]*|[A-Z]{2,}\d*)(?:\s+(?:[A-Z][\w&'’.-]*|&)){0,3})` +
    String.raw`(?=\s+(?:for|For|in|In|from|at|and|on|last|this|earlier)\b|\s*[,.;]|$)`,
  'dg',
);
/** ... and one that opens a sentence in the passive: "Brightwell Analytics has agreed to be acquired by Oracle". */
const UNLISTED_PASSIVE =
  /^((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&)){0,3})(?:,[^,;]{0,80},)?\s+(?:has\s+|have\s+|had\s+)?(?:agreed\s+to\s+be|been|was|were|will\s+be|is\s+being|is\s+to\s+be)\s+(?:acquired|bought|purchased|taken\s+over)\s+by\b/dg;

/** Capitalised words that name no company after a verb of buying. */
const NOT_UNLISTED = new Set(
  (
    'The A An It Its Their His Her This That These Those Some Most All Both More Another Shares Stock ' +
    'Bitcoin Ether Ethereum Solana Dogecoin Treasury Treasuries Gold US U.S. UK EU Europe America Asia Africa ' +
    'China India Japan Germany France Britain Canada Australia Mexico Brazil Israel Korea Russia Ukraine ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);

/**
 * Adds, in text order, a mention for each company the sentence has bought by a company it names
 * that the matcher did not read as one (see {@link UNLISTED_TARGET}): one the gazetteer does not
 * know, or one whose name is also an everyday word.
 */
function addUnlistedTargets(sentence: string, offset: number, inside: Mention[], matcher: Matcher): void {
  for (const m of [...sentence.matchAll(UNLISTED_TARGET), ...sentence.matchAll(UNLISTED_PASSIVE)]) {
    const name = (m[1] as string).replace(/[.'’]+$/, '');
    const first = name.split(/\s/)[0] as string;
    if (name.length < 3 || NOT_UNLISTED.has(first) || NOT_UNLISTED.has(name)) continue;
    const start = offset + ((m.indices?.[1]?.[0] ?? 0) as number);
    const end = start + name.length;
    if (inside.some((x) => x.start < end && start < x.end)) continue;
    const at = inside.findIndex((x) => x.start > start);
    // A company the gazetteer knows by a name that is also a word ("Grail"): bought, it is that one.
    const known = matcher.lookup(name);
    const companyId = known && known.name.toLowerCase() === name.toLowerCase() ? known.id : UNLISTED + name;
    const mention: Mention = { start, end, companyId, kind: 'name' };
    if (at < 0) inside.push(mention);
    else inside.splice(at, 0, mention);
  }
}

const COMPLETED =
  /\b(?:completed|completes|closed|closes|finali[sz]ed|finali[sz]es|paid|raised|bought|acquired|purchased|took over|sold|invested|merged|settled|sued|countersued|licensed|took|snapped up|spun off|partnered|teamed up|led|co-led|built|trimmed|reduced|pared|lowered|combined|formed|offloaded|separated|spun out|carved out)\b/;
/** Unnamed sources: what they tell is rumoured, not announced. */
const RUMOUR_SOURCE =
  /\b(?:according to (?:people|sources|a person|persons|(?:two|three|several) people)|people (?:familiar|briefed|close) (?:with|on|to)|a person (?:familiar|briefed|close) (?:with|on|to)|sources (?:said|say|told|familiar|close))\b/i;
/** A lawsuit decided: "won its lawsuit", "a jury found ... liable", "the judge ruled". */
const LAWSUIT_DECIDED =
  /\b(?:won|wins|lost|loses|ruled|rules|verdict|found\s+(?:\S+\s+){0,3}?(?:liable|guilty|not liable)|awarded|ordered\s+(?:\S+\s+){0,3}?to pay|judgment|judgement)\b/;
/** A lawsuit dropped: "dropped its lawsuit", "withdrew the suit", "was dismissed". */
const LAWSUIT_DROPPED = /\b(?:dropped|drops|withdrew|withdraws|withdrawn|dismissed|abandoned)\b/;
const PENDING =
  /\b(?:agreed(?: (?:on|late|early) \w+| in principle| last \w+| this \w+| earlier this \w+)? to|will|would|is to|is set to|agrees to|plans to|to be|pending|subject to|expected to close)\b/;
/**
 * A clause about an earlier event, up to the next comma or semicolon: "since it bought Mentor
 * Graphics", ", ending a relationship that began when SAP bought the company in 2018". Its verbs
 * and dates are not the deal's.
 */
const EARLIER_CLAUSE = /\b(?:since|when|ending|which began|that began)\b[^,;]*/g;
/** Words of a deal struck, in a relative clause that dates it ("which it agreed to buy last year"). */
const DEAL_WORD =
  /\b(?:agreed|agreement|bought|acquired|purchased|announced|signed|struck|deal|merged|sold)\b/;
/**
 * A relative clause or a description after a comma, about the company before it: ", which it
 * agreed to buy last year", ", a data start-up it agreed to buy in October".
 */
const RELATIVE_CLAUSE = /,\s(?:which|who|whose|a|an)\s[^,;]*/g;

/** What a regulator does to a proposed deal (see {@link dealIn}). */
const REVIEW_BEFORE =
  /\b(?:review|reviewing|reviews|probe|probing|probes|investigating|investigate|investigation into|scrutinising|scrutinizing|examining|look into|looking into|block|blocking|challenge|challenging)\s+(?:of\s+|into\s+)?$/;

/** What comes before a company's valuation, not an amount invested in it. */
const VALUATION_BEFORE =
  /\b(?:(?:is|was|be|been|now|it)\s+valued\s+at|valuation\s+of|valuing\s+(?:it|the company|the startup)\s+at)\s+(?:about\s+|nearly\s+|more than\s+)?$/i;

function describe(
  type: DealType,
  parties: DealParty[],
  sentence: string,
  template: string,
  ctx: ExtractContext,
  /** What changed hands when the pattern says ("its entire stake"). */
  asset?: string,
  /**
   * Where the deal is told: in a clause about an earlier event ("since it bought Mellanox in
   * 2020"), in a relative clause ("which bought VMware last year").
   */
  clause: { earlier?: boolean; relative?: boolean } = {},
): ExtractedDeal {
  const { earlier = false, relative = false } = clause;
  // The deal's own clause, without relative clauses about a side ("..., which it agreed to buy
  // last year": the purchase is completed): where its status is read.
  const own = earlier ? template : template.replace(EARLIER_CLAUSE, '');
  const main = relative ? own : own.replace(RELATIVE_CLAUSE, '');
  // A deal only sources tell of: "according to people familiar with the matter".
  const rumour = RUMOUR_SOURCE.test(sentence);
  // A lawsuit filed is under way ("filed", shown so); it is over when it is decided or dropped
  // (not in a relative clause about one side: "sued Netlist, which lost a case last year").
  const status: DealStatus =
    type === 'lawsuit'
      ? LAWSUIT_DECIDED.test(main)
        ? 'completed'
        : LAWSUIT_DROPPED.test(main)
          ? 'cancelled'
          : 'announced'
      : rumour
        ? 'rumoured'
        : PENDING.test(main)
          ? 'announced'
          : COMPLETED.test(main)
            ? 'completed'
            : 'announced';
  // Not a valuation for a stake or a round: "was valued at €11.7 billion after a €1.7 billion
  // round" (a takeover's "deal valued at $61 billion" is its value).
  const money = findMoney(sentence).find(
    (x) =>
      x.amount >= 1_000_000 &&
      !(type === 'investment' && VALUATION_BEFORE.test(sentence.slice(Math.max(0, x.start - 30), x.start))),
  );
  const quantity = findQuantity(sentence);
  // Dated by its own clause: not by a relative clause about something else ("sued Netlist, which
  // lost a case last year"), though by one about the deal ("which it agreed to buy last year").
  const dated = (earlier ? sentence : sentence.replace(EARLIER_CLAUSE, '')).replace(RELATIVE_CLAUSE, (c) =>
    relative || DEAL_WORD.test(c) ? c : '',
  );
  const announced = findDate(dated, ctx.published);
  const deal: ExtractedDeal = { type, parties, summary: '', status, sentence };
  if (money) deal.value = { amount: money.amount, currency: money.currency };
  if (asset) deal.asset = asWritten(sentence, asset.trim());
  else if (quantity) {
    deal.quantity = quantity.quantity;
    deal.asset = quantity.text;
  }
  if (announced) deal.announced = announced;
  deal.summary = summarise(deal);
  return deal;
}

/** `lower`, a lower-cased piece of the sentence, as the sentence writes it ("pc division" → "PC division"). */
function asWritten(sentence: string, lower: string): string {
  const words = lower.split(/\s+/).map(escapeRegExp);
  return new RegExp(words.join('\\s+'), 'i').exec(sentence)?.[0] ?? lower;
}

/** "Intel's", "NXP Semiconductors'". */
function possessive(name: string): string {
  // "Siemens'", but "UBS's": an acronym takes "'s"; "Sainsbury's" is its own.
  if (/['’]s$/.test(name)) return name;
  return /[a-z]s$/.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * A one-line summary in the reader's words: "Xiaomi bought about 1,500 patents from Microsoft".
 * Any roles may come in (a reader adds deals by hand): where the type's usual roles are missing,
 * the summary names the companies and the kind of deal.
 */
export function summarise(deal: Pick<ExtractedDeal, 'type' | 'parties' | 'asset' | 'status'>): string {
  // Every company in the role: "Blackstone and Vista Equity Partners agreed to acquire Smartsheet".
  // "A", "A and B", "A, B and C".
  const listOf = (names: string[]) =>
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const by = (role: PartyRole) => listOf(deal.parties.filter((p) => p.role === role).map((p) => p.name));
  const names = listOf(deal.parties.map((p) => p.name)) ?? '';
  const done = deal.status === 'completed';
  const off = deal.status === 'cancelled';
  const talks = deal.status === 'rumoured';
  const both = (a: PartyRole, b: PartyRole, text: (x: string, y: string) => string) => {
    const x = by(a);
    const y = by(b);
    return x && y ? text(x, y) : undefined;
  };
  let summary: string | undefined;
  switch (deal.type) {
    case 'patent-purchase':
      summary = both(
        'buyer',
        'seller',
        (b, s) => `${b} ${done ? 'bought' : 'agreed to buy'} ${deal.asset ?? 'patents'} from ${s}`,
      );
      break;
    case 'acquisition': {
      const seller = by('seller');
      summary = both(
        'buyer',
        'target',
        (b, t) =>
          `${b} ${done ? 'acquired' : off ? 'called off its deal to acquire' : talks ? 'is said to be in talks to acquire' : 'agreed to acquire'} ${t}${seller ? ` from ${seller}` : ''}`,
      );
      break;
    }
    case 'divestiture': {
      const seller = by('seller');
      const target = by('target');
      const buyer = by('buyer');
      const verb = done ? 'sold' : 'agreed to sell';
      // "its remaining stake" where the sentence says "Comcast's remaining stake".
      const asset =
        deal.asset && !/^(?:its|their|a|an|the|all|part)\b/i.test(deal.asset)
          ? `its ${deal.asset}`
          : deal.asset;
      if (seller && target && asset)
        summary = `${seller} ${verb} ${asset} in ${target}${buyer ? ` to ${buyer}` : ''}`;
      else if (seller && target)
        summary = buyer
          ? `${seller} ${verb} ${target} to ${buyer}`
          : `${seller} ${done ? 'divested' : 'agreed to divest'} ${target}`;
      else if (seller && buyer) summary = `${seller} ${verb} ${deal.asset ?? 'a business'} to ${buyer}`;
      break;
    }
    case 'asset-purchase': {
      const verb = done ? 'bought' : 'agreed to buy';
      summary = both('buyer', 'seller', (b, s) =>
        deal.asset
          ? `${b} ${verb} ${possessive(s)} ${deal.asset.replace(/^(?:its|their|the)\s+/i, '')}`
          : `${b} ${verb} a business from ${s}`,
      );
      break;
    }
    case 'investment':
      summary = both('investor', 'target', (i, t) => `${i} invested in ${t}`);
      break;
    case 'licence':
      summary = both('licensor', 'licensee', (a, b) => `${a} licensed ${b}`) ?? `${names} signed a licence`;
      break;
    case 'cross-licence':
      summary = `${names} signed a cross-licence`;
      break;
    case 'preinstall':
      summary = both('licensor', 'licensee', (a, b) => `${a} apps preinstalled on ${b} devices`);
      break;
    case 'merger':
      summary = `${names} ${done ? 'merged' : off ? 'called off their merger' : talks ? 'are said to be in merger talks' : 'agreed to merge'}`;
      break;
    case 'distribution':
      summary = `${names} agreed a distribution deal`;
      break;
    case 'partnership':
      summary = `${names} formed a partnership`;
      break;
    case 'lawsuit':
      summary = both('plaintiff', 'defendant', (p, d) =>
        off ? `${p} dropped its suit against ${d}` : `${p} sued ${d}`,
      );
      break;
    case 'settlement':
      summary = `${names} settled`;
      break;
  }
  return summary ?? `${names}: ${deal.type.replace('-', ' ')}`;
}
