import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// A single-page app's HTML as a scraper that does not run scripts saves it: visible characters (in the script),
// no text.
const APP_SHELL =
  '<!doctype html><html><head><title>Loading…</title><script src="/app.js"></script></head>' +
  '<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>' +
  '<script>window.__STATE__ = {"article": {"title": "A story"}};</script></body></html>';

describe('input with no text', () => {
  it('rejects an HTML page whose scripts would write its text as no-text, naming the layout', () => {
    const record = processDocument(bytes(APP_SHELL), { name: 'story.html' });

    expect(record).toMatchObject({ status: 'rejected', reason: 'no-text' });
    expect(record.status === 'rejected' && record.reasonDetail).toContain('html layout');
  });

  it('rejects markdown of images alone as no-text', () => {
    const record = processDocument(bytes('![Front page](front.png)\n\n![Back page](back.png)\n'), {
      name: 'scan.md',
    });

    expect(record).toMatchObject({ status: 'rejected', reason: 'no-text' });
  });

  it('cleans the same shell once it holds one line of text', () => {
    const record = processDocument(
      bytes(APP_SHELL.replace('<div id="root"></div>', '<p>The council met.</p>')),
      {
        name: 'story.html',
      },
    );

    expect(record).toMatchObject({ status: 'clean', body: 'The council met.' });
  });
});
