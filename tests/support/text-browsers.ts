/**
 * Pages as real scrapers' tools render them, for bench:quality's tool layouts: the text browsers' dumps
 * (`lynx -dump`, `w3m -dump`, `elinks -dump`: hard-wrapped, link numbers and a list of targets, bullets and
 * margins), html2text's markdown (wrapped at 78, reference-style links as `--reference-links` writes them;
 * `html2text-inline`: its defaults, `html2text.html2text(html)`, the links inline and wrapped with the text, a long
 * target broken after a hyphen, a title on the line after its target), and
 * `soup`: BeautifulSoup's `get_text()` with no separator, the body's text nodes as the source spaced them (script
 * and style dropped), a naive scraper's text; `soup-spaced`: `get_text(" ", strip=True)`, every text node stripped
 * and one space between them, the whole page on one line; `html-to-text`: the npm package of that name (the most
 * downloaded HTML-to-text converter on npm) with its defaults: wrapped at 80, headings in capitals, a link's href in
 * brackets after its text, list items indented; `pandoc`: `pandoc -f html -t markdown`, pandoc's own markdown (the
 * page's divs as fenced divs with their classes, attributes after links, images and headings, bracketed spans,
 * wrapped at 72); `pandoc-gfm`: `pandoc -f html -t gfm`, GitHub's markdown with the divs and spans it cannot
 * write as raw HTML tags; `node-html-markdown`: that npm package's `translate(html)` with its defaults (the second
 * most downloaded HTML-to-markdown converter on npm; it copies the page's doctype above its markdown); `reader`: a
 * reader service's markdown as Jina Reader writes it (Mozilla Readability's article through turndown under its
 * "Title:", "URL Source:", "Published Time:" and "Markdown Content:" header; layout-render.ts readerOf). The first
 * five and pandoc are Debian packages (`apt-get install lynx w3m elinks
 * python3-html2text python3-bs4 pandoc`); a tool that is not installed is reported missing and its layout skipped;
 * html-to-text, node-html-markdown and the reader's parts are dev dependencies, run in this process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'html-to-text';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { readerOf } from './layout-render.ts';

export const TOOL_LAYOUTS = [
  'lynx',
  'w3m',
  'elinks',
  'html2text',
  'html2text-inline',
  'soup',
  'soup-spaced',
  'html-to-text',
  'pandoc',
  'pandoc-gfm',
  'node-html-markdown',
  'reader',
] as const;
export type ToolLayout = (typeof TOOL_LAYOUTS)[number];

/** The tools whose output is markdown (scored as markdown bodies; named `.md`). */
export const MARKDOWN_TOOLS: ReadonlySet<ToolLayout> = new Set([
  'html2text',
  'html2text-inline',
  'pandoc',
  'pandoc-gfm',
  'node-html-markdown',
  'reader',
]);

/** The tools that run in this process (dev dependencies), not as commands. */
type InProcessTool = 'html-to-text' | 'node-html-markdown' | 'reader';
const IN_PROCESS: Record<InProcessTool, (html: string) => string | null> = {
  'html-to-text': (html) => convert(html),
  'node-html-markdown': (html) => NodeHtmlMarkdown.translate(html),
  reader: readerOf,
};

/** Debian's Python, where python3-html2text installs the module (a pyenv python3 on PATH may lack it). */
const DEBIAN_PYTHON = '/usr/bin/python3';
const html2text = (inlineLinks: boolean) => [
  '-c',
  `import sys, html2text\nh = html2text.HTML2Text()\nh.body_width = 78\nh.inline_links = ${inlineLinks ? 'True' : 'False'}\nsys.stdout.write(h.handle(open(sys.argv[1], encoding="utf-8", errors="replace").read()))`,
];

/** BeautifulSoup's get_text() over the body, script and style dropped, with the separator and strip given. */
const soup = (getText: string) => [
  '-c',
  `import sys, warnings, bs4\nwarnings.filterwarnings("ignore")\nsoup = bs4.BeautifulSoup(open(sys.argv[1], encoding="utf-8", errors="replace").read(), "html.parser")\nfor tag in soup(["script", "style", "noscript", "template"]): tag.decompose()\nsys.stdout.write((soup.body or soup).${getText})`,
];

const isInProcess = (tool: ToolLayout): tool is InProcessTool => Object.hasOwn(IN_PROCESS, tool);

/** The command that renders the HTML file at `path` (the IN_PROCESS tools have none). */
function command(tool: Exclude<ToolLayout, InProcessTool>, path: string): [string, string[]] {
  switch (tool) {
    case 'lynx':
      return ['lynx', ['-dump', '-force_html', '-assume_charset=utf-8', '-display_charset=utf-8', path]];
    case 'w3m':
      return ['w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', path]];
    case 'elinks':
      return ['elinks', ['-dump', '-dump-charset', 'utf-8', path]];
    case 'html2text':
      return [DEBIAN_PYTHON, [...html2text(false), path]];
    case 'html2text-inline':
      return [DEBIAN_PYTHON, [...html2text(true), path]];
    case 'soup':
      return [DEBIAN_PYTHON, [...soup('get_text()'), path]];
    case 'soup-spaced':
      return [DEBIAN_PYTHON, [...soup('get_text(" ", strip=True)'), path]];
    case 'pandoc':
      return ['pandoc', ['-f', 'html', '-t', 'markdown', path]];
    case 'pandoc-gfm':
      return ['pandoc', ['-f', 'html', '-t', 'gfm', path]];
  }
}

/** The file extension a user would give the tool's output. */
export const toolExtension = (tool: ToolLayout) => (MARKDOWN_TOOLS.has(tool) ? '.md' : '.txt');

/** Whether the tool runs here (it renders a one-paragraph page). */
export function toolAvailable(tool: ToolLayout): boolean {
  return renderWith(tool, '<html><body><p>Hello</p></body></html>')?.includes('Hello') ?? false;
}

/** The page's HTML as the tool renders it, or null when the tool fails or is missing. */
export function renderWith(tool: ToolLayout, html: string): string | null {
  if (isInProcess(tool)) {
    try {
      return IN_PROCESS[tool](html);
    } catch {
      return null;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-tool-'));
  try {
    const path = join(dir, 'page.html');
    writeFileSync(path, html);
    const [file, args] = command(tool, path);
    return execFileSync(file, args, {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
