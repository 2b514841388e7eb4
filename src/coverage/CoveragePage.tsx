import { useMemo, useRef } from "react";
import { coverageSummary } from "../core/coverage";
import type { Library } from "../core/library";
import { ChooseFiles } from "./components/ChooseFiles";
import { CoverageSummary } from "./components/CoverageSummary";
import { Downloads } from "./components/Downloads";
import { FilesTable } from "./components/FilesTable";
import { ReadingProgress } from "./components/ReadingProgress";
import { usePageStyles } from "./CoveragePage.styles";
import { SECTION_NAMES } from "./sectionNames";
import { useCoverageBatch } from "./useCoverageBatch";

export type CoveragePageProps = { library: Library };

/** The coverage page: choose PDs, read them in the browser, see and download where CX language stands. */
export function CoveragePage({ library }: CoveragePageProps) {
  const styles = usePageStyles();
  const { state, start, cancel } = useCoverageBatch(library.version);
  const summary = useMemo(() => coverageSummary(state.report), [state.report]);
  const main = useRef<HTMLElement>(null);

  const cancelled = () => {
    cancel();
    // Cancel goes away with the reading: focus goes to what was read.
    requestAnimationFrame(() => main.current?.querySelector<HTMLElement>("#summary-heading")?.focus());
  };

  return (
    <div className={styles.root}>
      <main className={styles.main} ref={main}>
        <header className={styles.section}>
          <h1 className={styles.title}>CX coverage across PDs</h1>
          <p className={styles.text}>
            See, section by section, which Position Descriptions carry CX language (approved, adapted or an earlier wording) and which to work on next.
          </p>
          <p className={styles.text}>
            <strong>Your files stay on this computer:</strong> they are read here in your browser and never uploaded.
          </p>
        </header>
        <ChooseFiles disabled={state.phase === "reading"} onChosen={({ files, skipped }) => start(files, skipped)} />
        <ReadingProgress state={state} onCancel={cancelled} />
        {state.phase !== "empty" ? (
          <>
            <CoverageSummary summary={summary} sections={SECTION_NAMES} />
            {state.phase !== "reading" && state.report.files.length > 0 ? <Downloads report={state.report} /> : null}
            <FilesTable files={state.report.files} sections={SECTION_NAMES} />
          </>
        ) : null}
      </main>
    </div>
  );
}
