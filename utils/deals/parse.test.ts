import { describe, expect, it } from 'vitest';
import { findDate, findMoney, findQuantity, parseNumber, parseTypedAmount, readTypedFigures } from './parse';

describe('numbers and money', () => {
  it('parses counts with separators', () => {
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseNumber('2.9')).toBe(2.9);
    expect(parseNumber('1,5')).toBeNull();
    expect(findQuantity('bought roughly 1,500 patents from')).toEqual({
      quantity: 1500,
      unit: 'patents',
      text: 'roughly 1,500 patents',
    });
    expect(findQuantity('about 6,000 patents and patent applications')?.quantity).toBe(6000);
    expect(findQuantity('28 million developers')).toBeNull();
  });

  it.each([
    ['$2 billion', 2e9, 'USD'],
    ['US$1.2bn', 1.2e9, 'USD'],
    ['€500m', 5e8, 'EUR'],
    ['£24.3bn', 24.3e9, 'GBP'],
    ['¥300 billion', 3e11, 'JPY'],
    ['2.9 billion dollars', 2.9e9, 'USD'],
    ['1.27 billion yuan', 1.27e9, 'CNY'],
    ['HK$8bn', 8e9, 'HKD'],
    ['$95 a share', 95, 'USD'],
    ['about 20 billion Danish crowns', 20e9, 'DKK'],
    ['DKK 20bn', 20e9, 'DKK'],
    ['5 billion Canadian dollars', 5e9, 'CAD'],
    ['1.5 billion Hong Kong dollars', 1.5e9, 'HKD'],
    ['S$400 million', 4e8, 'SGD'],
    ['3 billion Mexican pesos', 3e9, 'MXN'],
    ['12 billion reais', 12e9, 'BRL'],
    ['Rs 1,200 crore', 12e9, 'INR'],
    ['Rs. 8,278 crore', 82.78e9, 'INR'],
    ['₹1.2 lakh crore', 1.2e12, 'INR'],
    ['4,000 crore rupees', 40e9, 'INR'],
  ])('reads %s', (text, amount, currency) => {
    expect(findMoney(`for ${text} in cash`)[0]).toMatchObject({ amount, currency });
  });

  it('finds several amounts in order and nothing in plain numbers', () => {
    expect(findMoney('$95 a share, or about $68.7 billion').map((m) => m.amount)).toEqual([95, 68.7e9]);
    expect(findMoney('In 2016 it had 1,500 staff.')).toEqual([]);
    // A word several countries use for their money says nothing without the country.
    expect(findMoney('for 2 billion crowns and 40 million pesos')).toEqual([]);
  });
});

describe('dates', () => {
  const pub = '2016-06-01';
  it.each([
    ['on June 13, 2016', '2016-06-13'],
    ['on 13 June 2016', '2016-06-13'],
    ['in March 2015', '2015-03'],
    ['in 2014', '2014'],
    ['last year', '2015'],
    ['earlier this year', '2016'],
    ['last month', '2016-05'],
    ['in March', '2016-03'],
    ['last September', '2015-09'],
  ])('resolves "%s" against the published date', (text, expected) => {
    expect(findDate(`The deal was agreed ${text}.`, pub)).toBe(expected);
  });

  it('reads a weekday, "yesterday" and "today" as days up to the publication date', () => {
    // 1 June 2016 was a Wednesday.
    expect(findDate('The deal was agreed on Tuesday.', pub)).toBe('2016-05-31');
    expect(findDate('The companies said on Wednesday.', pub)).toBe('2016-06-01');
    expect(findDate('Talks ended on Thursday.', pub)).toBe('2016-05-26');
    expect(findDate('It closed yesterday.', '2016-03-01')).toBe('2016-02-29');
    expect(findDate('It closes today.', pub)).toBe('2016-06-01');
  });

  it('takes no date from a weekday still to come, unless a deal was done on it', () => {
    // A date still to come, or a plan's date, is not when the deal was struck.
    const late = '2026-11-20';
    expect(
      findDate('Pfizer agreed on Wednesday to buy Seagen; it expects to complete the deal by 2027.', late),
    ).toBe('2026-11-18');
    expect(findDate('The sale is expected to close in the first half of 2027.', late)).toBeNull();
    expect(findDate('It expects to close the deal in 2026.', late)).toBeNull();
    expect(findDate('It expects the deal, agreed in March 2026, to close by 2027.', late)).toBe('2026-03');
    expect(findDate('The deal was agreed in 2026.', late)).toBe('2026');
    expect(findDate('The deal was agreed on March 3, 2027.', late)).toBeNull();
    expect(findDate('The deal is due to close on March 3, 2026.', late)).toBeNull();
    // A month still to come this year, after a deal done: last year's.
    expect(findDate('It sold the unit in a deal agreed in October.', '2024-06-01')).toBe('2023-10');
    expect(findDate('It will launch phones in September.', '2024-06-01')).toBeNull();
    expect(findDate('Microsoft said in 2022 that it would buy Activision by June 2023.', late)).toBe('2022');
    expect(findDate('The purchase faces its first hearing in Brussels on Wednesday.', pub)).toBeNull();
    expect(findDate('Shareholders will vote on the deal on Friday.', pub)).toBeNull();
    expect(findDate('It will distribute the games under a deal signed on Tuesday.', pub)).toBe('2016-05-31');
  });

  it('reads a day and month without a year as the latest one up to the publication date', () => {
    expect(findDate('BBVA completed its merger on 1 July.', '2025-07-03')).toBe('2025-07-01');
    expect(findDate('The deal closed on July 1.', '2025-07-03')).toBe('2025-07-01');
    expect(findDate('The deal closed on December 30.', '2025-01-02')).toBe('2024-12-30');
    expect(findDate('The deal closed on 1 July.')).toBeNull();
  });

  it('gives nothing for vague or future dates', () => {
    expect(findDate('The deal was agreed on Tuesday.')).toBeNull();
    expect(findDate('Phones ship in September.', pub)).toBeNull();
    expect(findDate('It was agreed last year.')).toBeNull();
    expect(findDate('It closed last month.', '2016-01-10')).toBe('2015-12');
  });
});

describe('figures a reader types', () => {
  it.each([
    ['10100000000', 10.1e9, 'EUR'],
    ['10,100,000,000', 10.1e9, 'EUR'],
    ['10.1 billion', 10.1e9, 'EUR'],
    ['$10.1bn', 10.1e9, 'USD'],
    ['€600m', 6e8, 'EUR'],
    ['HK$8 bn', 8e9, 'HKD'],
    ['10.1 bn USD', 10.1e9, 'USD'],
  ])('reads the value %s', (text, amount, currency) => {
    expect(parseTypedAmount(text, 'EUR')).toEqual({ amount, currency });
  });

  it('says what it cannot read instead of dropping it', () => {
    expect(parseTypedAmount('ten billion', 'USD')).toBeNull();
    expect(parseTypedAmount('10 zillion', 'USD')).toBeNull();
    const read = (fields: Partial<Parameters<typeof readTypedFigures>[0]>) =>
      readTypedFigures({ announced: '', quantity: '', amount: '', currency: 'USD', ...fields });
    expect(read({ amount: '10.1 billion', quantity: '1,500', announced: '2026-11' })).toEqual({
      ok: true,
      value: { announced: '2026-11', quantity: 1500, value: { amount: 10.1e9, currency: 'USD' } },
    });
    expect(read({})).toEqual({ ok: true, value: {} });
    expect(read({ amount: 'ten billion' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Value'),
    });
    expect(read({ announced: '20/11/2026' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Announced'),
    });
    expect(read({ announced: '2026-13' })).toMatchObject({ ok: false });
    expect(read({ quantity: 'many' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Quantity'),
    });
    expect(read({ currency: 'dollars', amount: '5' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Currency'),
    });
  });
});
