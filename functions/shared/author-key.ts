/**
 * The byAuthor index's key of an author's name: one key for every way a site writes the same name ("JANE DOE"
 * on one page, "Jane Doe" on the next, a double space in a byline). Unicode NFC (an "é" typed as "e" and an
 * accent is one letter), white space as single spaces, lower case. Diacritics stay: "José" and "Jose" can be two
 * people. The record's `authors` keep the names as written.
 */
export function authorKeyOf(name: string): string | null {
  const key = name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return key.length > 0 ? key : null;
}
