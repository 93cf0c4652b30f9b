/** French dates in running text: "17 juin 2025", "lundi 8 octobre", "1er mars 2024", "07/02/2023". */
import { fold } from '../text/fold.js';
import { MEETING_DATE_CUES, MONTHS } from '../vocabulary/fr.js';

export interface FoundDate {
  /** ISO date, or null when the text gives a day and month but no year. */
  iso: string | null;
  index: number;
}

const DAYS = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\d])(?:${DAYS}\\s+)?(1er|\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'gu',
);
const NUMERIC = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])|(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/** Builds an ISO date when day and month exist in that year; null otherwise. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date written in the text, in order; "8 octobre" without a year has iso null. */
export function findDates(text: string): FoundDate[] {
  const folded = fold(text);
  const found: FoundDate[] = [];
  for (const m of folded.matchAll(WRITTEN)) {
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    const month = MONTHS.indexOf(m[2]!) + 1;
    if (day < 1 || day > 31) continue;
    found.push({ iso: m[3] ? isoDate(Number(m[3]), month, day) : null, index: m.index });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const iso = m[1] ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (iso) found.push({ iso, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Reads a front-matter date: ISO, French written or dd/mm/yyyy. */
export function parseDateValue(value: string): string | null {
  return findDates(value)[0]?.iso ?? null;
}

const MEETING_CUE = new RegExp(
  `(?<![\\p{L}])(?:${MEETING_DATE_CUES.map((c) => fold(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`,
  'u',
);
const BEFORE_DATE = new RegExp(`(?<![\\p{L}])(?:le|du)\\s+(?:${DAYS}\\s+)?$`, 'u');

/**
 * True when the folded text before a date, within its sentence, names the meeting and
 * ends with "le" or "du": the date is then the meeting's ("réunis à Verdun le …").
 */
export function datesMeeting(foldedBefore: string): boolean {
  const sentence = foldedBefore.split(/[.!?](?:\s+|$)/).pop() ?? '';
  return BEFORE_DATE.test(sentence) && MEETING_CUE.test(sentence);
}
