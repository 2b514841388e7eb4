import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Spinner } from "./LaterParts";
import type { InsertionState } from "../hooks/useInsertion";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
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

/** "Insert selected (N)", progress, the last result and the track-changes note, kept in view at the bottom. */
export function InsertBar({ selectedCount, insertion, trackChanges, onInsertSelected, onClearSelection }: InsertBarProps) {
  const styles = useStyles();
  const inserting = insertion.status === "inserting";
  return (
    <div className={styles.bar} data-testid="insert-bar">
      <div className={styles.row}>
        <Button
          appearance="primary"
          // Focusable even when unavailable, so focus is not lost after the selection is inserted and cleared.
          disabledFocusable={selectedCount === 0 || inserting}
          onClick={onInsertSelected}
          data-testid="insert-selected"
        >
          Insert selected ({selectedCount})
        </Button>
        {selectedCount > 0 && (
          <Button appearance="subtle" onClick={onClearSelection}>
            Clear selection
          </Button>
        )}
        {inserting && <Spinner size="tiny" label="Inserting…" />}
      </div>
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
    </div>
  );
}
