import { detect } from 'tinyld/light';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { languageBySpelling } from '../../functions/core/metadata/orthography.ts';
import { processDocument } from '../../functions/core/pipeline.ts';

// Short news texts in languages tinyld's light build does not know, written for these tests.
const TEXTS = {
  cs: 'Vláda v pondělí schválila návrh zákona o zvýšení minimální mzdy od příštího roku. Nová pravidla se dotknou více než půl milionu zaměstnanců. Podle posledních údajů statistického úřadu vzrostla průměrná mzda v minulém čtvrtletí o více než sedm procent. Zaměstnavatelé varují, že tak rychlý růst nákladů na práci může poškodit malé firmy v menších obcích.',
  sk: 'Vláda v pondelok schválila návrh zákona o zvýšení minimálnej mzdy od budúceho roka. Nové pravidlá sa dotknú viac ako pol milióna zamestnancov. Podľa posledných údajov štatistického úradu vzrástla priemerná mzda v minulom štvrťroku o viac ako sedem percent. Zamestnávatelia varujú, že taký rýchly rast nákladov na prácu môže poškodiť malé firmy v menších obciach.',
  uk: 'Уряд у понеділок схвалив законопроєкт про підвищення мінімальної заробітної плати з наступного року. Нові правила стосуватимуться понад пів мільйона працівників. За останніми даними статистичного відомства, середня зарплата в минулому кварталі зросла більш ніж на сім відсотків. Роботодавці попереджають, що такий швидкий ріст витрат може зашкодити малим підприємствам.',
  bg: 'Правителството одобри в понеделник законопроект за увеличаване на минималната работна заплата от следващата година. Новите правила ще засегнат над половин милион работници. Според последните данни на статистическия институт средната заплата през последното тримесечие се е увеличила с повече от седем процента. Работодателите предупреждават, че такъв бърз ръст на разходите за труд може да навреди на малките фирми.',
  vi: 'Chính phủ hôm thứ Hai đã thông qua dự thảo luật tăng lương tối thiểu từ năm tới. Các quy định mới sẽ ảnh hưởng đến hơn nửa triệu người lao động. Theo số liệu mới nhất của cơ quan thống kê, mức lương trung bình trong quý trước đã tăng hơn bảy phần trăm. Các chủ doanh nghiệp cảnh báo rằng chi phí lao động tăng nhanh như vậy có thể gây thiệt hại cho các doanh nghiệp nhỏ.',
  da: 'Regeringen foreslår i finansloven, at mindstelønnen skal hæves fra næste år. Forslaget berører mere end en halv million ansatte i hele landet, og det blev fremlagt efter et langt møde. Ifølge de seneste tal fra Danmarks Statistik er gennemsnitslønnen steget med mere end fem procent i løbet af det seneste år. Arbejdsgiverne advarer om, at en så hurtig stigning i lønomkostningerne kan skade små virksomheder, og de havde gerne set noget mindre.',
};
const NORWEGIAN =
  'Regjeringen foreslår i statsbudsjettet at minstelønnen skal heves fra neste år. Forslaget berører mer enn en halv million ansatte i hele landet, og det ble lagt fram etter et langt møte. Ifølge de siste tallene fra Statistisk sentralbyrå har gjennomsnittslønnen steget med mer enn fem prosent i løpet av det siste året. Arbeidsgiverne advarer mot at en så rask økning i lønnskostnadene kan skade små bedrifter, og de hadde helst sett noe mindre.';
const RUSSIAN =
  'Правительство в понедельник одобрило законопроект о повышении минимальной заработной платы со следующего года. Новые правила затронут более полумиллиона работников. По последним данным статистического ведомства, средняя зарплата в прошлом квартале выросла более чем на семь процентов. Работодатели предупреждают, что такой быстрый рост затрат на труд может навредить малым предприятиям.';
const BRAZILIAN =
  'Você já pensou em como organizar a sua rotina? Se você trabalha em casa, você sabe como é difícil separar o tempo. Você pode começar com uma lista curta, e você vai ver que pôr tudo no papel ajuda. Depois você revisa a lista toda noite e você ajusta o que faltou, até você encontrar um ritmo que funcione para você.';
const GERMAN_WITH_CZECH_NAMES =
  'Der tschechische Regierungschef Petr Fiala hat am Montag in Prag mit dem Bundeskanzler über die Energiepolitik gesprochen. Auch Präsident Petr Pavel, Außenminister Jan Lipavský und die Abgeordnete Věra Řeháková nahmen an den Gesprächen teil. Themen waren die Unterstützung der Ukraine und die Lage an der Grenze zwischen Sachsen und Böhmen. Am Abend besuchten die Gäste ein Konzert der Tschechischen Philharmonie, die Werke von Dvořák und Janáček spielte.';

describe('orthography: languages the detector cannot name, told by their spelling', () => {
  it.each(Object.entries(TEXTS))('names %s, which tinyld light names otherwise', (code, text) => {
    expect(detect(text)).not.toBe(code);
    expect(detectLanguage(text)).toBe(code);
    expect(detectLanguageFast(text)).toBe(code);
  });

  it("keeps the detector's answer for the languages it knows", () => {
    expect(detectLanguage(NORWEGIAN)).toBe('no');
    expect(detectLanguage(RUSSIAN)).toBe('ru');
    expect(languageBySpelling(RUSSIAN, 'ru')).toBeNull();
    // Slovak's "ô" is no letter of its own: Portuguese writes it in every "você".
    expect(detectLanguage(BRAZILIAN)).toBe('pt');
  });

  it("takes no name's letters for the language: only lower-case words count", () => {
    expect(detectLanguage(GERMAN_WITH_CZECH_NAMES)).toBe('de');
    expect(languageBySpelling(GERMAN_WITH_CZECH_NAMES, 'de')).toBeNull();
    // The same letters in lower-case words, common enough, are the language's.
    expect(languageBySpelling('řeka ěrůže '.repeat(5), 'fi')).toBe('cs');
  });

  it("reads a Czech page's date by the language's month names", () => {
    const page = [
      'Zprávy',
      'Vláda schválila zvýšení minimální mzdy',
      'Autor: Petr Novák',
      '5. února 2024 10:32',
      ...TEXTS.cs.split(/(?<=\.) /u),
    ].join('\n\n');
    const record = processDocument(Buffer.from(page), { name: 'zpravy.txt' });
    expect(record.status).toBe('clean');
    if (record.status !== 'clean') return;
    expect(record.language).toBe('cs');
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-02-05');
    expect(record.authors).toEqual(['Petr Novák']);
  });
});
