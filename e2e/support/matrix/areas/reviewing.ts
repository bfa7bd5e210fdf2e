// Matrix rows of the reviewing area (issue 6).
import type { MatrixArea } from "./area";

export const reviewingArea: MatrixArea = {
  name: "reviewing",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
