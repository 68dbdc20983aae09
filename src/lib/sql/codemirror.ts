// The console's editor: CodeMirror 6 with SQL highlighting and completion of table and column names.
// Imported only when the console opens (a dynamic import), so the atlas never loads it otherwise.
import { basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';

export interface SqlEditor {
  setDoc(text: string): void;
  insert(text: string): void;
  setSchema(schema: Record<string, string[]>): void;
  focus(): void;
  destroy(): void;
}

export function createSqlEditor(
  parent: HTMLElement,
  opts: { doc: string; label: string; schema: Record<string, string[]>; onChange: (text: string) => void; onRun: () => void },
): SqlEditor {
  const language = new Compartment();
  const config = (schema: Record<string, string[]>) =>
    sql({ dialect: PostgreSQL, schema: schema as SQLNamespace, upperCaseKeywords: true });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.doc,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => (opts.onRun(), true) }]),
        basicSetup,
        language.of(config(opts.schema)),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': opts.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) opts.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setDoc: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    insert: (text) => {
      const { from, to } = view.state.selection.main;
      view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } });
      view.focus();
    },
    setSchema: (schema) => view.dispatch({ effects: language.reconfigure(config(schema)) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
