package org.cqfriendship.logistics.platform;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortCheckTest {

    @Test
    void namesATakenPortAndWhoNeedsIt() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = holder.getLocalPort();

            assertThat(PortCheck.takenPorts(Map.of(port, "the Kafka broker")))
                    .singleElement().asString().contains("Port " + port, "the Kafka broker", "ss -ltnp");
        }
    }

    @Test
    void reportsNothingWhenEveryPortIsFree() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThat(PortCheck.takenPorts(Map.of(port, "registration-service"))).isEmpty();
    }
}
