"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { richTextClasses } from "./rich-text-styles";

interface Props {
  /** Id of the editable element (links to the field point here). */
  id: string;
  /** Id of the visible label (the editor is a contenteditable, not a labelable element). */
  labelId: string;
  describedBy?: string;
  initialHtml: string;
  isInvalid?: boolean;
  /** Called with the HTML after every change ("" when the editor is empty). */
  onChange(html: string): void;
}

// Only what the summary may hold (the server keeps the same tags: lib/nominations/rich-text.ts).
const extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
  }),
];

type Mark = "bold" | "italic" | "bulletList" | "orderedList";

const toggles: Record<Mark, (editor: Editor) => void> = {
  bold: (editor) => editor.chain().focus().toggleBold().run(),
  italic: (editor) => editor.chain().focus().toggleItalic().run(),
  bulletList: (editor) => editor.chain().focus().toggleBulletList().run(),
  orderedList: (editor) => editor.chain().focus().toggleOrderedList().run(),
};

/** The achievement summary editor: paragraphs, bold, italics and lists, with a labelled toolbar whose buttons say whether they are on. */
export function RichTextEditor({ id, labelId, describedBy, initialHtml, isInvalid, onChange }: Props) {
  const t = useTranslations("nominations.editor");
  // The content it starts with; later changes of the prop (a save re-rendering the page) must not reset the text.
  const [initialContent] = useState(initialHtml);
  // Stable between renders: tiptap re-applies options whenever this object changes.
  const editorProps = useMemo(
    () => ({
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(isInvalid ? { "aria-invalid": "true" } : {}),
        class: `min-h-48 px-3 py-2 focus:outline-none ${richTextClasses}`,
      },
    }),
    [id, labelId, describedBy, isInvalid],
  );
  const editor = useEditor({
    extensions,
    content: initialContent,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? "" : current.getHTML()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive("bold") ?? false,
      italic: current?.isActive("italic") ?? false,
      bulletList: current?.isActive("bulletList") ?? false,
      orderedList: current?.isActive("orderedList") ?? false,
    }),
  });
  const marks: Mark[] = ["bold", "italic", "bulletList", "orderedList"];
  return (
    <div className={`mt-1 rounded border bg-white ${isInvalid ? "border-red-600" : "border-stone-400"}`}>
      <div
        role="toolbar"
        aria-label={t("toolbar")}
        className="flex flex-wrap gap-1 border-b border-stone-300 bg-stone-50 p-1"
      >
        {marks.map((mark) => (
          <button
            key={mark}
            type="button"
            aria-pressed={active?.[mark] ?? false}
            disabled={!editor}
            onClick={() => editor && toggles[mark](editor)}
            className="rounded px-3 py-1 text-sm hover:bg-stone-200 aria-pressed:bg-brand-700 aria-pressed:text-white"
          >
            {t(mark)}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
