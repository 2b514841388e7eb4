/**
 * Why a file cannot be read, in words the person who chose it can act on. Thrown inside the reader and turned
 * into a reading by readDocx, which never throws.
 */
export class DocxRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DocxRefusal";
  }
}

export const DAMAGED = "The file is damaged or incomplete: open it in Word, save it again as .docx and try again.";
export const NOT_A_WORD_DOCUMENT = "Not a Word document: this zip file holds no Word document (.docx) in it.";
export const TOO_LARGE_INSIDE =
  "The file inflates to far more than a Word document would (a \u201czip bomb\u201d or a very large document): it was not read.";
export const UNSAFE_XML =
  "The file contains XML with a document type or entity declarations, which Word never writes: it was not read for safety.";
