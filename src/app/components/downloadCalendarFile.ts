/** Hands an iCalendar text to the browser as a file download, which the phone offers to its calendar. */
export function downloadCalendarFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file's address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
