import { Field, Input } from "@fluentui/react-components";
import { usePageStyles } from "../../coverage/CoveragePage.styles";
import type { LibraryData } from "../../core/library";
import type { LibraryEdit } from "../../core/libraryEditing";
import { useEditorStyles } from "../LibraryEditor.styles";

export type PlaceholdersEditorProps = { data: LibraryData; onEdit: (edit: LibraryEdit) => void };

/** Each placeholder's label and default (the agency's name where the text says {{agency}}). */
export function PlaceholdersEditor({ data, onEdit }: PlaceholdersEditorProps) {
  const page = usePageStyles();
  const styles = useEditorStyles();
  return (
    <section className={page.section} aria-labelledby="placeholders-heading">
      <h2 id="placeholders-heading" className={page.heading}>
        Names filled into the text
      </h2>
      <p className={page.text}>
        Where an entry says {"{{agency}}"}, the pane puts the agency&apos;s name: the one each user sets, or the default here.
      </p>
      {Object.entries(data.placeholders).map(([name, placeholder]) => (
        <div key={name} className={styles.placeholder} role="group" aria-label={`{{${name}}}`}>
          <Field label={`Label of {{${name}}}`}>
            <Input value={placeholder.label} onChange={(_, field) => onEdit({ kind: "placeholder", name, label: field.value })} />
          </Field>
          <Field label={`Default for {{${name}}}`}>
            <Input value={placeholder.default} onChange={(_, field) => onEdit({ kind: "placeholder", name, default: field.value })} />
          </Field>
        </div>
      ))}
    </section>
  );
}
