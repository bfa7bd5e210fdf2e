// Matrix rows of the rosterAdmin area (issue 7). Filled in with the area's pages, handlers and actions.
import type { MatrixArea } from "./area";

export const rosterAdminArea: MatrixArea = {
  name: "rosterAdmin",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
