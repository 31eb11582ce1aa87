/** Hands the browser a file to save under `name`, as a download of the page's own. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // Released once the browser has taken the file, not while it may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
