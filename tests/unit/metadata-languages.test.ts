/**
 * Bylines and dates in the vocabulary's languages, end to end (processText): the record takes the author and the
 * date, and every byline or dateline the cleaner removed says what it gave the record or why not.
 */
import { describe, expect, it } from 'vitest';
import { type CleanDocument, processText } from '../../functions/core/pipeline.ts';

/** Two paragraphs of article prose per language (long enough for the language to be recognised). */
const PROSE: Record<string, [string, string]> = {
  de: [
    'Die Stadt hat am Donnerstag eine schwimmende Schule eröffnet, die am alten Fischmarkt liegt und in der künftig hundertzwanzig Kinder aus den Hausbooten unterrichtet werden sollen.',
    'Die Lehrerinnen und Lehrer sagten, die Idee sei von Eltern gekommen, die im Winter jede Woche stundenlang mit ihren Kindern zum Unterricht auf das Festland rudern mussten.',
  ],
  fr: [
    'La ville a inauguré jeudi une école flottante amarrée près du vieux marché aux poissons, où cent vingt enfants qui vivent sur des péniches suivront désormais leurs cours.',
    "Les enseignants ont expliqué que l'idée venait des parents, qui passaient chaque semaine des heures à ramer pour conduire leurs enfants en classe sur le continent.",
  ],
  es: [
    'La ciudad inauguró el jueves una escuela flotante amarrada junto al viejo mercado de pescado, donde estudiarán ciento veinte niños cuyas familias viven en casas flotantes.',
    'Los maestros dijeron que la idea surgió de los padres, que cada semana pasaban horas remando para llevar a sus hijos a clase en tierra firme durante el invierno.',
  ],
  it: [
    'La città ha inaugurato giovedì una scuola galleggiante ormeggiata vicino al vecchio mercato del pesce, dove studieranno centoventi bambini che vivono sulle case galleggianti.',
    "Gli insegnanti hanno detto che l'idea è nata dai genitori, che ogni settimana passavano ore a remare per portare i figli a scuola sulla terraferma durante l'inverno.",
  ],
  pt: [
    'A cidade inaugurou na quinta-feira uma escola flutuante ancorada junto ao velho mercado de peixe, onde vão estudar cento e vinte crianças que vivem em casas flutuantes.',
    'Os professores disseram que a ideia nasceu dos pais, que todas as semanas passavam horas a remar para levar os filhos às aulas em terra firme durante o inverno.',
  ],
  nl: [
    'De stad heeft donderdag een drijvende school geopend die bij de oude vismarkt ligt, waar honderdtwintig kinderen die op woonboten wonen voortaan les krijgen.',
    'De leraren zeiden dat het idee van de ouders kwam, die elke week urenlang moesten roeien om hun kinderen in de winter naar school op het vasteland te brengen.',
  ],
  pl: [
    'Miasto otworzyło w czwartek pływającą szkołę przy starym targu rybnym, w której od przyszłego roku będzie się uczyć stu dwudziestu uczniów mieszkających na barkach.',
    'Nauczyciele powiedzieli, że pomysł wyszedł od rodziców, którzy zimą co tydzień musieli godzinami wiosłować, aby zawieźć dzieci na lekcje na stałym lądzie.',
  ],
  en: [
    'The city opened a floating school on Thursday, a two-storey barge moored beside the old fish market that will teach 120 children whose families live on houseboats.',
    'Teachers said the idea came from parents who spent hours each week rowing their children to classes on the mainland during the winter storms.',
  ],
};

function page(language: string, header: string[]): CleanDocument {
  const [first, second] = PROSE[language]!;
  return processText(
    ['Home', 'News', 'Harbour city opens its first floating school', ...header, first, second].join('\n\n'),
  );
}

/** Every removed byline and dateline carries what it gave the record or why not. */
function expectNoted(record: CleanDocument): void {
  for (const item of record.removed)
    if (item.kind === 'byline' || item.kind === 'dateline')
      expect(item.usedFor !== undefined || item.unusedBecause !== undefined).toBe(true);
}

describe('bylines and dates in other languages', () => {
  it.each([
    ['de', ['Von Heike Buchter', 'Veröffentlicht am 19. Oktober 2023'], ['Heike Buchter'], '2023-10-19'],
    ['fr', ['Par Camille Lefèvre', 'Publié le 12 mars 2024'], ['Camille Lefèvre'], '2024-03-12'],
    ['es', ['Por Lucía Fernández', 'Publicado el 3 de mayo de 2024'], ['Lucía Fernández'], '2024-05-03'],
    ['it', ['Di Giulia Romano', 'Pubblicato il 7 giugno 2024'], ['Giulia Romano'], '2024-06-07'],
    ['pt', ['Por João Almeida', 'Publicado em 1º de maio de 2024'], ['João Almeida'], '2024-05-01'],
    ['nl', ['Door Sanne de Vries', 'Gepubliceerd op 12 maart 2024'], ['Sanne de Vries'], '2024-03-12'],
    ['pl', ['Autor: Anna Kowalska', 'Opublikowano: 5 marca 2024'], ['Anna Kowalska'], '2024-03-05'],
    ['pl', ['oprac. Jan Nowak', 'Data publikacji: 12.03.2024'], ['Jan Nowak'], '2024-03-12'],
  ])('%s: %j', (language, header, authors, date) => {
    // Act
    const record = page(language, header);
    // Assess
    expect(record.language).toBe(language);
    expect(record.authors).toEqual(authors);
    expect(record.publishedAt).toBe(date);
    expectNoted(record);
  });

  it('reads a German "Aktualisiert am" line as the update, and a numeric day-first date', () => {
    const record = page('de', ['Von Heike Buchter', '19.10.2023', 'Aktualisiert am 21.10.2023']);

    expect(record.publishedAt).toBe('2023-10-19');
    expect(record.updatedAt).toBe('2023-10-21');
    expectNoted(record);
  });

  it('reads a Polish update line, a genitive month and a numeric date day first', () => {
    const record = page('pl', [
      'Autor: Anna Kowalska',
      '5 marca 2024 r., godz. 10:15',
      'Aktualizacja: 06.03.2024',
    ]);

    expect(record.language).toBe('pl');
    expect(record.publishedAt).toBe('2024-03-05');
    expect(record.updatedAt).toBe('2024-03-06');
    expectNoted(record);
  });

  it('removes Polish share, related and cookie lines around the article', () => {
    const [first, second] = PROSE.pl!;
    const record = processText(
      [
        'Strona główna',
        'Miasto otwiera pierwszą pływającą szkołę',
        'Autor: Anna Kowalska',
        first,
        'Udostępnij na Facebooku',
        'Czytaj także: Nowy most nad rzeką gotowy przed zimą',
        second,
        'Zobacz także',
        'Nowy most nad rzeką gotowy przed zimą',
        'Ceny biletów komunikacji miejskiej rosną od marca',
        'Ta strona używa plików cookie, aby zapewnić najlepszą jakość usług.',
        'Akceptuję',
      ].join('\n\n'),
    );

    expect(record.body).toContain(first);
    expect(record.body).toContain(second);
    for (const chrome of [
      'Udostępnij',
      'Czytaj także',
      'Zobacz także',
      'Ceny biletów',
      'plików cookie',
      'Akceptuję',
    ])
      expect(record.body).not.toContain(chrome);
  });

  it('reads the byline and date of a page laid out one element per line', () => {
    // Prepare: no blank lines at all (the lines layout).
    const [first, second] = PROSE.en!;
    const text = [
      'Home',
      'News',
      'Harbour city opens its first floating school',
      'By Jane Doe',
      'March 3, 2024',
      first,
      second,
    ].join('\n');
    // Act
    const record = processText(text);
    // Assess
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.publishedAt).toBe('2024-03-03');
    expectNoted(record);
  });

  it('reads a writer marked with a footnote and the note under the piece as the bio ("Por Ana Souza*")', () => {
    const [first, second] = PROSE.pt!;
    const note = '*Ana Souza é professora de urbanismo da Universidade de São Paulo e escreve sobre cidades.';
    const record = processText(
      ['Opinião', 'O futuro das cidades', 'Por Ana Souza*', '15/03/2024 - 08h00', first, second, note].join(
        '\n\n',
      ),
    );
    expect(record.authors).toEqual(['Ana Souza']);
    expect(record.authorBio).toBe(note.slice(1));
    expect(record.body).not.toContain('professora de urbanismo');
  });

  it("reads a Spanish wire dateline's agency and a quote in the perfect with its compound surname", () => {
    const [first, second] = PROSE.es!;
    const quote =
      '"La economía mantiene un dinamismo notable", ha señalado el gobernador, Pablo Hernández de Cos, en Madrid.';
    const record = processText(
      ['El banco eleva su previsión', 'Madrid, 18 de marzo de 2024 (EFE).', first, quote, second].join(
        '\n\n',
      ),
    );
    expect(record.sources).toEqual(['EFE']);
    expect(record.entities.people).toContain('Pablo Hernández de Cos');
    expect(record.quotes).toEqual([
      { speaker: 'Pablo Hernández de Cos', text: 'La economía mantiene un dinamismo notable' },
    ]);
  });
});
