import type { LanguageVocabulary } from './index.ts';

export const pt: LanguageVocabulary = {
  code: 'pt',
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar', 'marco'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
  weekdays: [
    ['segunda-feira', 'segunda'],
    ['terça-feira', 'terça', 'terca'],
    ['quarta-feira', 'quarta'],
    ['quinta-feira', 'quinta'],
    ['sexta-feira', 'sexta'],
    ['sábado', 'sabado'],
    ['domingo'],
  ],
  numericDateOrder: 'day-month',
};
