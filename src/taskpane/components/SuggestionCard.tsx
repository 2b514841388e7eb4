import { useId, type ReactNode } from "react";
import { Button, Checkbox, mergeClasses, Text } from "@fluentui/react-components";
import type { Library, LibraryEntry, PlaceholderValues } from "../../core/library";
import { DOCUMENT_TYPE_NAMES } from "../shownSection";
import { InDocumentBadge } from "./LaterParts";
import { useSuggestionCardStyles } from "./SuggestionCard.styles";

/** Everything a card needs from the pane, shared by all cards of a render. */
export type CardControls = {
  library: Library;
  values: PlaceholderValues;
  /** Unique short names for control labels ("Insert: <first words>…"). */
  names: ReadonlyMap<string, string>;
  present: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  insertion: "idle" | "inserting";
  /** The agency whose resources agency-specific entries point at, e.g. "DHS". */
  libraryAgency: string;
  onToggle: (entryId: string, on: boolean) => void;
  onInsert: (entryId: string) => void;
  onCopy: (entryId: string) => void;
};

export type SuggestionCardProps = {
  entry: LibraryEntry;
  controls: CardControls;
  /** Set for search hits: the text with its matches marked, and the card names its section. */
  search?: { text: ReactNode };
};

function shortName(controls: CardControls, entry: LibraryEntry): string {
  return controls.names.get(entry.id) ?? controls.library.renderEntry(entry, controls.values).split(/\s+/).slice(0, 8).join(" ");
}

type EntryPartsProps = { entry: LibraryEntry; controls: CardControls; text?: ReactNode; textId: string; labelId: string; presentId: string };

function EntryParts({ entry, controls, text, textId, labelId, presentId }: EntryPartsProps) {
  const styles = useSuggestionCardStyles();
  const { library, values } = controls;
  const label = entry.label ? library.renderText(entry.label, values) : null;
  return (
    <>
      <div className={styles.meta}>
        <Text size={200} weight="semibold" className={styles.kind}>
          {library.kindLabel(entry.kind)}
        </Text>
        {controls.present.has(entry.id) && <InDocumentBadge id={presentId} />}
      </div>
      {label && (
        <Text id={labelId} block className={styles.label}>
          {label}
        </Text>
      )}
      <p id={textId} className={styles.text}>
        {text ?? library.renderEntry(entry, values)}
      </p>
      {entry.agencySpecific && (
        <Text block className={styles.note}>
          Refers to {controls.libraryAgency || "another agency"}&apos;s resources: adjust it for your agency.
        </Text>
      )}
    </>
  );
}

type EntryActionsProps = { entry: LibraryEntry; controls: CardControls; presentId: string };

function EntryActions({ entry, controls, presentId }: EntryActionsProps) {
  const styles = useSuggestionCardStyles();
  const name = shortName(controls, entry);
  const present = controls.present.has(entry.id);
  return (
    <div className={styles.actions}>
      <Checkbox
        label="Select"
        aria-label={`Select: ${name}`}
        checked={controls.selected.has(entry.id)}
        onChange={(_, data) => controls.onToggle(entry.id, data.checked === true)}
      />
      <Button
        size="small"
        aria-label={`Insert: ${name}`}
        aria-describedby={present ? presentId : undefined}
        // Focusable while busy, so the keyboard user's place is kept.
        disabledFocusable={controls.insertion === "inserting"}
        onClick={() => controls.onInsert(entry.id)}
      >
        Insert
      </Button>
      <Button size="small" appearance="subtle" aria-label={`Copy: ${name}`} onClick={() => controls.onCopy(entry.id)}>
        Copy
      </Button>
    </div>
  );
}

function ChildItem({ entry, controls }: { entry: LibraryEntry; controls: CardControls }) {
  const styles = useSuggestionCardStyles();
  const base = useId();
  return (
    <li className={mergeClasses(styles.child, controls.selected.has(entry.id) && styles.childSelected)} data-testid={`child-${entry.id}`}>
      <EntryParts entry={entry} controls={controls} textId={`${base}-text`} labelId={`${base}-label`} presentId={`${base}-present`} />
      <EntryActions entry={entry} controls={controls} presentId={`${base}-present`} />
    </li>
  );
}

/**
 * One piece of language: its kind, full text, badges and Select/Insert/Copy. A lead-in, goal or
 * requirement lists its children inside it, each insertable alone. Search hits are focusable with the
 * arrow keys and name their section; their children are listed as text only, since each child is a hit
 * of its own when it matches.
 */
export function SuggestionCard({ entry, controls, search }: SuggestionCardProps) {
  const styles = useSuggestionCardStyles();
  const base = useId();
  const { library, values } = controls;
  const children = library.children(entry);
  const section = library.section(entry.section);
  const ids = { textId: `${base}-text`, labelId: `${base}-label`, presentId: `${base}-present` };
  const whereId = `${base}-where`;
  return (
    <li
      className={mergeClasses(styles.card, controls.selected.has(entry.id) && styles.selected)}
      data-card-id={entry.id}
      data-testid={`card-${entry.id}`}
      tabIndex={search ? -1 : undefined}
      aria-labelledby={search ? [entry.label ? ids.labelId : "", ids.textId].filter(Boolean).join(" ") : undefined}
      aria-describedby={search ? whereId : undefined}
    >
      {search && (
        <Text id={whereId} block className={styles.where}>
          {section?.name ?? entry.section} · {DOCUMENT_TYPE_NAMES[entry.documentType]}
        </Text>
      )}
      <EntryParts entry={entry} controls={controls} text={search?.text} {...ids} />
      <EntryActions entry={entry} controls={controls} presentId={ids.presentId} />
      {children.length > 0 && !search && (
        <ul className={styles.children} aria-label={`Items under: ${shortName(controls, entry)}`}>
          {children.map((child) => (
            <ChildItem key={child.id} entry={child} controls={controls} />
          ))}
        </ul>
      )}
      {children.length > 0 && search && (
        <>
          <Text block className={styles.childrenCaption}>
            Inserted with it:
          </Text>
          <ul className={styles.plainChildren}>
            {children.map((child) => (
              <li key={child.id}>
                {child.kind === "rating-level" && child.label ? `${library.renderText(child.label, values)}: ` : ""}
                {library.renderEntry(child, values)}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
