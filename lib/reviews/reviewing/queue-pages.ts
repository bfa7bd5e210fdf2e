// Which rows one page of the reviewer's queue needs. The queue is a run of segments (one status
// group of one movement each) whose sizes the per-movement progress already counted, so a page
// reads only the segments it falls in, each from the index on (reviewer, status, movement)
// rather than sorting every assignment of the reviewer.
import type { QueueStatusFilter } from "./queue-params";

export interface QueueSegment {
  movementId: string;
  isSubmitted: boolean;
  count: number;
}

export interface QueueSlice extends QueueSegment {
  /** Rows of the segment to skip, then to take, in the segment's own order. */
  skip: number;
  take: number;
}

/**
 * The queue's segments in queue order: what is left to score before what is submitted, each
 * group by movement in the order given (newest first); empty segments and filtered-out ones left out.
 */
export function queueSegments(
  movements: readonly { movementId: string; submitted: number; total: number }[],
  filters: { movement?: string; status?: QueueStatusFilter },
): QueueSegment[] {
  const shown = movements.filter((movement) => !filters.movement || movement.movementId === filters.movement);
  const groups = filters.status ? [filters.status === "submitted"] : [false, true];
  return groups.flatMap((isSubmitted) =>
    shown
      .map((movement) => ({
        movementId: movement.movementId,
        isSubmitted,
        count: isSubmitted ? movement.submitted : movement.total - movement.submitted,
      }))
      .filter((segment) => segment.count > 0),
  );
}

/** The parts of `segments` that rows `offset` … `offset + size - 1` of the whole run fall in. */
export function sliceSegments(segments: readonly QueueSegment[], offset: number, size: number): QueueSlice[] {
  const slices: QueueSlice[] = [];
  let start = 0;
  for (const segment of segments) {
    const end = start + segment.count;
    const from = Math.max(offset, start);
    const to = Math.min(offset + size, end);
    if (from < to) slices.push({ ...segment, skip: from - start, take: to - from });
    start = end;
  }
  return slices;
}
