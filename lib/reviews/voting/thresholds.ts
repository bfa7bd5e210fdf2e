// Thresholds of the council vote (bỏ phiếu kín): integer arithmetic against the council's total
// membership, so absent members count against a candidate exactly as the rules of practice
// say ("90% or more of the members", "more than 50%"). Pure; closeVote does the same in SQL.

export interface ThresholdInput {
  approvals: number;
  /** Council members when the vote opened (not the ballots cast). */
  membership: number;
  thresholdPercent: number;
  /** "More than" the share instead of "at least". */
  strict: boolean;
}

/** True when `approvals` reach the title's threshold of the membership. */
export function isApproved({ approvals, membership, thresholdPercent, strict }: ThresholdInput): boolean {
  return strict ? approvals * 100 > thresholdPercent * membership : approvals * 100 >= thresholdPercent * membership;
}

/** Members who must cast a ballot (in person or in writing) before the vote may close; 0 without a quorum. */
export function quorumRequired(membership: number, quorumPercent: number | null): number {
  if (quorumPercent === null) return 0;
  return Math.ceil((membership * quorumPercent) / 100);
}

/** The fewest approvals that pass the threshold (for "≥ 9/10" or "> 4/8" on the results). */
export function approvalsNeeded({ membership, thresholdPercent, strict }: Omit<ThresholdInput, "approvals">): number {
  const share = thresholdPercent * membership;
  return strict ? Math.floor(share / 100) + 1 : Math.ceil(share / 100);
}

/** The bound shown next to the comparison: "≥ 9" (at least) or "> 4" (more than). */
export function thresholdBound({ membership, thresholdPercent, strict }: Omit<ThresholdInput, "approvals">): {
  comparison: "atLeast" | "moreThan";
  count: string;
} {
  const share = (thresholdPercent * membership) / 100;
  // A fractional bound ("> 3.5") is shown as is: it is what the rule says.
  const count = Number.isInteger(share) ? String(share) : share.toFixed(2).replace(/0+$/, "");
  return { comparison: strict ? "moreThan" : "atLeast", count };
}
