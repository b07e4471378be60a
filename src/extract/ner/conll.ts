/**
 * Reading labelled data in CoNLL column format: one token a line with its tag in the last column,
 * a blank line between sentences and `-DOCSTART-` lines between documents. Columns are split on tabs
 * when the line has one (GMB), otherwise on spaces (CoNLL-2003).
 */

export interface LabelledSentence {
  words: string[];
  /** The tags as written in the file (IOB1, IOB2 or BILOU). */
  tags: string[];
}

export interface LabelledDocument {
  sentences: LabelledSentence[];
}

/**
 * Parses CoNLL-format text into documents. Without `-DOCSTART-` lines the whole text is one document.
 *
 * @example parseConll("EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n")
 */
export function parseConll(text: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let sentences: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      endSentence();
      continue;
    }
    const cols = line.includes("\t") ? line.split("\t") : line.trim().split(/ +/);
    if (cols[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]!.trim() : "O");
  }
  endDocument();
  return documents;
}
