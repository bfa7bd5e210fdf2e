// Chart fills: each at least 3:1 against white (WCAG 1.4.11 for graphics) and apart in hue, with
// white gaps between stacked segments; every chart also has a legend and its data table.
import type { StatusGroup } from "@/lib/dashboard/queries";

export const chartColors = {
  brand: "#912018",
  sky: "#0369a1",
  amber: "#b45309",
  emerald: "#047857",
  violet: "#6d28d9",
  stone: "#57534e",
} as const;

export const groupColors: Record<StatusGroup, string> = {
  draft: chartColors.stone,
  submitted: chartColors.sky,
  inReview: chartColors.amber,
  approved: chartColors.emerald,
  notSelected: chartColors.violet,
  withdrawn: chartColors.stone,
};
