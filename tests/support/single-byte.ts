/** Text in a single-byte code page, for tests of the decoder (Node's TextEncoder writes UTF-8 only). */

/** Windows-1252's 80–9F characters that the tests write (Node's decoder reads that block as C1 controls). */
const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
  œ: 0x9c,
};

/** `text` in a single-byte code page (every character must have a byte there). */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const byChar = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (!byChar.has(char)) byChar.set(char, byte);
  }
  if (encoding === 'windows-1252')
    for (const [char, byte] of Object.entries(WINDOWS_1252_HIGH)) byChar.set(char, byte);
  return Uint8Array.from([...text], (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`${char} has no byte in ${encoding}`);
    return byte;
  });
}
