import type { LanguageVocabulary } from './index.ts';

export const it: LanguageVocabulary = {
  code: 'it',
  months: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
  weekdays: [
    ['lunedì', 'lunedi'],
    ['martedì', 'martedi'],
    ['mercoledì', 'mercoledi'],
    ['giovedì', 'giovedi'],
    ['venerdì', 'venerdi'],
    ['sabato'],
    ['domenica'],
  ],
  numericDateOrder: 'day-month',
};
