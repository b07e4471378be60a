/**
 * Normalises a report's text before anything is stored: Unicode NFC, one kind of line break and of
 * space, no control characters, at most one blank line between paragraphs. Every offset Tessera
 * stores is an offset into this normalised text, which is what the store keeps.
 */
export function normaliseText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
      .replace(/[\u200b\u200e\u200f\ufeff]/g, "")
      .replace(/\t/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/[ ]+\n/g, "\n")
      .replace(/\n[ ]+/g, "\n")
      .replace(/ {2,}/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
