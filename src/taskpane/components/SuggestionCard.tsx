import { useId, type ReactNode } from "react";
import { Button, mergeClasses, Text } from "@fluentui/react-components";
import { levelPrefix, type LibraryEntry } from "../../core/library";
import { DOCUMENT_TYPE_NAMES } from "../shownSection";
import { useSuggestionActions, useSuggestionData, useSuggestionParts, type SuggestionData } from "./SuggestionContext";
import { useSuggestionCardStyles } from "./SuggestionCard.styles";

export type SuggestionCardProps = {
  entry: LibraryEntry;
  /** Set for search hits: matches to highlight, and the card names its section. */
  search?: { text: ReactNode };
  /** Show the kind of language ("Duty statement"): only where a list mixes kinds does it tell something. */
  showKind?: boolean;
};

function shortName(data: SuggestionData, entry: LibraryEntry): string {
  return data.names.get(entry.id) ?? data.library.renderEntry(entry, data.values).split(/\s+/).slice(0, 8).join(" ");
}

type EntryPartsProps = {
  entry: LibraryEntry;
  /** The text as shown, e.g. with search matches marked; by default the entry's text. */
  text?: ReactNode;
  textId: string;
  labelId: string;
  presentId: string;
  showKind: boolean;
};

function EntryParts({ entry, text, textId, labelId, presentId, showKind }: EntryPartsProps) {
  const styles = useSuggestionCardStyles();
  const data = useSuggestionData();
  const { InDocumentBadge, EntryChanges } = useSuggestionParts();
  const { library, values } = data;
  const label = entry.label ? library.renderText(entry.label, values) : null;
  const found = data.present.get(entry.id);
  const otherAgency = library.writtenForOtherAgency(entry, values);
  return (
    <>
      {(showKind || found) && (
        <div className={styles.meta}>
          {showKind && (
            <Text size={200} weight="semibold" className={styles.kind}>
              {library.kindLabel(entry.kind)}
            </Text>
          )}
          {found && <InDocumentBadge id={presentId} found={found} />}
        </div>
      )}
      {label && (
        <Text id={labelId} block className={styles.label}>
          {label}
        </Text>
      )}
      <p id={textId} className={styles.text}>
        {text ?? library.renderEntry(entry, values)}
      </p>
      {otherAgency && (
        <Text block className={styles.note} data-testid="other-agency">
          Written for {otherAgency}: it points to {otherAgency}&apos;s own resources, so it is not inserted with its goal. Insert it on its own
          if it fits your agency.
        </Text>
      )}
      {found && found.state !== "approved" && <EntryChanges entry={entry} found={found} />}
    </>
  );
}

function SelectBox({ entry }: { entry: LibraryEntry }) {
  const styles = useSuggestionCardStyles();
  const data = useSuggestionData();
  const actions = useSuggestionActions();
  return (
    // A native checkbox in the theme's colours: what the first view loads stays small (see the README's Performance).
    <input
      type="checkbox"
      className={styles.check}
      aria-label={`Select: ${shortName(data, entry)}`}
      checked={data.selected.has(entry.id)}
      onChange={(event) => actions.toggle(entry.id, event.currentTarget.checked)}
    />
  );
}

type EntryActionsProps = { entry: LibraryEntry; presentId: string };

/** One primary action (Insert) and Copy beside it. */
function EntryActions({ entry, presentId }: EntryActionsProps) {
  const styles = useSuggestionCardStyles();
  const data = useSuggestionData();
  const actions = useSuggestionActions();
  const name = shortName(data, entry);
  const present = data.present.has(entry.id);
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="subtle" aria-label={`Copy: ${name}`} onClick={() => actions.copy(entry.id)}>
        Copy
      </Button>
      <Button
        size="small"
        appearance="primary"
        aria-label={`Insert: ${name}`}
        aria-describedby={present ? presentId : undefined}
        // Focusable while busy, so the keyboard user's place is kept.
        disabledFocusable={data.insertion === "inserting"}
        onClick={() => actions.insert(entry.id)}
      >
        Insert
      </Button>
    </div>
  );
}

/** The checkbox beside the entry's text, then its actions. */
function EntryBlock({ entry, parts }: { entry: LibraryEntry; parts: Omit<EntryPartsProps, "entry"> }) {
  const styles = useSuggestionCardStyles();
  return (
    <>
      <div className={styles.body}>
        <SelectBox entry={entry} />
        <div className={styles.content}>
          <EntryParts entry={entry} {...parts} />
        </div>
      </div>
      <EntryActions entry={entry} presentId={parts.presentId} />
    </>
  );
}

function ChildItem({ entry }: { entry: LibraryEntry }) {
  const styles = useSuggestionCardStyles();
  const { selected } = useSuggestionData();
  const base = useId();
  return (
    <li className={mergeClasses(styles.child, selected.has(entry.id) && styles.childSelected)} data-testid={`child-${entry.id}`}>
      <EntryBlock entry={entry} parts={{ textId: `${base}-text`, labelId: `${base}-label`, presentId: `${base}-present`, showKind: false }} />
    </li>
  );
}

/**
 * One piece of language: its full text, badges (its kind only where that tells something), a checkbox to select
 * it, Insert and Copy. A lead-in, goal or
 * requirement lists its children inside it, each insertable alone. The card itself is one stop of its list's
 * arrow navigation, named by its text; Tab goes on into its controls. Search hits name their section; their
 * children are listed as text only, since each child is a hit of its own when it matches.
 */
export function SuggestionCard({ entry, search, showKind = false }: SuggestionCardProps) {
  const styles = useSuggestionCardStyles();
  const base = useId();
  const data = useSuggestionData();
  const { library, values } = data;
  const children = library.children(entry);
  const section = library.section(entry.section);
  const ids = { textId: `${base}-text`, labelId: `${base}-label`, presentId: `${base}-present` };
  const whereId = `${base}-where`;
  // Tab from the card reaches its checkbox and buttons; the arrow keys skip them (see SuggestionList and
  // CardNavigation). Enter on the card is the list's (it inserts), not the focus group's.
  const { navigation } = useSuggestionParts();
  return (
    <li
      className={mergeClasses(styles.card, data.selected.has(entry.id) && styles.selected)}
      data-card-id={entry.id}
      data-testid={`card-${entry.id}`}
      tabIndex={0}
      {...navigation?.card}
      aria-labelledby={[entry.label ? ids.labelId : "", ids.textId].filter(Boolean).join(" ")}
      aria-describedby={search ? whereId : undefined}
    >
      {search && (
        <Text id={whereId} block className={styles.where}>
          {section?.name ?? entry.section} · {DOCUMENT_TYPE_NAMES[entry.documentType]}
        </Text>
      )}
      <EntryBlock entry={entry} parts={{ ...ids, text: search?.text, showKind }} />
      {children.length > 0 && !search && (
        <ul className={styles.children} aria-label={`Items under: ${shortName(data, entry)}`}>
          {children.map((child) => (
            <ChildItem key={child.id} entry={child} />
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
                {levelPrefix(library, child, values) + library.renderEntry(child, values)}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
