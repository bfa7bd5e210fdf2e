// The allotment form's rows from an AllotmentsView: each target with, per title, its allotment,
// what it sent up and what it handed out below.
import type { AllotmentsView } from "./allotment-commands";

export function allotmentRows(view: AllotmentsView) {
  return view.targets.map((target) => ({
    id: target.id,
    name: target.name,
    isLevel: target.isLevel,
    cells: Object.fromEntries(
      view.titles.map((title) => [
        title.id,
        {
          quota: view.quotas.get(target.id)?.get(title.id) ?? null,
          sentUp: view.sentUp.get(target.id)?.get(title.id) ?? 0,
          handedOut: view.handedOut.get(target.id)?.get(title.id) ?? 0,
        },
      ]),
    ),
  }));
}
