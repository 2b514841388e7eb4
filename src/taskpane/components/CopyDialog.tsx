import { useEffect, useRef } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export type CopyDialogProps = { text: string; onClose: () => void };

/** Shown when the clipboard refused the text: it is selected so Ctrl+C copies it. */
export function CopyDialog({ text, onClose }: CopyDialogProps) {
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // After the dialog has moved focus into itself.
    const timer = setTimeout(() => {
      area.current?.focus();
      area.current?.select();
    }, 0);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Copy this text</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Press Ctrl+C (Cmd+C on a Mac) to copy" hint="Word did not let the pane use the clipboard.">
              <Textarea ref={area} readOnly value={text} resize="vertical" rows={6} data-testid="copy-fallback-text" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
