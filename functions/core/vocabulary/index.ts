/**
 * The words of each language the core knows, one module per language: months and weekdays, the order of day
 * and month in numeric dates, and (filled by the cleaning and metadata stages) the labels and chrome phrases
 * they match. No list of months, byline words or chrome phrases is kept anywhere else: stages read them here.
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { caselessPattern } from './patterns.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

export interface LanguageVocabulary {
  code: LanguageCode;
  /** Twelve entries, January first: each the month's forms in lower case (full name first, then abbreviations). */
  months: readonly (readonly string[])[];
  /** Seven entries, Monday first: each the weekday's forms in lower case (full name first). */
  weekdays: readonly (readonly string[])[];
  /** How the language writes an all-numeric date: day first ("3.4.2024" is 3 April) or month first. */
  numericDateOrder: 'day-month' | 'month-day';
  /** Function words, lower case: prose has many of them, menus and titles few (cleaning/text.ts). */
  stopWords: readonly string[];
  /**
   * Page-chrome phrases by concept, lower case and with straight quotes, as line keys are (rules.ts merges the
   * languages' phrases into its rules; each concept's comment there says how they match).
   */
  chrome: Partial<Record<ChromeConcept, ChromePhrases>>;
  /** Words a date or time line is made of besides month and weekday names and numbers ("updated", "Uhr"). */
  dateLineWords: readonly string[];
  /** Words that make a number a relative time: "3 hours ago", "vor 3 Stunden", "il y a 3 heures". */
  relativeTimeMarkers: readonly string[];
  /** Verbs of a comment's author line: "Jane says:", "Jan sagt:", "Jean dit :", "Juan dice:". */
  commentVerbs: readonly string[];
  /** What attributes a quoted statement to its speaker (metadata/quotes.ts), lower case. */
  quotes: {
    /** Speech verbs and verb phrases: "said", "sagte", "a déclaré", "dijo", "ha detto". */
    verbs: readonly string[];
    /** Words before a name that attribute a quote without a verb: "„…“, so Müller", "selon Jean Dupont". */
    accordingTo: readonly string[];
    /** Subject pronouns that refer to a man, to a woman, and to either (a nearest person of any name). */
    he: readonly string[];
    she: readonly string[];
    they: readonly string[];
    /**
     * The language drops a subject pronoun: a verb alone after the quote ("”, señaló.", "», ha aggiunto.", "” –
     * powiedział.") speaks for the nearest person named before it, as "he said" does in English.
     */
    dropsSubject: boolean;
    /**
     * Definite articles, lower case: before a role noun as a quote's speaker ("said the mayor", "a déclaré le
     * maire", "sagte die Oberbürgermeisterin"); none for Polish.
     */
    articles: readonly string[];
  };
  /** Headings of a table of contents, lower case, whole line ("Table of contents", "Inhaltsverzeichnis"). */
  tocHeadings: readonly string[];
  /** Words that address the reader, lower case ("you", "dein", "vous"): the block model counts them. */
  readerWords: readonly string[];
  /**
   * Author bios ("Jane Doe is a reporter at …", "Anna Berg ist Redakteurin bei …"): the verb after the name,
   * the indefinite articles that may follow it or a comma ("Jane Doe, a reporter"), and role nouns (lower case) a bio names in its first sentence.
   */
  bio: {
    copulas: readonly string[];
    /** Before a name, alone on a line, heading an author box: "About Jane Doe", "Über Anna Berg". */
    about: readonly string[];
    articles: readonly string[];
    roles: readonly string[];
  };
  /** Nouns after a number in counters and comment-count headings, singular and plural, lower case. */
  countNouns: {
    /** "4 comments", "12 Kommentare", "3 réponses". */
    comments: readonly string[];
    /** "1.2K shares", "300 views", "5 Likes". */
    engagement: readonly string[];
    /** WordPress's thread heading, "12 thoughts on “Title”": the words between the number and the title. */
    commentsOn: readonly string[];
  };
  /** Metadata words (metadata/*): the labels around bylines, datelines and credit lines. */
  metadata: MetadataWords;
  /** Sentences (words.ts): abbreviations whose period ends no sentence, lower case, without the period. */
  abbreviations: readonly string[];
}

/**
 * The words the metadata stage reads bylines, datelines and credit lines by, lower case. A phrase matches
 * with any white space between its words; a label matches at the start of a line, before a name or a date.
 */
export interface MetadataWords {
  /** Before a writer's name on a byline, with or without a colon: "By", "Von", "Par", "Written by". */
  bylineWords: readonly string[];
  /** Before the writer's name only with a colon, or alone on the line above it: "Author:", "Autor:", "Texte :". */
  authorLabels: readonly string[];
  /** Headings of an author box, alone on their line, the name under them: "About the author", "Über den Autor". */
  authorBoxLabels: readonly string[];
  /** Credits for other work than writing ("Photo by", "Edited by", "Foto:"): a name after them is never the author. */
  notWriterLabels: readonly string[];
  /** Credit lines naming the reporters: their names are authors when the page has no byline ("Reporting by"). */
  reportingLabels: readonly string[];
  /** Credit lines naming other contributors, never authors ("Additional reporting by", "Editing by", "Compiled by"). */
  contributorLabels: readonly string[];
  /** Before the publication date: "Published", "Veröffentlicht am", "Publié le". */
  publishedLabels: readonly string[];
  /** Before the date of the last update: "Updated", "Aktualisiert am", "Mis à jour le". */
  updatedLabels: readonly string[];
  /**
   * Before a date that is not the article's: a manuscript's history ("Received", "Accepted"), a member's sign-up
   * ("Joined:", "Registriert:", "Membre depuis"), a deadline or an expiry ("until", "bis"), a status's day ("As of").
   */
  historyLabels: readonly string[];
  /**
   * A sentence's start that makes the date after it the page's own publication ("This entry was posted on …",
   * "Dieser Beitrag wurde am … veröffentlicht", "Cet article a été publié le …"), lower case.
   */
  publishedSentences: readonly string[];
  /** The same for the page's last change ("This page was last modified on …", "Diese Seite wurde zuletzt am …"). */
  updatedSentences: readonly string[];
  /** Words after a byline's name that end it (before a date, a place or a label): "on", "am", "le". */
  nameEnders: readonly string[];
  /** The newsroom credited as a byline's author ("Redaktion", "La rédaction"): a team, not a person. */
  newsroomWords: readonly string[];
  /**
   * "Our" before the writer's role on a byline ("Von unserem Redakteur Peter Meyer", "Par notre correspondant Jean
   * Dupont", "By our reporter Jane Roe"), lower case: the possessive and the role before the name are no part of it.
   */
  ourWords: readonly string[];
  /**
   * Conjunctions between two writers' names on a byline, lower case: "and", "und", "et" ("Von Benjamin Fischer und
   * Marcus Theurer"). A byline splits at them only between name-shaped parts (names.ts, splitNames).
   */
  nameConjunctions: readonly string[];
  /** Suffixes written after a day number: "1st", "1er", "1º". */
  dayOrdinals: readonly string[];
  /** Words between a date's parts: "12th of March", "12 de marzo de 2024". */
  dateJoiners: readonly string[];
}

/** Phrases of one chrome concept: whole line, start of a line, end of a line (see rules.ts). */
export interface ChromePhrases {
  lines?: readonly string[];
  prefixes?: readonly string[];
  suffixes?: readonly string[];
}

/** The concepts of page chrome a language names; each feeds one rule of rules.ts (`vocabulary` there). */
export type ChromeConcept =
  | 'skipLink'
  | 'home'
  | 'menu'
  | 'pagination'
  | 'share'
  | 'follow'
  | 'disclaimer'
  | 'paywall'
  | 'newsletter'
  | 'relatedHeading'
  | 'relatedInline'
  | 'authorHeading'
  | 'byline'
  | 'dateline'
  | 'sourceCredit'
  | 'reportingCredit'
  | 'adLabel'
  | 'affiliate'
  | 'callToAction'
  | 'readerAppeal'
  | 'cookie'
  | 'copyright'
  | 'policy'
  | 'commentsHeading'
  | 'commentsForm'
  | 'pictureCredit'
  | 'readingTime'
  | 'tags';

/**
 * Author labels of languages the vocabulary has no module for ("Автор:", "作者：", "Yazar:", "Kirjoittaja:"), read
 * before a colon (or alone above the name) on a page in such a language or of unknown language, as a module's
 * `authorLabels` are: Russian, Ukrainian and Bulgarian, Chinese, Japanese, Turkish, Hungarian, Finnish, Swedish,
 * Danish and Norwegian, Czech and Slovak, Romanian, Greek, Lithuanian, Latvian, Estonian, Vietnamese, Indonesian.
 */
export const AUTHOR_LABELS_WITHOUT_MODULE: readonly string[] = [
  'автор',
  'автори',
  'текст',
  '作者',
  '记者',
  '記者',
  '著者',
  '筆者',
  'yazar',
  'szerző',
  'szöveg',
  'kirjoittaja',
  'teksti',
  'författare',
  'forfatter',
  'tekst',
  'autor',
  'autorka',
  'text',
  'συντάκτης',
  'συγγραφέας',
  'autorius',
  'autors',
  'tác giả',
  'penulis',
];

/**
 * "Read also" teasers and related lists' headings of the languages the vocabulary has no module for, read on every
 * page as a module's `relatedInline` prefixes and `relatedHeading` lines are (rules.ts): "Читайте также: …",
 * "相关阅读：…", "Διαβάστε επίσης: …" between an article's paragraphs stayed in the body.
 */
export const RELATED_WITHOUT_MODULE: { inline: readonly string[]; headings: readonly string[] } = {
  inline: [
    'читайте также:',
    'читайте также',
    'смотрите также:',
    'читайте також:',
    'читайте також',
    'прочетете още:',
    'вижте още:',
    '相关阅读：',
    '相关阅读:',
    '延伸阅读：',
    '延伸阅读:',
    '推荐阅读：',
    '推荐阅读:',
    '相关新闻：',
    '関連記事：',
    '関連記事:',
    '관련 기사:',
    '관련기사:',
    'διαβάστε επίσης:',
    'διαβάστε ακόμη:',
    'ayrıca okuyun:',
    'ilgili haber:',
    'čtěte také:',
    'přečtěte si také:',
    'čítajte aj:',
    'prečítajte si aj:',
    'olvassa el ezt is:',
    'lue myös:',
    'läs också:',
    'læs også:',
    'les også:',
    'citește și:',
    'đọc thêm:',
    'xem thêm:',
    'baca juga:',
  ],
  headings: [
    'читайте также',
    'по теме',
    'похожие новости',
    'читайте також',
    'вижте още',
    '相关新闻',
    '相关阅读',
    '延伸阅读',
    '推荐阅读',
    '関連記事',
    '関連ニュース',
    '관련 기사',
    '관련기사',
    'διαβάστε επίσης',
    'ilgili haberler',
    'benzer haberler',
    'související články',
    'súvisiace články',
    'kapcsolódó cikkek',
    'aiheeseen liittyvät',
    'relaterade artiklar',
    'relaterede artikler',
    'relaterte artikler',
    'articole similare',
    'tin liên quan',
    'berita terkait',
  ],
};

/**
 * Share buttons' words of the languages the vocabulary has no module for, and the social networks of their
 * countries, read on every page as a module's `share` lines are (rules.ts `social.share`): "Поделиться",
 * "分享到：", "シェアする", "공유하기", "Jaa Facebookissa" stayed in the body where no position removed them.
 */
export const SHARE_WITHOUT_MODULE: readonly string[] = [
  'поделиться',
  'поделиться:',
  'поделиться в соцсетях',
  'поділитися',
  'сподели',
  'вконтакте',
  'одноклассники',
  '分享',
  '分享到',
  '分享到：',
  '分享到:',
  '微信',
  '微博',
  'qq空间',
  'シェア',
  'シェアする',
  'ツイート',
  'はてなブックマーク',
  '공유',
  '공유하기',
  '카카오톡',
  '카카오스토리',
  'κοινοποίηση',
  'μοιραστείτε',
  'paylaş',
  'paylaş:',
  'bu haberi paylaş',
  'sdílet',
  'zdieľať',
  'megosztás',
  'jaa',
  'jaa artikkeli',
  'jaa facebookissa',
  'jaa twitterissä',
  'dela',
  'dela artikeln',
  'del artikel',
  'del artiklen',
  'del artikkelen',
  'distribuie',
  'chia sẻ',
  'bagikan',
];

/**
 * Picture credits' labels of the languages the vocabulary has no module for, read on every page as a module's
 * `pictureCredit` prefixes are (rules.ts `caption.credit`): "Фото: …", "图片来源：…", "写真：…", "Kuva: …".
 */
export const PICTURE_CREDIT_WITHOUT_MODULE: readonly string[] = [
  'фото:',
  'фотография:',
  'фото автора:',
  '图片来源：',
  '图片来源:',
  '摄影：',
  '写真：',
  '写真:',
  '사진:',
  'φωτογραφία:',
  'φωτό:',
  'fotoğraf:',
  'fotó:',
  'kuva:',
  'bild:',
  'billede:',
  'bilde:',
  'ảnh:',
];

/**
 * Comment sections' headings, count nouns ("3 komentáře") and form words of the languages the vocabulary has no
 * module for, read on every page as a module's `commentsHeading`, `commentsForm` and `countNouns.comments` are
 * (rules.ts `comments.heading`, `comments.form`): a Czech blog's thread of long comments stayed in its body.
 */
export const COMMENTS_WITHOUT_MODULE: {
  headings: readonly string[];
  countNouns: readonly string[];
  form: readonly string[];
} = {
  headings: [
    'комментарии',
    'оставить комментарий',
    'добавить комментарий',
    'коментарі',
    'коментари',
    '评论',
    '发表评论',
    '网友评论',
    'コメント',
    'コメントを書く',
    '댓글',
    '댓글 쓰기',
    'σχόλια',
    'yorumlar',
    'yorum yap',
    'bir yorum yazın',
    'komentáře',
    'napsat komentář',
    'komentáre',
    'hozzászólások',
    'szólj hozzá',
    'kommentit',
    'jätä kommentti',
    'kommentarer',
    'lämna en kommentar',
    'skriv en kommentar',
    'comentarii',
    'lasă un comentariu',
    'bình luận',
    'komentar',
    'tinggalkan komentar',
  ],
  countNouns: [
    'комментарий',
    'комментария',
    'комментариев',
    'коментарів',
    'σχόλια',
    'yorum',
    'komentář',
    'komentáře',
    'komentářů',
    'komentárov',
    'hozzászólás',
    'kommenttia',
    'kommentarer',
    'comentarii',
    'bình luận',
    'komentar',
  ],
  form: [
    'ответить',
    'відповісти',
    '回复',
    '返信',
    '답글',
    'απάντηση',
    'yanıtla',
    'odpovědět',
    'odpovedať',
    'válasz',
    'vastaa',
    'svara',
    'svar',
    'răspunde',
    'trả lời',
    'balas',
  ],
};

/**
 * Publication and update labels of the languages the vocabulary has no module for, read before a date on every page
 * as the modules' `publishedLabels` and `updatedLabels` are (metadata/dates.ts): a Russian header's "Обновлено: 6
 * марта" above "Опубликовано: 5 марта" gave the update as the publication.
 */
export const DATE_LABELS_WITHOUT_MODULE: { published: readonly string[]; updated: readonly string[] } = {
  published: [
    'опубликовано',
    'дата публикации',
    'опубліковано',
    'публикувано',
    '发布时间',
    '发布日期',
    '发表时间',
    '公開日',
    '掲載日',
    '投稿日',
    '입력',
    '등록',
    'δημοσιεύθηκε',
    'δημοσίευση',
    'yayınlanma',
    'yayın tarihi',
    'yayınlandı',
    'publikováno',
    'zveřejněno',
    'publikované',
    'közzétéve',
    'megjelent',
    'julkaistu',
    'publicerad',
    'publiceret',
    'publisert',
    'publicat',
    'ngày đăng',
    'diterbitkan',
  ],
  updated: [
    'обновлено',
    'оновлено',
    'актуализирано',
    '更新时间',
    '更新日期',
    '更新日',
    '수정',
    'ενημερώθηκε',
    'ενημέρωση',
    'güncelleme',
    'güncellendi',
    'son güncelleme',
    'aktualizováno',
    'aktualizované',
    'frissítve',
    'módosítva',
    'päivitetty',
    'uppdaterad',
    'opdateret',
    'oppdatert',
    'actualizat',
    'cập nhật',
    'diperbarui',
  ],
};

export const LANGUAGES: readonly LanguageVocabulary[] = [en, de, fr, es, it, pt, nl, pl];

const byCode = (codes: readonly LanguageCode[]) =>
  LANGUAGES.filter((language) => codes.includes(language.code));

/** Every written form of every month of these languages (lower case, full names and abbreviations). */
export function monthWords(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.months.flat());
}

/** The full names of the months of these languages, lower case (the first form of each). */
export function fullMonthNames(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.months.map((forms) => forms[0]!));
}

/** The full names of the weekdays of these languages, lower case (the first form of each). */
export function fullWeekdayNames(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.weekdays.map((forms) => forms[0]!));
}

/** Every written form of every weekday of these languages (lower case). */
export function weekdayWords(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.weekdays.flat());
}

/** The words an author box's heading opens with before the name, every language ("About", "Über", "À propos de"). */
function aboutHeadingWords(): string[] {
  return [...new Set(LANGUAGES.flatMap((language) => language.bio.about))];
}

/**
 * An author box's heading: "About Jane Roe", "Über Anna Berg", "À propos de Jean Dupont" — each language's
 * `bio.about` words in either case, white space, then a name (group 1) that opens with a real capital and goes on
 * as `rest` allows. No `i` flag: under it \p{Lu} matches lower case too ("about the author" would pass).
 */
export function aboutNamePattern(rest: string): RegExp {
  return new RegExp(`^(?:${aboutHeadingWords().map(caselessPattern).join('|')})\\s+(\\p{Lu}${rest})$`, 'u');
}

/**
 * The language code of a language tag, lower case: "de" for "de", "de-DE", "de_DE" (a locale as servers write
 * it) and " DE "; null for what names no language ("x-default", "*", "", "deutsch"). An HTML page's lang
 * attribute can hold anything: every reader of a tag goes through here, so the record's language, the
 * vocabulary and the month names agree on what a tag means.
 */
export function languageCode(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const code = tag.trim().toLowerCase().split(/[-_]/u)[0]!;
  return LANGUAGE_CODE.test(code) ? code : null;
}

/** An ISO 639 language code: two or three letters. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

export function vocabularyOf(tag: string | null | undefined): LanguageVocabulary | null {
  const code = languageCode(tag);
  if (code === null) return null;
  return LANGUAGES.find((language) => language.code === code) ?? null;
}
