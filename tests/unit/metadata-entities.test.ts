import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPITALISED_RUN,
  extractEntities,
  PLACE_CUE,
  proseOf,
  resolvePerson,
  SPEAKER_CUE,
  tidy,
  unshouted,
  withoutFunctionWords,
  withoutNounTails,
} from '../../functions/core/metadata/entities.ts';
import {
  capitalisedRuns,
  extractEntitiesFast,
  placeGroups,
  proseOfFast,
  speakerGroups,
  tidyRun,
} from '../../functions/core/metadata/entities-fast.ts';

/** Both entity readers, the reference and the fast one, give `expected` for `body`. */
function expectBothReaders(body: string, expected: unknown, language?: string): void {
  expect(extractEntities(body, language)).toEqual(expected);
  expect(extractEntitiesFast(body, language)).toEqual(expected);
}

describe('entities', () => {
  it('strips the job title compromise leaves on a name', () => {
    const body = 'Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for talks.';
    expect(extractEntities(body).people).toEqual(['Sergei Lavrov']);
  });

  it('finds a person announced by a title cue', () => {
    const body = 'On Monday, Chinese Foreign Ministry spokesman Mao Ning said the talks went well.';
    expect(extractEntities(body).people).toContain('Mao Ning');
  });

  it('folds a surname into the full name mentioned earlier', () => {
    const body = 'Treasury Secretary Janet Yellen met officials. Yellen said the talks were difficult.';
    expect(extractEntities(body).people).toEqual(['Janet Yellen']);
  });

  it('lists places without possessives or punctuation, once each', () => {
    const body = 'Talks in Beijing ended. Russia’s ties with China grew, and Beijing welcomed it.';
    const { places } = extractEntities(body);
    expect(places.filter((place) => place === 'Beijing')).toHaveLength(1);
  });

  it('finds organisations', () => {
    expect(extractEntities('The two countries are at odds with NATO members.').organizations).toContain(
      'NATO',
    );
  });

  it('is empty for an empty body', () => {
    expect(extractEntities('')).toEqual({ people: [], places: [], organizations: [] });
  });

  it('finds places and organisations the lexicon knows, several words long', () => {
    // Prepare
    const body = 'Delegates flew from New York to Moscow before meeting the United Nations.';
    // Act
    const entities = extractEntities(body);
    // Assess
    expect(entities.places).toEqual(expect.arrayContaining(['New York', 'Moscow']));
    expect(entities.organizations).toContain('United Nations');
  });

  it('takes no capitalised heading words as people, places or organisations', () => {
    expect(extractEntities('Product Roadmap Review. Quarterly Planning Notes follow.')).toEqual({
      people: [],
      places: [],
      organizations: [],
    });
  });
});

describe('places named by their noun', () => {
  it('takes the name after "the village of" as a place even when no lexicon knows it', () => {
    const body = 'The only bakery in the village of Lindau Mill is baking bread again.';

    const entities = extractEntities(body);

    expect(entities.places).toContain('Lindau Mill');
  });

  it('does not take a lower-case phrase after "city of" as a place', () => {
    const body = 'The city of tomorrow will need more trains, planners said.';

    const entities = extractEntities(body);

    expect(entities.places).toEqual([]);
  });
});

describe('entities: what names no entity', () => {
  it('cuts the noun a German run took after a surname, when the body names the person without it', () => {
    // Prepare: German capitalises nouns; "Bürgermeisterin" follows the name once, and the name stands alone too.
    const body =
      'Gewählt wurde Claudia Brandes Bürgermeisterin der Gemeinde. Claudia Brandes dankte allen Helfern. ' +
      'Im Saal spielte man Wolfgang Amadeus Mozart und Musik von Richard David Precht.';
    const entities = {
      people: ['Claudia Brandes Bürgermeisterin', 'Wolfgang Amadeus Mozart'],
      places: [],
      organizations: [],
    };

    // Act
    const german = withoutNounTails(entities, body, 'de');
    const english = withoutNounTails(entities, body, 'en');

    // Assess: Mozart's run is never written without "Mozart"; an English page keeps its runs.
    expect(german.people).toEqual(['Claudia Brandes', 'Wolfgang Amadeus Mozart']);
    expect(english.people).toEqual(entities.people);
  });

  it('takes no organisation noun alone for a person: "The Ministry said"', () => {
    const body =
      'The Ministry said funding would come from a regional grant, and Tom Whitaker agreed with it.';

    const { people } = extractEntities(body);

    expect(people).toEqual(['Tom Whitaker']);
  });

  it('does not cut "Chinese Foreign Ministry" down to "Ministry", an organisation noun alone', () => {
    const body = 'On Monday, Chinese Foreign Ministry spokesman Mao Ning said the talks went well.';

    const { organizations } = extractEntities(body);

    expect(organizations).not.toContain('Ministry');
    expect(organizations).toContain('Chinese Foreign Ministry');
  });

  it('does not take a navigation run glued to a sentence as one organisation', () => {
    const body =
      'World Politics Business Tech Science Sport Opinion The Riverside Herald Council said on Monday it would close the ferry.';

    expect(extractEntities(body).organizations).not.toContain(
      'World Politics Business Tech Science Sport Opinion The Riverside Herald Council',
    );
  });

  it('takes no places from the short headlines of a related list left in the body', () => {
    const body = [
      'The harbour reopened on Monday after the storm, and the ferries ran to the islands again.',
      'Floods Hit Lisbon Again',
      'Madrid Opens New Metro Line',
    ].join('\n\n');

    expect(extractEntities(body).places).toEqual([]);
  });
});

describe('surname particles', () => {
  it('reads a name across one particle of its surname, not across a preposition and an article', () => {
    const body =
      'El gobernador Pablo Hernández de Cos habló en Madrid. Jorge Pinto da Costa y Anna Müller von Greenpeace también.';
    expect(extractEntities(body).people).toEqual([
      'Pablo Hernández de Cos',
      'Jorge Pinto da Costa',
      'Anna Müller',
    ]);
    expect(extractEntitiesFast(body).people).toEqual(extractEntities(body).people);
    // A quote's run stops at the particle; the mention resolves to the full name.
    expect(resolvePerson('Pablo Hernández', ['Pablo Hernández de Cos'])).toBe('Pablo Hernández de Cos');
    expect(resolvePerson('Anna Berg', ['Anna Berg Bürgermeisterin'])).toBeNull();
  });

  it('resolves a surname whose particle opens a clause in capitals ("zei De Jonge" of "Hugo de Jonge")', () => {
    expect(resolvePerson('De Jonge', ['Hugo de Jonge'])).toBe('Hugo de Jonge');
    expect(resolvePerson('Von der Leyen', ['Ursula von der Leyen'])).toBe('Ursula von der Leyen');
    // The particle alone is no surname, and "de Jonge" is nobody's whole name.
    expect(resolvePerson('De Jonge', ['de Jonge'])).toBeNull();
  });
});

describe('organisations named by their noun', () => {
  it('takes "Ministry of Transport" as one organisation, its last word no place of its own', () => {
    const body =
      'The Ministry of Transport in Berlin will fund a third of the cost. Officials at the Bank of England and the University of Oxford declined to comment.';
    const expected = {
      people: [],
      places: ['Berlin'],
      organizations: ['Ministry of Transport', 'Bank of England', 'University of Oxford'],
    };
    expectBothReaders(body, expected);
  });

  it('reads "the European Commission said" as an organisation, not a person; a known given name opens a person still', () => {
    const body =
      'The European Commission said the plan was sound, and Margaret Court said she agreed with it.';
    const expected = { people: ['Margaret Court'], places: [], organizations: ['European Commission'] };
    expectBothReaders(body, expected);
  });
});

describe('organisations in German, Spanish and French', () => {
  it('takes a German adjective and a compound of an organisation noun for one, on a German page only', () => {
    const body =
      'Das teilte das Statistische Bundesamt am Mittwoch mit. Die Europäische Zentralbank senkt die Zinsen, und das Berliner Landgericht urteilte. Das Landgericht tagte erneut, das Ehrenamt wird gestärkt.';
    const expected = ['Statistische Bundesamt', 'Europäische Zentralbank', 'Berliner Landgericht'];
    expect(extractEntities(body, 'de').organizations).toEqual(expected);
    expect(extractEntitiesFast(body, 'de').organizations).toEqual(expected);
    expect(extractEntities(body, 'en').organizations).not.toContain('Statistische Bundesamt');
  });

  it('reads Portuguese and Dutch organisations by their noun, an adjective between it and "de" too', () => {
    const portuguese =
      'O Conselho de Ministros aprovou a medida, segundo dados do Instituto Nacional de Estatística.';
    expectBothReaders(
      portuguese,
      {
        people: [],
        places: [],
        organizations: ['Conselho de Ministros', 'Instituto Nacional de Estatística'],
      },
      'pt',
    );
    const dutch = 'Het Ministerie van Financiën en de Raad van State kwamen bijeen in Utrecht.';
    expectBothReaders(
      dutch,
      { people: [], places: ['Utrecht'], organizations: ['Ministerie van Financiën', 'Raad van State'] },
      'nl',
    );
  });

  it('reads "Banco de España" and "Banque de France" as organisations, their last word no place', () => {
    const spanish =
      'El Banco de España advirtió el martes. El Ministerio de Hacienda publicó los datos en Madrid.';
    const expected = {
      people: [],
      places: ['Madrid'],
      organizations: ['Banco de España', 'Ministerio de Hacienda'],
    };
    expectBothReaders(spanish, expected, 'es');
    const french = 'La Banque de France a publié ses prévisions à Paris.';
    expect(extractEntitiesFast(french, 'fr')).toEqual({
      people: [],
      places: ['Paris'],
      organizations: ['Banque de France'],
    });
  });
});

describe("places the lexicon knows as an airport's code", () => {
  it('takes "Las" of "Las Vegas" and "Den" of "Den Haag" for no place; "LAX" in capitals stays one', () => {
    const body =
      'Flights from LAX were delayed. Officials in Las Vegas said the airport reopened, and the cabinet met in Den Haag and Amsterdam.';
    // "Officials in Las Vegas said": a name after a preposition is no speaker.
    const expected = { people: [], places: ['LAX', 'Amsterdam'], organizations: [] };
    expectBothReaders(body, expected);
  });

  it('takes "DEN" of a dateline\'s "DEN HAAG" for no place either', () => {
    const body =
      'DEN HAAG - Het kabinet trekt extra geld uit voor woningbouw in Utrecht, meldt het ministerie.';
    expectBothReaders(body, { people: [], places: ['Utrecht'], organizations: [] });
  });
});

describe('companies named after people', () => {
  it('reads a company-named surname as the person the page names ("Dell" beside "Michael Dell")', () => {
    const body =
      'The company will cut jobs, Michael Dell said on Tuesday. “We have to be faster,” Dell told reporters in Berlin. Designer Tom Ford met executives of Ford Motor Company and Boeing.';
    const expected = {
      people: ['Michael Dell', 'Tom Ford'],
      places: ['Berlin'],
      organizations: ['Ford Motor Company', 'Boeing'],
    };
    expectBothReaders(body, expected);
  });

  it('takes no speaker the lexicon knows whole as an organisation ("Goldman Sachs said")', () => {
    const body = 'Analysts at Goldman Sachs said the move was expected, and the shares rose in New York.';
    const expected = { people: [], places: ['New York'], organizations: ['Goldman Sachs'] };
    expectBothReaders(body, expected);
  });
});

describe('"Jan" as a given name', () => {
  it('reads "Jan" before a capitalised surname as a given name, and "Jan-Hendrik" as a double one', () => {
    const body =
      'Der Minister Jan Schmidt besuchte am 12. Jan. 2025 die Baustelle. Auch Jan-Hendrik Meyer kam mit nach Berlin.';
    const expected = { people: ['Jan Schmidt', 'Jan-Hendrik Meyer'], places: ['Berlin'], organizations: [] };
    expectBothReaders(body, expected);
  });
});

describe('double given names', () => {
  it('reads two given names joined by a hyphen as one ("Hans-Peter Müller", "Anne-Marie Dubois")', () => {
    const body =
      'Hans-Peter Müller, the head of the club, spoke on Tuesday. Anne-Marie Dubois, his deputy, agreed with the plan.';
    expect(extractEntities(body).people).toEqual(['Hans-Peter Müller', 'Anne-Marie Dubois']);
    expect(extractEntitiesFast(body).people).toEqual(['Hans-Peter Müller', 'Anne-Marie Dubois']);
  });
});

describe('companies', () => {
  it('takes a capitalised run ending in a legal form as one organisation, without its bare name or article', () => {
    const body =
      'Die Siemens GmbH will ihr Werk ausbauen, teilte das Unternehmen mit. Auch die Qualisys GmbH aus Langenfeld ist beteiligt.';
    expect(extractEntities(body).organizations).toEqual(['Siemens GmbH', 'Qualisys GmbH']);
    expect(extractEntitiesFast(body).organizations).toEqual(['Siemens GmbH', 'Qualisys GmbH']);
    // A role and "of" before the company are the person's, not the company's name.
    const ceo = 'Jane Doe, CEO of Acme Corp, said the plant would open next year in the north of the state.';
    expect(extractEntities(ceo).organizations).toEqual(['Acme Corp']);
    expect(extractEntitiesFast(ceo).organizations).toEqual(['Acme Corp']);
    const chevron =
      'Chevron Corp said on Monday it would sell assets. Chevron has sold assets before, and so has Acme Ltd.';
    expect(extractEntities(chevron).organizations).toEqual(['Chevron Corp', 'Acme Ltd']);
    expect(extractEntitiesFast(chevron).organizations).toEqual(['Chevron Corp', 'Acme Ltd']);
    // Forms that name products as often stay out: "Osprey Atmos AG" is a backpack.
    expect(
      extractEntities('The Osprey Atmos AG is a comfortable pack for long hikes in summer.').organizations,
    ).toEqual([]);
  });
});

describe('extractEntitiesFast', () => {
  const pieces = [
    'President',
    'Minister',
    'spokesman',
    'Dr.',
    'Janet',
    'Yellen',
    'Sergei',
    'Lavrov',
    'Mao',
    'Ning',
    'Beijing',
    'China',
    'Russia’s',
    'New',
    'York',
    'Paris',
    'NATO',
    'Chinese',
    'Foreign',
    'Ministry',
    'University',
    'Bank',
    'the',
    'The',
    'of',
    'van',
    'city',
    'village',
    'said',
    'told',
    'Monday',
    'March',
    'talks',
    'and',
    'in',
    'met',
    'officials',
    '42',
    'O’Brien',
    'Jean-Luc',
    'Anna',
    'Berg',
    'Portwell',
    '“Quote”',
    '(AP)',
    'Association',
    'Commission',
    'European',
    'Hans-Peter',
    'Jean-Luc',
    'CEO',
    'Corp',
    'Siemens',
    'GmbH',
    'Ltd',
    'de',
    'da',
    'Pablo',
    'Die',
    'Island',
    'Frankreich',
    'Chili',
    'Vereinigte Staaten',
  ];
  const paragraph = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', ' ', ', ', '  ', '\n')), {
        minLength: 1,
        maxLength: 30,
      }),
      fc.constantFrom('.', '', '!', '…', '."'),
    )
    .map(([words, end]) => words.map(([word, separator]) => word + separator).join('') + end);

  it('equals extractEntities on paragraphs of names, places, organisations and cues', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 8 }),
        fc.constantFrom(undefined, null, 'en', 'de', 'fr'),
        (paragraphs, language) => {
          const body = paragraphs.join('\n\n');
          expect(extractEntitiesFast(body, language)).toEqual(extractEntities(body, language));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('equals extractEntities on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), (text) => {
        expect(extractEntitiesFast(text)).toEqual(extractEntities(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('proseOfFast', () => {
  it('keeps the paragraphs proseOf keeps', () => {
    const piece = fc.constantFrom(
      'Word',
      'word',
      'two words',
      '東京',
      'x.',
      'end.',
      'said!',
      '“quote.”',
      '(aside.)',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\n\n\n',
      '…',
      '12',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const body = pieces.join(' ');
        expect(proseOfFast(body)).toBe(proseOf(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the paragraphs proseOf keeps on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        expect(proseOfFast(body)).toBe(proseOf(body));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('capitalisedRuns', () => {
  /** The regex's matches as start and end offsets, in pairs. */
  const matches = (text: string) =>
    [...text.matchAll(CAPITALISED_RUN)].flatMap((match) => [match.index, match.index + match[0].length]);
  const piece = fc.constantFrom(
    'Anna',
    'anna',
    'O’Brien',
    "D'Arcy",
    'Jean-Luc',
    'NATO',
    'iPhone',
    'Émile',
    'émile',
    'Ωmega',
    '𝐀x',
    '𐐀𐐨',
    '\ud800',
    '\udc00',
    ...['of', 'de', 'del', 'van', 'von', 'al', 'bin', 'da', 'la', 'le', 'the', 'The', 'ofx', 'dela'],
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\ufeff',
    "'",
    '’',
    '’s',
    '-',
    '.',
    ',',
    '“',
    '42',
  );

  it('finds the matches of CAPITALISED_RUN on names, particles and spaces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(capitalisedRuns(text)).toEqual(matches(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the matches of CAPITALISED_RUN on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(capitalisedRuns(text)).toEqual(matches(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('tidies each run as tidy does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const runs = capitalisedRuns(text);
        for (let k = 0; k < runs.length; k += 2)
          expect(tidyRun(text, runs[k]!, runs[k + 1]!)).toBe(tidy(text.slice(runs[k], runs[k + 1])));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('speakerGroups and placeGroups', () => {
  /** `[...text.matchAll(pattern)].map((match) => match[1] ?? '')`, what firstGroups pushes. */
  const groups = (text: string, pattern: RegExp) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? '');
  const read = (text: string, scan: (text: string, out: string[]) => void) => {
    const out: string[] = [];
    scan(text, out);
    return out;
  };
  const piece = fc.constantFrom(
    'Mao',
    'Ning',
    'Anna-Lena',
    'O’Brien',
    "D'Arcy",
    'Émile',
    '𝐀nna',
    'mao',
    'said',
    'says',
    'told',
    'added',
    'wrote',
    'saidx',
    'Said',
    'city',
    'village',
    'province',
    'port',
    'capital',
    'xcity',
    'of',
    'Portwell',
    'Lindau',
    'Mill',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    ',',
    '(',
    '.',
    '’',
    '-',
    '\ud800',
    '\udc00',
  );

  it('find the groups of SPEAKER_CUE and PLACE_CUE on names, verbs, nouns and spaces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(read(text, speakerGroups)).toEqual(groups(text, SPEAKER_CUE));
        expect(read(text, placeGroups)).toEqual(groups(text, PLACE_CUE));
      }),
      { numRuns: 4000 },
    );
  });

  it('find the groups of SPEAKER_CUE and PLACE_CUE on spaced words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ', ', '\n', '')), { maxLength: 40 }),
        (pairs) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(read(text, speakerGroups)).toEqual(groups(text, SPEAKER_CUE));
          expect(read(text, placeGroups)).toEqual(groups(text, PLACE_CUE));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('find the groups of SPEAKER_CUE and PLACE_CUE on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(read(text, speakerGroups)).toEqual(groups(text, SPEAKER_CUE));
        expect(read(text, placeGroups)).toEqual(groups(text, PLACE_CUE));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("withoutFunctionWords: a capitalised function word of the page's language is no entity", () => {
  const entities = {
    people: ['Anna Berg'],
    places: ['Den', 'Berlin', 'Seine', 'Den Haag'],
    organizations: ['Ist', 'EU', 'Siemens'],
  };

  it('drops German "Den", "Seine", "Ist" on a German page, and keeps names, acronyms and multi-word names', () => {
    expect(withoutFunctionWords(entities, 'de')).toEqual({
      people: ['Anna Berg'],
      places: ['Berlin', 'Den Haag'],
      organizations: ['EU', 'Siemens'],
    });
  });

  it('keeps them on an English page, and "Seine" (a river) on a French one', () => {
    expect(withoutFunctionWords(entities, 'en')).toEqual(entities);
    expect(withoutFunctionWords(entities, null)).toEqual(entities);
    expect(withoutFunctionWords(entities, 'fr').places).toContain('Seine');
  });
});

describe('entities: a place written in capitals', () => {
  it('is named as it is written elsewhere ("LOS ANGELES" → "Los Angeles"); a short abbreviation stays', () => {
    expect(unshouted('PANAMA')).toBe('Panama');
    expect(unshouted('LOS ANGELES')).toBe('Los Angeles');
    expect(unshouted('MEDELLÍN')).toBe('Medellín');
    expect(unshouted('USA')).toBe('USA');
    expect(unshouted('New York')).toBe('New York');
  });

  it("reads a wire dateline's city so, in both readers", () => {
    const body =
      'BANGKOK (AP) — Thailand and Indonesia agreed on Tuesday to share weather data ahead of the monsoon season, officials said.';
    expect(extractEntities(body).places).toEqual(['Bangkok', 'Thailand', 'Indonesia']);
    expect(extractEntitiesFast(body).places).toEqual(['Bangkok', 'Thailand', 'Indonesia']);
  });
});

describe("entities: countries in the page's language", () => {
  const german =
    'Die Regierungen in Frankreich und Spanien haben mit Polen ein Abkommen unterzeichnet. Auch Island und die Vereinigte Staaten wollen sich beteiligen.';

  it('names the countries of a German page as German names them', () => {
    expect(extractEntitiesFast(german, 'de').places).toEqual([
      'Frankreich',
      'Spanien',
      'Polen',
      'Island',
      'Vereinigte Staaten',
    ]);
  });

  it("takes no other language's country name on an English page: Island is no country there", () => {
    const english =
      'We spent a week on the Island of Skye and then drove on to France and Spain in the summer.';
    const { places } = extractEntitiesFast(english, 'en');
    expect(places).not.toContain('Island');
    expect(places).toEqual(expect.arrayContaining(['France', 'Spain']));
  });
});
