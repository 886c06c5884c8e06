import type { LanguageVocabulary } from './index.ts';

export const es: LanguageVocabulary = {
  code: 'es',
  months: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  weekdays: [
    ['lunes'],
    ['martes'],
    ['miércoles', 'miercoles'],
    ['jueves'],
    ['viernes'],
    ['sábado', 'sabado'],
    ['domingo'],
  ],
  numericDateOrder: 'day-month',
};
