/**
 * The preview page: a sample document on the left that a person clicks in, and the real task pane on the
 * right, both talking to one Word stand-in instead of Word.
 */
import { Caption1, MessageBar, MessageBarBody, Switch, Tab, TabList, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Standin } from "../word/standin";
import { DocumentView } from "./DocumentView";
import { sampleDocuments, type SampleDocumentKey } from "../word/standin/sampleDocuments";
import { usePreviewGlobalStyles, usePreviewPageStyles } from "./usePreviewPageStyles.styles";

export type PreviewPageProps = {
  standin: Standin;
  /** Renders the task pane into the element (bootTaskpane); called once. */
  bootPane: (container: HTMLElement) => Promise<() => void>;
};

const isSampleKey = (value: unknown): value is SampleDocumentKey => typeof value === "string" && value in sampleDocuments;

function statusOf(standin: Standin): string {
  const { start, end } = standin.selection();
  const where =
    start.paragraph === end.paragraph && start.offset === end.offset
      ? `Cursor: paragraph ${start.paragraph + 1}, character ${start.offset}`
      : `Selection: paragraph ${start.paragraph + 1}:${start.offset} to ${end.paragraph + 1}:${end.offset}`;
  return `${where} · Syncs: ${standin.syncCount}`;
}

export function PreviewPage({ standin, bootPane }: PreviewPageProps) {
  usePreviewGlobalStyles();
  const styles = usePreviewPageStyles();
  const [documentKey, setDocumentKey] = useState<SampleDocumentKey>("pd");
  const [readOnly, setReadOnly] = useState(false);
  const [status, setStatus] = useState(() => statusOf(standin));
  const [paneError, setPaneError] = useState<string | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const paneBooted = useRef(false);
  const unmountPane = useRef<(() => void) | null>(null);

  useEffect(() => standin.onChange(() => setStatus(statusOf(standin))), [standin]);

  // The pane owns its own React root inside paneRef. Opening another document opens a fresh pane, as Word does,
  // so the pane reads the new document (its type, what it holds) at once.
  const startPane = useCallback(() => {
    const container = paneRef.current;
    if (!container) return;
    const previous = unmountPane.current;
    unmountPane.current = null;
    previous?.();
    bootPane(container)
      .then((unmount) => {
        unmountPane.current = unmount;
      })
      .catch((error: unknown) => setPaneError(error instanceof Error ? error.message : String(error)));
  }, [bootPane]);

  useEffect(() => {
    if (paneBooted.current) return;
    paneBooted.current = true;
    startPane();
  }, [startPane]);

  const showDocument = (key: SampleDocumentKey) => {
    setDocumentKey(key);
    standin.setSpec({ ...sampleDocuments[key].spec, readOnly });
    startPane();
  };

  const toggleReadOnly = (checked: boolean) => {
    setReadOnly(checked);
    // Keeps the current text and selection; only the document's write permission changes.
    standin.setSpec({ ...standin.spec(), readOnly: checked });
  };

  return (
    <div className={styles.root}>
      {/* The pane beside it brings its own banner and main landmarks, as in Word: the document is a region. */}
      <section className={styles.documentColumn} aria-labelledby={titleId}>
        <div className={styles.toolbar}>
          <Text as="h1" id={titleId} weight="semibold" size={300}>
            Word preview
          </Text>
          <TabList
            size="small"
            aria-label="Sample document"
            selectedValue={documentKey}
            onTabSelect={(_, data) => isSampleKey(data.value) && showDocument(data.value)}
          >
            {(Object.keys(sampleDocuments) as SampleDocumentKey[]).map((key) => (
              <Tab key={key} value={key}>
                {sampleDocuments[key].label}
              </Tab>
            ))}
          </TabList>
          <Switch label="Read-only (Viewing mode)" checked={readOnly} onChange={(_, data) => toggleReadOnly(data.checked)} />
          <Caption1 className={styles.status}>{status}</Caption1>
        </div>
        <div className={styles.scroll}>
          <DocumentView standin={standin} label={sampleDocuments[documentKey].label} />
        </div>
      </section>
      <div className={styles.paneColumn}>
        {paneError && (
          <MessageBar intent="error">
            <MessageBarBody>The task pane failed to start: {paneError}</MessageBarBody>
          </MessageBar>
        )}
        <div ref={paneRef} className={styles.pane} />
      </div>
    </div>
  );
}
