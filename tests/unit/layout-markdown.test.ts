import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown, Specials } from '../../functions/core/layout/markdown.ts';

describe('Specials', () => {
  // The plain answer: the first of "[", "!", "]", "\", "*", "_", "`" at or after a position.
  const firstSpecial = (text: string, from: number) => {
    for (let i = from; i < text.length; i++) if ('[!]\\*_`'.includes(text[i]!)) return i;
    return text.length;
  };

  it('finds what a plain scan finds, for positions asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\n', '[', ']', '!', '*', '_', '`', '\\', '#'), { maxLength: 60 }),
        fc.array(fc.nat(70), { maxLength: 30 }),
        (chars, positions) => {
          const text = chars.join('');
          const specials = new Specials(text);
          for (const from of positions.map((p) => Math.min(p, text.length))) {
            expect(specials.next(from)).toBe(firstSpecial(text, from));
          }
        },
      ),
    );
  });
});

describe('readMarkdown', () => {
  it('makes headings, paragraphs and list items blocks with their hints and file lines', () => {
    const text = '# The Title\n\nFirst paragraph.\n\n* one\n* two\n\n## Section';

    const blocks = readMarkdown(text);

    expect(blocks.map((b) => [b.text, b.line, b.hints?.heading ?? null, b.hints?.listItem ?? false])).toEqual(
      [
        ['The Title', 1, 1, false],
        ['First paragraph.', 3, null, false],
        ['one', 5, null, true],
        ['two', 6, null, true],
        ['Section', 8, 2, false],
      ],
    );
  });

  it('gives the text without link targets and the markup with them', () => {
    const blocks = readMarkdown('Read [the report](https://example.com/r) **today**.');

    expect(blocks[0]!.text).toBe('Read the report today.');
    expect(blocks[0]!.markup).toBe('Read [the report](https://example.com/r) **today**.');
  });

  it('measures the share of the text that is link text', () => {
    const [menu, prose] = readMarkdown('* [Home](/)\n\nA sentence with [one link](/x) in it.');

    expect(menu!.hints?.linkShare).toBe(1);
    expect(prose!.hints?.linkShare).toBeGreaterThan(0.2);
    expect(prose!.hints?.linkShare).toBeLessThan(0.5);
  });

  it('drops images, their alt text and their targets', () => {
    const blocks = readMarkdown('![A logo](data:image/png;base64,AAAA) Welcome');

    expect(blocks[0]!.text).toBe('Welcome');
    expect(blocks[0]!.markup).toBe('Welcome');
  });

  it('pairs a link that spans blank lines (turndown writes anchors around blocks so) and keeps its text as link text', () => {
    const blocks = readMarkdown('*   [Solutions\n    \n    ](#)\n\nBody text here.');

    expect(blocks.map((b) => b.text)).toEqual(['Solutions', 'Body text here.']);
    expect(blocks[0]!.hints?.linkShare).toBe(1);
    expect(blocks[0]!.markup).not.toContain('[');
  });

  it('keeps brackets that are no link ("[1]") as text', () => {
    expect(readMarkdown('A claim [1] and [a link](/l).')[0]!.text).toBe('A claim [1] and a link.');
  });

  it('reads reference links (html2text, pandoc, turndown write them) as inline links, their definitions no block', () => {
    const blocks = readMarkdown(
      [
        '* [Home][1]',
        '* [News][]',
        '',
        '![A map][img] The council voted for a new [harbour wall][Wall Plan], said [Jane Doe]. A claim [2] stays.',
        '',
        '   [1]: https://example.com/',
        '   [news]: <https://example.com/news> "News"',
        '[wall   plan]: https://example.com/wall',
        "[jane doe]: https://example.com/jane 'Author'",
        '[img]: https://example.com/map.png',
      ].join('\n'),
    );

    expect(blocks.map((b) => b.text)).toEqual([
      'Home',
      'News',
      'The council voted for a new harbour wall, said Jane Doe. A claim [2] stays.',
    ]);
    expect(blocks.map((b) => b.markup)).toEqual([
      '* [Home](https://example.com/)',
      '* [News](https://example.com/news)',
      'The council voted for a new [harbour wall](https://example.com/wall), said [Jane Doe](https://example.com/jane). A claim [2] stays.',
    ]);
    expect(blocks[0]!.hints?.linkShare).toBe(1);
    expect(blocks[2]!.line).toBe(4);
  });

  it('reads definitions a wrapper broke over lines (html2text at 78): target on the next line, title over two, a target broken at its hyphen', () => {
    const blocks = readMarkdown(
      [
        'by [Jane Doe][9] | [Share][11] | [Tweet][10]',
        '',
        'The council voted for the new harbour wall on Tuesday evening.',
        '',
        '   [9]: https://example.com/author/jane-doe/ (Posts by Jane',
        'Doe)',
        '',
        '   [10]:',
        'https://twitter.com/intent/tweet?text=Harbour%20wall',
        '(Twitter)',
        '',
        '   [11]: https://www.linkedin.com/sharing/share-',
        'offsite/?url=https%3A%2F%2Fexample.com',
      ].join('\n'),
    );

    expect(blocks.map((b) => b.text)).toEqual([
      'by Jane Doe | Share | Tweet',
      'The council voted for the new harbour wall on Tuesday evening.',
    ]);
    expect(blocks[0]!.markup).toBe(
      'by [Jane Doe](https://example.com/author/jane-doe/) | [Share](https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com) | [Tweet](https://twitter.com/intent/tweet?text=Harbour%20wall)',
    );
  });

  it('keeps a reference to no definition as text, and a definition inside code as code', () => {
    const blocks = readMarkdown('See [the plan][9] here.\n\n```\n[9]: https://example.com/\n```');

    expect(blocks[0]!.text).toBe('See [the plan][9] here.');
    expect(blocks[1]!.text).toBe('[9]: https://example.com/');
  });

  it('keeps a fenced code block as one block with its lines and brackets', () => {
    const blocks = readMarkdown('```js\nconst a = [1](2);\nreturn a;\n```\n\nAfter.');

    expect(blocks[0]!.text).toBe('const a = [1](2);\nreturn a;');
    expect(blocks[0]!.hints?.code).toBe(true);
    expect(blocks[1]!.text).toBe('After.');
  });

  it('reads setext headings, quotes and table cells', () => {
    const text = 'Title\n=====\n\n> Quoted words.\n\n| Name | Age |\n|---|---|\n| Ann | 30 |';

    const blocks = readMarkdown(text);

    expect(blocks.map((b) => b.text)).toEqual(['Title', 'Quoted words.', 'Name', 'Age', 'Ann', '30']);
    expect(blocks[0]!.hints?.heading).toBe(1);
    expect(blocks[1]!.hints?.quote).toBe(true);
    expect(blocks[4]!.hints?.tableCell).toBe(true);
  });

  it('keeps snake_case and lone asterisks, drops emphasis markers', () => {
    expect(readMarkdown('Set max_value to 5 * 3 and *mind* __this__.')[0]!.text).toBe(
      'Set max_value to 5 * 3 and mind this.',
    );
  });

  it("reads a heading as a list item's content as a heading in the item, its marks no text", () => {
    const blocks = readMarkdown(
      '  * ## [Interning of Small Integers][2]\n\nPosted by Konstantin\n\n*   ### Related ###\n* plain item\n\n[2]: https://x.example/a',
    );

    expect(blocks.map((block) => [block.text, block.hints?.heading, block.hints?.listItem])).toEqual([
      ['Interning of Small Integers', 2, true],
      ['Posted by Konstantin', undefined, undefined],
      ['Related', 3, true],
      ['plain item', undefined, true],
    ]);
    expect(blocks[0]!.markup).toBe('  * ## [Interning of Small Integers](https://x.example/a)');
  });

  it("reads a heading indented under a list item as turndown nests it, and an indented '#' line elsewhere as text", () => {
    const blocks = readMarkdown(
      '*   [Services](/s)\n    \n    ###### Services\n    \n    Gym Design & Planning\n\n# Real\n\n    # a code comment\n',
    );

    expect(blocks.map((block) => [block.text, block.hints?.heading])).toEqual([
      ['Services', undefined],
      ['Services', 6],
      ['Gym Design & Planning', undefined],
      ['Real', 1],
      ['# a code comment', undefined],
    ]);
  });

  it("reads html2text's definitions of targets with spaces in them, wrapped, as definitions; a footnote stays text", () => {
    const blocks = readMarkdown(
      '[![][73]**Brit Weirich** (Medizinredakteurin)][74]\n\nSee [1] below.\n\n' +
        '   [73]: data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"\nviewBox="0 0 60 60"%3E%3C/svg%3E\n' +
        '   [74]: /autoren/#brit-weirich\n\n[Facebook][40]\n\n' +
        '   [40]:\nhttp://www.facebook.com/sharer/sharer.php?u=https://www.example.de/news/ammoniak-\nspaltung/&t=Ammoniak-Spaltung durch LEDs statt\nHitze\n\n' +
        '[1]: Smith, J. (2020), p. 4\n\n[2]: https://example.com, accessed 2020\n',
    );

    expect(blocks.map((block) => block.text)).toEqual([
      'Brit Weirich (Medizinredakteurin)',
      'See [1] below.',
      'Facebook',
      '[1]: Smith, J. (2020), p. 4',
      '[2]: https://example.com, accessed 2020',
    ]);
    expect(blocks[2]!.markup).toBe(
      '[Facebook](http://www.facebook.com/sharer/sharer.php?u=https://www.example.de/news/ammoniak-spaltung/&t=Ammoniak-Spaltung)',
    );
  });

  it('reads the definitions html2text numbers as it writes them: nested parentheses in a title, a space in a path, no target', () => {
    const blocks = readMarkdown(
      '[X][114] [Banner][86] [Top][39] [Mail][60]\n\n' +
        '   [114]: https://www.twitter.com/NSF (X (formerly known as Twitter))\n\n' +
        '   [86]: ../media/Image/Zekat_Banner_ 2021_DE.jpg\n\n   [39]:\n\n' +
        '   [60]: mailto:?subject=Osprey Atmos 65L Backpack\nReview&body=https://example.com/review/ (Email)\n',
    );

    expect(blocks.map((block) => block.text)).toEqual(['X Banner Top Mail']);
    expect(blocks[0]!.markup).toBe(
      '[X](https://www.twitter.com/NSF) [Banner](../media/Image/Zekat_Banner_) [Top]() [Mail](mailto:?subject=Osprey)',
    );
  });

  it('reads a target with a line end before its destination or its ")" as CommonMark does; elsewhere a line end ends it', () => {
    const blocks = readMarkdown(
      '![gallery image](/Bilder/P-g1.jpg\n)Caffi 66 eröffnet\n\n![Battlefield](\nhttps://x.de/a.jpg) Text after\n\n' +
        '[Home](https://www.example.com\n) > Blog\n\n[note](see\nbelow) more',
    );

    expect(blocks.map((block) => block.text)).toEqual([
      'Caffi 66 eröffnet',
      'Text after',
      'Home\n> Blog',
      '[note](see\nbelow) more',
    ]);
    expect(blocks[2]!.markup).toBe('[Home](https://www.example.com)\n\\> Blog');
  });

  it('reads inline links html2text wrapped (its defaults): a destination broken after a hyphen, a title on the next line or over two', () => {
    const blocks = readMarkdown(
      [
        'By [Mary Marlowe Leverette](https://www.example.com/mary-marlowe-',
        'leverette-8691230) and [Daniel Gibson](https://example.com/author/daniel/ "Posts by Daniel',
        'Gibson") | Mar 11, 2023',
        '',
        '[Jane Doe](https://example.com/author/jane-',
        '"Posts by Jane Doe") [Smile](/x "Smile :)") and [note](it\'s) end',
      ].join('\n'),
    );

    // The lines stay until the unwrap joins them (layout/unwrap.ts); the link's target and title are no text.
    expect(blocks.map((block) => block.text)).toEqual([
      'By Mary Marlowe Leverette\nand Daniel Gibson\n| Mar 11, 2023',
      'Jane Doe\nSmile and note end',
    ]);
    expect(blocks.map((block) => block.markup)).toEqual([
      'By [Mary Marlowe Leverette](https://www.example.com/mary-marlowe-leverette-8691230)\nand [Daniel Gibson](https://example.com/author/daniel/ "Posts by Daniel Gibson")\n\\| Mar 11, 2023',
      '[Jane Doe](https://example.com/author/jane- "Posts by Jane Doe")\n[Smile](/x "Smile :)") and [note](it\'s) end',
    ]);
    expect(blocks[0]!.hints?.linkShare).toBeGreaterThan(0.5);
  });

  it("reads a title with html2text's unescaped quotation marks inside, a destination in angle brackets, escaped parentheses", () => {
    const blocks = readMarkdown(
      [
        '[![lion](/thumbs/lion-',
        'small.jpg)](/photos/lion.jpg "<a rel="_blank" href="https://example.com/p/1">© Jane Doe \\(Lion',
        "- 2006\\)</a>\") [Chat](<javascript:zE('webWidget', 'open');>) and [$5,000](https://example.com/a\\(b\\)) end",
      ].join('\n'),
    );

    expect(blocks.map((block) => block.text)).toEqual(['Chat and $5,000 end']);
  });

  it('ends no link at a blank line inside its title, nor at a line end that follows no hyphen inside its destination', () => {
    const blocks = readMarkdown('[a](/x "one\n\ntwo") after\n\n[b](/very/long\npath) after');

    expect(blocks.map((block) => block.text)).toEqual([
      '[a](/x "one',
      'two") after',
      '[b](/very/long\npath) after',
    ]);
  });

  it("keeps an asterisk between two letters or digits, German's gender star and arithmetic", () => {
    expect(readMarkdown('# Expert*innen in der Krise')[0]!.text).toBe('Expert*innen in der Krise');
    expect(readMarkdown('Bürger*innen und Wähler*innen zahlen 5*3 Euro, **nicht** mehr.')[0]!.text).toBe(
      'Bürger*innen und Wähler*innen zahlen 5*3 Euro, nicht mehr.',
    );
  });

  it('joins the continuation lines of a list item to it, line for line', () => {
    const blocks = readMarkdown('*   [Insurance  \n    BPO](/bpo/)');

    expect(blocks[0]!.text).toBe('Insurance\nBPO');
    expect(blocks[0]!.markup!.split('\n')).toHaveLength(2);
  });

  it('reads an unclosed "[" far above a stray "](" as text, not as one huge link', () => {
    const text = `[ opening\n\n${'Filler sentence here. '.repeat(300)}\n\nend](/x)`;

    const blocks = readMarkdown(text);

    expect(blocks[1]!.hints?.linkShare).toBe(0);
  });

  it('keeps a link around an image with a long data URI a link (the image does not count towards its length)', () => {
    const text = `[![logo](data:image/png;base64,${'A'.repeat(5000)})](https://example.com/)\n\nBody text here.`;

    const blocks = readMarkdown(text);

    expect(blocks.map((b) => b.text)).toEqual(['Body text here.']);
  });

  it('escapes a line that would open a block when the markup is read again', () => {
    const [block] = readMarkdown('return (\n    >\n    # not a heading');

    expect(block!.text).toBe('return (\n>\n# not a heading');
    expect(block!.markup).toBe('return (\n\\>\n\\# not a heading');
    expect(readMarkdown(block!.markup!)[0]!.text).toBe(block!.text);
  });
});
