// Matrix rows of the posting area (issue 6).
import type { MatrixArea } from "./area";

export const postingArea: MatrixArea = {
  name: "posting",
  async setup() {
    return {};
  },
  pageCases: [],
  handlerCases: [],
  actionCases: [],
};
