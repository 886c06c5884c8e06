import type { LanguageVocabulary } from './index.ts';

export const nl: LanguageVocabulary = {
  code: 'nl',
  months: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: [
    ['maandag', 'ma'],
    ['dinsdag', 'di'],
    ['woensdag', 'wo'],
    ['donderdag', 'do'],
    ['vrijdag', 'vr'],
    ['zaterdag', 'za'],
    ['zondag', 'zo'],
  ],
  numericDateOrder: 'day-month',
};
