import { Button, mergeClasses } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { filesFromDrop, filesFromInput, type ChosenFiles } from "../chosenFiles";
import { usePageStyles } from "../CoveragePage.styles";

export type ChooseFilesProps = { disabled: boolean; onChosen(chosen: ChosenFiles): void };

/** The two file inputs (files, a folder) behind buttons, and the zone that takes dropped files and folders. */
export function ChooseFiles({ disabled, onChosen }: ChooseFilesProps) {
  const styles = usePageStyles();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const chosen = (input: HTMLInputElement) => {
    const picked = filesFromInput(input.files);
    input.value = ""; // choosing the same files again starts a new report
    if (picked.files.length > 0 || picked.skipped > 0) onChosen(picked);
  };
  const over = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    void filesFromDrop(event.dataTransfer).then((picked) => {
      if (picked.files.length > 0 || picked.skipped > 0) onChosen(picked);
    });
  };

  return (
    <div
      className={mergeClasses(styles.dropZone, dragging && styles.dropZoneActive)}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={() => filesInput.current?.click()}>
          Choose PD files
        </Button>
        <Button disabled={disabled} onClick={() => folderInput.current?.click()}>
          Choose a folder
        </Button>
      </div>
      <p className={mergeClasses(styles.text, styles.muted)}>
        Or drop .docx files or folders here. In a folder, every Word document is read, in its subfolders too.
      </p>
      <input
        ref={filesInput}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label="Choose PD files"
        tabIndex={-1}
        onChange={(event) => chosen(event.currentTarget)}
        data-testid="files-input"
      />
      <input
        ref={folderInput}
        className={styles.hiddenInput}
        type="file"
        // React passes it on as it is; TypeScript's DOM types do not know it.
        {...{ webkitdirectory: "" }}
        aria-label="Choose a folder"
        tabIndex={-1}
        onChange={(event) => chosen(event.currentTarget)}
        data-testid="folder-input"
      />
    </div>
  );
}
