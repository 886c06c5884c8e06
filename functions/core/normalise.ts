/** Normalisation stage (placeholder: line endings only; the cleaning issue completes it). */
export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
