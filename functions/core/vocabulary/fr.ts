import type { LanguageVocabulary } from './index.ts';

export const fr: LanguageVocabulary = {
  code: 'fr',
  months: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fevrier'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc', 'decembre'],
  ],
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  numericDateOrder: 'day-month',
};
