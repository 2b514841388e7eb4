/** The page's numbers in words: counts, shares, the time left and the downloads' file names. */

const counts = new Intl.NumberFormat("en-US");

export const count = (n: number) => counts.format(n);

/** "120 of 1,000 PDs read". */
export function progressWords(read: number, total: number): string {
  return `${count(read)} of ${count(total)} ${total === 1 ? "PD" : "PDs"} read`;
}

/** A share as a whole percentage ("0%" of nothing): never "100%" unless all, never "0%" when any. */
export function percent(part: number, whole: number): string {
  if (whole === 0 || part === 0) return "0%";
  const value = Math.max(1, Math.round((part / whole) * 100));
  return `${part < whole ? Math.min(value, 99) : value}%`;
}

/**
 * The time left at the pace so far, in round words ("About 2 minutes left"); null until a few files are read,
 * when the pace says little yet.
 */
export function timeLeftWords(read: number, total: number, elapsedMs: number): string | null {
  if (read < Math.min(5, total - 1) || read >= total || elapsedMs <= 0) return null;
  const seconds = ((total - read) * elapsedMs) / read / 1000;
  if (seconds < 10) return "A few seconds left";
  if (seconds < 60) return `About ${Math.round(seconds / 10) * 10} seconds left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `About ${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
  const hours = Math.round(minutes / 60);
  return `About ${hours} ${hours === 1 ? "hour" : "hours"} left`;
}

/** cx-coverage-2026-12-02.csv: the local date, so a day's downloads sort together. */
export function downloadName(extension: "csv" | "json", now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `cx-coverage-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
