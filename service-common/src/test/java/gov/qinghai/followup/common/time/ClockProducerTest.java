package gov.qinghai.followup.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockProducerTest {
    @Test
    void businessDatesAreCountedInBeijingTimeWhateverTheHostZone() {
        assertEquals(ZoneId.of("Asia/Shanghai"), new ClockProducer().clock().getZone());
    }
}
