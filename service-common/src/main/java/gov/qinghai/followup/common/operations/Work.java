package gov.qinghai.followup.common.operations;

/** The body of a tracked operation; runs on the operations executor, not on the request's thread. */
@FunctionalInterface
public interface Work {
    /**
     * Does the work, reporting progress as it goes. A {@link io.quarkiverse.resteasy.problem.HttpProblem} thrown here
     * becomes the failed operation's problem as it would have been the request's answer.
     */
    Outcome run(Progress progress) throws Exception;

    /** Progress of a running operation: written at once (own transaction), so a caller sees it while the work runs. */
    interface Progress {
        /** Progress nobody watches: the same work run at once, on the request, reports to it. */
        Progress NONE = new Progress() {
            @Override
            public void total(long total) {
            }

            @Override
            public void done(long done) {
            }
        };

        void total(long total);

        void done(long done);
    }

    /** A succeeded operation's result: where to read it (may be null) and a summary serialised as JSON. */
    record Outcome(String location, Object summary) {
    }
}
