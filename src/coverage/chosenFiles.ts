/**
 * The files a user chose, dropped or picked a folder of, as the batch to read: each with its path ("/" separated,
 * relative to what was chosen). Folders are walked to the end; in them, only the files the report covers are taken
 * (isCoverageCandidate: Word documents and the document files it refuses with a reason, never lock or hidden files).
 * Files chosen one by one are all taken, so a wrong one is listed with its reason rather than left out unseen.
 */
import { isCoverageCandidate } from "../core/coverage";
import type { BatchFile } from "./readBatch";

export type ChosenFiles = { files: BatchFile[]; skipped: number };

/** Files from an input: a folder input's files carry their path in the folder (webkitRelativePath). */
export function filesFromInput(list: FileList | null): ChosenFiles {
  const files: BatchFile[] = [];
  let skipped = 0;
  for (const file of Array.from(list ?? [])) {
    const inFolder = file.webkitRelativePath !== "";
    const path = inFolder ? file.webkitRelativePath : file.name;
    if (inFolder && !isCoverageCandidate(path)) skipped++;
    else files.push({ path, file });
  }
  return { files, skipped };
}

// The File and Directory Entries API, as far as the walk uses it (not in TypeScript's DOM types for every entry).
type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
type FileEntry = Entry & { file(success: (file: File) => void, failure: (error: unknown) => void): void };
type DirectoryEntry = Entry & { createReader(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void } };

const fileOf = (entry: FileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a folder: readEntries gives them in portions (100 at a time in Chromium) until it gives none. */
async function entriesOf(folder: DirectoryEntry): Promise<Entry[]> {
  const reader = folder.createReader();
  const all: Entry[] = [];
  for (;;) {
    const portion = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (portion.length === 0) return all;
    all.push(...portion);
  }
}

/** Files and folders dropped on the page. Read the items before any await: the browser empties them after the event. */
export async function filesFromDrop(transfer: DataTransfer): Promise<ChosenFiles> {
  const roots = Array.from(transfer.items)
    .filter((item) => item.kind === "file")
    .map((item) => ({ entry: item.webkitGetAsEntry() as Entry | null, file: item.getAsFile() }));
  const files: BatchFile[] = [];
  let skipped = 0;
  const walk = async (entry: Entry, chosen: boolean): Promise<void> => {
    const path = entry.fullPath.replace(/^\//, "");
    if (entry.isDirectory) {
      for (const child of await entriesOf(entry as DirectoryEntry)) await walk(child, false);
    } else if (!chosen && !isCoverageCandidate(path)) {
      skipped++;
    } else {
      try {
        files.push({ path, file: await fileOf(entry as FileEntry) });
      } catch {
        skipped++;
      }
    }
  };
  for (const { entry, file } of roots) {
    if (entry) await walk(entry, true);
    else if (file) files.push({ path: file.name, file });
  }
  return { files, skipped };
}
