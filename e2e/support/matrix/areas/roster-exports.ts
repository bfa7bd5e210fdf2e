// Matrix rows of the rosterExports area (issue 7). Filled in with the area's pages, handlers and actions.
import type { MatrixArea } from "./area";

export const rosterExportsArea: MatrixArea = {
  name: "rosterExports",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
