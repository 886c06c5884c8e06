import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import { PROSE } from './metadata-helpers.ts';

describe('language', () => {
  it('detects English prose', () => {
    expect(detectLanguage(`${PROSE} ${PROSE}`)).toBe('en');
  });

  it('detects German prose', () => {
    const german =
      'Der Stadtrat hat nach einer langen Debatte über Straßenreparaturen, die Finanzierung der Schulen und die Zukunft der Bibliothek den neuen Haushalt beschlossen. Die Bibliothek ist seit dem Hochwasser im Frühjahr geschlossen.';
    expect(detectLanguage(`${german} ${german}`)).toBe('de');
  });

  it('is null for a text too short to tell', () => {
    expect(detectLanguage('Hello world')).toBeNull();
  });
});
