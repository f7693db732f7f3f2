export { textDocumentsPdf, type TextDocument } from './text-documents';
export { fingerprintOf } from './fingerprint';
