package gov.qinghai.followup.common.reads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadRoutingTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aReplicaWithinTheBoundServesTheRead() {
        assertTrue(ReadReplica.useReads(new ReadReplica.State(true, true, 0, 0), BOUND));
        assertTrue(ReadReplica.useReads(new ReadReplica.State(true, true, 30, 0), BOUND));
    }

    @Test
    void aReplicaBehindByMoreThanTheBoundSendsTheReadToThePrimary() {
        assertFalse(ReadReplica.useReads(new ReadReplica.State(true, true, 30.5, 0), BOUND));
    }

    @Test
    void anUnreachableReplicaSendsTheReadToThePrimary() {
        assertFalse(ReadReplica.useReads(new ReadReplica.State(false, false, -1, 0), BOUND));
    }
}
