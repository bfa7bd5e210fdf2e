/** Paragraph and list spacing for the achievement summary, in the editor and where it is shown (preflight removes list markers). */
export const richTextClasses =
  "[&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_strong]:font-semibold";
