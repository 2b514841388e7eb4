import { useId, useState, type FormEvent, type Ref } from "react";
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Switch, tokens } from "@fluentui/react-components";
import { AGENCY_NAME_MAX_LENGTH } from "../../core/agencyName";
import type { InsertForm, PaneSettings, WordProblem } from "../../word/gateway";
import type { LibraryInUse } from "../hostedLibrary";
import { PANEL_FOCUS } from "../hooks/usePanel";
import { usePaneStyles } from "./Pane.styles";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  about: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    "& p": { margin: 0 },
    "& ul": { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  },
});

export type SettingsPanelProps = {
  id: string;
  /** Focus goes to the agency name when the panel opens. */
  panelRef: Ref<HTMLElement>;
  settings: PaneSettings;
  /** What the agency becomes when left empty (e.g. "DHS"). */
  defaultAgency: string;
  /** The agency name written in the library ("Replaces DHS in the language"). */
  libraryAgency: string;
  /** The library the pane shows and where it came from, with why a hosted one was not used (for an admin). */
  libraryInUse: LibraryInUse;
  /** Word has WordApi 1.4 (track changes mode and comments): without it the review-workflow switches are unavailable. */
  canTrackAndComment: boolean;
  /** The comment an insertion would carry, as an example in the switch's hint ("CX language library 1.0.0 – Major Duties"). */
  exampleComment: string;
  onSave: (next: PaneSettings) => Promise<WordProblem | null>;
  /** The panel is done: saved (true) or cancelled (false). */
  onClose: (saved: boolean) => void;
};

type SaveState = { status: "editing" } | { status: "saving" } | { status: "error"; problem: WordProblem };

const INSERT_FORMS: readonly InsertForm[] = ["match", "paragraphs", "list"];

/** Why the review-workflow switches cannot be used (WordApi 1.4 brings Document.changeTrackingMode and Range.insertComment). */
const UNAVAILABLE = "Not available: this version of Word lacks Word API 1.4, which tracked insertions and comments need.";

/**
 * Agency name, how to insert outside a list, and the two review-workflow switches, inline under the header (a modal
 * dialog is cramped at 320 px). Mounted when opened, so it starts from the current settings.
 */

export function SettingsPanel({ id, panelRef, settings, defaultAgency, libraryAgency, libraryInUse, canTrackAndComment, exampleComment, onSave, onClose }: SettingsPanelProps) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const titleId = useId();
  const [agency, setAgency] = useState(settings.agency ?? "");
  const [insertForm, setInsertForm] = useState<InsertForm>(settings.insertForm);
  const [asTrackedChange, setAsTrackedChange] = useState(settings.insertAsTrackedChange);
  const [commentWithSource, setCommentWithSource] = useState(settings.commentWithSource);
  const [save, setSave] = useState<SaveState>({ status: "editing" });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSave({ status: "saving" });
    // The settings hook cleans the name (breaks, invisible characters, length) like every other source.
    const problem = await onSave({ ...settings, agency, insertForm, insertAsTrackedChange: asTrackedChange, commentWithSource });
    if (problem) setSave({ status: "error", problem });
    else onClose(true);
  };

  return (
    <section
      id={id}
      ref={panelRef}
      aria-labelledby={titleId}
      className={styles.panel}
      data-testid="settings-panel"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={titleId} className={paneStyles.heading}>
        Settings
      </h2>
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        <Field label="Agency name" hint={`Replaces ${libraryAgency || "the agency name"} in the language. Leave it empty to use ${defaultAgency}.`}>
          <Input {...PANEL_FOCUS} value={agency} placeholder={defaultAgency} maxLength={AGENCY_NAME_MAX_LENGTH} onChange={(_, data) => setAgency(data.value)} />
        </Field>
        <Field label="Insert text as">
          <RadioGroup value={insertForm} onChange={(_, data) => setInsertForm(INSERT_FORMS.find((form) => form === data.value) ?? "match")}>
            <Radio value="match" label="Match the surrounding text" />
            <Radio value="paragraphs" label="Paragraphs" />
            <Radio value="list" label="Bulleted list" />
          </RadioGroup>
        </Field>
        <Field
          hint={
            canTrackAndComment
              ? "Insertions show as tracked changes for the reviewer even where track changes is off; your track changes setting is put back afterwards."
              : UNAVAILABLE
          }
        >
          <Switch
            label="Insert as a tracked change"
            checked={canTrackAndComment && asTrackedChange}
            disabled={!canTrackAndComment}
            onChange={(_, data) => setAsTrackedChange(data.checked)}
          />
        </Field>
        <Field hint={canTrackAndComment ? `Inserted text gets a Word comment such as “${exampleComment}”.` : UNAVAILABLE}>
          <Switch
            label="Add a comment naming the source"
            checked={canTrackAndComment && commentWithSource}
            disabled={!canTrackAndComment}
            onChange={(_, data) => setCommentWithSource(data.checked)}
          />
        </Field>
        {save.status === "error" && (
          <ProblemBar
            problem={save.problem}
            note="Your settings apply for now, but could not be remembered for next time."
            onDismiss={() => setSave({ status: "editing" })}
          />
        )}
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={save.status === "saving"}>
            Save
          </Button>
          <Button onClick={() => onClose(false)}>{save.status === "error" ? "Close" : "Cancel"}</Button>
        </div>
      </form>
      <LibraryAbout inUse={libraryInUse} className={styles.about} />
    </section>
  );
}

/**
 * Which library the pane shows, and, when the host has a library.json that was not used, why (the check's reason:
 * its first line, then each problem as an item), so an admin looking here learns what to fix.
 */
function LibraryAbout({ inUse, className }: { inUse: LibraryInUse; className: string }) {
  const [summary, ...problems] = inUse.refusal?.split("\n") ?? [];
  return (
    <div className={className} data-testid="library-about">
      <p>
        CX library {inUse.library.version}, {inUse.hosted ? "from your organisation’s server" : "bundled with the add-in"}
      </p>
      {inUse.refusal !== null && (
        <>
          <p>The hosted library was not used: {summary}</p>
          {problems.length > 0 && (
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{problem.replace(/^\s*-\s*/, "")}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
