import { useEffect, useState } from "react";
import type { LibraryData } from "../core/library";
import { findLibraryProblems, LIBRARY_LEVEL, type LibraryProblem } from "../core/libraryValidation";

/** A large library takes the validator a few milliseconds: typing waits this long after the last key for it. */
export const PROBLEMS_DELAY_MS = 150;

export type ShownProblems = {
  all: LibraryProblem[];
  /** By the id of the entry each names (one named by position, entries[3], under that entry's id). */
  byEntry: Map<string, LibraryProblem[]>;
  /** The file's own problems, and those naming no entry the editor shows. */
  general: LibraryProblem[];
  /** Whether they are of the data shown (not of an earlier keystroke's). */
  current: boolean;
};

function shown(data: LibraryData, all: LibraryProblem[]): Omit<ShownProblems, "current"> {
  const ids = new Set(data.entries.map((entry) => entry.id));
  const byEntry = new Map<string, LibraryProblem[]>();
  const general: LibraryProblem[] = [];
  for (const problem of all) {
    const position = /^entries\[(\d+)\]$/.exec(problem.entry);
    const id = position ? data.entries[Number(position[1])]?.id : problem.entry;
    if (problem.entry !== LIBRARY_LEVEL && id !== undefined && ids.has(id)) byEntry.set(id, [...(byEntry.get(id) ?? []), problem]);
    else general.push(problem);
  }
  return { all, byEntry, general };
}

/** The build's validator on what is being edited, a moment after each change. */
export function useProblems(data: LibraryData): ShownProblems {
  const [result, setResult] = useState(() => ({ data, problems: shown(data, findLibraryProblems(data)) }));
  useEffect(() => {
    if (result.data === data) return;
    const timer = setTimeout(() => setResult({ data, problems: shown(data, findLibraryProblems(data)) }), PROBLEMS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, result.data]);
  return { ...result.problems, current: result.data === data };
}
