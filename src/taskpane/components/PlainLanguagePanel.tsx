import { useEffect, useId, useRef, useState, type Ref } from "react";
import { Button, Label, makeStyles, mergeClasses, Radio, RadioGroup, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { BEFORE_SECTIONS_ID, type PlainHint } from "../../core/plainLanguage";
import type { CursorPlace, DocumentGateway } from "../../word/gateway";
import type { DocumentOverviewModel } from "../hooks/useDocumentOverview";
import { PANEL_FOCUS } from "../hooks/usePanel";
import { usePlainLanguage, type PlainLanguageModel } from "../hooks/usePlainLanguage";
import { HighlightedText } from "./HighlightedText";
import { usePaneStyles } from "./Pane.styles";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  facts: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  counts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  here: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  // Focus lands on a card after Replace or Ignore takes the one before it away.
  card: {
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  sentence: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  say: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  radios: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Hints drawn at first, and added by each "Show more": a whole document can hold thousands. */
const PAGE = 25;

export type PlainLanguagePanelProps = {
  id: string;
  /** Focus goes to the panel's heading when it opens. */
  panelRef: Ref<HTMLElement>;
  gateway: DocumentGateway;
  overview: Pick<DocumentOverviewModel, "state" | "present" | "refresh" | "recheck">;
  /** Where the cursor is (the last detection), which the hints follow. */
  place: CursorPlace | null;
  onClose: () => void;
};

const hintsWord = (n: number) => (n === 1 ? "1 hint" : `${n} hints`);

/** `onAct` runs as an action starts (the card may go before it ends), `onRefused` if it changed nothing. */
type HintCardProps = { hint: PlainHint; model: PlainLanguageModel; showSection: string | null; onAct: () => void; onRefused: () => void };

function HintCard({ hint, model, showSection, onAct, onRefused }: HintCardProps) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const sayId = useId();
  const [chosen, setChosen] = useState(hint.alternatives[0]!.sayIndex);
  const choice = hint.alternatives.find((a) => a.sayIndex === chosen) ?? hint.alternatives[0]!;
  const same = model.sameWords(hint);
  const what = choice.text === "" ? `Leave out “${hint.text}”` : `Replace “${hint.text}” with “${choice.text}”`;
  const act = (work: () => Promise<boolean | void>) => {
    onAct();
    void work().then((done) => done === false && onRefused());
  };
  return (
    <li className={mergeClasses(paneStyles.panelItem, styles.card)} tabIndex={-1} data-hint-key={hint.key} data-testid="plain-hint">
      {showSection && <span className={styles.where}>{showSection}</span>}
      <p className={styles.sentence}>
        <HighlightedText text={hint.sentence.text} highlights={[{ start: hint.sentence.markStart, end: hint.sentence.markEnd }]} />
      </p>
      {hint.alternatives.length === 1 ? (
        <p className={styles.say}>
          Say instead: <strong>{choice.label}</strong>
        </p>
      ) : (
        <div className={styles.radios}>
          <Label id={sayId} size="small">
            Say instead of “{hint.text}”
          </Label>
          <RadioGroup aria-labelledby={sayId} value={String(chosen)} onChange={(_, data) => setChosen(Number(data.value))}>
            {hint.alternatives.map((a) => (
              <Radio key={a.sayIndex} value={String(a.sayIndex)} label={a.label} />
            ))}
          </RadioGroup>
        </div>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="primary" aria-label={what} disabledFocusable={model.busy} onClick={() => act(() => model.replace(hint, choice.sayIndex))}>
          {choice.text === "" ? "Leave out" : "Replace"}
        </Button>
        {same > 1 && (
          <Button
            size="small"
            aria-label={`${choice.text === "" ? "Leave out" : "Replace"} all ${same} occurrences of “${hint.text}”`}
            disabledFocusable={model.busy}
            onClick={() => act(() => model.replaceAll(hint, choice.sayIndex))}
          >
            {choice.text === "" ? "Leave out all" : "Replace all"} ({same})
          </Button>
        )}
        <Button size="small" appearance="subtle" aria-label={`Ignore “${hint.text}” in this sentence`} onClick={() => act(() => model.ignore(hint))}>
          Ignore
        </Button>
      </div>
    </li>
  );
}

/**
 * Plain language in the PD: the words of the federal plain-language list in the section under the cursor (or the
 * whole document), each with the sentence it is in and what to say instead, to replace here, everywhere, or ignore;
 * the hints per section and the document's reading grade level, so that progress shows.
 */
export function PlainLanguagePanel({ id, panelRef, gateway, overview, place, onClose }: PlainLanguagePanelProps) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const titleId = useId();
  const model = usePlainLanguage(gateway, overview, place);
  const { reading, scope, shown, counts, cursorSection } = model;
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // After Replace or Ignore the card goes (once the document is read again): focus then goes to the card that takes
  // its place, or the heading. A refused replacement leaves the card, and focus, where they were.
  const leaving = useRef<{ key: string; index: number } | null>(null);
  useEffect(() => {
    const gone = leaving.current;
    if (!gone || shown.some((hint) => hint.key === gone.key)) return;
    leaving.current = null;
    const cards = list.current?.querySelectorAll<HTMLElement>("[data-hint-key]") ?? [];
    (cards[Math.min(gone.index, cards.length - 1)] ?? heading.current)?.focus();
  }, [shown]);

  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const scopeName = scope === "document" ? "Whole document" : (cursorSection?.name ?? null);
  return (
    <section id={id} ref={panelRef} aria-labelledby={titleId} className={styles.panel} data-testid="plain-panel">
      <h2 id={titleId} ref={heading} className={paneStyles.heading} tabIndex={-1} {...PANEL_FOCUS}>
        Plain language
      </h2>
      <div className={styles.toolbar}>
        <Switch
          label="Whole document"
          checked={scope === "document"}
          onChange={(_, data) => {
            model.setScope(data.checked ? "document" : "section");
            setLimit(PAGE);
          }}
          data-testid="plain-scope"
        />
        <Button size="small" appearance="subtle" onClick={onClose}>
          Close plain language
        </Button>
      </div>
      {model.problem && <ProblemBar problem={model.problem} onDismiss={model.dismissProblem} data-testid="plain-problem" />}
      {!reading ? (
        <Spinner size="tiny" label="Reading the document…" />
      ) : (
        <>
          <p className={styles.facts} data-testid="plain-summary">
            {reading.grade ? `Reading grade level ${reading.grade.grade.toFixed(1)} (Flesch–Kincaid)` : "No body text to grade yet"} ·{" "}
            {hintsWord(total)} in the document
          </p>
          <ul className={styles.counts} aria-label="Hints by section" data-testid="plain-counts">
            {/* The title block counts only where it has hints: it is not a part of the PD users think of. */}
            {counts.filter(({ section, count }) => count > 0 || section.sectionId !== BEFORE_SECTIONS_ID).map(({ section, count }) => (
              <li key={section.key} className={section.key === cursorSection?.key ? styles.here : undefined}>
                {section.name}: {hintsWord(count)}
                {section.key === cursorSection?.key ? " (cursor here)" : ""}
              </li>
            ))}
          </ul>
          <Text weight="semibold" as="h3" data-testid="plain-scope-summary">
            {scopeName ? `${scopeName}: ${hintsWord(shown.length)}` : "Put the cursor in the PD's text, or switch on Whole document."}
          </Text>
          {scopeName && shown.length === 0 && (
            <p className={paneStyles.empty}>No plain-language hints {scope === "document" ? "in this document" : "in this section"}.</p>
          )}
          {shown.length > 0 && (
            <ul ref={list} className={paneStyles.panelList} aria-label="Hints">
              {shown.slice(0, limit).map((hint, index) => (
                <HintCard
                  key={hint.key}
                  hint={hint}
                  model={model}
                  showSection={scope === "document" ? (reading.doc.sections.find((s) => s.key === hint.sectionKey)?.name ?? null) : null}
                  onAct={() => (leaving.current = { key: hint.key, index })}
                  onRefused={() => (leaving.current = null)}
                />
              ))}
            </ul>
          )}
          {shown.length > limit && (
            <Button size="small" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, shown.length - limit)} more ({shown.length - limit} not shown)
            </Button>
          )}
        </>
      )}
    </section>
  );
}
