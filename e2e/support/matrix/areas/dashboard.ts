// Matrix rows of the dashboard area (issue 7). Filled in with the area's pages, handlers and actions.
import type { MatrixArea } from "./area";

export const dashboardArea: MatrixArea = {
  name: "dashboard",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
