/**
 * A web archive's toolbar over an archived page (rule archive.toolbar): a scraper that fetches a page from the
 * Wayback Machine gets the archive's own toolbar first — its calendar of captures ("success", "fail", months,
 * days, years), "N captures" over the captures' dates, then "About this capture" with the collection's notes, down
 * to its last line, "TIMESTAMPS" (and the banner line "The Wayback Machine - https://web.archive.org/…"). All of it
 * is the archive's, none of it the page's: without this rule "1 capture" stood as the page's headline and the
 * collection's notes as its first paragraphs. The archive writes the same toolbar around every page it keeps,
 * whatever the page's site and language.
 */

/** The captures count: "1 capture", "26 captures", "1,204 captures". */
const CAPTURES = /^\d[\d,.]* captures?$/i;
/** The toolbar's last line. */
const LAST_LINE = /^timestamps$/i;
/** The banner line some captures keep under the toolbar. */
const BANNER = /^the wayback machine - https?:\/\//i;
/** The captures count stands this close to the page's top. */
const COUNT_WITHIN = 40;
/** The toolbar's last line stands this close under the count (its notes: two collections of two lines each). */
const LAST_WITHIN = 16;
/** The calendar above the count: words and numbers this short ("success", "NOV", "2013"). */
const CALENDAR_CHARS = 12;
/** The toolbar's logo as a text browser writes its link (lynx, w3m, elinks). */
const LOGO = /^wayback machine$/i;
/** Lines a text browser writes above the toolbar for the page's <link> elements ("#PepTalks » Feed …"). */
const LINKS_ABOVE = 2;

/**
 * The index of the toolbar's last block when the page opens with a web archive's toolbar, else -1. `text(i)`: the
 * text of block i of `count`. The toolbar is the captures count with its last line under it, and the calendar's
 * short lines above it from the page's top.
 */
export function archiveToolbarEnd(text: (i: number) => string, count: number): number {
  let counter = -1;
  let logo = false;
  for (let i = 0; i < Math.min(count, COUNT_WITHIN); i++) {
    const line = text(i).trim();
    if (CAPTURES.test(line)) {
      counter = i;
      break;
    }
    // A text browser writes the calendar's rows as lines ("Oct              NOV  Dec") and the page's <link>
    // elements above the toolbar: longer lines, taken where the toolbar's logo link stands among them.
    if (LOGO.test(line)) logo = true;
    else if (line.length > CALENDAR_CHARS && !logo && i >= LINKS_ABOVE) return -1;
  }
  if (counter < 0) return -1;
  for (let i = counter + 1; i < Math.min(count, counter + LAST_WITHIN + 1); i++) {
    if (!LAST_LINE.test(text(i).trim())) continue;
    return i + 1 < count && BANNER.test(text(i + 1).trim()) ? i + 1 : i;
  }
  return -1;
}
