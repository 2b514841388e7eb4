import { useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { usePageStyles } from "../coverage/CoveragePage.styles";
import { bundledLibraryData } from "../core/bundledLibrary";
import { checkHostedLibrary, HOSTED_LIBRARY_FILE } from "../core/hostedLibrary";
import { createLibrary, type LibraryData, type LibraryEntry, type LibrarySection } from "../core/library";
import { applyEdit, newEntryId, type LibraryEdit } from "../core/libraryEditing";
import { LIBRARY_MAX_BYTES } from "../core/libraryValidation";
import { fetchHostedLibrary } from "../taskpane/hostedLibrary";
import { EntryCard, entryName } from "./components/EntryCard";
import { PlaceholdersEditor } from "./components/PlaceholdersEditor";
import { SaveVersion } from "./components/SaveVersion";
import { sectionEntries } from "./editorOrder";
import { useEditorStyles } from "./LibraryEditor.styles";
import { openLibraryText, type OpenedLibrary } from "./openLibrary";
import { useProblems } from "./useProblems";

const BUNDLED = "the library built into the add-in";
const HOSTED = `${HOSTED_LIBRARY_FILE} hosted beside this page`;

/** Entries with problems listed at the top, each a link to its card; the rest are marked where they are. */
const ENTRIES_LISTED = 10;

type Editing = { opened: OpenedLibrary; edited: LibraryData; newId: string | null; key: number };
type Notice = { title: string; reasons: string[] };

/** What the pane uses: the hosted library when it is valid and newer than the built-in one, else the built-in one. */
async function paneLibrary(): Promise<{ opened: OpenedLibrary; notice: Notice | null }> {
  const bundled = { opened: { data: bundledLibraryData, from: BUNDLED } };
  const answer = await fetchHostedLibrary();
  if ("unreadable" in answer) return { ...bundled, notice: { title: `The pane does not use the ${HOSTED}`, reasons: [answer.unreadable] } };
  const check = checkHostedLibrary(answer.text, bundledLibraryData);
  if (check.use === "hosted") return { opened: { data: check.data, from: HOSTED }, notice: null };
  return {
    ...bundled,
    notice: check.reason === null ? null : { title: `The pane does not use the ${HOSTED}`, reasons: [check.reason, "Download it and open it here to see and fix each problem."] },
  };
}

function newEntry(data: LibraryData, section: LibrarySection) {
  const inSection = data.entries.filter((entry) => entry.section === section.id);
  const last = sectionEntries(data, section.id).at(-1)?.entry ?? inSection.at(-1);
  return {
    edit: {
      kind: "add",
      entry: {
        id: newEntryId(data, section.id),
        documentType: section.documentType,
        section: section.id,
        kind: last?.kind ?? (section.documentType === "PD" ? "duty-statement" : "performance-goal"),
        text: "",
      },
      ...(inSection.length > 0 ? { after: inSection.at(-1)!.id } : {}),
    } satisfies LibraryEdit,
  };
}

/** A new, empty item at the end of `parent`'s list, of the kind its items are. */
function newChild(data: LibraryData, parent: LibraryEntry, children: LibraryEntry[]) {
  return {
    kind: "add",
    entry: { id: newEntryId(data, parent.section, parent.id), documentType: parent.documentType, section: parent.section, kind: children[0]!.kind, text: "" },
    parent: parent.id,
  } satisfies LibraryEdit;
}

function Sections({ editing, onEdit }: { editing: Editing; onEdit: (edit: LibraryEdit, newId?: string) => void }) {
  const page = usePageStyles();
  const styles = useEditorStyles();
  const problems = useProblems(editing.edited);
  const library = useMemo(() => createLibrary(editing.edited), [editing.edited]);
  return (
    <>
      <p className={page.text} role="status" aria-busy={!problems.current} data-testid="problem-count">
        {problems.all.length === 0
          ? "No problems: this library can be saved."
          : `${problems.all.length.toLocaleString("en-US")} ${problems.all.length === 1 ? "problem" : "problems"} to fix before saving; each is shown with its entry.`}
      </p>
      {problems.byEntry.size > 0 && (
        <ul className={styles.problems} aria-label="Entries with problems" data-testid="problem-list">
          {editing.edited.entries
            .filter((entry) => problems.byEntry.has(entry.id))
            .slice(0, ENTRIES_LISTED)
            .map((entry) => (
              <li key={entry.id}>
                <Link href={`#entry-${entry.id}`}>{entryName(library, entry)}</Link>: {problems.byEntry.get(entry.id)!.map((problem) => problem.reason).join("; ")}
              </li>
            ))}
          {problems.byEntry.size > ENTRIES_LISTED && <li>and {(problems.byEntry.size - ENTRIES_LISTED).toLocaleString("en-US")} more entries, each marked below</li>}
        </ul>
      )}
      {problems.general.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Problems with the library as a whole</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.general.map((problem, i) => (
                <li key={i}>
                  {problem.entry === "(library)" ? "" : `${problem.entry}: `}
                  {problem.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <SaveVersion opened={editing.opened} edited={editing.edited} problems={problems} />
      <PlaceholdersEditor data={editing.edited} onEdit={onEdit} />
      {editing.edited.sections.map((section) => {
        const shown = sectionEntries(editing.edited, section.id);
        const { edit } = newEntry(editing.edited, section);
        return (
          <section key={section.id} className={page.section} aria-labelledby={`section-${section.id}`} data-testid={`section-${section.id}`}>
            <h2 id={`section-${section.id}`} className={page.heading}>
              {section.name}
            </h2>
            {section.description && <p className={`${page.text}`}>{section.description}</p>}
            <ul className={styles.sectionList}>
              {shown.map(({ entry, children }, i) => (
                <EntryCard
                  key={entry.id}
                  entry={entry}
                  library={library}
                  index={i}
                  count={shown.length}
                  problems={problems.byEntry}
                  onEdit={onEdit}
                  startOpen={entry.id === editing.newId}
                  childEntries={children}
                  newId={editing.newId}
                  onAddChild={() => {
                    const added = newChild(editing.edited, entry, children);
                    onEdit(added, added.entry.id);
                  }}
                />
              ))}
            </ul>
            <div>
              <Button onClick={() => onEdit(edit, edit.entry.id)}>Add an entry to {section.name}</Button>
            </div>
          </section>
        );
      })}
    </>
  );
}

/**
 * The library editor: opens the library the pane uses (or a chosen library.json), lists it as the pane does, checks
 * it with the build's validator as one types, and saves a new version to download. Nothing leaves the browser.
 */
export function LibraryEditor() {
  const page = usePageStyles();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refusal, setRefusal] = useState<Notice | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void paneLibrary().then(({ opened, notice: hostedNotice }) => {
      if (!live) return;
      setEditing((current) => current ?? { opened, edited: opened.data, newId: null, key: 0 });
      setNotice(hostedNotice);
    });
    return () => {
      live = false;
    };
  }, []);

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    if (file.size > LIBRARY_MAX_BYTES * 4) {
      setRefusal({ title: `${file.name} cannot be opened`, reasons: [`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a library may be at most 2 MB`] });
      return;
    }
    const attempt = openLibraryText(await file.text(), file.name);
    if (!attempt.ok) {
      setRefusal({ title: `${file.name} cannot be opened`, reasons: attempt.reasons });
      return;
    }
    setRefusal(null);
    setNotice(null);
    setEditing((current) => ({ opened: attempt.opened, edited: attempt.opened.data, newId: null, key: (current?.key ?? 0) + 1 }));
  };

  // Edits live only in this page until downloaded: leaving or opening another file asks first.
  const unsaved = editing !== null && editing.edited !== editing.opened.data;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  const openFile = () => {
    if (unsaved && !window.confirm("Open another library? The changes made here are lost unless you have downloaded them.")) return;
    input.current?.click();
  };

  const edit = (change: LibraryEdit, newId?: string) =>
    setEditing((current) => current && { ...current, edited: applyEdit(current.edited, change), newId: newId ?? current.newId });

  return (
    <div className={page.root}>
      <main className={page.main}>
        <header className={page.section}>
          <h1 className={page.title}>CX library editor</h1>
          <p className={page.text}>
            Change your agency&apos;s CX language: reword entries, add your own, retire those you no longer use. Each entry is shown as the pane will show it.
          </p>
          <p className={page.text}>
            <strong>Nothing is sent anywhere:</strong> the library is opened and edited in this browser, and saved only when you download it.
          </p>
          <div className={page.row}>
            <Button onClick={openFile}>Open a library file</Button>
            <input ref={input} type="file" accept=".json,application/json" className={page.hiddenInput} aria-hidden="true" tabIndex={-1} onChange={(event) => void chosen(event)} />
            {editing && (
              <Text data-testid="opened">
                Open: {editing.opened.from}, version {editing.opened.data.version} of {editing.opened.data.date}
              </Text>
            )}
          </div>
        </header>
        {[refusal, notice].map(
          (shown, i) =>
            shown && (
              <MessageBar key={i} intent={i === 0 ? "error" : "warning"} layout="multiline" data-testid={i === 0 ? "refusal" : "notice"}>
                <MessageBarBody>
                  <MessageBarTitle>{shown.title}</MessageBarTitle>
                  <ul>
                    {shown.reasons.map((reason, k) => (
                      <li key={k}>{reason}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ),
        )}
        {editing ? <Sections key={editing.key} editing={editing} onEdit={edit} /> : <Text>Opening the library…</Text>}
      </main>
    </div>
  );
}
