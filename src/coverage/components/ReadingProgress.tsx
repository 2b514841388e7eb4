import { Button, Field, mergeClasses, ProgressBar } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useAnnounce } from "../../taskpane/components/LiveRegion";
import type { BatchState } from "../useCoverageBatch";
import { usePageStyles } from "../CoveragePage.styles";
import { count, progressWords, timeLeftWords } from "../wording";

/** Announced to screen readers at each tenth of the batch, not at every file. */
const ANNOUNCE_STEPS = 10;

export type ReadingProgressProps = { state: BatchState; onCancel(): void };

/** The progress bar with "120 of 1,000 PDs read", the time left and Cancel; after the batch, how it ended. */
export function ReadingProgress({ state, onCancel }: ReadingProgressProps) {
  const styles = usePageStyles();
  const announce = useAnnounce();
  const { phase, read, total, elapsedMs, skipped } = state;
  const words = progressWords(read, total);
  const step = total === 0 ? 0 : Math.floor((read / total) * ANNOUNCE_STEPS);
  const announced = useRef(-1);

  useEffect(() => {
    if (phase === "reading" && step > announced.current && read < total) {
      if (announced.current >= 0) announce(words);
      announced.current = step;
    } else if (phase === "done") {
      announce(`Done: ${words}.`);
      announced.current = -1;
    } else if (phase === "cancelled") {
      announce(`Cancelled: ${words}.`);
      announced.current = -1;
    }
    // Only a new tenth or a new phase is worth saying; `words` changes with every update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase, step]);

  if (phase === "empty") return null;
  const timeLeft = phase === "reading" ? timeLeftWords(read, total, elapsedMs) : null;
  const ending =
    phase === "done"
      ? `Done: ${words}.`
      : phase === "cancelled"
        ? `Cancelled: ${words}. What was read is below; choose the files again to read them all.`
        : null;
  return (
    <section className={styles.progress} aria-labelledby="progress-heading">
      <h2 id="progress-heading" className={styles.visuallyHidden}>
        Progress
      </h2>
      <Field label={words} validationState="none" validationMessage={phase === "reading" ? (timeLeft ?? "Estimating the time left…") : ending}>
        <ProgressBar value={total === 0 ? 0 : read / total} max={1} thickness="large" />
      </Field>
      {skipped > 0 ? (
        <p className={mergeClasses(styles.text, styles.muted)}>
          Left out: {count(skipped)} other {skipped === 1 ? "file" : "files"} in the folders chosen (not Word documents, Word&apos;s lock files or hidden
          files).
        </p>
      ) : null}
      {phase === "reading" ? (
        <div className={styles.row}>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      ) : null}
    </section>
  );
}
