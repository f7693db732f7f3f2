import QRCode from 'qrcode';

/** A QR code of `text` as an SVG document, made on the server (no script on the screen that shows it). */
export const qrSvg = (text: string): Promise<string> => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
