package gov.qinghai.followup.common.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/v1/operations/{id}} shows of one tracked operation. */
@Schema(name = "Operation", description = "Long work run in the background: where it stands, and its outcome or "
        + "problem once it has finished")
public record OperationView(
        @Schema(example = "3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10") UUID id,
        @Schema(example = "projects-import", description = "what the operation does") String kind,
        @Schema(example = "running", enumeration = {"queued", "running", "succeeded", "failed"}) String state,
        Progress progress,
        @Schema(example = "admin") String startedBy,
        @Schema(example = "2026-12-07T10:00:00Z", description = "when it was accepted") Instant createdAt,
        @Schema(example = "2026-12-07T10:00:01Z", nullable = true) Instant startedAt,
        @Schema(example = "2026-12-07T10:00:42Z", nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "succeeded only: where its result is and what it did") Result result,
        @Schema(ref = "Problem", nullable = true, description = "failed only: the problem+json the work ended with (e.g. 422 with "
                + "every row error, or operation-interrupted when the replica running it stopped)") JsonNode problem) {

    @Schema(name = "OperationProgress")
    public record Progress(@Schema(example = "120000") long done,
                           @Schema(example = "200000", nullable = true, description = "null while unknown") Long total,
                           @Schema(example = "rows", enumeration = {"rows", "steps"}) String unit) {
    }

    @Schema(name = "OperationResult")
    public record Result(@Schema(example = "/api/v1/projects?fairId=3", nullable = true) String location,
                         @Schema(type = SchemaType.OBJECT, implementation = Object.class,
                                 description = "the answer the work would have given at once, e.g. an ImportResult",
                                 nullable = true) JsonNode summary) {
    }
}
