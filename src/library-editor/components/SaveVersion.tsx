import { useState } from "react";
import { Button, mergeClasses, Text } from "@fluentui/react-components";
import { usePageStyles } from "../../coverage/CoveragePage.styles";
import { saveFile } from "../../coverage/components/Downloads";
import { createLibrary, type LibraryData } from "../../core/library";
import { changeSummaryText, libraryChanges, releasedLibrary, releaseKind, type LibraryChanges } from "../../core/libraryEditing";
import { findLibraryProblems } from "../../core/libraryValidation";
import { ChangedWords } from "../../taskpane/components/EntryChanges";
import { useEditorStyles } from "../LibraryEditor.styles";
import type { OpenedLibrary } from "../openLibrary";
import type { ShownProblems } from "../useProblems";
import { entryName } from "./EntryCard";

/** Today in the editor's own time zone, as the library writes dates (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const RELEASE_WORDS = { patch: "wording changes", minor: "new entries", major: "retired entries" } as const;

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

type Saved = { edited: LibraryData; released: LibraryData; changes: LibraryChanges };

export type SaveVersionProps = { opened: OpenedLibrary; edited: LibraryData; problems: ShownProblems };

/**
 * Save a new version: the version raised as the content README says, old wordings recorded, today's date; then what
 * changed since the version opened (added, retired, reworded word by word) and the two downloads.
 */
export function SaveVersion({ opened, edited, problems }: SaveVersionProps) {
  const page = usePageStyles();
  const styles = useEditorStyles();
  const [saved, setSaved] = useState<Saved | null>(null);
  const changes = libraryChanges(opened.data, edited);
  const kind = releaseKind(changes);
  const blocked = problems.all.length > 0 ? `Fix the ${count(problems.all.length, "problem", "problems")} first.` : kind === null ? "Nothing has changed since it was opened." : null;
  const shown = saved !== null && saved.edited === edited ? saved : null;
  const releasedProblems = shown ? findLibraryProblems(shown.released) : [];
  const library = createLibrary(edited);
  const name = (id: string) => {
    const entry = library.entry(id);
    return entry ? `${entryName(library, entry)} (${id})` : id;
  };

  return (
    <section className={page.section} aria-labelledby="save-heading">
      <h2 id="save-heading" className={page.heading}>
        Save a new version
      </h2>
      <p className={page.text}>
        Saving raises the version (for {kind ? RELEASE_WORDS[kind] : "wording changes, new or retired entries"}), sets today&apos;s date and keeps each old wording so documents
        that hold it are still recognised. Then download the new library.json for IT to place beside the add-in.
      </p>
      <div className={page.row}>
        <Button
          appearance="primary"
          disabledFocusable={blocked !== null || !problems.current}
          aria-describedby={blocked ? "save-blocked" : undefined}
          onClick={() => setSaved({ edited, released: releasedLibrary(opened.data, edited, today()), changes })}
        >
          Save a new version
        </Button>
        {blocked && (
          <Text id="save-blocked" className={page.muted}>
            {blocked}
          </Text>
        )}
      </div>
      {shown && (
        <div className={styles.summary} data-testid="change-summary" role="region" aria-labelledby="summary-heading">
          <h3 id="summary-heading" className={page.heading} tabIndex={-1}>
            Version {shown.released.version}, dated {shown.released.date}
          </h3>
          <p className={page.text}>Changes since version {opened.data.version}:</p>
          <ChangeList changes={shown.changes} name={name} />
          {releasedProblems.length > 0 ? (
            <p className={page.text} role="alert">
              The saved library has problems and cannot be used: {releasedProblems.map((p) => `${p.entry}: ${p.reason}`).join("; ")}
            </p>
          ) : (
            <div className={page.row}>
              <Button appearance="primary" onClick={() => saveFile(`${JSON.stringify(shown.released, null, 2)}\n`, "application/json", "library.json")}>
                Download library.json
              </Button>
              <Button onClick={() => saveFile(changeSummaryText(opened.data, shown.released), "text/plain;charset=utf-8", `library-${shown.released.version}-changes.txt`)}>
                Download the change summary
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function ChangeList({ changes, name }: { changes: LibraryChanges; name: (id: string) => string }) {
  const page = usePageStyles();
  const styles = useEditorStyles();
  const groups: [string, string[]][] = [
    ["Added", changes.added],
    ["Retired", changes.retired],
    ["Brought back", changes.unretired],
  ];
  return (
    <>
      {groups
        .filter(([, ids]) => ids.length > 0)
        .map(([title, ids]) => (
          <div key={title}>
            <h4 className={page.text}>
              {title} ({ids.length})
            </h4>
            <ul className={styles.changeList}>
              {ids.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ul>
          </div>
        ))}
      {changes.reworded.length > 0 && (
        <div>
          <h4 className={page.text}>Reworded ({changes.reworded.length})</h4>
          <p className={mergeClasses(page.text, page.muted)}>Underlined words are new; struck-through words are gone.</p>
          <ul className={styles.changeList}>
            {changes.reworded.map((change) => (
              <li key={change.id} data-testid={`reworded-${change.id}`}>
                <Text block weight="semibold">
                  {change.id}
                </Text>
                <ChangedWords changes={change.changes} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {changes.otherwise.length > 0 && (
        <div>
          <h4 className={page.text}>Other changes ({changes.otherwise.length})</h4>
          <ul className={styles.changeList}>
            {changes.otherwise.map((change) => (
              <li key={change.id}>
                {change.id}: {change.fields.join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
