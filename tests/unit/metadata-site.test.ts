import { describe, expect, it } from 'vitest';
import { extractSite } from '../../functions/core/metadata/site.ts';
import { cleanedFrom, PROSE } from './metadata-helpers.ts';

describe('site', () => {
  it('is the source URL host without www', () => {
    expect(extractSite(cleanedFrom(['Title', PROSE]), 'https://www.example.co.uk/news/1')).toBe(
      'example.co.uk',
    );
  });

  it('comes from the chrome line naming the site when there is no URL', () => {
    const cleaned = cleanedFrom([
      'Title',
      PROSE,
      'Follow us on Google news ,Twitter , and Join Whatsapp Group of thelocalreport.in',
    ]);
    expect(extractSite(cleaned, null)).toBe('thelocalreport.in');
  });

  it('comes from a copyright line', () => {
    expect(
      extractSite(cleanedFrom(['Title', PROSE, '© 2025 dailyledger.com. All rights reserved.']), null),
    ).toBe('dailyledger.com');
  });

  it('never is a social platform the page links to', () => {
    expect(
      extractSite(cleanedFrom(['Title', PROSE, 'Join our group of facebook.com fans']), null),
    ).toBeNull();
  });

  it('is null when neither URL nor chrome names the site', () => {
    expect(extractSite(cleanedFrom(['Title', PROSE]), null)).toBeNull();
  });
});
