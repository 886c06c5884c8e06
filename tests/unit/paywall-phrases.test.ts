/** Paywall notices in the vocabulary's languages are removed as such (rules.ts `paywall.notice`). */
import { describe, expect, it } from 'vitest';
import { matchLine } from '../../functions/core/cleaning/match.ts';

describe('paywall.notice', () => {
  it.each([
    'Dieser Artikel ist exklusiv für Abonnenten.',
    'Cet article est réservé aux abonnés.',
    'Este artículo es exclusivo para suscriptores.',
    // Italian's commonest form opened with "Questo articolo", which no phrase began with (kept in the body).
    'Questo articolo è riservato agli abbonati.',
    'Contenuto riservato agli abbonati',
    'Dit artikel is alleen voor abonnees.',
    'Ten artykuł jest dostępny tylko dla subskrybentów.',
    'Este artigo é exclusivo para assinantes.',
  ])('%s', (line) => {
    expect(matchLine(line)?.rule.id).toBe('paywall.notice');
  });

  it('leaves a sentence about subscribers alone', () => {
    expect(
      matchLine('The paper said its subscribers had doubled since the redesign in the spring of last year.'),
    ).toBeNull();
  });
});
