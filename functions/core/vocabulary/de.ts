import type { LanguageVocabulary } from './index.ts';

export const de: LanguageVocabulary = {
  code: 'de',
  months: [
    ['januar', 'jan', 'jänner'],
    ['februar', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  weekdays: [
    ['montag', 'mo'],
    ['dienstag', 'di'],
    ['mittwoch', 'mi'],
    ['donnerstag', 'do'],
    ['freitag', 'fr'],
    ['samstag', 'sa', 'sonnabend'],
    ['sonntag', 'so'],
  ],
  numericDateOrder: 'day-month',
};
