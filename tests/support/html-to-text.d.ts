// The one function of the html-to-text package the bench calls (the package ships no types).
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
