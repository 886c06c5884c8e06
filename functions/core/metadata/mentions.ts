/**
 * Which of a page's names its body contains (the author model's `mentioned` feature): the plain reference.
 * One `includes` per name is names × body, quadratic on a page of thousands of bylines over a long body
 * (issue 14); mentions-fast.ts gives the same answer in one pass over the body per distinct name length.
 */
export function mentionedPlain(names: Iterable<string>, body: string): Set<string> {
  const found = new Set<string>();
  for (const name of names) if (body.includes(name)) found.add(name);
  return found;
}
