import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflate, isGzip } from '../../functions/core/decompress.ts';
import { processDocument } from '../../functions/core/pipeline.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seedInputs = readdirSync(SEEDS)
  .filter((name) => /\.(?:txt|md|html)$/.test(name))
  .slice(0, 8);

const ARTICLE =
  '<!doctype html><html lang="en"><head><title>Council approves bike path</title></head><body>' +
  '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves bike path</h1>' +
  '<p>The council voted on Tuesday to build a new bike path along the river. Work begins in the spring.</p>' +
  '<p>Critics say residents were not consulted enough. The city points to several public meetings.</p>' +
  '</article></body></html>';

describe('decompress: a gzip upload is read as the text inside it', () => {
  it.each(seedInputs)('gives %s gzipped the record it gives the file itself', (name) => {
    const bytes = readFileSync(join(SEEDS, name));
    const plain = processDocument(bytes, { name });
    const zipped = processDocument(gzipSync(bytes), { name: `${name}.gz` });
    expect(plain.status).toBe('clean');
    expect(zipped).toEqual(plain);
  });

  it('reads the layout from the name without its .gz ("page.html.gz" is HTML)', () => {
    const record = processDocument(gzipSync(Buffer.from(ARTICLE)), { name: 'page.html.gz' });
    expect(record.status === 'clean' ? [record.format, record.title] : record).toEqual([
      'html',
      'Council approves bike path',
    ]);
  });

  it('reads an object stored with Content-Encoding: gzip under a plain name', () => {
    const record = processDocument(gzipSync(Buffer.from(ARTICLE)), { name: 'page.html' });
    expect(record.status === 'clean' ? record.title : record).toBe('Council approves bike path');
  });

  it('holds the text inside to the size limit (a small gzip of one repeated byte is no way past it)', () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x61));
    expect(bomb.length).toBeLessThan(10_000);
    const record = processDocument(bomb, { name: 'bomb.txt.gz' }, { maxBytes: 1_000_000 });
    expect(record).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(record.status === 'rejected' ? record.reasonDetail : '').toContain('1000000');
  });

  it('rejects a truncated gzip as undecodable, with why', () => {
    const cut = gzipSync(Buffer.from(ARTICLE.repeat(20))).subarray(0, 60);
    const record = processDocument(cut, { name: 'page.html.gz' });
    expect(record).toMatchObject({ status: 'rejected', reason: 'undecodable' });
    expect(record.status === 'rejected' ? record.reasonDetail : '').toMatch(
      /^a gzip file that does not decompress/,
    );
  });

  it('opens one layer only: a gzip inside the gzip is a binary file', () => {
    const twice = gzipSync(gzipSync(Buffer.from(ARTICLE)));
    const record = processDocument(twice, { name: 'page.html.gz.gz' });
    expect(record).toMatchObject({ status: 'rejected', reason: 'binary' });
    expect(record.status === 'rejected' ? record.reasonDetail : '').toContain('gzip');
  });

  it('knows gzip by its signature, not by its name', () => {
    expect(isGzip(gzipSync(Buffer.from('text')))).toBe(true);
    expect(isGzip(Buffer.from('\u001f plain text that starts with a control byte'))).toBe(false);
    const inflated = inflate(gzipSync(Buffer.from('story')), 'story.md.GZ');
    expect(inflated.ok ? [Buffer.from(inflated.bytes).toString(), inflated.name] : inflated).toEqual([
      'story',
      'story.md',
    ]);
  });
});
