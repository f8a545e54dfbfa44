import { useMemo } from "react";
import type { OwnerFilter } from "@core/pipeline/pipelineScope";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import type { PipelineBook } from "@core/pipeline/pipelineView";
import { processReview } from "@core/pipeline/review/processReview";
import { LostReasonsSection } from "./LostReasonsSection";
import { ProcessReviewSection } from "./ProcessReviewSection";

export type PipelineReviewProps = {
  book: PipelineBook;
  owner: OwnerFilter;
  period: PipelinePeriod | null;
};

/** The process review and the lost reasons for the area's owner and period. */
export function PipelineReview({ book, owner, period }: PipelineReviewProps) {
  const review = useMemo(() => processReview(book, { owner, period, quietDays: 0 }), [book, owner, period]);
  return (
    <>
      <ProcessReviewSection review={review} />
      <LostReasonsSection lost={review.lost} />
    </>
  );
}
