import { execFile } from 'node:child_process';
import path from 'node:path';

export interface PdfContent {
  text: string;
  pages: string[];
  info: Record<string, unknown>;
}

// pdf.js (inside pdf-parse 2) loads its worker with a dynamic import(), which jest's module sandbox refuses
// ("A dynamic import callback was invoked without --experimental-vm-modules"): it runs in a plain node child.
const script = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const text = await parser.getText();
  const info = await parser.getInfo();
  process.stdout.write(JSON.stringify({ text: text.text, pages: text.pages.map((p) => p.text), info: info.info ?? {} }));
  await parser.destroy();
});`;

/** The text of a PDF as a reader extracts it (pdf-parse 2, i.e. pdf.js), page by page, and its metadata. */
export function readPdf(bytes: Buffer | Uint8Array): Promise<PdfContent> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf-parse failed: ${stderr || error.message}`)) : resolve(JSON.parse(stdout) as PdfContent),
    );
    child.stdin!.end(Buffer.from(bytes));
  });
}
