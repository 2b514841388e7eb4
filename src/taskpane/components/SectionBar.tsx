import { useId } from "react";
import { Button, Label, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DOCUMENT_TYPES, type DocumentType, type Library } from "../../core/library";
import type { ViewMode } from "../hooks/useLibraryView";
import { DOCUMENT_TYPE_NAMES, NO_DETECTION_REASON, placeSummary, type ShownView } from "../shownSection";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  types: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  typeButton: { flexGrow: 1 },
  // The one place the pane spells out "PWP", where the document type is chosen; left out where both buttons would
  // not fit on one row.
  abbreviation: { "@media (max-width: 339px)": { display: "none" } },
  place: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  placeText: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere", minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground2 },
  // "Section" and its picker on one line, to keep the header short.
  picker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  // A native select in the theme's colours (Fluent's Select would add to what the first view loads).
  select: {
    minWidth: 0,
    flexGrow: 1,
    minHeight: "24px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
});

export type SectionBarProps = {
  library: Library;
  documentType: DocumentType;
  mode: ViewMode;
  shown: ShownView;
  canDetectSections: boolean;
  onDocumentType: (documentType: DocumentType) => void;
  /** A section id, or null to follow the cursor again (PWP: all sections). */
  onPick: (sectionId: string | null) => void;
};

/** Document type, where the cursor is (or what was picked), the way back to following it, and the section picker. */
export function SectionBar({ library, documentType, mode, shown, canDetectSections, onDocumentType, onPick }: SectionBarProps) {
  const styles = useStyles();
  const pickerId = useId();
  // Both PDs and plans follow the cursor where Word can say where it is.
  const follows = canDetectSections;
  const firstOption = follows ? "Follow the cursor" : documentType === "PWP" ? "All sections" : "Choose a section";
  return (
    <div className={styles.bar}>
      {/* Two toggle buttons rather than a TabList: the list's focus-trap helpers fail axe's aria-hidden-focus rule.
          Plain Buttons with aria-pressed: the appearance already shows which is on, and ToggleButton's own
          styles would add to what the pane loads before its first view. */}
      <div role="group" aria-label="Document type" className={styles.types}>
        {DOCUMENT_TYPES.map((type) => (
          <Button
            key={type}
            size="small"
            className={styles.typeButton}
            aria-pressed={documentType === type}
            appearance={documentType === type ? "primary" : "secondary"}
            onClick={() => onDocumentType(type)}
          >
            {DOCUMENT_TYPE_NAMES[type]}
            {type === "PWP" && <span className={styles.abbreviation}>&nbsp;(PWP)</span>}
          </Button>
        ))}
      </div>
      <div className={styles.place}>
        <Text weight="semibold" className={styles.placeText} data-testid="place-summary">
          {placeSummary(shown)}
        </Text>
        {mode.kind === "picked" && (follows || documentType === "PWP") && (
          <Button size="small" onClick={() => onPick(null)}>
            {follows ? "Follow cursor" : "Show all sections"}
          </Button>
        )}
      </div>
      <div className={styles.picker}>
        <Label size="small" htmlFor={pickerId}>
          Section
        </Label>
        <select
          id={pickerId}
          className={styles.select}
          value={mode.kind === "picked" ? mode.sectionId : ""}
          onChange={(event) => onPick(event.currentTarget.value || null)}
          data-testid="section-picker"
        >
          <option value="">{firstOption}</option>
          {library.sections(documentType).map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </div>
      {documentType === "PD" && !canDetectSections && (
        <Text size={200} className={styles.reason} data-testid="no-detection-reason">
          {NO_DETECTION_REASON}
        </Text>
      )}
    </div>
  );
}
