// The matrix areas, in the order their fixtures are created.
import type { MatrixArea } from "./area";
import { councilArea } from "./council";
import { dashboardArea } from "./dashboard";
import { decisionArea } from "./decision";
import { nominationSubmitArea } from "./nomination-submit";
import { levelsArea } from "./levels";
import { postingArea } from "./posting";
import { resultsArea } from "./results";
import { rosterArea } from "./roster";
import { rosterAdminArea } from "./roster-admin";
import { rosterExportsArea } from "./roster-exports";
import { reviewingArea } from "./reviewing";
import { voteArea } from "./vote";

export const matrixAreas: MatrixArea[] = [
  councilArea,
  reviewingArea,
  resultsArea,
  postingArea,
  voteArea,
  decisionArea,
  rosterArea,
  rosterExportsArea,
  rosterAdminArea,
  dashboardArea,
  nominationSubmitArea,
  levelsArea,
];
