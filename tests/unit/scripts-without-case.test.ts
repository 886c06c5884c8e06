/**
 * News pages in scripts without capitals (Arabic, Hebrew, Persian, Urdu, Devanagari, Bengali, Thai) and in Indonesian and Malay, end
 * to end (processText): the menu, share and copyright lines leave the body, the labelled writer and date go to the
 * record, and the language is named. Before, a Thai page was kept whole (its paragraphs were three words long),
 * no writer of these scripts was read (a name was a run of capitalised words), Hindi and Hebrew dates went unread
 * (a month's vowel marks split its word; Hebrew glues "in" to the month), and Persian was named Arabic,
 * Indonesian Finnish.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits, scanDates } from '../../functions/core/metadata/date-scan.ts';
import { asPersonName } from '../../functions/core/metadata/names.ts';
import { languageBySpelling } from '../../functions/core/metadata/orthography.ts';
import { type CleanDocument, processText } from '../../functions/core/pipeline.ts';
import { fromSolarHijri } from '../../functions/core/vocabulary/calendars.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

function page(lines: string[]): CleanDocument {
  return processText(lines.join('\n\n'));
}

const removedTexts = (record: CleanDocument) => record.removed.map((item) => item.text);

describe('a news page in a script without capitals', () => {
  it('reads an Arabic byline, a date in Arabic-Indic digits, and removes the read-also and share lines', () => {
    const record = page([
      'الرئيسية\nأخبار\nاقتصاد\nرياضة',
      'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية',
      'بقلم أحمد المصري',
      'نشر في ١٢ مارس ٢٠٢٤',
      'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وبرامج تدريب على أساليب الري الحديثة. وقال وزير الزراعة إن الخطة ستبدأ في الربع الثاني من العام الجاري.',
      'وأضاف الوزير في مؤتمر صحفي أن الحكومة خصصت مبلغا كبيرا لهذا البرنامج، وأن المزارعين الصغار سيكونون أول المستفيدين منه. وأشار إلى أن التغير المناخي أثر بشكل كبير على المحاصيل.',
      'اقرأ أيضا: أسعار القمح ترتفع للمرة الثالثة هذا العام',
      'شارك هذا المقال\nفيسبوك\nتويتر',
      'جميع الحقوق محفوظة © 2024',
    ]);

    expect(record.language).toBe('ar');
    expect(record.title).toBe('الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية');
    expect(record.authors).toEqual(['أحمد المصري']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.removed.find((item) => item.text === 'بقلم أحمد المصري')).toMatchObject({
      kind: 'byline',
      usedFor: ['authors'],
    });
    expect(removedTexts(record)).toContain('اقرأ أيضا: أسعار القمح ترتفع للمرة الثالثة هذا العام');
    expect(record.body).not.toContain('شارك');
    expect(record.body).not.toContain('©');
  });

  it('reads a Hebrew byline with its date ("in March" glued) on one line', () => {
    const record = page([
      'דף הבית',
      'מחירי הדירות עלו ברבעון האחרון',
      'מאת דני כהן | 3 במרץ 2024',
      'מחירי הדירות בישראל עלו ברבעון האחרון בשיעור של שלושה אחוזים, כך עולה מנתונים שפורסמו היום. הנתונים מראים כי העלייה הייתה חדה במיוחד באזור המרכז.',
      'לדברי כלכלנים, המחסור בדירות חדשות והריבית הנמוכה תרמו לעלייה במחירים. הם צופים כי המגמה תימשך גם בחודשים הקרובים.',
      'תגובות',
    ]);

    expect(record.language).toBe('he');
    expect(record.authors).toEqual(['דני כהן']);
    expect(record.publishedAt).toBe('2024-03-03');
    expect(record.title).toBe('מחירי הדירות עלו ברבעון האחרון');
  });

  it('reads a Hindi author label and a date in Devanagari digits, and keeps the last paragraph ending with "।"', () => {
    const last = 'किसान संगठनों ने योजना का स्वागत किया, लेकिन ऋण वितरण में अधिक पारदर्शिता की मांग की।';
    const record = page([
      'होम\nदेश\nविदेश\nखेल',
      'सरकार ने किसानों के लिए नई योजना की घोषणा की',
      'लेखक: राहुल शर्मा',
      'प्रकाशित: १५ मार्च २०२४',
      'सरकार ने आज किसानों के लिए एक नई योजना की घोषणा की, जिसके तहत छोटे किसानों को कम ब्याज पर ऋण और आधुनिक सिंचाई तकनीकों का प्रशिक्षण दिया जाएगा। कृषि मंत्री ने कहा कि यह योजना अगले महीने से लागू होगी।',
      'मंत्री ने एक संवाददाता सम्मेलन में बताया कि इस योजना के लिए बड़ी राशि आवंटित की गई है और छोटे किसान इसके पहले लाभार्थी होंगे।',
      last,
      'यह भी पढ़ें: गेहूं की कीमतें इस साल तीसरी बार बढ़ीं',
      'इस लेख को शेयर करें\nफेसबुक\nट्विटर',
    ]);

    expect(record.language).toBe('hi');
    // Whole words, their vowel marks included (each mark cut a word in two: no keyword at all).
    expect(record.keywords).toEqual(expect.arrayContaining(['योजना', 'किसानों']));
    expect(record.authors).toEqual(['राहुल शर्मा']);
    expect(record.publishedAt).toBe('2024-03-15');
    expect(record.body).toContain(last);
    expect(record.body).not.toContain('यह भी पढ़ें');
    expect(record.removed.find((item) => item.text.startsWith('प्रकाशित'))).toMatchObject({
      kind: 'dateline',
      usedFor: ['publishedAt'],
    });
  });

  it('cleans a Thai page: its byline without a colon, a Buddhist-era year, the menu and the copyright line', () => {
    // Thai ends a sentence with no mark: the last paragraph (one space between its clauses) is no teaser.
    const last = 'สมาคมเกษตรกรยินดีกับแผนดังกล่าว แต่เรียกร้องให้มีความโปร่งใสมากขึ้นในการกระจายสินเชื่อ';
    const record = page([
      'หน้าแรก\nข่าว\nกีฬา\nบันเทิง',
      'รัฐบาลประกาศแผนใหม่ช่วยเหลือเกษตรกรในพื้นที่ชนบท',
      'โดย สมชาย ใจดี',
      'เผยแพร่: 16 มีนาคม 2567',
      'รัฐบาลประกาศแผนใหม่ในวันนี้เพื่อช่วยเหลือเกษตรกรในพื้นที่ชนบท ซึ่งรวมถึงสินเชื่อดอกเบี้ยต่ำและการฝึกอบรมเทคนิคการชลประทานสมัยใหม่ รัฐมนตรีว่าการกระทรวงเกษตรกล่าวว่าแผนนี้จะเริ่มในไตรมาสที่สองของปี',
      'รัฐมนตรีกล่าวในการแถลงข่าวว่ารัฐบาลได้จัดสรรงบประมาณจำนวนมากสำหรับโครงการนี้ และเกษตรกรรายย่อยจะเป็นผู้ได้รับประโยชน์กลุ่มแรก',
      last,
      'อ่านเพิ่มเติม: ราคาข้าวสาลีสูงขึ้นเป็นครั้งที่สามในปีนี้',
      'แชร์บทความนี้\nเฟซบุ๊ก\nทวิตเตอร์',
      'สงวนลิขสิทธิ์ © 2567',
    ]);

    expect(record.language).toBe('th');
    expect(record.title).toBe('รัฐบาลประกาศแผนใหม่ช่วยเหลือเกษตรกรในพื้นที่ชนบท');
    expect(record.authors).toEqual(['สมชาย ใจดี']);
    expect(record.publishedAt).toBe('2024-03-16');
    expect(record.body).not.toContain('หน้าแรก');
    expect(record.body).not.toContain('สงวนลิขสิทธิ์');
    expect(record.body).toContain('รัฐมนตรีกล่าวในการแถลงข่าว');
    expect(record.body).toContain(last);
    expect(record.body).not.toContain('อ่านเพิ่มเติม');
    expect(record.wordCount).toBeGreaterThan(30);
  });

  it('names a Persian page Persian, reads its writer and its date of the Solar Hijri calendar', () => {
    const record = page([
      'صفحه اصلی\nاخبار\nورزش',
      'دولت طرح جدیدی برای حمایت از کشاورزان اعلام کرد',
      'نویسنده: علی رضایی',
      'تاریخ انتشار: ۱۵ اسفند ۱۴۰۲',
      'دولت امروز طرح جدیدی برای حمایت از کشاورزان در مناطق روستایی اعلام کرد که شامل وام‌های کم‌بهره و آموزش روش‌های نوین آبیاری است. وزیر کشاورزی گفت این طرح از فصل آینده اجرا خواهد شد.',
      'وزیر در یک نشست خبری افزود که دولت بودجه قابل توجهی برای این برنامه اختصاص داده است و کشاورزان خرد نخستین بهره‌مندان آن خواهند بود.',
      'بیشتر بخوانید: قیمت گندم برای سومین بار امسال افزایش یافت',
    ]);

    expect(record.language).toBe('fa');
    expect(record.authors).toEqual(['علی رضایی']);
    // No function word ("این", "است", "کرد") is a keyword.
    expect(record.keywords).toEqual(expect.arrayContaining(['طرح', 'کشاورزان', 'دولت']));
    expect(record.keywords.filter((word) => ['این', 'است', 'کرد', 'برای'].includes(word))).toEqual([]);
    // 15 Esfand 1402.
    expect(record.publishedAt).toBe('2024-03-05');
    expect(record.removed.find((item) => item.text.startsWith('تاریخ انتشار'))?.usedFor).toEqual([
      'publishedAt',
    ]);
  });

  it('names Indonesian and Malay pages and reads their "Oleh:" bylines and month names', () => {
    const indonesian = page([
      'Beranda\nBerita\nOlahraga',
      'Pemerintah Umumkan Rencana Baru untuk Membantu Petani di Pedesaan',
      'Oleh: Budi Santoso',
      'Diterbitkan: 17 Maret 2024',
      'Pemerintah hari ini mengumumkan rencana baru untuk membantu petani di daerah pedesaan, termasuk pinjaman berbunga rendah dan pelatihan teknik irigasi modern. Menteri Pertanian mengatakan rencana tersebut akan dimulai pada kuartal kedua tahun ini.',
      'Menteri menjelaskan dalam konferensi pers bahwa pemerintah telah mengalokasikan dana besar untuk program ini, dan petani kecil akan menjadi penerima manfaat pertama karena mereka paling terdampak.',
      'Baca juga: Harga gandum naik untuk ketiga kalinya tahun ini',
    ]);
    const malay = page([
      'Laman Utama',
      'Kerajaan Umum Bantuan Baharu untuk Petani',
      'Oleh: Ahmad Razak',
      'Diterbitkan: 17 Mac 2024',
      'Kerajaan hari ini mengumumkan bantuan baharu untuk petani di kawasan luar bandar, termasuk pinjaman berfaedah rendah dan latihan teknik pengairan moden. Menteri Pertanian berkata bantuan tersebut akan dimulakan pada suku kedua tahun ini kerana keadaan cuaca yang tidak menentu.',
      'Menteri menjelaskan bahawa kerajaan telah memperuntukkan dana yang besar untuk program ini, dan petani kecil akan menjadi penerima manfaat pertama daripada program tersebut.',
    ]);

    expect([indonesian.language, indonesian.authors, indonesian.publishedAt]).toEqual([
      'id',
      ['Budi Santoso'],
      '2024-03-17',
    ]);
    expect([malay.language, malay.authors, malay.publishedAt]).toEqual(['ms', ['Ahmad Razak'], '2024-03-17']);
    // Their function words are no keywords ("untuk", "dan", "ini" were).
    for (const record of [indonesian, malay])
      expect(
        record.keywords.filter((word) => ['untuk', 'dan', 'ini', 'yang', 'tersebut'].includes(word)),
      ).toEqual([]);
  });

  it('reads Urdu and Bengali pages: their author labels, their dates and their read-also lines', () => {
    const urdu = page([
      'ہوم\nخبریں\nکھیل',
      'حکومت نے کسانوں کے لیے نئی اسکیم کا اعلان کر دیا',
      'تحریر: احمد خان',
      'شائع شدہ: 15 مارچ 2024',
      'حکومت نے آج کسانوں کے لیے ایک نئی اسکیم کا اعلان کیا ہے جس کے تحت چھوٹے کسانوں کو کم سود پر قرضے اور جدید آبپاشی کی تربیت دی جائے گی۔ وزیر زراعت نے کہا کہ یہ اسکیم اگلے ماہ سے نافذ ہو گی۔',
      'وزیر نے ایک پریس کانفرنس میں بتایا کہ حکومت نے اس پروگرام کے لیے بڑی رقم مختص کی ہے اور چھوٹے کسان اس کے پہلے مستفید ہوں گے۔',
      'یہ بھی پڑھیں: گندم کی قیمتوں میں اضافہ',
    ]);
    const bengali = page([
      'প্রচ্ছদ\nজাতীয়\nখেলা',
      'সরকার কৃষকদের জন্য নতুন প্রকল্প ঘোষণা করেছে',
      'লেখক: রহিম উদ্দিন',
      'প্রকাশিত: ১৫ মার্চ ২০২৪',
      'সরকার আজ কৃষকদের জন্য একটি নতুন প্রকল্প ঘোষণা করেছে, যার আওতায় ক্ষুদ্র কৃষকদের কম সুদে ঋণ এবং আধুনিক সেচ পদ্ধতির প্রশিক্ষণ দেওয়া হবে। কৃষিমন্ত্রী বলেছেন যে এই প্রকল্প আগামী মাস থেকে কার্যকর হবে।',
      'মন্ত্রী এক সংবাদ সম্মেলনে জানান যে সরকার এই কর্মসূচির জন্য বড় অঙ্কের অর্থ বরাদ্দ করেছে এবং ক্ষুদ্র কৃষকরা এর প্রথম সুবিধাভোগী হবেন।',
      'আরও পড়ুন: গমের দাম এ বছর তৃতীয়বারের মতো বেড়েছে',
    ]);

    expect([urdu.language, urdu.authors, urdu.publishedAt]).toEqual(['ur', ['احمد خان'], '2024-03-15']);
    expect(urdu.body).not.toContain('یہ بھی پڑھیں');
    expect([bengali.language, bengali.authors, bengali.publishedAt]).toEqual([
      'bn',
      ['রহিম উদ্দিন'],
      '2024-03-15',
    ]);
    expect(bengali.body).not.toContain('আরও পড়ুন');
  });

  it('reads a Japanese reporter label whose name is glued to the full-width colon, and a full-width date', () => {
    const record = page([
      'ホーム\nニュース',
      '新しい駅が来月開業へ',
      '２０２４年３月５日',
      '記者：山田太郎',
      '市内に新しい駅が来月開業することが発表された。駅は中心部から北へ約五キロの場所にあり、一日あたり約二万人の利用が見込まれている。',
      '市の担当者は「地域の発展につながると期待している」と話した。駅の周辺では商業施設の建設も進んでいる。',
    ]);

    expect(record.authors).toEqual(['山田太郎']);
    expect(record.publishedAt).toBe('2024-03-05');
    expect(record.removed.find((item) => item.text === '記者：山田太郎')?.kind).toBe('byline');
  });
});

describe('the parts', () => {
  it("reads other scripts' digits as ASCII digits, offsets unchanged", () => {
    const text = 'نشر في ١٢ مارس ٢٠٢٤ · ۱۵ · १५ · ๒๕๖๗ · ２０２４';
    expect(asciiDigits(text)).toBe('نشر في 12 مارس 2024 · 15 · 15 · 2567 · 2024');
    expect(asciiDigits(text)).toHaveLength(text.length);
    expect(asciiDigits('no digits here')).toBe('no digits here');
  });

  it('converts a Solar Hijri date on a Persian page, and refuses a day that calendar lacks', () => {
    const at = (time: number | null) => (time === null ? null : new Date(time).toISOString().slice(0, 10));
    expect(at(fromSolarHijri(1403, 1, 1))).toBe('2024-03-20');
    expect(at(fromSolarHijri(1399, 7, 30))).toBe('2020-10-21');
    expect(fromSolarHijri(1402, 12, 31)).toBeNull();
    expect(fromSolarHijri(1402, 7, 31)).toBeNull();
    const scan = (text: string) =>
      scanDates(text, { now: NOW, language: 'fa' }).dates.map((date) => date.iso);
    expect(scan('۱۰ دی ۱۴۰۲')).toEqual(['2023-12-31']);
    // Gregorian month names in Persian stay Gregorian.
    expect(scan('۱۵ مارس ۲۰۲۴')).toEqual(['2024-03-15']);
    expect(scan('۳۱ اسفند ۱۴۰۲')).toEqual([]);
    // All-numeric, the year first as Persian writes it; on a page of another language such a year is no date.
    expect(scan('۱۴۰۲/۱۲/۱۵')).toEqual(['2024-03-05']);
    expect(scan('1399-07-30')).toEqual(['2020-10-21']);
    expect(scanDates('1402/12/15', { now: NOW, language: 'ar' }).dates).toEqual([]);
  });

  it("reads an all-numeric date in the order ICU writes the page's language in, when it has no module", () => {
    const scan = (language: string | null) =>
      scanDates('03/05/2024', { now: NOW, language }).dates.map((date) => date.iso);
    // Day first in Russian, Arabic, Hindi, Indonesian; the year first in Japanese (no order for a day and month).
    for (const language of ['ru', 'ar', 'hi', 'id']) expect(scan(language), language).toEqual(['2024-05-03']);
    expect(scan('ja')).toEqual([]);
    expect(scan('en')).toEqual([]);
    expect(scan(null)).toEqual([]);
  });

  it('reads a Buddhist-era year on a Thai page only', () => {
    const thai = scanDates('16 มีนาคม 2567', { now: NOW, language: 'th' });
    expect(thai.dates.map((date) => date.iso)).toEqual(['2024-03-16']);
    expect(scanDates('16 March 2567', { now: NOW, language: 'en' }).dates).toEqual([]);
  });

  it('takes words without capitals for a name after a label only', () => {
    expect(asPersonName('أحمد المصري', 1, true, true)).toBe('أحمد المصري');
    // A line of such words is any phrase: "Assabah newspaper, dated".
    expect(asPersonName('جريدة الصباح بتاريخ', 1, true, false)).toBeNull();
    expect(asPersonName('ราคาข้าวสาลีสูงขึ้นเป็นครั้งที่สามในปีนี้ และ', 1, true, true)).toBeNull();
  });

  it('names Persian, Urdu, Indonesian and Malay by their spelling, and leaves Arabic and Italian as they are', () => {
    expect(languageBySpelling('دولت امروز طرح جدیدی برای حمایت از کشاورزان اعلام کرد', 'ar')).toBe('fa');
    expect(languageBySpelling('حکومت نے آج کسانوں کے لیے ایک نئی اسکیم کا اعلان کیا ہے', 'ar')).toBe('ur');
    expect(
      languageBySpelling('أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية', 'ar'),
    ).toBeNull();
    expect(
      languageBySpelling(
        'Pemerintah hari ini mengumumkan rencana baru yang akan membantu petani dan nelayan di daerah, dan menteri mengatakan bahwa program ini dapat dimulai tahun ini',
        'fi',
      ),
    ).toBe('id');
    expect(
      languageBySpelling(
        'La città ha inaugurato una scuola di lingua per i bambini di tutte le famiglie del quartiere',
        'it',
      ),
    ).toBeNull();
    expect(
      languageBySpelling(
        'Dan Yang met the minister and the new director of the company in London on Monday',
        'en',
      ),
    ).toBeNull();
  });
});
