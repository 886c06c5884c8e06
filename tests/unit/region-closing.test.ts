/** Plain text: the short statements that close an article stay in it; a call to action after it does not. */
import { describe, expect, it } from 'vitest';
import { processText } from '../../functions/core/pipeline.ts';

const HEAD = ['Festival draws 20,000 visitors', 'By Peter Meyer', 'March 12, 2025'];
const LEAD =
  'Under bright sunshine, around 20,000 people visited the town festival at the weekend. The organisers were pleased with the turnout and the weather, and the stalls sold out by Sunday noon.';
const CLOSING = 'The police reported no serious incidents.';

const bodyOf = (blocks: string[]) => {
  const record = processText(blocks.join('\n\n'), { name: 'festival.txt' });
  if (record.status !== 'clean') throw new Error(`not clean: ${record.status}`);
  return record.body;
};

describe("an article's closing statements", () => {
  it('keeps a short last paragraph at the end of the page', () => {
    expect(bodyOf([...HEAD, LEAD, CLOSING])).toBe(`${LEAD}\n\n${CLOSING}`);
  });

  it('keeps it above the chrome a rule removes (a share bar, a "Related" heading)', () => {
    const body = bodyOf([
      ...HEAD,
      LEAD,
      CLOSING,
      'Share this article',
      'Related',
      'Town council approves budget',
    ]);
    expect(body).toBe(`${LEAD}\n\n${CLOSING}`);
  });

  it('keeps a short last paragraph under an ad slot or a picture credit, not under a newsletter box', () => {
    const LATER =
      'The organisers said the stalls would return next year, and the town has already booked the bands for the following summer.';
    for (const inset of ['Advertisement', 'Photo: Jane Roe/AFP']) {
      expect(bodyOf([...HEAD, LEAD, LATER, inset, CLOSING, 'Share this article'])).toBe(
        `${LEAD}\n\n${LATER}\n\n${CLOSING}`,
      );
    }
    // The line under a newsletter's sign-up is its blurb.
    expect(
      bodyOf([
        ...HEAD,
        LEAD,
        LATER,
        'Sign up for our newsletter',
        'The weekly newsletter on the town and its people.',
        'Share this article',
      ]),
    ).toBe(`${LEAD}\n\n${LATER}`);
  });

  it('leaves out a question after the article (a call to action), and a statement with more unmatched text under it', () => {
    expect(bodyOf([...HEAD, LEAD, 'Ready to plan your next visit?'])).toBe(LEAD);
    // Headlines no rule knows under it: the statement may be a teaser's too, so it goes with them, as before.
    expect(
      bodyOf([...HEAD, LEAD, CLOSING, 'Town council approves budget', 'Second teaser headline here']),
    ).toBe(LEAD);
  });
});

describe("an article's closing statements in a language without a function-word list", () => {
  // The cleaner tells a statement from a heading by its function words, which it knows for the vocabulary's
  // languages only: on a Russian, Turkish or Chinese page it tells one by its full stop and case.
  const PAGES = {
    ru: {
      head: ['Главная', 'Правительство одобрило новый бюджет', '5 марта 2024'],
      paragraphs: [
        'Правительство одобрило проект бюджета на следующий год, который предусматривает рост расходов на образование и здравоохранение. Министр финансов заявил, что дефицит останется в пределах трех процентов.',
        'По словам министра, новые расходы будут покрыты за счет роста налоговых поступлений и сокращения административных затрат в ряде ведомств.',
      ],
      closing: 'Оппозиция раскритиковала проект бюджета.',
      tail: ['Поделиться', '© 2024 Новости'],
    },
    tr: {
      head: ['Ana Sayfa', 'Hükümet yeni bütçeyi açıkladı', '5 Mart 2024'],
      paragraphs: [
        'Hükümet, gelecek yıl için eğitim ve sağlık harcamalarında artış öngören yeni bütçe taslağını açıkladı. Maliye bakanı, açığın yüzde üç sınırında kalacağını söyledi.',
        'Bakana göre yeni harcamalar vergi gelirlerindeki artış ve bazı bakanlıklardaki idari giderlerin azaltılmasıyla karşılanacak.',
      ],
      closing: 'Muhalefet bütçeyi eleştirdi.',
      tail: ['Paylaş', '© 2024 Haberler'],
    },
    zh: {
      head: ['首页', '北京发布城市更新计划', '2024年3月5日'],
      paragraphs: [
        '北京市政府今天发布了新一轮城市更新计划，计划在未来五年内改造老旧小区两千个，并新建社区公园一百个。市政府有关负责人表示，这项计划将显著改善居民的生活条件。',
        '根据计划，改造工作将优先考虑建成时间较早、设施老化严重的小区，并同步推进加装电梯等工作。',
      ],
      closing: '专家表示，这一计划值得期待。',
      tail: ['分享到：', '版权所有 © 2024 北京日报'],
    },
  };

  it.each(Object.entries(PAGES))(
    'keeps a short last paragraph above the share bar (%s)',
    (_language, page) => {
      expect(bodyOf([...page.head, ...page.paragraphs, page.closing, ...page.tail])).toBe(
        [...page.paragraphs, page.closing].join('\n\n'),
      );
    },
  );

  it('still leaves out a question after such an article', () => {
    const { head, paragraphs, tail } = PAGES.ru;
    expect(bodyOf([...head, ...paragraphs, 'Хотите узнать больше?', ...tail])).toBe(paragraphs.join('\n\n'));
  });
});
