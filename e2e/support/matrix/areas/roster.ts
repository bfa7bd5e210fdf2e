// Matrix rows of the roster area (issue 7). Filled in with the area's pages, handlers and actions.
import type { MatrixArea } from "./area";

export const rosterArea: MatrixArea = {
  name: "roster",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
