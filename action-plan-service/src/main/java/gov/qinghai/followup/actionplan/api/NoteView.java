package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.SeedNote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeedNote", description = "Something the notice's text leaves open or gets wrong, reported as found")
public record NoteView(
        @Schema(example = "43") int taskNumber,
        @Schema(example = "typo") String kind,
        @Schema(example = "RESPONSIBLE list ends in 等等 (doubled 等) after 青海机场公司") String detail) {

    static NoteView of(SeedNote n) {
        return new NoteView(n.taskNumber, n.kind, n.detail);
    }
}
