import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../functions/core/metadata/quotes.ts';
import { processText } from '../../functions/core/pipeline.ts';

const PEOPLE = ['Janet Yellen', 'Mao Ning', 'Antony Blinken'];

describe('quotes', () => {
  it('attributes a quote to the name before "said"', () => {
    const body = 'Spokesman Mao Ning said, “China has always maintained a fair stance.”';
    expect(extractQuotes(body, PEOPLE)).toEqual([
      { speaker: 'Mao Ning', text: 'China has always maintained a fair stance.' },
    ]);
  });

  it('resolves a surname to the full name mentioned earlier', () => {
    const body = 'Yellen said of her visit that she had “difficult conversations” about security.';
    expect(extractQuotes(body, PEOPLE)[0]?.speaker).toBe('Janet Yellen');
  });

  it('gives a quote that goes on right after the attribution of the one before it to the same speaker', () => {
    const body =
      '“The plant will power 50,000 homes,” said Janet Yellen, who backed it. “It will take two years to finish the work.”';
    expect(extractQuotes(body, PEOPLE)).toEqual([
      { speaker: 'Janet Yellen', text: 'The plant will power 50,000 homes' },
      { speaker: 'Janet Yellen', text: 'It will take two years to finish the work.' },
    ]);
    // Not over a sentence between them, nor when the quote has an attribution of its own.
    const between =
      '“The plant will power 50,000 homes,” said Janet Yellen. Critics were not convinced. “It is a waste of money and time.”';
    expect(extractQuotes(between, PEOPLE).map((q) => q.speaker)).toEqual(['Janet Yellen']);
    const own =
      '“The plant will power 50,000 homes,” said Janet Yellen. “It is a waste of money and time,” one resident said.';
    expect(extractQuotes(own, PEOPLE).map((q) => q.speaker)).toEqual(['Janet Yellen', null]);
    // Nor when the clause between them names someone else.
    const other =
      '“The plant will power 50,000 homes,” said Janet Yellen to Antony Blinken. “It will take two years to finish the work.”';
    expect(extractQuotes(other, PEOPLE).map((q) => q.speaker)).toEqual(['Janet Yellen']);
  });

  it('continues the last speaker for "She added"', () => {
    const body = 'Mao Ning said, “China is fair.”\n\nShe added, “We will not profit from it.”';
    expect(extractQuotes(body, PEOPLE).map((quote) => quote.speaker)).toEqual(['Mao Ning', 'Mao Ning']);
  });

  it('finds the speaker named after the quote', () => {
    const body = '“It went to 21 thousand,” said Melissa Cranon, who moved from California.';
    expect(extractQuotes(body, [])[0]?.speaker).toBe('Melissa Cranon');
  });

  it('finds the speaker named after the verb and a lower-case role', () => {
    const body =
      '“We wanted the school to come to the children,” said head teacher Anna Ruiz, who grew up on a boat.';

    const quotes = extractQuotes(body, ['Anna Ruiz']);

    expect(quotes[0]?.speaker).toBe('Anna Ruiz');
  });

  it('finds the speaker named after the verb, a role and a comma, in the languages of the vocabulary', () => {
    const cases = [
      [
        'en',
        '“It will open in two years,” said the committee’s chair, Tom Whitaker, on Tuesday.',
        'Tom Whitaker',
      ],
      [
        'fr',
        '« Nous avons fait des choix difficiles », a déclaré le maire, Grégory Doucet, mardi.',
        'Grégory Doucet',
      ],
      [
        'es',
        '"Es una ley que protege", dijo la ministra de Vivienda, Isabel Rodríguez, en Madrid.',
        'Isabel Rodríguez',
      ],
    ] as const;
    for (const [language, body, speaker] of cases)
      expect(extractQuotes(body, [], language)[0]?.speaker, body).toBe(speaker);
  });

  it('finds the speaker after a role of capitalised nouns, with or without a comma ("so der Projektleiter Ulrich Brendel")', () => {
    const cases = [
      [
        '„Wir brauchen eine Prämie“, so der Geschäftsführer der DGB-Region Mittelhessen, Matthias Körner. Sie fehlt.',
        'Matthias Körner',
      ],
      [
        '„Der Park ist ein Erfolg“, so der stellvertretende Parkleiter und Projektleiter Ulrich Brendel. Es stimmt.',
        'Ulrich Brendel',
      ],
      [
        '„Wir dekorieren um“, sagt der Publizist und Philosoph Richard David Precht im DLF.',
        'Richard David Precht',
      ],
    ] as const;
    for (const [body, speaker] of cases)
      expect(extractQuotes(body, [], 'de')[0]?.speaker, body).toBe(speaker);
    // A name governed by a preposition is whom the speaker spoke about.
    const about = '„Mit ihm ist Schluss“, sagte der Abgeordnete über den Parteivorsitzenden Martin Schulz.';
    expect(extractQuotes(about, [], 'de')).toEqual([{ speaker: null, text: 'Mit ihm ist Schluss' }]);
  });

  it('gives a verb alone after the quote the nearest person named before, where the language drops its subject', () => {
    const said =
      'Laura Magallanes coordina un taller sobre el tema. “Hay mucho por hacer en la zona”, señaló.';
    expect(extractQuotes(said, ['Laura Magallanes'], 'es')[0]?.speaker).toBe('Laura Magallanes');
    const disse = 'O senador Rodrigo Pacheco falou com a imprensa. "Não há ameaça nenhuma ao país", afirmou.';
    expect(extractQuotes(disse, ['Rodrigo Pacheco'], 'pt')[0]?.speaker).toBe('Rodrigo Pacheco');
    // Not a person the sentence governs by a function word: whom the speaker spoke of.
    const about = 'El fiscal expresó su apoyo a Sandra Quiñónez. “Es un trabajo muy serio”, agregó.';
    expect(extractQuotes(about, ['Sandra Quiñónez'], 'es')[0]?.speaker).toBeNull();
    // German writes its subject: a verb alone names nobody.
    const sagte = 'Anna Berg sprach am Montag in Berlin. „Wir bauen die Brücke neu“, sagte.';
    expect(extractQuotes(sagte, ['Anna Berg'], 'de')[0]?.speaker ?? null).toBeNull();
  });

  it('takes no name after a role and a comma that opens with no known given name and holds a common word', () => {
    // "New York Times" is no person; "adding that" is no name at all.
    const times = '“It will open in two years,” said one official, New York Times reported.';
    const adding = '“It will open in two years,” said the minister, adding that Paris would pay.';
    expect(extractQuotes(times, [])).toEqual([{ speaker: null, text: 'It will open in two years' }]);
    expect(extractQuotes(adding, [])).toEqual([{ speaker: null, text: 'It will open in two years' }]);
  });

  it('takes a name the lexicon does not know after a role and a comma, where nouns are written in lower case', () => {
    const spanish =
      '—Vamos a recurrir la ley ante el Tribunal Constitucional —afirmó el portavoz del PP, Borja Sémper.';
    const german = '„Wir werden klagen“, sagte der Sprecher der Partei, Landesvorstand Ostbahn.';

    expect(extractQuotes(spanish, [], 'es')[0]?.speaker).toBe('Borja Sémper');
    expect(extractQuotes(german, [], 'de')[0]?.speaker).toBeNull();
  });

  it('keeps the quote with a null speaker when nobody is named', () => {
    const body = '“She manages everything,” said the source.';
    expect(extractQuotes(body, [])).toEqual([{ speaker: null, text: 'She manages everything' }]);
  });

  it('skips scare quotes without a speech verb', () => {
    const body = 'The leaders signed an “open-ended” agreement on “strategic cooperation” last year.';
    expect(extractQuotes(body, PEOPLE)).toEqual([]);
  });

  it('gives "he said" to the nearest person named before it, not to the last quoted speaker', () => {
    // Prepare: Marcus Bell is quoted first; a paragraph about Tom Whitaker follows; then "he said".
    const body = [
      '“The budget is fine,” said Marcus Bell, the council leader.',
      'Tom Whitaker has run the ferry service for twenty years and knows every passenger by name.',
      '“We will keep the boats running,” he said.',
    ].join('\n\n');
    // Act
    const quotes = extractQuotes(body, ['Marcus Bell', 'Tom Whitaker']);
    // Assess
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Marcus Bell', 'Tom Whitaker']);
  });

  it('skips people the pronoun cannot refer to, and gives null when nobody fits', () => {
    // Prepare: "she" cannot be John Smith; Mary Jones was named before him.
    const body = 'Mary Jones met John Smith on Monday.\n\n“It went well,” she said.';
    const nobody = 'John Smith met Peter Brown on Monday.\n\n“It went well,” she said.';
    // Act
    const speakers = extractQuotes(body, ['Mary Jones', 'John Smith']).map((quote) => quote.speaker);
    const none = extractQuotes(nobody, ['John Smith', 'Peter Brown']).map((quote) => quote.speaker);
    // Assess
    expect(speakers).toEqual(['Mary Jones']);
    expect(none).toEqual([null]);
  });

  it('ends a speaker named after the verb at the end of its sentence', () => {
    const body = '“That was really early days,” says Dan. Here, he breaks down the process.';
    expect(extractQuotes(body, [])[0]?.speaker).toBe('Dan');
  });
});

describe('quotes in the languages of the vocabulary', () => {
  it.each([
    ['de', '„Wir haben keine Wahl“, sagte Bürgermeisterin Anna Berg am Dienstag.', 'Anna Berg'],
    ['de', 'Anna Berg sprach im Rathaus. „Die Brücke wird gebaut“, sagte sie.', 'Anna Berg'],
    ['de', '„Das ist ein guter Tag für die Stadt“, so Berg.', 'Anna Berg'],
    ['de', 'Anna Berg sagte: »Die Brücke kommt im Frühjahr.«', 'Anna Berg'],
    ['fr', '« Nous n’avons pas le choix », a déclaré Jean Dupont.', 'Jean Dupont'],
    ['fr', 'Jean Dupont était là. « Ce pont sera construit », a-t-il ajouté.', 'Jean Dupont'],
    ['fr', '« C’est une bonne nouvelle », selon Jean Dupont.', 'Jean Dupont'],
    ['fr', '« C’est une étape décisive », a salué Jean Dupont.', 'Jean Dupont'],
    ['de', '„So voll war es noch nie“, freute sich Anna Berg.', 'Anna Berg'],
    ['es', '«Es una reforma justa», recalcó María López.', 'María López'],
    ['es', '«No tenemos otra opción», dijo María López.', 'María López'],
    ['it', '«Non abbiamo scelta», ha detto Marco Rossi.', 'Marco Rossi'],
    ['pt', '"Não temos escolha", disse João Silva.', 'João Silva'],
    ['nl', '"We hebben geen keus", zei Jan Smit.', 'Jan Smit'],
    ['nl', '"We moeten sneller bouwen", zei De Jonge tegen verslaggevers.', 'Hugo de Jonge'],
    ['en', '“We have no choice” — said Jane Roe.', 'Jane Roe'],
    ['pl', '„Nie mamy wyboru” – powiedział Jan Nowak.', 'Jan Nowak'],
    ['pl', '"Most zostanie zbudowany wiosną", powiedziała Anna Kowalska.', 'Anna Kowalska'],
    ['pl', '„To dobry dzień dla miasta” — podkreślił Nowak.', 'Jan Nowak'],
    ['pl', 'Anna Kowalska stwierdziła w ratuszu: „Most powstanie przed zimą.”', 'Anna Kowalska'],
  ])('%s: %s', (language, body, speaker) => {
    const people = [
      'Anna Berg',
      'Jean Dupont',
      'María López',
      'Marco Rossi',
      'João Silva',
      'Jan Smit',
      'Hugo de Jonge',
      'Jane Roe',
      'Jan Nowak',
      'Anna Kowalska',
    ];
    expect(extractQuotes(body, people, language).map((quote) => quote.speaker)).toEqual([speaker]);
  });

  it('takes "Jan" before a surname for the given name, not the month, where the page never named the speaker', () => {
    expect(
      extractQuotes('„Wir brauchen jetzt Klarheit“, sagte Fraktionschef Jan Schmidt am Dienstag.', [], 'de'),
    ).toEqual([{ speaker: 'Jan Schmidt', text: 'Wir brauchen jetzt Klarheit' }]);
    expect(
      extractQuotes('„To odpowiedzialny budżet” – powiedział minister finansów Jan Nowak.', [], 'pl')[0]
        ?.speaker,
    ).toBe('Jan Nowak');
  });

  it('reads a French "a déclaré" and a name the lexicon does not know as given ("Jean"): the auxiliary governs nothing', () => {
    expect(
      extractQuotes('« Nous devons faire des choix », a déclaré Jean Martin.', [], 'fr')[0]?.speaker,
    ).toBe('Jean Martin');
    // "M." is Monsieur: the surname resolves to the full name the page wrote before.
    const body = 'Alan Caldwell dirige le service. « Nous verbalisons chaque jour », a dit M. Caldwell.';
    expect(extractQuotes(body, ['Alan Caldwell'], 'fr')[0]?.speaker).toBe('Alan Caldwell');
  });

  it("takes no organisation from a quoted speaker's surname ('Dupont', a company to the lexicon)", () => {
    const text = [
      'Le gouvernement présente son budget',
      "Le gouvernement a présenté mardi son projet de budget pour l'année prochaine, qui prévoit une baisse des dépenses publiques. « Nous devons faire des choix difficiles », a déclaré Jean Dupont, ministre des Finances, lors d'une conférence de presse à Paris.",
    ].join('\n\n');
    const record = processText(text, { name: 'budget.txt' });
    if (record.status !== 'clean') throw new Error(record.status);
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Jean Dupont']);
    expect(record.entities.organizations).not.toContain('Dupont');
  });

  it('keeps a quote whose speaker is a role, with no speaker: a capitalised noun is no name', () => {
    expect(extractQuotes('„Wir prüfen den Fall“, sagte der Sprecher.', [], 'de')).toEqual([
      { speaker: null, text: 'Wir prüfen den Fall' },
    ]);
    expect(
      extractQuotes('Der Sprecher sagte: „Wir prüfen den Fall genau.“', [], 'de')[0]?.speaker,
    ).toBeNull();
    // A role before a name outside the body's people: the name from its known given name on.
    const quote = '„Der Gipfel muss kommen“, sagte Grünen-Fraktionschefin Anna Schmidt.';
    expect(extractQuotes(quote, [], 'de')[0]?.speaker).toBe('Anna Schmidt');
  });

  it('skips German scare quotes and titles without a speech verb', () => {
    expect(extractQuotes('Die Firma nennt das »einen großen Schritt« für alle.', [], 'de')).toEqual([]);
    expect(extractQuotes('Der Film „Das Boot“ läuft heute.', [], 'de')).toEqual([]);
  });

  it('reads only English speech verbs on an English page (guillemets and German marks too)', () => {
    expect(extractQuotes('«No tenemos otra opción», dijo María López.', ['María López'], 'en')).toEqual([]);
    expect(extractQuotes('„We have no choice“, said Anna Berg.', ['Anna Berg'], 'en')[0]?.speaker).toBe(
      'Anna Berg',
    );
  });
});

describe('quotes: direct speech opened by a dash', () => {
  it.each([
    [
      'pl',
      'Rzeczniczka Anna Wójcik zabrała głos.\n\n– To odpowiedź na prośby mieszkańców – powiedziała Anna Wójcik.',
      'Anna Wójcik',
      'To odpowiedź na prośby mieszkańców',
    ],
    [
      'es',
      'La gobernadora habló ayer.\n\n—La política monetaria debe acompañar la recuperación —afirmó la gobernadora, Elena Martínez Soto.',
      'Elena Martínez Soto',
      'La política monetaria debe acompañar la recuperación',
    ],
    [
      'pt',
      'O coordenador falou à imprensa.\n\n— A equipe trabalhou a madrugada inteira — disse Marcos Tavares.',
      'Marcos Tavares',
      'A equipe trabalhou a madrugada inteira',
    ],
  ])('reads a %s quote between dashes and its speaker', (language, body, speaker, text) => {
    expect(extractQuotes(body, [speaker], language)).toEqual([{ speaker, text }]);
  });

  it('reads no quote from a list of dashed lines without a speech verb', () => {
    const body =
      '– Fast delivery to all regions – order now and save.\n\n– Free returns within 30 days – see our policy.';
    expect(extractQuotes(body, [], 'en')).toEqual([]);
  });
});

describe('quotes: a role noun as the speaker', () => {
  it.each([
    [
      'en',
      'The mayor of Springfield, Jane Doe, presented the plan on Tuesday.\n\n“We want a calmer city for everyone,” the mayor told council members.',
      ['Jane Doe'],
    ],
    [
      'en',
      'Mayor Jane Doe presented the plan on Tuesday.\n\n“We want a calmer city for everyone,” said the mayor.',
      ['Jane Doe'],
    ],
    [
      'en',
      'Jane Doe, a lawyer for the family, spoke outside the court.\n\n“We are confident of the outcome,” the lawyer added.',
      ['Jane Doe'],
    ],
    [
      'fr',
      'Le maire de Lyon, Grégory Doucet, a présenté le plan mardi.\n\n« Nous voulons une ville plus calme », a déclaré le maire devant les élus.',
      ['Grégory Doucet'],
    ],
    [
      'de',
      'Die Oberbürgermeisterin von Leipzig, Katja Hoffmann, stellte den Plan vor.\n\n„Wir wollen eine ruhigere Stadt“, sagte die Oberbürgermeisterin.',
      ['Katja Hoffmann'],
    ],
    [
      'es',
      'La alcaldesa de Valencia, María José Catalá, presentó el plan.\n\n«Queremos una ciudad más tranquila», afirmó la alcaldesa ante los concejales.',
      ['María José Catalá'],
    ],
  ])('gives a %s quote to the person the page tied to its role', (language, body, people) => {
    expect(extractQuotes(body, people, language).map((quote) => quote.speaker)).toEqual([people[0]]);
  });

  it('gives none when the page tied no one to the role, or the role only stands near a name', () => {
    const source =
      'Jane Doe, a lawyer for the family, spoke outside the court.\n\n“We will appeal,” the source said.';
    expect(extractQuotes(source, ['Jane Doe'], 'en').map((quote) => quote.speaker)).toEqual([null]);
    const near =
      'Research at the business school of Jane Doe began in May.\n\n“It works,” says the research.';
    expect(extractQuotes(near, ['Jane Doe'], 'en').map((quote) => quote.speaker)).toEqual([null]);
    const other =
      'Jane Doe, a former editor of the paper, wrote a column.\n\n“Murders went down,” the former mayor said.';
    expect(extractQuotes(other, ['Jane Doe'], 'en').map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('quotes: British single quotes', () => {
  it('reads a statement in single curly quotes, an apostrophe inside it, with its speaker', () => {
    const body =
      '‘We want a calmer city, and we don’t want more cars on our streets,’ said John Roe, the council leader.';
    expect(extractQuotes(body, ['John Roe'], 'en')).toEqual([
      { speaker: 'John Roe', text: 'We want a calmer city, and we don’t want more cars on our streets' },
    ]);
  });

  it('reads no quote from a short name or term in single quotes, though a speech verb stands by', () => {
    const body = 'The sign said ‘No Parking’ and the driver said he had not seen it at all that night.';
    expect(extractQuotes(body, [], 'en')).toEqual([]);
  });
});

describe('quotes: a speaker the lexicon does not know', () => {
  it('takes a name after the verb and a role, or as the subject, where the language writes nouns in lower case', () => {
    const polish =
      'Linia ma dziewięć przystanków.\n\n– To inwestycja, na którą mieszkańcy czekali ponad dziesięć lat – powiedział prezydent miasta Rafał Trzaskowski podczas otwarcia.';
    const italian = '«È una giornata storica per la città», Giulia Romano ha detto ai giornalisti.';

    expect(extractQuotes(polish, [], 'pl')[0]?.speaker).toBe('Rafał Trzaskowski');
    expect(extractQuotes(italian, [], 'it')[0]?.speaker).toBe('Giulia Romano');
  });

  it('takes no name after a preposition (whom the speaker spoke to), nor on a page that capitalises its nouns', () => {
    const polish =
      '„To inwestycja, na którą mieszkańcy czekali ponad dziesięć lat” – powiedział w rozmowie z Polską Agencją Prasową.';
    const german = '„Das ist ein guter Tag für die Stadt“, sagte Landrat Weißgerber Ostbahn.';

    expect(extractQuotes(polish, [], 'pl')[0]).toEqual({
      speaker: null,
      text: 'To inwestycja, na którą mieszkańcy czekali ponad dziesięć lat',
    });
    expect(extractQuotes(german, [], 'de')[0]?.speaker).toBeNull();
  });

  it('gives a surname alone the full name the page wrote before it, a title dropped', () => {
    const english =
      'The plan was drafted by Carlos Pineda, an engineer.\n\n“We tested it twice before we signed off on it,” said Pineda.';
    const french =
      'Francisca Joly-Gomez est professeure de nutrition.\n\n«Dans beaucoup de maladies, la flore est déséquilibrée», indique la Pr Joly-Gomez.';

    expect(extractQuotes(english, [], 'en')[0]?.speaker).toBe('Carlos Pineda');
    expect(extractQuotes(french, [], 'fr')[0]?.speaker).toBe('Francisca Joly-Gomez');
  });

  it('keeps a surname alone when no full name stands before it, and takes no pronoun for a surname', () => {
    const english = '“We tested it twice before we signed off on it,” said Pineda.';
    const story = 'Actually I remember the truck.\n\n“Are you sure about all of this?” I asked him again.';

    expect(extractQuotes(english, [], 'en')[0]?.speaker).toBe('Pineda');
    expect(extractQuotes(story, [], 'en')[0]?.speaker ?? null).not.toBe('Actually I');
  });
});

describe('quoted speakers among the entities', () => {
  it('lists a quoted speaker the entity readers missed among the people, not a run the lexicon knows as words', () => {
    const page = [
      'Nowa linia tramwajowa otwarta',
      'Nowa linia tramwajowa na Woli została w środę oficjalnie otwarta. Pierwsze składy wyjechały na trasę o szóstej rano, a pasażerowie mogli bezpłatnie przetestować nowe połączenie.',
      '– To inwestycja, na którą mieszkańcy czekali ponad dziesięć lat – powiedział prezydent miasta Rafał Trzaskowski podczas uroczystości otwarcia.',
      'Budowa trasy kosztowała ponad 400 milionów złotych i trwała dwa lata. Linia ma długość 5,5 kilometra i dziewięć przystanków, a tramwaje będą kursować co pięć minut.',
    ].join('\n\n');
    const record = processText(page, { name: 'tramwaj.txt' });

    expect(record.language).toBe('pl');
    expect(record.quotes[0]?.speaker).toBe('Rafał Trzaskowski');
    expect(record.entities.people).toContain('Rafał Trzaskowski');
  });

  it('leaves out a speaker with a word the lexicon knows as no name', () => {
    const page = [
      'Closing the books faster',
      'Small firms spend days each month reconciling their accounts by hand, and most of them say the work keeps them from planning ahead for the next quarter.',
      '“Our tool closes the books in a single day for most of the firms that use it,” said Accounting Seed in a statement.',
    ].join('\n\n');
    const record = processText(page, { name: 'books.txt' });

    expect(record.quotes[0]?.speaker).toBe('Accounting Seed');
    expect(record.entities.people).not.toContain('Accounting Seed');
  });
});

describe('quotes on a page too short to tell its language', () => {
  it("reads every vocabulary language's speech verbs, a speaker from a known given name", () => {
    const german = '„Das ist ein guter Tag für die ganze Stadt“, sagte Stefan Keller am Dienstag.';
    const record = processText(german, { name: 'kurz.txt' });

    expect(record.language).toBeNull();
    expect(record.quotes).toEqual([
      { speaker: 'Stefan Keller', text: 'Das ist ein guter Tag für die ganze Stadt' },
    ]);
    expect(
      extractQuotes('«Es un buen día para toda la ciudad», dijo Stefan Keller.', [], null)[0]?.speaker,
    ).toBe('Stefan Keller');
    // A capitalised noun after the verb is no name on a page that may be German.
    expect(
      extractQuotes('„Das ist ein guter Tag“, sagte Bürgermeister Ostbahn.', [], null)[0]?.speaker,
    ).toBeNull();
  });
});

describe('quotes: a bounded read', () => {
  const statement = '“The new bridge will open in March,” said Jane Roe.';
  const unattributed = (n: number) =>
    Array.from({ length: n }, (_, i) => `“item number ${i} of the list”`).join(' ');

  it('reads the attribution of the first thousand quoted spans of a page, no further', () => {
    const early = extractQuotes(`${unattributed(999)}\n\n${statement}`, ['Jane Roe']);
    const late = extractQuotes(`${unattributed(1000)}\n\n${statement}`, ['Jane Roe']);

    expect(early).toEqual([{ speaker: 'Jane Roe', text: 'The new bridge will open in March' }]);
    expect(late).toEqual([]);
  });
});
