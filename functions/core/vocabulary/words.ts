/** A list of words written as one space-separated string (long word lists stay readable). */
export function words(text: string): readonly string[] {
  return text.split(' ').filter((word) => word.length > 0);
}
