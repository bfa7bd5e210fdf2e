// The matrix areas, in the order their fixtures are created.
import type { MatrixArea } from "./area";
import { councilArea } from "./council";
import { decisionArea } from "./decision";
import { postingArea } from "./posting";
import { resultsArea } from "./results";
import { reviewingArea } from "./reviewing";
import { voteArea } from "./vote";

export const matrixAreas: MatrixArea[] = [councilArea, reviewingArea, resultsArea, postingArea, voteArea, decisionArea];
