import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { applyModel, classify } from '../../functions/core/cleaning/classify.ts';
import { wordCount } from '../../functions/core/cleaning/text.ts';
import { features } from '../../functions/core/cleaning/text-fast.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { normalise } from '../../functions/core/normalise.ts';
import type { Block } from '../../functions/core/types.ts';

function cleanText(text: string) {
  return clean(segment(normalise(text)));
}

function bodyOf(text: string): string {
  return cleanText(text)
    .body.map((b) => b.text)
    .join('\n\n');
}

const P1 =
  'The council agreed on Tuesday to rebuild the old footbridge, which has been closed since the floods damaged its supports two winters ago.';
const P2 =
  'Engineers said the new bridge would be wider, so that cyclists and people with prams can cross without waiting for each other.';
const P3 =
  'Work is expected to begin in the spring and to take about eight months, during which a ferry will carry people across the river.';

describe('clean', () => {
  it('takes the headline as the title, outside both body and removed', () => {
    const text = `Council to rebuild the old footbridge\n\n${P1}\n\n${P2}`;

    const result = cleanText(text);

    expect(result.title).toBe('Council to rebuild the old footbridge');
    expect(result.removed.map((r) => r.text)).not.toContain(result.title);
    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}`);
  });

  it('keeps a bare headline-and-paragraph file', () => {
    const text = `Council to rebuild the old footbridge\n\n${P1}`;

    const result = cleanText(text);

    expect(result.title).toBe('Council to rebuild the old footbridge');
    expect(bodyOf(text)).toBe(P1);
  });

  it('keeps every block of a text with no chrome (no title unless a headline sits above prose)', () => {
    const text = `Notes\n\n- first item\n\n${P1}\n\nUZk`;

    const result = cleanText(text);

    expect(result.title).toBeNull();
    expect(result.removed).toEqual([]);
    expect(bodyOf(text)).toBe(text);
  });

  it('takes the headline above a byline with its date, in any of its forms, and removes the byline', () => {
    const bylines = [
      'By Jane Doe on March 3, 2024',
      'Written by Jane Doe on 3rd March 2024',
      'Von Anna Berg am 12. März 2024',
      'By Jane Doe, Staff Writer | Published March 3, 2024 at 5:00 PM EST',
    ];
    for (const byline of bylines) {
      const result = cleanText(`Council to rebuild the old footbridge\n\n${byline}\n\n${P1}\n\n${P2}`);

      expect(result.title, byline).toBe('Council to rebuild the old footbridge');
      expect(result.removed.map((r) => [r.rule, r.text])).toEqual([['byline.meta-line', byline]]);
    }
  });

  it("takes the headline of a page with no chrome above the writer's name, removed as the byline", () => {
    const text = `Council to rebuild the old footbridge\n\nJane Doe\n\n${P1}\n\n${P2}`;

    const result = cleanText(text);

    expect(result.title).toBe('Council to rebuild the old footbridge');
    expect(result.removed.map((r) => [r.rule, r.kind, r.text, r.line])).toEqual([
      ['byline.name', 'byline', 'Jane Doe', 3],
    ]);
    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}`);
    // The body opens with prose: cleaning it again gives it back.
    expect(bodyOf(bodyOf(text))).toBe(bodyOf(text));
  });

  /** A chrome-free page's headline over `byline` and two paragraphs: the headline its title, the line removed. */
  const expectCreditLineRemoved = (byline: string) => {
    const text = `Council to rebuild the old footbridge\n\n${byline}\n\n${P1}\n\n${P2}`;
    const result = cleanText(text);

    expect(result.title, byline).toBe('Council to rebuild the old footbridge');
    expect(result.removed.map((r) => [r.rule, r.text])).toEqual([['byline.name', byline]]);
    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}`);
  };

  it("takes the headline of a page with no chrome above the writer's name and role, removed as the byline", () => {
    for (const byline of [
      'Jane Doe, Staff Writer',
      'Jane Doe | Senior Reporter',
      'Jane Doe – Correspondent',
    ]) {
      expectCreditLineRemoved(byline);
    }
  });

  it("takes the headline of a page with no chrome above the writer's credit line: outlet, place, date", () => {
    for (const byline of [
      'Jane Doe | CNN',
      'Camille Lefèvre, le 12 mars 2024',
      'María García | Madrid | 12 mar 2024 - 10:15 CET',
      'Par Camille Lefèvre avec AFP',
    ]) {
      expectCreditLineRemoved(byline);
    }
    // A sentence about a person under the headline is the dek, not a credit: it stays, the body's first block.
    const dek = `Council to rebuild the old footbridge\n\nJane Doe won the award for the design\n\n${P1}\n\n${P2}`;
    const result = cleanText(dek);
    expect(result.title).toBe('Council to rebuild the old footbridge');
    expect(result.removed).toEqual([]);
    expect(bodyOf(dek)).toBe(`Jane Doe won the award for the design\n\n${P1}\n\n${P2}`);
  });

  it('takes the headline of a page with no chrome above its date and its author label, in any language', () => {
    const russian = [
      'Правительство одобрило повышение минимальной зарплаты',
      '5 марта 2024, 10:32',
      'Автор: Иван Петров',
      'Правительство в понедельник одобрило законопроект о повышении минимальной заработной платы со следующего года.',
      'По последним данным статистического ведомства, средняя зарплата в прошлом квартале выросла более чем на семь процентов.',
    ].join('\n\n');
    const result = cleanText(russian);
    expect(result.title).toBe('Правительство одобрило повышение минимальной зарплаты');
    expect(result.removed.map((r) => [r.rule, r.kind, r.text])).toEqual([
      ['dateline.date', 'dateline', '5 марта 2024, 10:32'],
      // Read by the byline rule since 0.2.35 (the author labels of languages without a module): its rule kept.
      ['byline.by', 'byline', 'Автор: Иван Петров'],
    ]);
    expect(bodyOf(russian).startsWith('Правительство в понедельник')).toBe(true);
    // A Chinese meta line: its date, its source and its writer on one line.
    const chinese = `北京市发布新一轮城市更新计划\n\n2024年03月05日 10:32 来源：新华网 作者：张伟\n\n${P1}\n\n${P2}`;
    expect(cleanText(chinese).title).toBe('北京市发布新一轮城市更新计划');
    expect(bodyOf(chinese)).toBe(`${P1}\n\n${P2}`);
    // A Chinese reporter's line under the headline ("our reporter Zhang Wei"), no colon.
    const reporter = `北京市发布新一轮城市更新计划\n\n本报记者 张伟\n\n${P1}\n\n${P2}`;
    expect(cleanText(reporter).title).toBe('北京市发布新一轮城市更新计划');
    expect(bodyOf(reporter)).toBe(`${P1}\n\n${P2}`);
    // A date is no headline: a page opening with its date has no title (its author label, a byline rule's since
    // 0.2.35, leaves the body with the date above it).
    const dated = `5 марта 2024, 10:32\n\nАвтор: Иван Петров\n\n${P1}\n\n${P2}`;
    expect(cleanText(dated).title).toBeNull();
    expect(bodyOf(dated)).toBe(`${P1}\n\n${P2}`);
  });

  /**
   * A Russian page's menu, `first`, `line`, `second` and a copyright line: `line` is removed by `rule` and the body is
   * the two paragraphs.
   */
  const expectRemovedBetween = (
    rule: string,
    line: string,
    first: string,
    second: string,
    menu: string[],
  ) => {
    const text = [...menu, first, line, second, '© 2024 Все права защищены'].join('\n\n');
    expect(
      cleanText(text).removed.map((r) => [r.rule, r.text]),
      line,
    ).toContainEqual([rule, line]);
    expect(bodyOf(text)).toBe(`${first}\n\n${second}`);
  };
  const RUSSIAN_LEAD =
    'Правительство в понедельник одобрило законопроект о повышении минимальной заработной платы со следующего года. Новые правила затронут более полумиллиона работников.';
  const RUSSIAN_FIGURES =
    'По последним данным статистического ведомства, средняя зарплата в прошлом квартале выросла более чем на семь процентов';

  it("removes a 'read also' teaser between paragraphs in languages without a vocabulary module", () => {
    for (const teaser of [
      'Читайте также: Инфляция в феврале замедлилась',
      '相关阅读：上海推进老旧小区改造',
      'Lue myös: Inflaatio hidastui helmikuussa',
    ])
      expectRemovedBetween('related.inline', teaser, RUSSIAN_LEAD, `${RUSSIAN_FIGURES}.`, [
        'Главная',
        'Новости',
        'Политика',
      ]);
  });

  it('removes share buttons between paragraphs in languages without a vocabulary module', () => {
    const paragraphs = [
      'Hallitus hyväksyi maanantaina esityksen vähimmäispalkan nostamisesta ensi vuodesta alkaen. Uudet säännöt koskevat yli puolta miljoonaa työntekijää.',
      'Työnantajat varoittavat, että näin nopea työvoimakustannusten nousu voi vahingoittaa pieniä yrityksiä. Ammattiliitot pitävät korotusta kuitenkin liian pienenä ja vaativat lisää neuvotteluja syksyllä.',
    ];
    const text = [
      'Etusivu',
      'Uutiset',
      paragraphs[0],
      'Jaa Facebookissa',
      'Поделиться',
      paragraphs[1],
      '© 2024 Uutiset',
    ].join('\n\n');
    const rules = cleanText(text).removed.map((r) => [r.rule, r.text]);
    expect(rules).toContainEqual(['social.share', 'Jaa Facebookissa']);
    expect(rules).toContainEqual(['social.share', 'Поделиться']);
    expect(bodyOf(text)).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
  });

  it('removes picture credits in languages without a vocabulary module', () => {
    for (const credit of ['Фото: Иван Петров / ТАСС', '图片来源：新华社', 'Kuva: Matti Virtanen'])
      expectRemovedBetween(
        'caption.credit',
        credit,
        RUSSIAN_LEAD,
        `${RUSSIAN_FIGURES}, а безработица снизилась.`,
        ['Главная', 'Новости'],
      );
  });

  it('cuts a comment thread in languages without a vocabulary module at its heading', () => {
    const article = [
      'Když jsem začala péct chleba doma, neměla jsem tušení, jak těžké je získat dobrou kůrku. První pokusy byly katastrofa, ale zkoušela jsem to každý víkend znovu.',
      'Tajemství, jak jsem zjistila, je trpělivost: těsto, které odpočívá celou noc v lednici, má mnohem bohatší chuť a lehčí strukturu.',
    ];
    const thread = [
      '3 komentáře',
      'Marek',
      '4. března 2024 v 10:15',
      'Skvělý článek, děkuji za něj. Já peču chleba už několik let a musím říct, že trpělivost je opravdu to nejdůležitější, i když první týdny byly náročné.',
      'Odpovědět',
      'Anna',
      '5. března 2024 v 18:02',
      'Mně se chleba pořád nedaří, kůrka je vždycky moc tvrdá a střída naopak mokrá. Zkoušela jsem různé mouky i teploty trouby, ale výsledek je pořád stejný.',
      'Odpovědět',
      'Napsat komentář',
    ];
    const text = ['Domů', 'Recepty', 'Jak jsem se naučila péct chleba doma', ...article, ...thread].join(
      '\n\n',
    );
    expect(cleanText(text).removed.map((r) => r.rule)).toContain('comments.heading');
    expect(bodyOf(text)).toBe(article.join('\n\n'));
  });

  it('takes the headline of a page with no chrome above a German paragraph, whose nouns are capitalised', () => {
    const paragraph =
      'Der Bürgermeister der Stadt sprach am Dienstag im Rathaus über die neue Brücke und ihre Kosten für die Bürger.';
    const text = `Neue Brücke für die Altstadt\n\n${paragraph}\n\n${paragraph}`;

    expect(cleanText(text).title).toBe('Neue Brücke für die Altstadt');
    expect(bodyOf(text)).toBe(`${paragraph}\n\n${paragraph}`);
  });

  it('cleans a page in a language without vocabulary once its copyright line is found by the sign and the year', () => {
    const p1 = '国务院常务会议今天审议通过了环境保护法修订草案，部长表示新的规定将于明年一月起正式生效。';
    const p2 = '各地政府需要尽快制定实施细则并向社会公开征求意见，专家认为这将有助于改善空气质量和水环境。';
    const p3 = '草案还规定了企业的排放责任，违反规定的企业将面临更高的罚款，情节严重的将被责令停产整顿。';
    const text = `首页\n\n新闻\n\n体育\n\n环境保护法修订草案获通过\n\n${p1}\n\n${p2}\n\n${p3}\n\n分享到\n\n相关阅读\n\n另一篇关于环境的文章\n\n版权所有 © 2024 北京日报`;
    const result = cleanText(text);

    expect(result.title).toBe('环境保护法修订草案获通过');
    expect(bodyOf(text)).toBe(`${p1}\n\n${p2}\n\n${p3}`);
    expect(result.removed.find((r) => r.text === '版权所有 © 2024 北京日报')?.rule).toBe(
      'legal.copyright-sign',
    );
  });

  it('takes the headline of a page with no chrome over one or two short lines above its first paragraph', () => {
    // A section heading, a standfirst, a short first sentence: an article saved with its title on top, then its
    // body as an extractor gives it. The lines stay in the body.
    const headline = 'Council to rebuild the old footbridge';
    for (const lines of [
      ['Politics'],
      ['A new bridge for the old town, at last'],
      ['Politics, Staff Writer'],
      ['The town has waited ten years.'],
      ['A new bridge for the old town', 'Introduction'],
      ['Jane Doe', 'Introduction'],
    ]) {
      const text = [headline, ...lines, P1, P2].join('\n\n');
      const result = cleanText(text);
      expect(result.title, lines.join(' / ')).toBe(headline);
      // A writer's name right under the headline is its byline, as without the heading under it.
      const credit = lines[0] === 'Jane Doe' ? 1 : 0;
      expect(result.removed.map((r) => r.text)).toEqual(lines.slice(0, credit));
      expect(bodyOf(text)).toBe([...lines.slice(credit), P1, P2].join('\n\n'));
    }
  });

  it('takes a headline that ends with a full stop over a credit line, not over a short line of another kind', () => {
    const headline = 'One year of full-time indie game development.';
    const credited = [headline, 'Jane Doe', P1, P2].join('\n\n');
    expect(cleanText(credited).title).toBe(headline);
    expect(bodyOf(credited)).toBe([P1, P2].join('\n\n'));
    // Over a section heading it may be the body's first sentence: the page stays whole.
    const headed = [headline, 'Introduction', P1, P2].join('\n\n');
    expect(cleanText(headed).title).toBeNull();
    expect(bodyOf(headed)).toBe(headed);
  });

  it('takes no title on a page with no chrome when more than a short line or two stands under the first block', () => {
    for (const lines of [
      ['Politics', 'Transport', 'Introduction'],
      ['- the first point of the plan'],
      ['A line of the header\nand a second line under it'],
    ]) {
      const text = ['Council to rebuild the old footbridge', ...lines, P1, P2].join('\n\n');
      expect(cleanText(text).title, lines.join(' / ')).toBeNull();
      expect(bodyOf(text)).toBe(text);
    }
  });

  it('takes no title on a page with no chrome whose first block is a short sentence: its first paragraph', () => {
    // A body cleaned before may open so; cleaned again, it lost that sentence as its title.
    for (const first of [
      'Social shopping has become a major force in online retail.',
      'The wait is over …',
    ]) {
      const text = `${first}\n\n${P1}\n\n${P2}`;
      expect(cleanText(text).title, first).toBeNull();
      expect(bodyOf(text)).toBe(text);
    }
    // A headline that asks or exclaims is still one.
    expect(cleanText(`Is the old footbridge safe?\n\n${P1}\n\n${P2}`).title).toBe(
      'Is the old footbridge safe?',
    );
  });

  it('keeps a table whose rows bars divide, in one block or one row a block; a menu row alone is still removed', () => {
    const rows = [
      '| Home size | Avg. total cost | Cost/hour |',
      '| Studio | $465 | $183 |',
      '| 1 bedroom | $648 | $183 |',
      '| 2 bedroom | $1,052 | $257 |',
    ];
    for (const table of [rows.join('\n'), rows.join('\n\n')]) {
      const text = `About | Contact | Careers | Press\n\n${P1}\n\n${table}\n\n${P2}\n\nShare this article`;
      const result = cleanText(text);
      expect(bodyOf(text)).toBe(`${P1}\n\n${table}\n\n${P2}`);
      expect(result.removed.find((r) => r.text === 'About | Contact | Careers | Press')?.rule).toBe(
        'nav.link-row',
      );
    }
    // Menus in a run: a repeated first link, or rows with neither frame nor figures, are rows of links still.
    for (const menus of [
      [
        'Home | News | Sport | Weather',
        'Home | Politics | Sport | Weather',
        'Home | Travel | Sport | Weather',
      ],
      ['About | Contact | Press', 'Terms | Privacy | Cookies', 'Shop | Gift cards | Stores'],
    ]) {
      const text = `${P1}\n\n${menus.join('\n\n')}\n\n${P2}\n\nShare this article`;
      const removed = cleanText(text).removed;
      for (const menu of menus) expect(removed.find((r) => r.text === menu)?.rule, menu).toBe('nav.link-row');
    }
  });

  it('does not keep everything once a rule finds chrome', () => {
    const text = `Notes\n\n- first item\n\n${P1}\n\nShare this article`;

    expect(bodyOf(text)).toBe(P1);
  });

  it('never takes the first block of the article region as the title', () => {
    const text = `Home\n\n${P1}\n\nA line that looks like a headline\n\n${P2}\n\nShare this article`;
    const body = bodyOf(text);

    expect(cleanText(text).title).toBeNull();
    expect(bodyOf(body)).toBe(body);
  });

  it('gives back a cleaned body unchanged (the result is a fixed point)', () => {
    // The related heading comes after most of the article: the teaser under it goes with it.
    const P0 =
      'The vote was close, with nine councillors for the plan and seven against it after a long debate.';
    const text = `Home\n\nBridge plan approved\n\n${P0}\n\n${P1}\n\n${P2}\n\nRelated Articles\n\n${P3}\n\nNew ferry timetable\n\nTicket prices\n\nOpening hours`;
    const body = bodyOf(text);

    expect(body).toBe(`${P0}\n\n${P1}\n\n${P2}`);
    expect(bodyOf(body)).toBe(body);
  });

  it('removes a menu before the article as navigation', () => {
    const text = `Home\n\nNews\n\nSport\n\nWeather\n\nBridge plan approved\n\n${P1}\n\n${P2}`;

    const result = cleanText(text);

    expect(result.removed.slice(0, 4).map((r) => r.kind)).toEqual(Array(4).fill('navigation'));
    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}`);
  });

  it('keeps a short line between two paragraphs (a one-line quote)', () => {
    const text = `Bridge plan approved\n\n${P1}\n\n"It is about time."\n\n${P2}`;

    const body = bodyOf(text);

    expect(body).toBe(`${P1}\n\n"It is about time."\n\n${P2}`);
  });

  it('keeps a short lead-in line between two ad slots: their labels sit inside the article', () => {
    const text = `Bridge plan approved\n\n${P1}\n\nAdvertisement\n\nWhat changes for cyclists:\n\nAdvertisement\n\n${P2}\n\n${P3}`;

    const result = cleanText(text);

    expect(result.removed.map((r) => r.text)).toEqual(['Advertisement', 'Advertisement']);
    expect(bodyOf(text)).toContain('What changes for cyclists:');
  });

  it('removes a "Related" heading together with its list of titles', () => {
    const text = `Bridge plan approved\n\n${P1}\n\n${P2}\n\n${P3}\n\nRelated Articles\n\nNew ferry timetable\n\nRiver festival returns`;

    const result = cleanText(text);

    expect(result.removed.map((r) => [r.rule, r.text])).toEqual([
      ['related.heading', 'Related Articles'],
      ['related.list-item', 'New ferry timetable'],
      ['related.list-item', 'River festival returns'],
    ]);
  });

  it('gives a byline and a date line their own kinds for the metadata stage', () => {
    const text = `Bridge plan approved\n\nBy Ana Silva\n\n12 May 2024\n\n${P1}\n\n${P2}`;

    const result = cleanText(text);

    expect(result.removed.map((r) => r.kind)).toEqual(['byline', 'dateline']);
  });

  it('removes a matching line inside a multi-line block and keeps the rest of it', () => {
    const text = `Bridge plan approved\n\n${P1}\n${'Advertisement'}\n${P2}\n\n${P3}`;

    const result = cleanText(text);

    expect(result.removed.map((r) => r.text)).toEqual(['Advertisement']);
    expect(result.body[0]!.text).toBe(`${P1}\n${P2}`);
  });

  it('lists removed items in document order with their block and line', () => {
    const text = `Home\n\nBridge plan approved\n\n${P1}\n\n${P2}\n\nShare this article`;

    const result = cleanText(text);

    expect(result.removed.map((r) => [r.block, r.line])).toEqual([
      [0, 1],
      [4, 9],
    ]);
  });

  it('counts the words of every removed block and line, as the core counts each removed text', () => {
    // Removed whole blocks (a menu line, a byline, a share line) and a line inside a kept block.
    const text = `Home\n\nBridge plan approved\n\nBy Ana Silva\n\n${P1}\n${'Follow us on Twitter'}\n${P2}\n\n${P3}\n\nShare this article`;

    const result = cleanText(text);

    expect(result.removed.map((r) => r.text)).toEqual([
      'Home',
      'By Ana Silva',
      'Follow us on Twitter',
      'Share this article',
    ]);
    expect(result.removedWords).toBe(result.removed.reduce((sum, r) => sum + wordCount(r.text), 0));
    expect(result.removedWords).toBe(1 + 3 + 4 + 3);
  });

  it('returns an empty result for no blocks', () => {
    const result = clean([]);

    expect(result).toEqual({
      blocks: [],
      title: null,
      titleBlock: null,
      comments: [],
      commentsTruncated: false,
      body: [],
      removed: [],
      inputWords: 0,
      removedWords: 0,
    });
  });

  it('is deterministic', () => {
    const text = `Home\n\nBridge plan approved\n\n${P1}\n\n${P2}\n\nComments\n\nGreat news!`;

    const first = cleanText(text);
    const second = cleanText(text);

    expect(second).toEqual(first);
  });
});

describe('a page cut from one long line', () => {
  // A page joined by single spaces, as the layout stage cuts it (layout/space-runs.ts): its menus and lists are
  // pieces of the same input line as its sentences, with no shape a rule reads as chrome.
  const texts = [
    'Harbour Wall Ferries Beaches Markets Museums Parking Tides Events',
    'Council Approves New Harbour Wall',
    P1,
    P2,
    P3,
    'The bridge will keep its old name, and the lamps from the old one will light the new one.',
    'Ferry Times North Quay Ferry Times South Quay Ferry Times Old Town Ferry Times Lighthouse Ferry Times Island',
  ];
  const blocksOn = (lineOf: (index: number) => number): Block[] =>
    texts.map((text, index) => ({ index, text, line: lineOf(index) }));

  it('goes through the cleaning passes even when no rule finds chrome on it', () => {
    const result = clean(blocksOn(() => 1));

    expect(result.title).toBe('Council Approves New Harbour Wall');
    expect(result.body.map((block) => block.index)).toEqual([2, 3, 4, 5]);
    expect(result.removed.map((item) => item.block)).toEqual([0, 6]);
  });

  it('while the same blocks on lines of their own are a clean text, kept whole', () => {
    const result = clean(blocksOn((index) => index + 1));

    expect(result.body).toHaveLength(texts.length);
    expect(result.removed).toEqual([]);
  });
});

describe('truncated teasers', () => {
  it('does not count a blurb cut off with an ellipsis as article prose', () => {
    const teaser =
      'Every January, companies promise themselves that this year will be different and that paperwork will be...';
    const text = `Share this article\n\n${P1}\n\n${P2}\n\n${P3}\n\nTaxes\n\n${teaser}\n\nRecruiting\n\n${teaser.replace('January', 'June')}`;

    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('keeps a paragraph that ends with a full stop', () => {
    const text = `Share this article\n\n${P1}\n\n${P2}\n\nTaxes\n\n${P3}`;

    expect(bodyOf(text)).toBe(`${P1}\n\n${P2}\n\nTaxes\n\n${P3}`);
  });
});

describe('length measures for scripts without spaces', () => {
  it('counts a Chinese sentence by its characters (half a word each), not as one word', () => {
    const sentence =
      '北京时间昨天晚上，国家统计局发布了最新的经济数据，显示第三季度国内生产总值同比增长百分之五。';

    const measured = features(sentence);

    expect(measured.words).toBeGreaterThanOrEqual(20);
    expect(wordCount(sentence)).toBe(measured.words);
  });

  it('cleans a Japanese page: the article paragraphs stay, the menu goes', () => {
    const paragraph =
      '東京都は昨日、来年度から公立図書館の開館時間を延長すると発表しました。利用者の要望に応えるためで、平日は午後九時まで開館します。';
    const text = [
      'ホーム',
      'ニュース',
      paragraph,
      paragraph.replace('東京都', '大阪府'),
      'ホーム',
      '© 2024 Tokyo Example',
    ].join('\n\n');

    const result = clean(segment(normalise(text)));

    expect(result.body.map((b) => b.text)).toEqual([paragraph, paragraph.replace('東京都', '大阪府')]);
  });
});

describe('a disclaimer under the article', () => {
  it('is not taken for the article when it is longer than a short post above it', () => {
    const notice = Array.from(
      { length: 8 },
      () =>
        'This site links to external pages whose content we cannot control, so we accept no liability for them; the operators of the linked pages alone are responsible for what they publish there.',
    ).join(' ');
    const links = Array.from(
      { length: 30 },
      (_, k) => `Topic Page ${String.fromCharCode(65 + (k % 26))}${k}`,
    );
    const text = `Menu\n\nBridge news\n\n${P1}\n\n${P2}\n\nShare\n\n${links.join('\n\n')}\n\nDisclaimer\n\n${notice}\n\n© 2024 Example Times`;

    const body = bodyOf(text);

    expect(body).toContain('The council agreed');
    expect(body).toContain('Engineers said');
    expect(body).not.toContain('we accept no liability');
  });
});

describe('bare numbers in the article', () => {
  it('keeps the cells of a table between paragraphs and removes counters among share buttons', () => {
    const table = ['Fruit', 'Portion', 'Week', 'Month', 'Apples', '6', '12', '24', 'Pears', '3', '6', '12'];
    const text = [
      'Menu',
      P1,
      P2,
      ...table,
      P3,
      'Share on Facebook',
      '12',
      'Share on Twitter',
      '© 2024 Example Times',
    ].join('\n\n');

    const body = cleanText(text).body.map((b) => b.text);

    expect(body).toEqual(expect.arrayContaining(['Apples', '6', '12', '24', 'Pears', '3']));
    expect(body).toContain(P3);
    expect(body.filter((line) => line === '12')).toHaveLength(2);
  });

  it("keeps an ordered list's numbers that count up, each above its item, between links a rule removes", () => {
    const items = [1, 2, 3].flatMap((k) => [
      String(k),
      `Studio ${String.fromCharCode(64 + k)}`,
      `Studio ${String.fromCharCode(64 + k)} designs a room for a flat fee, with two rounds of changes and a shopping list.`,
      'Learn more',
    ]);
    const text = ['Menu', P1, P2, ...items, P3, '© 2024 Example Times'].join('\n\n');

    const body = cleanText(text).body.map((b) => b.text);

    expect(body).toEqual(expect.arrayContaining(['1', '2', '3', 'Studio B']));
  });
});

describe('a clean HTML article with its comment section', () => {
  const cleanHtml = (html: string) => clean(readLayout(html, 'page.html').blocks);
  const article = (more = '') =>
    `<html><body><article><h1>Council to rebuild the old footbridge</h1><h2>Work starts in spring</h2><p>${P1}</p><p>${P2}</p>${more}<p>${P3}</p></article>`;

  it('keeps the article whole, its first heading too, and removes the comments that close the page', () => {
    const page = cleanHtml(
      `${article()}<section id="comments"><p>Great news, finally a way across without the long detour.</p></section></body></html>`,
    );
    expect(page.title).toBe('Council to rebuild the old footbridge');
    expect(page.body.map((b) => b.text)).toEqual(['Work starts in spring', P1, P2, P3]);
    expect(page.removed.map((item) => [item.rule, item.text])).toEqual([
      ['comments.thread', 'Great news, finally a way across without the long detour.'],
    ]);
    expect(page.inputWords - page.removedWords).toBe(
      page.body.reduce((n, b) => n + wordCount(b.text), 0) + 6,
    );
  });

  it('a table’s bare numbers are its data, no counters: the article is still a clean one', () => {
    const table = '<table><tr><th>Year</th><th>Step</th></tr><tr><td>2024</td><td>Design</td></tr></table>';
    const page = cleanHtml(`${article(table)}</body></html>`);
    expect(page.removed).toEqual([]);
    expect(page.body.map((b) => b.text)).toContain('Work starts in spring');
    expect(page.body.map((b) => b.text)).toContain('2024');
  });

  it('a "comment" container that holds the whole page is no comment section', () => {
    const html = `<html><body class="j-m-comment-styles"><h1>Council to rebuild the old footbridge</h1><p>${P1}</p><p>${P2}</p></body></html>`;
    const page = cleanHtml(html);
    expect(page.body.map((b) => b.text)).toEqual([P1, P2]);
    expect(page.removed.filter((item) => item.rule === 'comments.thread')).toEqual([]);
  });
});

describe('the block model on markdown', () => {
  // Markdown's blocks are plain text with hints beside it: the text model and its second pass read them as
  // they read the same blocks without hints (the hints add to the content value, not to the model's odds).
  const page = [
    '# Council to rebuild the old footbridge',
    P1,
    '* [Home](/)\n* [News](/news)\n* [Sport](/sport)',
    P2,
    'Share this story',
    P3,
    '[Read more stories from the riverside](/more)',
  ].join('\n\n');

  function oddsOf(blocks: Block[]): number[] {
    const units = classify(blocks, undefined, { model: false });
    applyModel(units);
    return units.map((unit) => (unit.verdict ? Number.NaN : unit.odds));
  }

  it('gives each markdown block the odds its plain-text twin gets', () => {
    const markdown = readLayout(page, 'page.md');
    expect(markdown.blocks.some((block) => block.hints !== undefined)).toBe(true);
    const plain = markdown.blocks.map(({ hints: _hints, ...block }) => block);

    const odds = oddsOf(markdown.blocks);

    expect(odds.some((value) => Number.isFinite(value) && value !== 0)).toBe(true);
    expect(odds).toEqual(oddsOf(plain));
  });
});

describe('clean: a related list in an <aside> inside the article', () => {
  it('ends with the aside: the heading and table after it are the article', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Bike paths</title></head><body><main><article>' +
      '<h1>How the city plans its new bike paths</h1>' +
      '<p>The city council voted on Tuesday to build three new bike paths along the river, officials said at a press conference.</p>' +
      '<p>Work is due to begin in the spring and the routes will open one after another over the next two years.</p>' +
      '<aside class="related"><h3>Related</h3><ul><li><a href="/x">New bridge opens downtown</a></li></ul></aside>' +
      '<h2>Costs</h2><table><tr><th>Route</th><th>Cost</th></tr><tr><td>North</td><td>$0.8m</td></tr>' +
      '<tr><td>River</td><td>$0.9m</td></tr></table>' +
      '<p>Construction is expected to take about a year. During that time the existing footpath will be partly closed.</p>' +
      '</article></main><footer>© 2024 Riverside Gazette</footer></body></html>';
    const { blocks } = readLayout(html, 'page.html');
    const result = clean(blocks);
    const kept = result.body.map((block) => block.text);
    expect(kept).toEqual(expect.arrayContaining(['Costs', 'Route', 'North', '$0.9m']));
    expect(kept).not.toContain('New bridge opens downtown');
    expect(result.removed.find((item) => item.text === 'New bridge opens downtown')?.rule).toBe(
      'related.list-item',
    );
  });
});
