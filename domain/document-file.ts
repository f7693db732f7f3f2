/** A file Cursus generates for download (#10: PDFs, CSV, XLSX): the route sends it as it is. */
export interface DocumentFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}
