// Matrix rows of the decision area (issue 6).
import type { MatrixArea } from "./area";

export const decisionArea: MatrixArea = {
  name: "decision",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
