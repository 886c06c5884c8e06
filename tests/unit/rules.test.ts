import { describe, expect, it } from 'vitest';
import { verdictForLine } from '../../functions/core/cleaning/classify.ts';
import { firstChars } from '../../functions/core/cleaning/match.ts';
import { features } from '../../functions/core/cleaning/text-fast.ts';
import { DETECTORS } from '../../functions/core/detectors.ts';
import { RULES } from '../../functions/core/rules.ts';
import { LANGUAGES } from '../../functions/core/vocabulary/index.ts';

function verdict(line: string) {
  return verdictForLine(line, features(line).words);
}

describe('boilerplate rules', () => {
  it('have unique ids', () => {
    const ids = [...RULES.map((r) => r.id), ...DETECTORS.map((d) => d.id)];

    const unique = new Set(ids);

    expect(unique.size).toBe(ids.length);
  });

  for (const rule of RULES) {
    it(`${rule.id} removes "${rule.example.match}"`, () => {
      const line = rule.example.match;

      const result = verdict(line);

      expect(result?.rule).toBe(rule.id);
    });

    it(`${rule.id} keeps "${rule.example.noMatch}"`, () => {
      const line = rule.example.noMatch;

      const result = verdict(line);

      expect(result).toBeNull();
    });
  }
});

describe('rule matching', () => {
  it("removes a link back to the site's home or list in every vocabulary language, not a heading that starts alike", () => {
    for (const line of [
      'Back to home',
      'Back to all posts',
      'Zurück zur Startseite',
      "Retour à l'accueil",
      'Volver a la portada',
      'Torna alla home',
      'Terug naar overzicht',
      'Voltar à página inicial',
      'Powrót do strony głównej',
    ])
      expect(verdict(line)?.rule, line).toBe('nav.menu-word');
    expect(verdict('Back to basics')).toBeNull();
  });

  it('reads a label whose colon has a space before it, as French typography sets it', () => {
    expect(verdict('Photo : AFP')?.rule).toBe('caption.credit');
    expect(verdict('Illustration\u00a0: Claire Monnier')?.rule).toBe('caption.credit');
    expect(verdict('Auteur : Claire Monnier')?.rule).toBe('byline.by');
    expect(
      verdict(
        'Photo : la mairie a présenté le projet aux riverains mardi soir après une longue réunion publique qui a duré plus de trois heures et demie, avec beaucoup de questions et de débats animés entre les élus et les habitants du quartier concerné par les travaux',
      ),
    ).toBeNull();
  });

  it('removes a byline opened by any word the metadata stage reads bylines by, in every language', () => {
    // One list for both: before, "Erstellt von Andri Bryner" gave its author but stayed in the body.
    const missed = LANGUAGES.flatMap((language) =>
      language.metadata.bylineWords
        .map((word) => `${word[0]!.toUpperCase()}${word.slice(1)} Andri Bryner`)
        .filter((line) => !['byline.by', 'byline.piece'].includes(verdict(line)?.rule ?? '')),
    );

    expect(missed).toEqual([]);
  });

  it('keeps a heading that opens with such a word but names no person ("Analysis by Country")', () => {
    for (const line of [
      'Analysis by Country',
      'Analyse von Daten',
      'Columna de Opinión',
      'Interview by Phone',
    ])
      expect(verdict(line), line).toBeNull();
  });

  it('never matches a bare substring: a share word inside a sentence survives', () => {
    const line = 'Facebook said on Monday that it would share more data with researchers.';

    const result = verdict(line);

    expect(result).toBeNull();
  });

  it('takes a legal notice heading for a disclaimer, not a warning or a foreword', () => {
    // "Avertissement", "Avvertenze": a report's caveat or a leaflet's warnings are the page's content; a
    // disclaimer heading takes everything under it to the page's end.
    expect(verdict('Avertissement')?.rule).not.toBe('legal.disclaimer');
    expect(verdict('Avvertenze')?.rule).not.toBe('legal.disclaimer');
    expect(verdict('Avertissement légal')?.rule).toBe('legal.disclaimer');
    expect(verdict('Avviso legale')?.rule).toBe('legal.disclaimer');
  });

  it('ignores bullets and trailing punctuation around a label', () => {
    const line = '• Related Articles:';

    const result = verdict(line);

    expect(result?.rule).toBe('related.heading');
  });

  it('requires a name after "By" for a byline', () => {
    const line = 'By then, most of the town had left.';

    const result = verdict(line);

    expect(result).toBeNull();
  });
});

describe('related-list headings', () => {
  const headings = ['Explore more articles', 'Popular interviews', 'Latest recipes', 'From our archives'];
  for (const line of headings) {
    it(`"${line}" is a related-list heading`, () => {
      expect(verdict(line)?.rule).toBe('related.heading');
    });
  }

  const kept = [
    'More Details',
    'More Considerations',
    'Popular culture',
    'Explore more of the coast by bike.',
  ];
  for (const line of kept) {
    it(`"${line}" is not`, () => {
      expect(verdict(line)).toBeNull();
    });
  }
});

describe('reader appeals and cookie tables', () => {
  const cases: [rule: string, match: string, noMatch: string][] = [
    [
      'ads.reader-appeal',
      'Example Daily is reader-supported. When you buy through links on our site, we may earn a commission.',
      'The clinic is supported by volunteers who give up their weekends.',
    ],
    [
      'ads.reader-appeal',
      'If you enjoyed this interview, please support us by donating a small amount.',
      'If you enjoy hiking, the northern trail is the better choice.',
    ],
    [
      'cookie.banner',
      'Hotjar sets this cookie to detect the first pageview session of a user.',
      'The bakery sets this table for twelve every Sunday.',
    ],
    [
      'newsletter.signup',
      'Be sure to sign up below so we can stay in touch!',
      'Be sure to sign the lease before you pay the deposit.',
    ],
  ];
  for (const [rule, match, noMatch] of cases) {
    it(`${rule} removes "${match}"`, () => {
      expect(verdict(match)?.rule).toBe(rule);
    });

    it(`${rule} keeps "${noMatch}"`, () => {
      expect(verdict(noMatch)).toBeNull();
    });
  }
});

describe('pattern pre-filter', () => {
  it('reads the characters a pattern can start with', () => {
    expect(firstChars('^page \\d{1,4}$')).toEqual(['p']);
    expect(firstChars('^(?:from|in) the archive$')).toEqual(['f', 'i']);
    expect(firstChars('^\\d{1,6} words?$')).toHaveLength(10);
  });

  it('reads past an optional item: the match starts with it or with what follows', () => {
    expect(firstChars('^(?:most )?popular$')).toEqual(['m', 'p']);
    expect(firstChars('^x?y')).toEqual(['x', 'y']);
    expect(firstChars('^a{0,2}b')).toEqual(['a', 'b']);
    expect(firstChars('^(?:estimated )?(?:reading|read) time')).toEqual(['e', 'r', 'r']);
  });

  it('gives up (tests every line) when a pattern can start with anything', () => {
    expect(firstChars('^[^.!?]{1,60} is supported')).toBeNull();
    expect(firstChars('^x?')).toBeNull();
    expect(firstChars('^(?:a|)b')).toBeNull();
    expect(firstChars('popular$')).toBeNull();
  });
});

describe('rules in other languages (vocabulary)', () => {
  const cases: [rule: string, match: string, noMatch: string][] = [
    [
      'related.heading',
      'Das könnte Sie auch interessieren',
      'Das könnte die Preise im Herbst erhöhen, sagte der Minister.',
    ],
    [
      'follow.follow-us',
      'Suivez-nous sur Instagram',
      'Suivez la rivière vers le nord pendant deux kilomètres.',
    ],
    [
      'newsletter.signup',
      'Suscríbete a nuestro boletín',
      'Suscribirse al gimnasio cuesta treinta euros al mes en la ciudad.',
    ],
    ['comments.heading', '12 Kommentare', '12 Kommentatoren lobten den Entwurf im Landtag.'],
    [
      'cookie.banner',
      'Utilizziamo i cookie per migliorare la tua esperienza.',
      'Utilizziamo il forno a legna per la pizza.',
    ],
    ['related.inline', 'Leia também: O novo metrô abre em março', 'Leia o contrato antes de assinar.'],
    ['social.share', 'Deel dit artikel', 'Deel het deeg in vier gelijke stukken en rol het uit.'],
  ];
  for (const [rule, match, noMatch] of cases) {
    it(`${rule} removes "${match}"`, () => {
      expect(verdict(match)?.rule).toBe(rule);
    });

    it(`${rule} keeps "${noMatch}"`, () => {
      expect(verdict(noMatch)).toBeNull();
    });
  }
});
