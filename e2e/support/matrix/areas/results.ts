// Matrix rows of the results area (issue 6).
import type { MatrixArea } from "./area";

export const resultsArea: MatrixArea = {
  name: "results",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
