/** What the page and its reading workers say to each other (readBatch.ts, coverage.worker.ts). */
import type { FileCoverage } from "../core/coverage";

/** One file to read: its path as shown in the report, and the File itself (cloned to the worker, not copied). */
export type ReadRequest = { id: number; path: string; file: File };
export type ReadAnswer = { id: number; coverage: FileCoverage };
