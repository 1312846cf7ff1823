/** Hands a file Pacer made to the browser's downloads, as a link the RM clicked would. */
export function downloadFile(parts: BlobPart[], fileName: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(parts, { type }));
  a.download = fileName;
  a.click();
  // The download has started by then; the object URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
