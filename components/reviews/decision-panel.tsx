// The decision (quyết định) of a movement after its vote: filled in by the decision work of issue 6.
export async function DecisionPanel(_props: { movementId: string }) {
  return null;
}
