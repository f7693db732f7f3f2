import type { Locale } from '../locale';
import { closePdf, openPdf } from './document';
import { fingerprintOf } from './fingerprint';
import { FONT } from './fonts';

export interface TextDocument {
  title: string;
  /** Plain text; newlines are kept, long text flows onto more pages. */
  text: string;
  /** Printed at the bottom of each of this document's pages (e.g. who it was issued to). */
  footer?: string;
}

/**
 * One PDF holding one or more text documents (invitations, certificates), each starting on a page of its own.
 * Its footer carries the SHA-256 fingerprint of `{ title, documents }` (fingerprint.ts), its metadata the title,
 * the language and the creation date.
 */
export function textDocumentsPdf(
  docs: TextDocument[],
  meta: { title: string; locale: Locale; reference?: string; createdAt?: Date },
): Promise<Buffer> {
  const pdf = openPdf(meta);
  const pageLines: (string | undefined)[] = [];
  docs.forEach((document, index) => {
    if (index > 0) pdf.addPage();
    const firstPage = pdf.bufferedPageRange().count - 1;
    pdf.font(FONT.bold.name).fontSize(16).text(document.title, { align: 'left' });
    pdf.moveDown(0.8);
    pdf.font(FONT.regular.name).fontSize(11).text(document.text, { align: 'left', lineGap: 2 });
    const lastPage = pdf.bufferedPageRange().count - 1;
    for (let page = firstPage; page <= lastPage; page++) pageLines[page] = document.footer;
  });
  const fingerprint = fingerprintOf({ title: meta.title, documents: docs.map(({ title, text, footer }) => ({ title, text, footer })) });
  return closePdf(pdf, meta, fingerprint, pageLines);
}
