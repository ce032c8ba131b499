/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). Chromium writes them uncompressed. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}
