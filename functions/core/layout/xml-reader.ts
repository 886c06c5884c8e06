/**
 * What the XML readers (layout/feed.ts, layout/extractor-xml.ts) share over htmlparser2's tokenizer in XML mode
 * (CDATA sections are text there, XML's entities decoded): an element's name and attributes as it opens, its text,
 * and end tags matched against the elements left open, so that a file that is no well-formed XML still reads.
 * A reader keeps its stack of open elements' names (lower-cased, prefix and all) and says what opening, closing and
 * text mean to it. One pass: linear in the text.
 */
import type { TokenizerCallbacks } from 'htmlparser2';

/** An attribute's value is read to this many characters. */
const MAX_ATTRIBUTE_CHARS = 2000;
/** An end tag closes the elements left open inside it up to this many (a file that is no well-formed XML). */
const MAX_UNCLOSED = 64;

export abstract class XmlReader implements TokenizerCallbacks {
  /** The open elements' names, lower-cased, outermost first: `open` pushes, `close` pops. */
  protected readonly stack: string[] = [];
  /** The name (lower-cased) and attributes (names lower-cased) of the element being opened. */
  protected tagName = '';
  protected attributes = new Map<string, string>();
  private attributeName = '';
  private attributeValue = '';

  constructor(protected readonly text: string) {}

  /** An element opens (`tagName`, `attributes`); its content starts at `contentStart`. */
  protected abstract open(contentStart: number): void;
  /** The innermost open element closes; its end tag starts at `tagStart`. */
  protected abstract close(tagStart: number): void;
  protected abstract addText(text: string): void;

  onopentagname(start: number, end: number): void {
    this.tagName = this.text.slice(start, end).toLowerCase();
    this.attributes = new Map();
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.text.slice(start, end).toLowerCase();
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attributeValue.length < MAX_ATTRIBUTE_CHARS) this.attributeValue += this.text.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (!this.attributes.has(this.attributeName))
      this.attributes.set(this.attributeName, this.attributeValue);
  }

  onopentagend(end: number): void {
    this.open(end + 1);
  }

  onselfclosingtag(end: number): void {
    this.open(end + 1);
    this.close(end + 1);
  }

  onclosetag(start: number, end: number): void {
    const name = this.text.slice(start, end).toLowerCase();
    // XML closes what it opened; an end tag of no element open nearby closes nothing. The search is bounded:
    // stray end tags under deep nesting stay linear.
    const stack = this.stack;
    let at = stack.length - 1;
    while (at >= 0 && at >= stack.length - MAX_UNCLOSED && stack[at] !== name) at--;
    if (at < 0 || stack[at] !== name) return;
    const tagStart = this.text.lastIndexOf('<', start);
    while (stack.length > at) this.close(tagStart);
  }

  ontext(start: number, end: number): void {
    this.addText(this.text.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.addText(String.fromCodePoint(codepoint));
  }

  oncdata(start: number, end: number, offset: number): void {
    this.addText(this.text.slice(start, end - offset));
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

/** An element's name without its namespace prefix ("dc:creator" → "creator"). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
