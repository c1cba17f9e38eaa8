export { renderCertificatePdf } from './render-certificate-pdf.js';
export { PrintRefusedError, pageMark, type PrintableCertificate, type RenderOptions } from './certificate-content.js';
export { toWinAnsi } from './winansi.js';
