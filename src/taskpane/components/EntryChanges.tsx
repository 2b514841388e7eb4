import { Fragment, useId, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { FoundEntry, WordChange } from "../../core/entryStates";
import type { LibraryEntry } from "../../core/library";
import { wordChanges } from "../../core/wordChanges";
import { approvedText } from "../approvedText";
import { usePaneStyles } from "./Pane.styles";
import { useSuggestionCardStyles } from "./SuggestionCard.styles";
import { useSuggestionActions, useSuggestionData } from "./SuggestionContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  comparison: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  legend: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Underline and line-through carry the meaning: forced colours drop the backgrounds, never text decoration.
  inserted: {
    textDecorationLine: "underline",
    textDecorationThickness: "2px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground2,
  },
  deleted: {
    textDecorationLine: "line-through",
    textDecorationThickness: "2px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteRedBackground2,
  },
});

export type EntryChangesProps = { entry: LibraryEntry; found: FoundEntry };

/**
 * For an entry that stands adapted or in an earlier wording: Show changes (the document's paragraph against the
 * approved text, word by word) and Replace with approved wording. Loaded when a card first needs it, with the diff
 * library, so the first view stays as small as it was.
 */
export function EntryChanges({ entry, found }: EntryChangesProps) {
  const styles = useStyles();
  const data = useSuggestionData();
  const actions = useSuggestionActions();
  const [open, setOpen] = useState(false);
  const comparisonId = useId();
  const index = found.paragraphs[0];
  const documentText = index === undefined ? undefined : data.paragraphTexts?.[index];
  if (documentText === undefined) return null;
  const name = data.names.get(entry.id) ?? entry.id;
  const changes = open ? wordChanges(documentText, approvedText(data.library, entry, data.values, documentText)) : [];
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={open ? comparisonId : undefined}
          aria-label={`Show changes: ${name}`}
          onClick={() => setOpen(!open)}
        >
          {/* A disclosure: aria-expanded says whether it is open, so the name (and voice command) stays the same. */}
          Show changes
        </Button>
        <Button
          size="small"
          aria-label={`Replace with approved wording: ${name}`}
          disabledFocusable={data.replacing}
          onClick={() => actions.replace(entry.id)}
        >
          Replace with approved wording
        </Button>
      </div>
      {open && (
        <div id={comparisonId} role="group" aria-label={`Changes: ${name}`} className={styles.comparison} data-testid="comparison">
          <p className={styles.legend}>The document&apos;s text against the approved wording: underlined words are only in the approved wording, struck-through words only in the document.</p>
          <ChangedWords changes={changes} />
        </div>
      )}
    </div>
  );
}

/** A word-level comparison in the card's text style: added words underlined (<ins>), removed ones struck through (<del>). */
export function ChangedWords({ changes }: { changes: readonly WordChange[] }) {
  const styles = useStyles();
  const cardStyles = useSuggestionCardStyles();
  const paneStyles = usePaneStyles();
  return (
    <p className={cardStyles.text}>
      {changes.map((change, i) =>
        change.kind === "same" ? (
          <span key={i}>{change.text}</span>
        ) : change.kind === "inserted" ? (
          <ins key={i} className={styles.inserted}>
            <span className={paneStyles.visuallyHidden}>added: </span>
            {change.text}
          </ins>
        ) : (
          <Fragment key={i}>
            <del className={styles.deleted}>
              <span className={paneStyles.visuallyHidden}>removed: </span>
              {change.text}
            </del>
            {/* A word replaced by another: apart, so they read as two words, not one. */}
            {changes[i + 1]?.kind === "inserted" && " "}
          </Fragment>
        ),
      )}
    </p>
  );
}
