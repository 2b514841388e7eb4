import { useId, useState } from "react";
import { Button, Checkbox, Field, Input, mergeClasses, Text, Textarea } from "@fluentui/react-components";
import { AGENCY_PLACEHOLDER, type Library, type LibraryEntry } from "../../core/library";
import type { LibraryEdit } from "../../core/libraryEditing";
import type { LibraryProblem } from "../../core/libraryValidation";
import { useSuggestionCardStyles } from "../../taskpane/components/SuggestionCard.styles";
import { useEditorStyles } from "../LibraryEditor.styles";

export type EntryCardProps = {
  entry: LibraryEntry;
  library: Library;
  /** Its place among the entries it moves among (its section's, or its parent's children). */
  index: number;
  count: number;
  problems: ReadonlyMap<string, LibraryProblem[]>;
  onEdit: (edit: LibraryEdit) => void;
  /** Opens with its fields showing (a new entry). */
  startOpen: boolean;
  /** The children it shows under it, each a card of its own. */
  childEntries?: LibraryEntry[];
  newId: string | null;
  child?: boolean;
  /** Adds a new item to this entry's list (a goal's activities, the requirement's levels). */
  onAddChild?: () => void;
};

/** The first words of the entry as the pane shows it: how buttons and lists name it. */
export function entryName(library: Library, entry: LibraryEntry): string {
  const words = library.renderText(entry.text).trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? `new entry ${entry.id}` : words.slice(0, 8).join(" ") + (words.length > 8 ? "…" : "");
}

/** Keywords as typed (commas between them) and as the library keeps them. */
function keywordList(typed: string): string[] {
  return typed
    .split(",")
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}

/** Focus back on a button after the list moved under it (React moves the card's element, which loses focus). */
function refocus(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * One entry as the pane will show it (the same card, placeholders filled in), its problems beside it, and what an
 * editor can do with it: edit its words, move it, retire it or bring it back. Children are cards inside it.
 */
export function EntryCard({ entry, library, index, count, problems, onEdit, startOpen, childEntries = [], newId, child = false, onAddChild }: EntryCardProps) {
  const card = useSuggestionCardStyles();
  const styles = useEditorStyles();
  const base = useId();
  const [open, setOpen] = useState(startOpen);
  const [keywords, setKeywords] = useState((entry.keywords ?? []).join(", "));
  const name = entryName(library, entry);
  const own = problems.get(entry.id) ?? [];
  const label = entry.label ? library.renderText(entry.label) : null;
  const agency = library.placeholders[AGENCY_PLACEHOLDER]?.default;
  const ids = { text: `${base}-text`, problems: `${base}-problems`, fields: `${base}-fields`, up: `up-${entry.id}`, down: `down-${entry.id}`, retire: `retire-${entry.id}` };
  const edit = (fields: Omit<Extract<LibraryEdit, { kind: "entry" }>, "kind" | "id">) => onEdit({ kind: "entry", id: entry.id, ...fields });
  const move = (to: number, focusId: string) => {
    onEdit({ kind: "move", id: entry.id, to });
    refocus(focusId);
  };

  return (
    <li
      className={mergeClasses(child ? card.child : card.card, entry.retired && styles.retired)}
      id={`entry-${entry.id}`}
      data-testid={`entry-${entry.id}`}
      aria-labelledby={ids.text}
      aria-describedby={own.length > 0 ? ids.problems : undefined}
    >
      <div className={card.meta}>
        <Text size={200} weight="semibold" className={card.kind}>
          {library.kindLabel(entry.kind)}
        </Text>
        <Text className={styles.caption}>· {entry.id}</Text>
        {entry.retired && (
          <Text size={200} weight="semibold">
            · Retired: not offered in the pane
          </Text>
        )}
      </div>
      {label && (
        <Text block className={card.label}>
          {label}
        </Text>
      )}
      <p id={ids.text} className={card.text}>
        {library.renderText(entry.text).trim() === "" ? <em>(no text yet)</em> : library.renderText(entry.text)}
      </p>
      {entry.agencySpecific && agency && (
        <Text block className={card.note}>
          Agency-specific: it points to {agency}&apos;s own resources.
        </Text>
      )}
      {own.length > 0 && (
        <ul id={ids.problems} className={styles.problems} aria-label={`Problems: ${name}`} data-testid="entry-problems">
          {own.map((problem, i) => (
            <li key={i}>{problem.reason}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {!entry.retired && (
          <Button size="small" aria-expanded={open} aria-controls={open ? ids.fields : undefined} aria-label={`Edit: ${name}`} onClick={() => setOpen(!open)}>
            Edit
          </Button>
        )}
        <Button size="small" id={ids.up} aria-label={`Move up: ${name}`} disabledFocusable={index === 0} onClick={() => move(index - 1, ids.up)}>
          Move up
        </Button>
        <Button size="small" id={ids.down} aria-label={`Move down: ${name}`} disabledFocusable={index === count - 1} onClick={() => move(index + 1, ids.down)}>
          Move down
        </Button>
        <Button
          size="small"
          id={ids.retire}
          aria-label={`${entry.retired ? "Bring back" : "Retire"}: ${name}`}
          onClick={() => {
            setOpen(false);
            onEdit({ kind: entry.retired ? "unretire" : "retire", id: entry.id });
            refocus(ids.retire);
          }}
        >
          {entry.retired ? "Bring back" : "Retire"}
        </Button>
      </div>
      {open && !entry.retired && (
        <div id={ids.fields} className={styles.fields} role="group" aria-label={`Edit: ${name}`}>
          <Field label="Text" hint="Write {{agency}} where the agency's name goes; the pane fills it in.">
            <Textarea resize="vertical" rows={3} value={entry.text} autoFocus={startOpen} onChange={(_, data) => edit({ text: data.value })} />
          </Field>
          <Field label="Label (optional)" hint={entry.kind === "rating-level" ? "Shown before the text, e.g. Level 3." : "A short heading shown above the text."}>
            <Input value={entry.label ?? ""} onChange={(_, data) => edit({ label: data.value })} />
          </Field>
          <Field label="Search words (optional)" hint="Other words people may search for, with commas between them.">
            <Input
              value={keywords}
              onChange={(_, data) => {
                setKeywords(data.value);
                edit({ keywords: keywordList(data.value) });
              }}
            />
          </Field>
          <Checkbox
            checked={entry.agencySpecific === true}
            label={`Points to resources only ${agency ?? "one agency"} has (agency-specific)`}
            onChange={(_, data) => edit({ agencySpecific: data.checked === true })}
          />
        </div>
      )}
      {childEntries.length > 0 && (
        <ul className={card.children} aria-label={`Items under: ${name}`}>
          {childEntries.map((item, i) => (
            <EntryCard
              key={item.id}
              entry={item}
              library={library}
              index={i}
              count={childEntries.length}
              problems={problems}
              onEdit={onEdit}
              startOpen={item.id === newId}
              newId={newId}
              child
            />
          ))}
        </ul>
      )}
      {onAddChild && childEntries.length > 0 && (
        <div>
          <Button size="small" aria-label={`Add an item under: ${name}`} onClick={onAddChild}>
            Add an item under this one
          </Button>
        </div>
      )}
    </li>
  );
}
