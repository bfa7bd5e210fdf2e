// The text alternative of a chart (its aria-label): what it shows and the first values; the
// data table right below the chart has them all.

const maxItems = 8;

interface SummaryMessages {
  item: (label: string, value: string) => string;
  more: (count: number) => string;
}

/** "Title: label: value; label: value; … and N more". */
export function chartSummary(
  title: string,
  items: { label: string; value: string }[],
  messages: SummaryMessages,
): string {
  const shown = items.slice(0, maxItems).map((item) => messages.item(item.label, item.value));
  if (items.length > maxItems) shown.push(messages.more(items.length - maxItems));
  return `${title}. ${shown.join("; ")}`;
}
