import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Spinner } from "./LaterParts";
import type { InsertionState } from "../hooks/useInsertion";

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (forced-colors: active)": { borderTopColor: "CanvasText" },
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

export type InsertBarProps = {
  selectedCount: number;
  insertion: InsertionState;
  trackChanges: boolean;
  onInsertSelected: () => void;
  onClearSelection: () => void;
};

/**
 * Below the list, in view: "Insert selected (N)" while something is selected, progress, the last result and the
 * track-changes note. Nothing at all when there is nothing to say.
 */
export function InsertBar({ selectedCount, insertion, trackChanges, onInsertSelected, onClearSelection }: InsertBarProps) {
  const styles = useStyles();
  const inserting = insertion.status === "inserting";
  if (selectedCount === 0 && !inserting && insertion.status !== "done" && !trackChanges) return null;
  return (
    // A landmark of its own below <main>, so screen-reader users find the selection's actions and the last result.
    <section aria-label="Insertion" className={styles.bar} data-testid="insert-bar">
      {(selectedCount > 0 || inserting) && (
        <div className={styles.row}>
          {selectedCount > 0 && (
            <>
              <Button
                appearance="primary"
                // Focusable while busy, so the keyboard user's place is kept.
                disabledFocusable={inserting}
                onClick={onInsertSelected}
                data-testid="insert-selected"
              >
                Insert selected ({selectedCount})
              </Button>
              <Button appearance="subtle" onClick={onClearSelection}>
                Clear selection
              </Button>
            </>
          )}
          {inserting && <Spinner size="tiny" label="Inserting…" />}
        </div>
      )}
      {insertion.status === "done" && (
        <Text size={200} className={styles.done} data-testid="insert-result">
          {insertion.message}.
        </Text>
      )}
      {trackChanges && (
        <Text size={200} className={styles.note} data-testid="track-changes-note">
          Track changes is on: insertions will be tracked.
        </Text>
      )}
    </section>
  );
}
