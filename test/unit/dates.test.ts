import { describe, expect, it } from 'vitest';
import { findDates, parseDateValue } from '../../src/parse/dates.js';

describe('French dates', () => {
  it.each([
    ['17 juin 2025', '2025-06-17'],
    ['le 1er mars 2024', '2024-03-01'],
    ['lundi 8 octobre 2018', '2018-10-08'],
    ['7 février 2023', '2023-02-07'],
    ['7 fevrier 2023', '2023-02-07'],
    ['25 DÉCEMBRE 2023', '2023-12-25'],
    ['07/02/2023', '2023-02-07'],
    ['2025-06-17', '2025-06-17'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateValue(text)).toBe(iso);
  });
  it('gives null for a date without its year, and for impossible dates', () => {
    expect(findDates('Atelier : lundi 8 octobre 16h40 – 18h40')).toEqual([{ iso: null, index: 10 }]);
    expect(parseDateValue('31 février 2024')).toBeNull();
    expect(parseDateValue('31/02/2024')).toBeNull();
  });
});
