/**
 * Version of the cleaning rules and metadata extraction. Bump it whenever a change can alter a record:
 * `copydesk reprocess` skips objects whose record already carries the current version.
 */
export const CLEANER_VERSION = '0.2.47';
