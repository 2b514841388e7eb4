import { useCallback, useState } from "react";

export type SelectionModel = {
  selected: ReadonlySet<string>;
  toggle: (entryId: string, on: boolean) => void;
  clear: () => void;
};

/** Entries ticked for "Insert selected"; kept while the user searches or changes section. */
export function useSelection(): SelectionModel {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((entryId: string, on: boolean) => {
    setSelected((prev) => {
      if (prev.has(entryId) === on) return prev;
      const next = new Set(prev);
      if (on) next.add(entryId);
      else next.delete(entryId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, clear };
}
