// Matrix rows of the council area (issue 6).
import type { MatrixArea } from "./area";

export const councilArea: MatrixArea = {
  name: "council",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
