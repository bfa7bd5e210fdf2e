// Matrix rows of the vote area (issue 6).
import type { MatrixArea } from "./area";

export const voteArea: MatrixArea = {
  name: "vote",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
